import { permissionsOf, type CreateReviewTemplateBody } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';
import { addDays, addMonths, monthEnd, monthStart } from '../../lib/calendar.js';

/** The demo's review template: evidence sections, three rated behaviours, a summary and a plan. */
export const DEMO_REVIEW_TEMPLATE: CreateReviewTemplateBody = {
  code: 'QUARTERLY',
  titleEn: 'Quarterly performance review',
  titleZh: '季度績效評核',
  ratingRule: 'judgement',
  scale: {
    meets: 3,
    levels: [
      [
        'Well below expectations',
        '遠低於期望',
        'Several standards missed; needs a plan now.',
        '多項標準未達；需要即時制定計劃。',
      ],
      [
        'Below expectations',
        '低於期望',
        'Some standards missed; improvement needed.',
        '部分標準未達；需要改善。',
      ],
      ['Meets expectations', '符合期望', 'Meets the standards of the role.', '達到職位的標準。'],
      ['Exceeds expectations', '超出期望', 'Above the standards in most areas.', '大部分範疇高於標準。'],
      ['Outstanding', '傑出', 'A model for the team.', '團隊的榜樣。'],
    ].map(([labelEn, labelZh, descriptionEn, descriptionZh], i) => ({
      value: i + 1,
      labelEn: labelEn!,
      labelZh: labelZh!,
      descriptionEn: descriptionEn!,
      descriptionZh: descriptionZh!,
    })),
  },
  sections: [
    { key: 'results', kind: 'indicators', titleEn: 'Service results', titleZh: '服務成績', weight: 40 },
    { key: 'goals', kind: 'goals', titleEn: 'Agreed goals', titleZh: '議定目標', weight: 20 },
    { key: 'quality', kind: 'assessments', titleEn: 'Quality assessments', titleZh: '質素評估', weight: 10 },
    {
      key: 'behaviours',
      kind: 'competencies',
      titleEn: 'Service behaviours',
      titleZh: '服務行為',
      weight: 30,
      items: [
        {
          key: 'customer_focus',
          titleEn: 'Customer focus',
          titleZh: '以客為本',
          descriptionEn: 'Listens, checks understanding and follows through.',
          descriptionZh: '聆聽、確認理解並跟進到底。',
        },
        {
          key: 'teamwork',
          titleEn: 'Teamwork',
          titleZh: '團隊合作',
          descriptionEn: 'Helps colleagues at busy times; shares what works.',
          descriptionZh: '繁忙時協助同事；分享有效做法。',
        },
        {
          key: 'policy',
          titleEn: 'Policy and procedure',
          titleZh: '政策與程序',
          descriptionEn: 'Follows returns, refunds and privacy procedures.',
          descriptionZh: '遵守退貨、退款及私隱程序。',
        },
      ],
    },
    { key: 'summary', kind: 'text', titleEn: 'Summary', titleZh: '總結', weight: 0 },
    { key: 'plan', kind: 'development', titleEn: 'Development plan', titleZh: '發展計劃', weight: 0 },
  ],
};

/**
 * A quarterly review cycle for the Mong Kok store over the last three full months, launched by HR
 * (Grace Ho) through the services; the self reviews are due in a week. One sales associate has
 * handed in her self review, so the supervisor has a manager review to write. Dates are relative to
 * the day the demo is seeded (the app's clock).
 */
export async function seedReviewsDemo(
  services: Services,
  people: Map<string, string>,
  units: Map<string, string>,
): Promise<void> {
  const db = services.db;
  const actorOf = async (employeeNumber: string): Promise<Actor> => {
    const u = await db
      .selectFrom('appUser')
      .select(['id', 'personId', 'roles'])
      .where('personId', '=', people.get(employeeNumber)!)
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
  const hr = await actorOf('E1003');
  const today = services.calendar.today();
  const from = addMonths(monthStart(today), -3);
  const to = monthEnd(addMonths(monthStart(today), -1));
  const template = await services.reviews.createTemplate(hr, DEMO_REVIEW_TEMPLATE);
  const cycle = await services.reviews.createCycle(hr, {
    nameEn: 'Quarterly review',
    nameZh: '季度評核',
    periodFrom: from,
    periodTo: to,
    templateId: template.id,
    population: { orgUnitIds: [units.get('ST-MK')!], jobRoleIds: [], hiredOnOrBefore: null },
    selfDue: addDays(today, 7),
    managerDue: addDays(today, 14),
    calibrationDue: addDays(today, 18),
    signOffDue: addDays(today, 28),
  });
  await services.reviews.launch(hr, cycle.id);
  // Another associate of the Mong Kok floor team has handed in her self review.
  const other = await db
    .selectFrom('person')
    .select('id')
    .where('managerId', '=', people.get('E1006')!)
    .where('id', '<>', people.get('E1007')!)
    .where('status', '=', 'active')
    .orderBy('employeeNumber')
    .executeTakeFirst();
  const otherUser = other
    ? await db.selectFrom('appUser').select('id').where('personId', '=', other.id).executeTakeFirst()
    : undefined;
  if (!other || !otherUser) return;
  const [review] = await db
    .selectFrom('review')
    .select('id')
    .where('cycleId', '=', cycle.id)
    .where('personId', '=', other.id)
    .execute();
  const employee = await db
    .selectFrom('person')
    .select('employeeNumber')
    .where('id', '=', other.id)
    .executeTakeFirstOrThrow();
  await services.reviews.writeSelf(await actorOf(employee.employeeNumber), review!.id, {
    ratings: {
      results: 3,
      goals: 4,
      quality: 3,
      'behaviours.customer_focus': 4,
      'behaviours.teamwork': 4,
      'behaviours.policy': 3,
    },
    comments: {
      results: 'CSAT held above the standard most weeks; the Saturday queue was hard.',
      summary: 'I would like to train as a key-holder next quarter.',
    },
    submit: true,
  });
}
