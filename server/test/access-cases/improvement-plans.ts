import type { ImprovementPlanStatus } from '@frontline/contract';
import type { Case, Ctx } from './types.js';

/** An improvement plan for the person in a given status, with one review date, straight into the tables. */
async function plan(c: Ctx, personId: string, status: ImprovementPlanStatus) {
  const db = c.t.database.db;
  const row = await db
    .insertInto('improvementPlan')
    .values({
      personId,
      sourceKind: 'manual',
      sourceId: null,
      reason: 'Matrix plan',
      status,
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      originalEndsOn: null,
      extensionReason: null,
      acknowledgedAt: null,
      proposedOutcome: status === 'awaiting_sign_off' ? 'completed' : null,
      outcomeNote: null,
      proposedBy: null,
      signedOffAt: null,
      signedOffBy: null,
      signOffNote: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const cp = await db
    .insertInto('improvementPlanCheckpoint')
    .values({ planId: row.id, dueOn: '2026-11-15', checkinId: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, checkpointId: cp.id };
}

const planCase = (
  path: string,
  status: ImprovementPlanStatus,
  ok: number,
  body?: unknown,
  leaderOnly = true,
): Case => ({
  person: true,
  ok: [ok],
  ...(leaderOnly ? { selfForbidden: 'always' as const } : {}),
  build: async (c, id) => {
    const p = await plan(c, id, status);
    const b = typeof body === 'function' ? (body as (x: typeof p) => unknown)(p) : body;
    return { url: `/api/v1/improvement-plans/${p.id}${path}`, ...(b ? { body: b } : {}) };
  },
});

/** Access-matrix cases for performance improvement plans: one entry per route, keyed 'METHOD /url'. */
export const IMPROVEMENT_PLAN_CASES: Record<string, Case> = {
  'GET /api/v1/improvement-plans': { ok: [200], build: () => ({ url: '/api/v1/improvement-plans' }) },
  'POST /api/v1/improvement-plans': {
    person: true,
    selfForbidden: 'always',
    ok: [201],
    build: (_c, id) => ({
      url: '/api/v1/improvement-plans',
      body: {
        personId: id,
        sourceKind: 'manual',
        reason: 'Greeting customers',
        startsOn: '2026-11-01',
        endsOn: '2026-12-31',
        objectives: [{ kind: 'behaviour', description: 'Greets', successCriteria: 'Within 10 seconds' }],
        support: [{ kind: 'coaching', detail: 'Weekly' }],
        reviewDates: ['2026-11-20'],
      },
    }),
  },
  'GET /api/v1/improvement-plans/:id': planCase('', 'active', 200, undefined, false),
  // Only the person acknowledges (staff A1's plan here); everyone else gets 404.
  'POST /api/v1/improvement-plans/:id/acknowledge': {
    ok: [200],
    okFor: (who) => (who === 'staff' ? [200] : [404]),
    build: async (c) => ({
      url: `/api/v1/improvement-plans/${(await plan(c, c.org.people.staffA1.id, 'draft')).id}/acknowledge`,
    }),
  },
  'POST /api/v1/improvement-plans/:id/reviews': planCase(
    '/reviews',
    'active',
    201,
    (p: { checkpointId: string }) => ({
      checkpointId: p.checkpointId,
      notes: 'Matrix review',
    }),
  ),
  'POST /api/v1/improvement-plans/:id/extend': planCase('/extend', 'active', 200, {
    endsOn: '2027-01-31',
    reason: 'matrix',
  }),
  'POST /api/v1/improvement-plans/:id/close': planCase('/close', 'extended', 200, {
    outcome: 'completed',
    note: 'matrix',
  }),
  'POST /api/v1/improvement-plans/:id/sign-off': planCase('/sign-off', 'awaiting_sign_off', 200, {
    note: 'matrix',
  }),
};
