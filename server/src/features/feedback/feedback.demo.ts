import { addDays, monthEnd, previousMonthStart } from '../../lib/calendar.js';
import { permissionsOf } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';

/**
 * Demo feedback, recognition posts, two reward schemes ("CSAT star": CSAT ≥ 95% on at least 30
 * responses in a month; a manual "Customer hero") and their awards for Harbour Demo Group.
 * Runs after the demo people and their CSAT history exist; everything goes through the services,
 * so it is audited and notified like real use. `people` maps employee number → person id.
 */
export async function seedFeedbackDemo(services: Services, people: Map<string, string>): Promise<void> {
  const db = services.db;
  const pid = (employeeNumber: string) => {
    const id = people.get(employeeNumber);
    if (!id) throw new Error(`demo person ${employeeNumber} missing`);
    return id;
  };
  const actorOf = async (employeeNumber: string): Promise<Actor> => {
    const u = await db
      .selectFrom('appUser')
      .select(['id', 'personId', 'roles'])
      .where('personId', '=', pid(employeeNumber))
      .executeTakeFirstOrThrow();
    return {
      kind: 'user',
      userId: u.id,
      personId: u.personId,
      roles: u.roles,
      permissions: permissionsOf(u.roles),
      sessionId: null,
      requestId: null,
      ip: null,
    };
  };
  const csat = (await db.selectFrom('indicator').select('id').where('code', '=', 'CSAT').executeTakeFirst())
    ?.id;
  // Dates are relative to the day the demo is seeded (the app's clock).
  const today = services.calendar.today();
  const lastMonthStart = previousMonthStart(today);
  const lastMonth = csat
    ? [
        {
          type: 'indicator_period' as const,
          indicatorId: csat,
          from: lastMonthStart,
          to: monthEnd(lastMonthStart),
        },
      ]
    : [];
  const lastFourWeeks = csat
    ? [
        {
          type: 'indicator_period' as const,
          indicatorId: csat,
          from: addDays(today, -28),
          to: addDays(today, -1),
        },
      ]
    : [];

  // Mong Kok sales floor: the supervisor (E1006) and his team.
  const kelvin = await actorOf('E1006');
  const praise = await services.feedback.give(kelvin, pid('E1007'), {
    kind: 'praise',
    body: 'Your customer satisfaction last month was among the best on the floor. The way you follow up on fitting-room requests is noticed by customers.',
    evidence: [
      ...lastMonth,
      {
        type: 'shop_floor',
        note: 'Saturday afternoon: found the right size in the stockroom for a tourist couple and walked them to the till.',
        observedAt: `${addDays(today, -30)}T07:30:00Z`,
      },
    ],
  });
  const kaYan = await actorOf('E1007');
  await services.feedback.acknowledge(kaYan, praise.id);
  await services.feedback.reply(
    kaYan,
    praise.id,
    'Thank you! I will share the stockroom tip with the new joiners.',
  );
  await services.feedback.give(kelvin, pid('E1009'), {
    kind: 'improvement',
    body: 'Several customers waited at the counter while you finished restocking. Please pause restocking and greet waiting customers first.',
    evidence: [
      ...lastFourWeeks,
      {
        type: 'shop_floor',
        note: 'Three customers waited about two minutes at the counter during the lunch peak.',
        observedAt: `${addDays(today, -9)}T04:15:00Z`,
      },
    ],
  });
  await services.feedback.give(kelvin, pid('E1010'), {
    kind: 'praise',
    body: 'Calm and friendly handling of a difficult return.',
    evidence: [
      {
        type: 'assessment',
        ref: `mystery-shopper:${lastMonthStart.slice(0, 7)}`,
        title: 'Mystery shopper visit, last month',
      },
    ],
  });

  // Logistics customer-service centre: the voice team leader (E1039).
  const terence = await actorOf('E1039');
  const agentPraise = await services.feedback.give(terence, pid('E1040'), {
    kind: 'praise',
    body: 'Clear explanations of delivery options on every call I listened to this month.',
    evidence: [
      ...lastFourWeeks,
      {
        type: 'assessment',
        ref: `call-calibration:${addDays(today, -16)}`,
        title: 'Call calibration session',
      },
    ],
  });
  await services.feedback.acknowledge(await actorOf('E1040'), agentPraise.id);
  await services.feedback.give(terence, pid('E1042'), {
    kind: 'improvement',
    body: 'Please confirm the customer’s problem is solved before ending the call; a few customers called back the same day.',
    evidence: lastFourWeeks,
  });

  // The recognition wall: colleagues praising each other within their store or centre.
  const wall: [string, string, string, string | undefined][] = [
    ['E1008', 'E1007', 'Thanks for covering my break during the rush!', 'team_player'],
    ['E1013', 'E1011', 'Helped me sort out the card terminal in a minute.', 'problem_solver'],
    [
      'E1006',
      'E1011',
      'Stayed after closing to help a customer collect a repaired watch.',
      'above_and_beyond',
    ],
    ['E1041', 'E1040', 'Took over a tricky escalation so I could finish my training.', 'team_player'],
    ['E1049', 'E1048', 'Fastest first replies on the chat queue this week!', 'fast_responder'],
    ['E1056', 'E1058', 'Your claims checklist saves us all time.', undefined],
  ];
  for (const [from, to, message, badge] of wall) {
    await services.feedback.recognise(await actorOf(from), {
      personId: pid(to),
      message,
      ...(badge ? { badge: badge as 'team_player' } : {}),
    });
  }

  // Reward schemes, set up by HR; October's CSAT stars awarded; two customer heroes.
  const grace = await actorOf('E1003');
  if (csat) {
    const star = await services.rewards.create(grace, {
      kind: 'rule',
      code: 'CSAT-STAR',
      nameEn: 'CSAT star',
      nameZh: '顧客滿意之星',
      indicatorId: csat,
      comparator: 'gte',
      threshold: 95,
      minSample: 30,
      period: 'month',
      points: 50,
      badge: 'csat_star',
    });
    await services.rewards.evaluate(grace, star.id, lastMonthStart);
  }
  const hero = await services.rewards.create(grace, {
    kind: 'manual',
    code: 'CUSTOMER-HERO',
    nameEn: 'Customer hero',
    nameZh: '顧客英雄',
    points: 100,
    badge: 'customer_hero',
  });
  await services.rewards.award(await actorOf('E1005'), {
    schemeId: hero.id,
    personId: pid('E1013'),
    reason: 'Noticed a customer had left her wallet and ran after her down Nathan Road.',
  });
  await services.rewards.award(await actorOf('E1037'), {
    schemeId: hero.id,
    personId: pid('E1044'),
    reason: 'Traced a lost medical parcel and arranged same-day delivery for an elderly customer.',
  });
}
