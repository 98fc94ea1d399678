import type { Case, Ctx, Who } from './types.js';
import { json } from '../../src/db/json.js';

const db = (c: Ctx) => c.t.database.db;
const MONDAY = '2026-11-16';

/** A duty at a unit, straight into the table. */
async function duty(c: Ctx, unitId: string) {
  const row = await db(c)
    .insertInto('duty')
    .values({
      unitId,
      code: `D${c.seq()}`,
      nameEn: 'Till',
      nameZh: '收銀',
      minLevel: 1,
      indicatorIds: json([]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A draft plan owned by `ownerId` at the company unit (which has no shift templates, so a solve is
 * refused with 400 and never starts a worker here), with the owner as its one planned person.
 */
async function plan(c: Ctx, ownerId: string, withPerson = true) {
  const row = await db(c)
    .insertInto('rosterPlan')
    .values({
      unitId: c.org.units.company.id,
      name: 'Matrix plan',
      startsOn: MONDAY,
      days: 7,
      ownerPersonId: ownerId,
      lastDerivation: null,
      publishedAt: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (withPerson) {
    await db(c).insertInto('rosterPlanPerson').values({ planId: row.id, personId: ownerId }).execute();
  }
  return row.id;
}

/** A route on a plan owned by the target: its owner, the owner's line and HR/admin manage it; others 404. */
const planCase = (
  path: string,
  ok: number,
  body?: (c: Ctx, planId: string, target: string) => Promise<unknown> | unknown,
  withPerson = true,
): Case => ({
  person: true,
  ok: [ok],
  build: async (c, target) => {
    const id = await plan(c, target, withPerson);
    return { url: `/api/v1/roster-plans/${id}${path}`, ...(body ? { body: await body(c, id, target) } : {}) };
  },
});

const profileBody = {
  minWeekHours: 10,
  maxWeekHours: 40,
  maxConsecutiveDays: 6,
  minRestHours: 11,
  hourlyCost: 55,
  overtimePremium: 1.5,
  skills: [],
  unavailableDates: [],
  preferences: [],
};

/** A one-day leave request of the person, on a day of its own (far ahead, so it can be cancelled). */
async function leave(c: Ctx, personId: string) {
  const day = leaveDay(c);
  const row = await db(c)
    .insertInto('leaveRecord')
    .values({
      personId,
      kind: 'annual',
      startsOn: day,
      endsOn: day,
      status: 'requested',
      decidedBy: null,
      decidedAt: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
const leaveDay = (c: Ctx) => {
  const d = new Date(Date.UTC(2030, 0, 1 + c.seq()));
  return d.toISOString().slice(0, 10);
};

/** Access-matrix cases for work allocation: one entry per route, keyed 'METHOD /url'. */
export const ROSTERING_CASES: Record<string, Case> = {
  'GET /api/v1/duties': { ok: [200], build: () => ({ url: '/api/v1/duties' }) },
  'POST /api/v1/duties': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/duties',
      body: {
        unitId: c.org.units.teamA.id,
        code: `M${c.seq()}`,
        nameEn: 'Phone queue',
        nameZh: '電話隊列',
        minLevel: 1,
        standard: '',
        outputs: '',
        indicatorIds: [],
      },
    }),
  },
  'PUT /api/v1/duties/:id': {
    ok: [200],
    build: async (c) => ({
      url: `/api/v1/duties/${await duty(c, c.org.units.teamA.id)}`,
      body: {
        unitId: c.org.units.teamA.id,
        code: `R${c.seq()}`,
        nameEn: 'Returns desk',
        nameZh: '退貨櫃檯',
        minLevel: 2,
        standard: 'Same day',
        outputs: 'Returns processed',
        indicatorIds: [],
      },
    }),
  },
  'GET /api/v1/shift-templates': { ok: [200], build: () => ({ url: '/api/v1/shift-templates' }) },
  'POST /api/v1/shift-templates': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/shift-templates',
      body: {
        unitId: c.org.units.teamA.id,
        code: `S${c.seq()}`,
        nameEn: 'Early',
        nameZh: '早更',
        startMinute: 420,
        endMinute: 900,
        breakMinutes: 60,
      },
    }),
  },
  'GET /api/v1/roster-profiles/:personId': {
    person: true,
    ok: [200],
    build: (_c, target) => ({ url: `/api/v1/roster-profiles/${target}` }),
  },
  // The leader side sets a person's contract; nobody sets their own.
  'PUT /api/v1/roster-profiles/:personId': {
    person: true,
    selfForbidden: 'always',
    ok: [200],
    build: (_c, target) => ({ url: `/api/v1/roster-profiles/${target}`, body: profileBody }),
  },
  'GET /api/v1/roster-plans': { ok: [200], build: () => ({ url: '/api/v1/roster-plans' }) },
  'GET /api/v1/leave': { ok: [200], build: () => ({ url: '/api/v1/leave' }) },
  // One's own leave is a request; a person's in one's line is recorded by the leader side.
  'POST /api/v1/leave': {
    person: true,
    ok: [201],
    build: (c, target) => {
      const day = leaveDay(c);
      return {
        url: '/api/v1/leave',
        body: { personId: target, kind: 'annual', startsOn: day, endsOn: day, note: '' },
      };
    },
  },
  // Nobody decides their own leave.
  'POST /api/v1/leave/:id/decision': {
    person: true,
    selfForbidden: 'always',
    ok: [200],
    build: async (c, target) => ({
      url: `/api/v1/leave/${await leave(c, target)}/decision`,
      body: { decision: 'approve', reason: '' },
    }),
  },
  'POST /api/v1/leave/:id/cancel': {
    person: true,
    ok: [200],
    build: async (c, target) => ({ url: `/api/v1/leave/${await leave(c, target)}/cancel` }),
  },

  // A plan for the target: someone outside one's line answers 404 (person.not_found).
  'POST /api/v1/roster-plans': {
    person: true,
    ok: [201],
    build: (c, target) => ({
      url: '/api/v1/roster-plans',
      body: {
        unitId: c.org.units.teamA.id,
        name: 'Week 47',
        startsOn: MONDAY,
        weeks: 1,
        personIds: [target],
      },
    }),
  },
  'GET /api/v1/roster-plans/:id': planCase('', 200),
  'PUT /api/v1/roster-plans/:id/demand': planCase('/demand', 200, () => ({ version: 0, cells: [] })),
  // The pattern is another plan of the same site owned by the same person, so whoever manages one manages both.
  'POST /api/v1/roster-plans/:id/demand/copy': planCase('/demand/copy', 200, async (c, _id, target) => ({
    version: 0,
    fromPlanId: await plan(c, target, false),
  })),
  // No ranges: the duty needs nobody in any slot (the company unit has no shift templates to work out).
  'PUT /api/v1/roster-plans/:id/slot-needs': planCase('/slot-needs', 200, async (c) => ({
    version: 0,
    dutyId: await duty(c, c.org.units.company.id),
    slotMinutes: 30,
    ranges: [],
  })),
  // No imported figures before the plan: refused with 400 (rostering.no_history) once access is granted.
  'POST /api/v1/roster-plans/:id/demand/derive': planCase('/demand/derive', 400, async (c) => ({
    version: 0,
    dutyId: await duty(c, c.org.units.company.id),
    method: 'store_ratio',
    indicatorId: c.fixtures.indicatorId,
    weeksOfHistory: 4,
    openMinute: 600,
    closeMinute: 1200,
    slotMinutes: 60,
    transactionsPerStaffHour: 20,
  })),
  'PUT /api/v1/roster-plans/:id/assignments': planCase('/assignments', 200, (_c, _id, target) => ({
    version: 0,
    personId: target,
    day: 0,
    shiftTemplateId: null,
    dutyId: null,
  })),
  // The company unit has no shift templates: refused with 400 once access is granted (no worker starts).
  'POST /api/v1/roster-plans/:id/solve': planCase('/solve', 400, () => ({ version: 0, timeLimitSeconds: 5 })),
  // Nothing is running: 409 (rostering.not_solving) once access is granted.
  'POST /api/v1/roster-plans/:id/solve/cancel': planCase('/solve/cancel', 409),
  'POST /api/v1/roster-plans/:id/tasks': planCase('/tasks', 201, async (c) => ({
    version: 0,
    day: 0,
    dutyId: await duty(c, c.org.units.company.id),
    titleEn: 'Call back the morning’s missed calls',
    titleZh: '回覆早上未接來電',
    minutes: 45,
  })),
  'POST /api/v1/roster-plans/:id/tasks/assign': planCase('/tasks/assign', 200, () => ({ version: 0 })),
  'POST /api/v1/roster-plans/:id/publish': planCase('/publish', 200, () => ({ version: 0 })),
  'GET /api/v1/roster-plans/:id/compare': {
    person: true,
    ok: [200],
    build: async (c, target) => {
      const id = await plan(c, target);
      return { url: `/api/v1/roster-plans/${id}/compare?with=${id}` };
    },
  },
  'GET /api/v1/my-roster': { ok: [200], build: () => ({ url: '/api/v1/my-roster' }) },
  'GET /api/v1/my-roster/ics': { ok: [200], build: () => ({ url: '/api/v1/my-roster/ics?lang=en' }) },
  // One's own preferences: everyone with a person record (the admin login has none: 404).
  'GET /api/v1/my-roster/preferences': {
    ok: [200],
    okFor: (who) => (who === 'admin' ? [404] : [200]),
    build: () => ({ url: '/api/v1/my-roster/preferences' }),
  },
  'PUT /api/v1/my-roster/preferences': {
    ok: [200],
    okFor: (who) => (who === 'admin' ? [404] : [200]),
    async build(c, _target, who) {
      const p = c.org.people;
      const personOf: Partial<Record<Who | 'anonymous', string>> = {
        staff: p.staffA1.id,
        supervisor: p.supA.id,
        manager: p.manager.id,
        assessor: p.assessorA.id,
        hr_admin: p.hr.id,
        anonymous: p.supX.id,
      };
      const personId = personOf[who];
      // The leader has set up the profile (saving preferences needs one).
      if (personId) {
        await db(c)
          .insertInto('rosterProfile')
          .values({
            personId,
            minWeekHours: 0,
            maxWeekHours: 40,
            maxConsecutiveDays: 6,
            minRestHours: 11,
            hourlyCost: 70,
            overtimePremium: 1.5,
            skills: json([]),
            unavailableDates: json([]),
            preferences: json([]),
          })
          .onConflict((oc) => oc.column('personId').doNothing())
          .execute();
      }
      return {
        url: '/api/v1/my-roster/preferences',
        body: { preferences: [{ weekday: 5, shiftTemplateId: null, kind: 'avoid', weight: 3 }] },
      };
    },
  },
};
