import type { Case, Ctx } from './types.js';

/** An active coaching plan for the person, straight into the table (no access checks). */
async function plan(c: Ctx, personId: string): Promise<string> {
  const row = await c.t.database.db
    .insertInto('coachingPlan')
    .values({
      personId,
      coachPersonId: null,
      origin: 'manual',
      focusIndicatorId: c.fixtures.indicatorId,
      focusSkill: 'Greeting customers',
      startedOn: '2026-11-01',
      followUpOn: null,
      endedOn: null,
      outcome: null,
      outcomeRating: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function course(c: Ctx): Promise<string> {
  const row = await c.t.database.db
    .insertInto('course')
    .values({
      code: `MX-C${c.seq()}`,
      titleEn: 'Matrix course',
      titleZh: '矩陣課程',
      category: 'service_skills',
      durationHours: 1,
      passScore: 80,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function assignment(c: Ctx, personId: string): Promise<string> {
  const row = await c.t.database.db
    .insertInto('trainingAssignment')
    .values({
      courseId: await course(c),
      personId,
      assignedBy: null,
      dueOn: '2026-12-31',
      reason: 'matrix',
      coachingPlanId: null,
      completedAt: null,
      score: null,
      evidence: null,
      passed: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const planCase = (path: string, ok: number, body?: unknown, coachOnly = true): Case => ({
  person: true,
  ok: [ok],
  ...(coachOnly ? { selfForbidden: 'always' as const } : {}),
  build: async (c, id) => ({
    url: `/api/v1/coaching/${await plan(c, id)}${path}`,
    ...(body ? { body } : {}),
  }),
});

/** Access-matrix cases for coaching and training: one entry per route, keyed 'METHOD /url'. */
export const COACHING_CASES: Record<string, Case> = {
  'GET /api/v1/coaching': { ok: [200], build: () => ({ url: '/api/v1/coaching' }) },
  'POST /api/v1/coaching': {
    person: true,
    selfForbidden: 'always',
    ok: [201],
    build: (_c, id) => ({
      url: '/api/v1/coaching',
      body: { personId: id, origin: 'manual', focusSkill: 'Greeting customers', startedOn: '2026-11-01' },
    }),
  },
  'GET /api/v1/coaching/:id': planCase('', 200, undefined, false),
  'PATCH /api/v1/coaching/:id': planCase('', 200, { growGoal: 'Greet within 10 seconds' }),
  'POST /api/v1/coaching/:id/sessions': planCase('/sessions', 201, {
    heldOn: '2026-11-10',
    notes: 'Role-played greetings.',
  }),
  'POST /api/v1/coaching/:id/complete': planCase('/complete', 200, {
    outcome: 'Greets every customer',
    rating: 'improved',
    endedOn: '2026-11-20',
  }),
  'POST /api/v1/coaching/:id/cancel': planCase('/cancel', 200, { reason: 'matrix' }),
  'GET /api/v1/coaching/:id/effect': planCase('/effect', 200, undefined, false),

  'GET /api/v1/courses': { ok: [200], build: () => ({ url: '/api/v1/courses' }) },
  'POST /api/v1/courses': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/courses',
      body: { code: `MX-N${c.seq()}`, titleEn: 'New course', category: 'compliance' },
    }),
  },
  'PATCH /api/v1/courses/:id': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/courses/${await course(c)}`, body: { description: `v${c.seq()}` } }),
  },
  'GET /api/v1/training/assignments': { ok: [200], build: () => ({ url: '/api/v1/training/assignments' }) },
  'POST /api/v1/training/assignments': {
    person: true,
    ok: [201],
    build: async (c, id) => ({
      url: '/api/v1/training/assignments',
      body: { personId: id, courseId: await course(c), reason: 'matrix' },
    }),
  },
  'POST /api/v1/training/assignments/:id/complete': {
    person: true,
    ok: [200],
    build: async (c, id) => ({
      url: `/api/v1/training/assignments/${await assignment(c, id)}/complete`,
      body: { evidence: 'Attended the session.' },
    }),
  },
  'POST /api/v1/training/assignments/:id/cancel': {
    person: true,
    selfForbidden: 'always',
    ok: [200],
    build: async (c, id) => ({
      url: `/api/v1/training/assignments/${await assignment(c, id)}/cancel`,
      body: { reason: 'matrix' },
    }),
  },
  'GET /api/v1/training/needs': { ok: [200], build: () => ({ url: '/api/v1/training/needs' }) },
};
