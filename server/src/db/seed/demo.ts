import type { Services } from '../../app.js';
import { seedTrainingDemo } from '../../features/training/training.demo.js';
import { seedCheckinsDemo } from '../../features/checkins/checkins.demo.js';
import { seedFeedbackDemo } from '../../features/feedback/feedback.demo.js';
import { seedAssessmentsDemo } from '../../features/assessments/assessments.demo.js';
import { seedCalibrationDemo } from '../../features/calibration/calibration.demo.js';
import { seedCertificationDemo } from '../../features/certification/certification.demo.js';
import { seedSamplingDemo } from '../../features/sampling/sampling.demo.js';
import { seedMysteryShopDemo } from '../../features/assessments/mystery-shop.demo.js';
import { seedReviewsDemo } from '../../features/reviews/reviews.demo.js';
import { seedImprovementPlansDemo } from '../../features/improvement-plans/improvement-plans.demo.js';
import { seedRosteringDemo } from '../../features/rostering/rostering.demo.js';
import { permissionsOf } from '@frontline/contract';
import { systemActor, type Actor } from '../../access/actor.js';
import { hashPassword } from '../../features/auth/password.js';
import type { Database } from '../database.js';
import { addDays, monthEnd, monthStart, previousMonthStart } from '../../lib/calendar.js';
import { DEMO_JOB_ROLES, DEMO_ORG_UNITS, DEMO_PEOPLE } from './demo-data.js';

/** Clearly a demo: every demo login uses this password. Never seeded unless asked for. */
export const DEMO_PASSWORD = 'frontline-demo';

export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('orgUnit').select('id').limit(1).executeTakeFirst();
  const user = await database.db.selectFrom('appUser').select('id').limit(1).executeTakeFirst();
  return !row && !user;
}

/**
 * Seeds the demo organisation (a retail chain with three stores and a logistics customer-service
 * centre, about 60 people) through the services, so the demo data is audited like any other.
 * Every date is relative to the day it is seeded (the app's clock): twelve weeks of figures ending
 * yesterday, goals for last month (closed) and this month, check-ins due and overdue, a coaching
 * plan begun six weeks ago, training due and overdue, awards for last month.
 */
export async function seedDemo(services: Services): Promise<{ people: number; users: number }> {
  const actor = systemActor('demo seed');
  const unitIds = new Map<string, string>();
  for (const u of DEMO_ORG_UNITS) {
    const unit = await services.org.createUnit(actor, {
      parentId: u.parentCode ? (unitIds.get(u.parentCode) ?? null) : null,
      kind: u.kind,
      code: u.code,
      nameEn: u.nameEn,
      nameZh: u.nameZh,
      timezone: u.timezone,
    });
    unitIds.set(u.code, unit.id);
  }
  const roleIds = new Map<string, string>();
  for (const r of DEMO_JOB_ROLES) {
    const role = await services.org.createRole(actor, r);
    roleIds.set(r.code, role.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const personIds = new Map<string, string>();
  let users = 0;
  for (const p of DEMO_PEOPLE) {
    const person = await services.people.create(actor, {
      employeeNumber: p.employeeNumber,
      givenNameEn: p.givenNameEn,
      familyNameEn: p.familyNameEn,
      nameZh: p.nameZh,
      email: p.email,
      orgUnitId: unitIds.get(p.orgUnitCode) as string,
      managerId: p.managerEmployeeNumber ? (personIds.get(p.managerEmployeeNumber) ?? null) : null,
      jobRoleId: roleIds.get(p.jobRoleCode) ?? null,
      employmentType: p.employmentType,
      hireDate: p.hireDate,
      status: p.status,
    });
    personIds.set(p.employeeNumber, person.id);
    if (p.status !== 'left' && p.roles.length > 0) {
      await services.users.create(
        actor,
        {
          email: p.email,
          displayName: `${p.givenNameEn} ${p.familyNameEn}`,
          password: DEMO_PASSWORD,
          personId: person.id,
          roles: p.roles,
        },
        { passwordHash },
      );
      users++;
    }
  }
  const today = services.calendar.today();
  await seedDemoGoals(services, unitIds, roleIds, personIds, today);
  // People development: courses and assignments, check-ins, feedback, recognition and rewards.
  await seedTrainingDemo(services, personIds);
  // The demo coaching plan began six weeks ago, so its measured effect (before and after, against
  // similar uncoached staff) has figures to show.
  await services.db
    .updateTable('coachingPlan')
    .set({ startedOn: addDays(today, -42), followUpOn: addDays(today, 14) })
    .where('status', '=', 'active')
    .execute();
  await seedCheckinsDemo(services, personIds);
  await seedFeedbackDemo(services, personIds);
  // Assessments: one scorecard of each kind, evaluations of the last two weeks, one disputed item.
  // Assessor certification first, so each evaluation records whether its assessor was certified.
  await seedCertificationDemo(services, personIds);
  await seedAssessmentsDemo(services, personIds, unitIds);
  // Calibration: a revealed session of three assessors on the contact review.
  await seedCalibrationDemo(services, personIds);
  // QA sampling: this month's sample of the Kowloon contact centre, two items scored.
  await seedSamplingDemo(services, personIds, unitIds);
  // Mystery-shopper visits imported through the import pipeline.
  await seedMysteryShopDemo(services);
  // Reviews: a quarterly cycle for the Mong Kok store, launched; one self review handed in.
  await seedReviewsDemo(services, personIds, unitIds);
  // An improvement plan: a Mong Kok sales associate below the CSAT standard, acknowledged, reviewed once.
  await seedImprovementPlansDemo(services, personIds);
  // Work allocation: the voice team's published roster for this week and next week's draft.
  await seedRosteringDemo(services, personIds, unitIds);
  return { people: DEMO_PEOPLE.length, users };
}

/** Policies, targets, twelve weeks of indicator history and a few goals, so pages have something to show. */
async function seedDemoGoals(
  services: Services,
  unitIds: Map<string, string>,
  roleIds: Map<string, string>,
  personIds: Map<string, string>,
  today: string,
) {
  const actor = systemActor('demo seed');
  await services.indicators.installPresets(actor);
  const all = await services.db.selectFrom('indicator').select(['id', 'code']).execute();
  const id = (code: string) => all.find((i) => i.code === code)!.id;
  const policy = await services.indicators.createPolicy(actor, {
    code: 'SERVICE-STD',
    kind: 'service_standard',
    titleEn: 'Customer service standard',
    titleZh: '顧客服務標準',
    bodyEn:
      'Greet every customer within 10 seconds. Listen, confirm the need, and offer one suitable product or solution. ' +
      'Before the customer leaves, check that the question is fully answered. Every customer is invited to rate the service.',
    bodyZh:
      '十秒內問候每位顧客。細心聆聽、確認需要，並提供合適的產品或方案。顧客離開前，確認問題已完全解答。每位顧客均獲邀評價服務。',
    effectiveFrom: '2026-01-01',
  });
  await services.indicators.createPolicy(actor, {
    code: 'RETURNS',
    kind: 'business_policy',
    titleEn: 'Returns and exchanges policy',
    titleZh: '退換貨政策',
    bodyEn:
      'Unused goods with a receipt may be returned within 14 days. Exchanges are allowed within 30 days.',
    bodyZh: '未經使用並附有收據的貨品可於14天內退貨，30天內可換貨。',
    effectiveFrom: '2026-01-01',
  });
  for (const code of ['CSAT', 'FCR', 'AHT', 'MYSTERY_SHOP', 'UPT']) {
    await services.indicators.updateIndicator(actor, id(code), { policyId: policy.id });
  }
  const target = (indicator: string, role: string, standard: number, stretch: number) =>
    services.indicators.createTarget(actor, {
      indicatorId: id(indicator),
      jobRoleId: roleIds.get(role)!,
      standard,
      stretch,
      effectiveFrom: '2026-01-01',
    });
  await target('CSAT', 'SALES-ASSOC', 90, 95);
  await target('CSAT', 'SENIOR-SALES', 92, 96);
  await target('CSAT', 'CASHIER', 92, 96);
  await target('CSAT', 'CS-VOICE', 88, 93);
  await target('CSAT', 'CS-CHAT', 88, 93);
  await target('UPT', 'SALES-ASSOC', 1.8, 2.2);
  await target('AHT', 'CS-VOICE', 360, 300);
  await services.indicators.createTarget(actor, {
    indicatorId: id('FCR'),
    orgUnitId: unitIds.get('CC-KC')!,
    standard: 75,
    stretch: 80,
    effectiveFrom: '2026-01-01',
  });

  // Deterministic history (a small LCG, no Math.random): twelve weeks of daily figures up to
  // yesterday for everyone on the floor or the phones — CSAT for all; AHT, FCR and first reply
  // for the contact centre; UPT and ATV for sales. A few people slip in the last five weeks, so
  // the default period (the last four complete weeks), the control charts and the needs-attention
  // queue have something real to show.
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const csat = id('CSAT');
  const teamMembers = DEMO_PEOPLE.filter(
    (p) =>
      p.jobRoleCode.startsWith('CS-') || ['SALES-ASSOC', 'SENIOR-SALES', 'CASHIER'].includes(p.jobRoleCode),
  );
  const rows: {
    personId: string;
    indicatorId: string;
    occurredOn: string;
    numerator: number;
    denominator: number;
    source: string;
  }[] = [];
  const DAYS = 84;
  const start = Date.parse(`${addDays(today, -DAYS)}T00:00:00Z`);
  const binomial = (n: number, p: number) => {
    let k = 0;
    for (let i = 0; i < n; i++) if (rand() < p) k++;
    return k;
  };
  teamMembers.forEach((p, index) => {
    const personId = personIds.get(p.employeeNumber)!;
    const skill = 0.86 + rand() * 0.12;
    const slips = index % 9 === 4; // about one person in nine
    const agent = p.jobRoleCode.startsWith('CS-');
    const sales = ['SALES-ASSOC', 'SENIOR-SALES'].includes(p.jobRoleCode);
    const pace = 280 + rand() * 140; // seconds per contact
    const upt = 1.75 + rand() * 0.6;
    for (let d = 0; d < DAYS; d++) {
      const day = new Date(start + d * 86_400_000);
      if (day.getUTCDay() === index % 7) continue; // a day off each week
      const occurredOn = day.toISOString().slice(0, 10);
      const late = slips && d >= DAYS - 35;
      const s = late ? skill - 0.22 : skill;
      const push = (code: string, numerator: number, denominator: number) =>
        rows.push({ personId, indicatorId: id(code), occurredOn, numerator, denominator, source: 'demo' });
      const rated = 2 + Math.floor(rand() * 6);
      push('CSAT', binomial(rated, s), rated);
      if (agent) {
        const handled = 18 + Math.floor(rand() * 20);
        const perContact = (late ? pace * 1.18 : pace) * (0.9 + rand() * 0.2);
        push('AHT', Math.round(perContact * handled), handled);
        push('FCR', binomial(handled, s - 0.1), handled);
        if (p.jobRoleCode === 'CS-CHAT') push('FRT', Math.round(handled * (2 + rand() * 3)), handled);
      }
      if (sales) {
        const tx = 8 + Math.floor(rand() * 15);
        push('UPT', Math.round(tx * upt * (0.85 + rand() * 0.3)), tx);
        push('ATV', Math.round(tx * (420 + rand() * 260)), tx);
      }
    }
  });
  const db = services.db;
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('observation')
      .values(rows.slice(i, i + 500))
      .execute();
  }

  // Goals: last month the Mong Kok floor supervisor set CSAT goals from the standard, everyone
  // agreed, and he has closed them with their outcomes; this month's are proposed — the demo
  // sales associate has agreed hers, the others are waiting.
  const asUser = async (email: string): Promise<Actor> => {
    const u = await db
      .selectFrom('appUser')
      .select(['id', 'personId', 'roles'])
      .where('email', '=', email)
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
  const sup = await asUser('supervisor@demo.frontline.test');
  const lastMonth = previousMonthStart(today);
  const last = await services.goals.teamFromStandard(sup, {
    indicatorId: csat,
    periodStart: lastMonth,
    periodEnd: monthEnd(lastMonth),
    weight: 40,
  });
  for (const g of last.created) {
    await services.goals.propose(sup, g.goalId);
    const user = await db
      .selectFrom('appUser')
      .select('email')
      .where('personId', '=', g.personId)
      .executeTakeFirst();
    if (!user) continue;
    await services.goals.accept(await asUser(user.email), g.goalId);
    const goal = await services.goals.get(sup, g.goalId);
    const current = goal.progress?.current ?? null;
    const achieved = current !== null && goal.target !== null && current >= goal.target;
    await services.goals.close(
      sup,
      g.goalId,
      achieved ? 'achieved' : 'missed',
      achieved ? 'Standard met over the month.' : 'Below the standard this month; see the coaching plan.',
    );
  }
  const made = await services.goals.teamFromStandard(sup, {
    indicatorId: csat,
    periodStart: monthStart(today),
    periodEnd: monthEnd(today),
    weight: 40,
  });
  for (const g of made.created) await services.goals.propose(sup, g.goalId);
  const staff = await asUser('staff@demo.frontline.test');
  const mine = made.created.find((g) => g.personId === staff.personId);
  if (mine) await services.goals.accept(staff, mine.goalId);
}

export const DEMO_LOGINS = [
  ['admin@demo.frontline.test', 'administrator'],
  ['hr@demo.frontline.test', 'HR admin'],
  ['manager@demo.frontline.test', 'store manager (Mong Kok)'],
  ['supervisor@demo.frontline.test', 'team supervisor (Mong Kok)'],
  ['staff@demo.frontline.test', 'sales associate'],
  ['lead@demo.frontline.test', 'team leader (logistics CS centre)'],
  ['agent@demo.frontline.test', 'CS agent (logistics)'],
] as const;
