import { permissionsOf, type CourseCategory, type Role } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';
import { addDays } from '../../lib/calendar.js';

interface DemoCourse {
  code: string;
  titleEn: string;
  titleZh: string;
  category: CourseCategory;
  description: string;
  durationHours: number;
  passScore: number | null;
  indicators: string[];
}

/** A catalogue for retail and logistics customer service. */
export const DEMO_COURSES: readonly DemoCourse[] = [
  {
    code: 'SS-101',
    titleEn: 'Greeting and discovering customer needs',
    titleZh: '迎客及了解顧客需要',
    category: 'service_skills',
    description: 'Greet within 10 seconds, open questions, confirm the need before offering a solution.',
    durationHours: 3,
    passScore: 80,
    indicators: ['CSAT', 'MYSTERY_SHOP'],
  },
  {
    code: 'SS-102',
    titleEn: 'Resolving it the first time',
    titleZh: '一次解決顧客問題',
    category: 'service_skills',
    description:
      'Diagnose before answering, use the knowledge base, check the customer is satisfied before closing.',
    durationHours: 4,
    passScore: 80,
    indicators: ['FCR', 'CSAT'],
  },
  {
    code: 'SS-103',
    titleEn: 'Efficient call handling without rushing the customer',
    titleZh: '高效處理來電而不催促顧客',
    category: 'service_skills',
    description: 'Call structure, hold and transfer etiquette, after-call work that does not drag on.',
    durationHours: 2,
    passScore: 75,
    indicators: ['AHT', 'FCR', 'QA_SCORE'],
  },
  {
    code: 'SS-104',
    titleEn: 'Handling complaints and difficult customers',
    titleZh: '處理投訴及難應付的顧客',
    category: 'service_skills',
    description: 'Listen, acknowledge, apologise where due, agree the next step and follow it through.',
    durationHours: 3,
    passScore: 80,
    indicators: ['CSAT', 'COMPLAINTS_PER_1000'],
  },
  {
    code: 'PK-201',
    titleEn: 'Product knowledge: home appliances, new season',
    titleZh: '產品知識：家電新季系列',
    category: 'product_knowledge',
    description: 'Features, warranties and the questions customers ask most about this season’s range.',
    durationHours: 2,
    passScore: 70,
    indicators: ['CONVERSION', 'UPT'],
  },
  {
    code: 'PK-202',
    titleEn: 'Parcel services and delivery options',
    titleZh: '包裹服務及派送選項',
    category: 'product_knowledge',
    description: 'Service levels, cut-off times, redelivery and claims: what to promise and what not to.',
    durationHours: 2,
    passScore: 70,
    indicators: ['FCR'],
  },
  {
    code: 'OJT-301',
    titleEn: 'On-the-job: till and returns with a buddy',
    titleZh: '在職培訓：與導師一同處理收銀及退貨',
    category: 'on_the_job',
    description: 'Two shifts alongside a senior associate; the supervisor signs off the checklist.',
    durationHours: 16,
    passScore: null,
    indicators: ['CSAT'],
  },
  {
    code: 'OJT-302',
    titleEn: 'On-the-job: claims desk shadowing',
    titleZh: '在職培訓：跟隨索償部同事工作',
    category: 'on_the_job',
    description: 'Shadow the claims team for a day, then handle five claims under supervision.',
    durationHours: 8,
    passScore: null,
    indicators: ['ON_TIME_RESOLUTION'],
  },
  {
    code: 'CP-401',
    titleEn: 'Personal data privacy at the counter',
    titleZh: '櫃位上的個人資料私隱',
    category: 'compliance',
    description: 'What customer data may be collected, how to check identity, what never to write down.',
    durationHours: 1,
    passScore: 90,
    indicators: [],
  },
  {
    code: 'CP-402',
    titleEn: 'Returns and exchanges policy',
    titleZh: '退換貨政策',
    category: 'compliance',
    description: 'The 14-day return and 30-day exchange rules, with the exceptions.',
    durationHours: 1,
    passScore: 90,
    indicators: [],
  },
  {
    // The assessor course of assessor certification (#12 item 6; certification.demo.ts).
    code: 'AS-501',
    titleEn: 'Assessor course: scoring fairly on a scorecard',
    titleZh: '評核員課程：按評分表公正評分',
    category: 'compliance',
    description:
      'The scorecard, its levels and critical items, evidence per score, bias and calibration; scoring five recorded interactions.',
    durationHours: 4,
    passScore: null,
    indicators: [],
  },
];

/** The signed-in actor of a demo person's account. */
async function actorFor(services: Services, personId: string): Promise<Actor> {
  const u = await services.db
    .selectFrom('appUser')
    .select(['id', 'roles'])
    .where('personId', '=', personId)
    .executeTakeFirst();
  if (!u) throw new Error('demo person without an account');
  const roles: Role[] = [...u.roles];
  return {
    kind: 'user',
    userId: u.id,
    personId,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}

/**
 * The training catalogue, a few assignments (one overdue, one completed with a score) and one active
 * coaching plan with a session, for the demo organisation: Grace (HR, E1003) keeps the catalogue;
 * Kelvin (store supervisor, E1006) coaches Wing Sze (E1008) on CSAT and assigns his team's training.
 */
export async function seedTrainingDemo(services: Services, people: Map<string, string>): Promise<void> {
  const person = (n: string) => {
    const id = people.get(n);
    if (!id) throw new Error(`demo person ${n} missing`);
    return id;
  };
  const hr = await actorFor(services, person('E1003'));
  const sup = await actorFor(services, person('E1006'));
  const indicators = await services.db.selectFrom('indicator').select(['id', 'code']).execute();
  const byCode = new Map(indicators.map((i) => [i.code, i.id]));
  const courseIds = new Map<string, string>();
  for (const c of DEMO_COURSES) {
    const made = await services.training.createCourse(hr, {
      code: c.code,
      titleEn: c.titleEn,
      titleZh: c.titleZh,
      category: c.category,
      description: c.description,
      durationHours: c.durationHours,
      passScore: c.passScore,
      indicatorIds: c.indicators.map((code) => byCode.get(code)).filter((x): x is string => !!x),
    });
    courseIds.set(c.code, made.id);
  }
  const course = (code: string) => courseIds.get(code)!;
  const today = services.calendar.today();

  const plan = await services.coaching.create(sup, {
    personId: person('E1008'),
    origin: 'needs_attention',
    focusIndicatorId: byCode.get('CSAT')!,
    growGoal: 'Customer satisfaction at the 90% standard by the end of next month.',
    growReality: 'Greets late when the floor is busy; customers rate the wait, not the advice.',
    growOptions: 'Buddy shifts with Ming; a greeting routine for rush hours; the SS-101 course.',
    growWill: 'Use the 10-second greeting on every Saturday shift and review the ratings weekly.',
    followUpOn: addDays(today, 14),
    actions: [
      { title: 'Complete SS-101 Greeting and discovering customer needs', dueOn: addDays(today, 10) },
      { title: 'Two buddy shifts with a senior associate', dueOn: addDays(today, 7) },
    ],
  });
  await services.coaching.addSession(sup, plan.id, {
    heldOn: today,
    notes: 'Watched five customer contacts together; agreed the greeting routine and practised it twice.',
    nextSteps: 'Try the routine on Saturday; we look at the ratings together next week.',
  });

  await services.training.assign(sup, {
    courseId: course('SS-101'),
    personId: person('E1008'),
    dueOn: addDays(today, 10),
    reason: 'Agreed in coaching: customer satisfaction below standard.',
    coachingPlanId: plan.id,
  });
  const done = await services.training.assign(sup, {
    courseId: course('CP-401'),
    personId: person('E1007'),
    dueOn: addDays(today, 7),
    reason: 'Annual compliance refresher.',
  });
  await services.training.complete(sup, done.id, { score: 94, evidence: 'Online quiz, first attempt.' });
  const late = await services.training.assign(sup, {
    courseId: course('PK-201'),
    personId: person('E1009'),
    dueOn: today,
    reason: 'New season range launched.',
  });
  // Make the demo show an overdue assignment: it was due a week ago (assigning refuses past due dates).
  await services.db
    .updateTable('trainingAssignment')
    .set({ dueOn: addDays(today, -7) })
    .where('id', '=', late.id)
    .execute();
  await services.training.assign(sup, {
    courseId: course('OJT-301'),
    personId: person('E1010'),
    dueOn: addDays(today, 21),
    reason: 'On-the-job training for the till and returns.',
  });
}
