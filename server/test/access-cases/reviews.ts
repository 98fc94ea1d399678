import type { Case, Ctx, Who } from './types.js';
import { insertReview, templateBody } from '../reviews.js';

const db = (c: Ctx) => c.t.database.db;

/** A draft cycle for team A on a fresh template (HR's routes). */
async function draftCycle(c: Ctx): Promise<string> {
  const { templateId } = await insertReview(db(c), c.org.people.staffA1.id);
  const row = await db(c)
    .updateTable('reviewCycle')
    .set({ status: 'draft', launchedAt: null })
    .where('templateId', '=', templateId)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db(c).deleteFrom('review').where('cycleId', '=', row.id).execute();
  await db(c)
    .updateTable('reviewCycle')
    .set({
      population: JSON.stringify({
        orgUnitIds: [c.org.units.teamA.id],
        jobRoleIds: [],
        hiredOnOrBefore: null,
      }) as never,
    })
    .where('id', '=', row.id)
    .execute();
  return row.id;
}

/**
 * Staff A1's review, reviewed by supervisor A: the person writes the self review and signs; the
 * reviewer writes the manager review, records the meeting and signs; the line above and HR read
 * only (403); the assessor, a peer of A1, does not see it (404).
 */
const byRole =
  (allowed: Partial<Record<Who, number>>) =>
  (who: Who): number[] => [allowed[who] ?? (who === 'assessor' ? 404 : 403)];
const a1Review = (
  path: string,
  method: 'PUT' | 'POST',
  status: 'self_review' | 'manager_review' | 'sign_off',
  allowed: Partial<Record<Who, number>>,
  body: unknown,
): Case => ({
  ok: [200],
  okFor: byRole(allowed),
  build: async (c) => {
    void method;
    const { reviewId } = await insertReview(db(c), c.org.people.staffA1.id, { status });
    return { url: `/api/v1/reviews/${reviewId}${path}`, body };
  },
});

/** Access-matrix cases for reviews: one entry per route, keyed 'METHOD /url'. */
export const REVIEW_CASES: Record<string, Case> = {
  'GET /api/v1/review-templates': { ok: [200], build: () => ({ url: '/api/v1/review-templates' }) },
  'POST /api/v1/review-templates': {
    ok: [201],
    build: (c) => ({ url: '/api/v1/review-templates', body: templateBody(`MX${c.seq()}`) }),
  },
  'GET /api/v1/review-cycles': { ok: [200], build: () => ({ url: '/api/v1/review-cycles' }) },
  'POST /api/v1/review-cycles': {
    ok: [201],
    build: async (c) => {
      const { templateId } = await insertReview(db(c), c.org.people.staffA1.id);
      return {
        url: '/api/v1/review-cycles',
        body: {
          nameEn: 'H1 2026',
          nameZh: '2026 上半年',
          periodFrom: '2026-01-01',
          periodTo: '2026-06-30',
          templateId,
          population: { orgUnitIds: [], jobRoleIds: [], hiredOnOrBefore: null },
          selfDue: '2026-07-10',
          managerDue: '2026-07-20',
          calibrationDue: '2026-07-25',
          signOffDue: '2026-07-31',
        },
      };
    },
  },
  'GET /api/v1/review-cycles/:id': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/review-cycles/${await draftCycle(c)}` }),
  },
  'POST /api/v1/review-cycles/:id/launch': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/review-cycles/${await draftCycle(c)}/launch` }),
  },
  'GET /api/v1/review-cycles/:id/progress': {
    ok: [200],
    build: async (c) => ({
      url: `/api/v1/review-cycles/${(await insertReview(db(c), c.org.people.staffA1.id)).cycleId}/progress`,
    }),
  },
  'GET /api/v1/reviews': { ok: [200], build: () => ({ url: '/api/v1/reviews' }) },
  'GET /api/v1/reviews/:id': {
    person: true,
    ok: [200],
    build: async (c, id) => ({ url: `/api/v1/reviews/${(await insertReview(db(c), id)).reviewId}` }),
  },
  'PUT /api/v1/reviews/:id/self': a1Review(
    '/self',
    'PUT',
    'self_review',
    { staff: 200 },
    {
      ratings: { goals: 3 },
      comments: {},
      submit: false,
    },
  ),
  'PUT /api/v1/reviews/:id/manager': a1Review(
    '/manager',
    'PUT',
    'manager_review',
    { supervisor: 200 },
    {
      ratings: { goals: 3 },
      comments: {},
      developmentPlan: '',
      overallRating: null,
      submit: false,
    },
  ),
  'POST /api/v1/reviews/:id/meeting': a1Review(
    '/meeting',
    'POST',
    'sign_off',
    { supervisor: 200 },
    {
      heldOn: '2001-01-15',
      notes: 'Talked it through.',
    },
  ),
  'POST /api/v1/reviews/:id/sign': a1Review('/sign', 'POST', 'sign_off', { staff: 200, supervisor: 200 }, {}),
  'GET /api/v1/reviews/:id/pdf': {
    person: true,
    ok: [200],
    build: async (c, id) => ({
      url: `/api/v1/reviews/${(await insertReview(db(c), id)).reviewId}/pdf?lang=en`,
    }),
  },
};
