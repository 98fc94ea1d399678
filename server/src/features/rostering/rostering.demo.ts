import type { Services } from '../../app.js';
import { demoActor } from '../../db/seed/demo-actor.js';
import { addDays, weekStart, zonedInstant } from '../../lib/calendar.js';

/** The demo's rosters are the Kowloon contact centre's voice team, led by Terence Wu. */
export const DEMO_ROSTER_LEADER = 'E1039';
const AGENTS = ['E1040', 'E1041', 'E1042', 'E1043', 'E1044', 'E1046'];
/** Moves of the heuristic for the published plan: the same roster on every machine. */
const FILL_MOVES = 100_000;

/**
 * Work allocation for the voice team, through the services: two duties (the phone queue, and
 * call-backs and escalations for experienced agents), an early and a late shift, each agent's
 * contract, skills and preferences, this week's plan filled and published (so "My roster" of
 * agent@ has shifts), and next week's draft whose phone-queue demand is derived by Erlang C from the
 * team's imported AHT figures, waiting for the leader to run the optimiser. Dates follow the clock.
 */
export async function seedRosteringDemo(
  services: Services,
  people: Map<string, string>,
  units: Map<string, string>,
): Promise<void> {
  const leaderId = people.get(DEMO_ROSTER_LEADER);
  const unitId = units.get('CC-KC-VOICE');
  if (!leaderId || !unitId) throw new Error('demo rosters: the voice team or its leader is missing');
  const lead = await demoActor(services, leaderId);
  const svc = services.rostering;
  const aht = await services.db
    .selectFrom('indicator')
    .select('id')
    .where('code', '=', 'AHT')
    .executeTakeFirstOrThrow();
  const phone = await svc.createDuty(lead, {
    unitId,
    code: 'PHONE',
    nameEn: 'Phone queue',
    nameZh: '電話隊列',
    minLevel: 1,
    standard: 'Answer 80% of calls within 20 seconds; resolve on the first call where the policy allows.',
    outputs: 'Calls answered, each with its case notes and disposition in the CRM.',
    indicatorIds: [aht.id],
  });
  const callbacks = await svc.createDuty(lead, {
    unitId,
    code: 'CALLBACK',
    nameEn: 'Call-backs and escalations',
    nameZh: '回電及個案升級',
    minLevel: 2,
    standard: 'Call back every promised customer the same day; escalations acknowledged within 1 hour.',
    outputs: 'Call-backs made and escalations logged with their next step.',
    indicatorIds: [],
  });
  const shift = (code: string, nameEn: string, nameZh: string, start: number, end: number) =>
    svc.createShiftTemplate(lead, {
      unitId,
      code,
      nameEn,
      nameZh,
      startMinute: start,
      endMinute: end,
      breakMinutes: 60,
    });
  const early = await shift('E', 'Early', '早更', 8 * 60, 16 * 60);
  const late = await shift('L', 'Late', '晚更', 12 * 60, 20 * 60);

  const thisWeek = weekStart(services.calendar.today());
  for (const [i, code] of AGENTS.entries()) {
    const id = people.get(code);
    if (!id) continue;
    const senior = i < 3;
    await svc.setProfile(lead, id, {
      minWeekHours: i === 5 ? 14 : 28,
      maxWeekHours: i === 5 ? 28 : 42,
      maxConsecutiveDays: 5,
      minRestHours: 11,
      hourlyCost: senior ? 88 : 76,
      overtimePremium: 1.5,
      skills: [
        { dutyId: phone.id, level: senior ? 3 : 2 },
        ...(senior ? [{ dutyId: callbacks.id, level: 2 }] : []),
      ],
      // One agent has a day of leave next Wednesday.
      unavailableDates: i === 1 ? [addDays(thisWeek, 9)] : [],
      preferences:
        i === 0
          ? [{ weekday: 0, shiftTemplateId: early.id, kind: 'want', weight: 5 }]
          : i === 2
            ? [{ weekday: 5, shiftTemplateId: null, kind: 'avoid', weight: 3 }]
            : [],
    });
  }

  // This week: entered by hand, filled and published.
  let plan = await svc.createPlan(lead, {
    unitId,
    name: 'Voice team, this week',
    startsOn: thisWeek,
    weeks: 1,
  });
  const cells = Array.from({ length: 7 }, (_, day) => {
    const weekend = day >= 5;
    return [
      { day, shiftTemplateId: early.id, dutyId: phone.id, headcount: weekend ? 1 : 2 },
      { day, shiftTemplateId: late.id, dutyId: phone.id, headcount: weekend ? 1 : 2 },
      ...(weekend ? [] : [{ day, shiftTemplateId: early.id, dutyId: callbacks.id, headcount: 1 }]),
    ];
  }).flat();
  plan = await svc.setDemand(lead, plan.id, { version: plan.version, cells });
  plan = await svc.fillWithHeuristic(lead, plan.id, plan.version, FILL_MOVES);
  await svc.publish(lead, plan.id, plan.version);

  // Time next week's plan keeps off the floor: a course due and a check-in, each for one agent.
  const course = await services.db
    .selectFrom('course')
    .select('id')
    .where('code', '=', 'SS-103')
    .executeTakeFirstOrThrow();
  await services.training.assign(lead, {
    courseId: course.id,
    personId: people.get(AGENTS[2]!)!,
    dueOn: addDays(thisWeek, 10),
    reason: 'Agreed at the weekly huddle: calls running long after the system change.',
  });
  await services.checkins.create(lead, {
    personId: people.get(AGENTS[3]!)!,
    scheduledAt: zonedInstant(addDays(thisWeek, 8), '10:30', services.calendar.zone).toISOString(),
    durationMinutes: 30,
    location: 'Team room',
    sharedNotes: 'Monthly check-in: goals, last month’s QA scores and the roster preferences.',
  });

  // Leave: one agent's training day next week recorded by the leader (kept free in next week's
  // plan), and another agent's request for two days of annual leave, waiting for the leader.
  await services.leave.request(lead, {
    personId: people.get(AGENTS[1]!)!,
    kind: 'training',
    startsOn: addDays(thisWeek, 10),
    endsOn: addDays(thisWeek, 10),
    note: 'Complaint-handling workshop at head office',
  });
  const asker = await demoActor(services, people.get(AGENTS[4]!)!);
  await services.leave.request(asker, {
    personId: asker.personId!,
    kind: 'annual',
    startsOn: addDays(thisWeek, 17),
    endsOn: addDays(thisWeek, 18),
    note: 'Family trip',
  });

  // Next week: a draft, the phone queue's demand derived from the last eight weeks of AHT figures.
  const next = await svc.createPlan(lead, {
    unitId,
    name: 'Voice team, next week',
    startsOn: addDays(thisWeek, 7),
    weeks: 1,
  });
  const withCallbacks = await svc.setDemand(lead, next.id, {
    version: next.version,
    cells: cells.filter((c) => c.dutyId === callbacks.id),
  });
  await svc.deriveDemand(lead, next.id, {
    version: withCallbacks.version,
    dutyId: phone.id,
    method: 'erlang_c',
    indicatorId: aht.id,
    weeksOfHistory: 8,
    openMinute: 8 * 60,
    closeMinute: 20 * 60,
    slotMinutes: 60,
    serviceLevel: 0.8,
    answerWithinSeconds: 20,
    maxOccupancy: 0.85,
    shrinkage: 0.3,
  });
}
