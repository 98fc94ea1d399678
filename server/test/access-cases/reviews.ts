import type { Case, Ctx, Who } from './types.js';
import { json } from '../../src/db/json.js';
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
const LINE_AND_REVIEWER: Partial<Record<Who, number>> = {
  supervisor: 200,
  manager: 200,
  hr_admin: 200,
  admin: 200,
};
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
  'PUT /api/v1/review-templates/:id/active': {
    ok: [200],
    build: async (c) => ({
      url: `/api/v1/review-templates/${(await insertReview(db(c), c.org.people.staffA1.id)).templateId}/active`,
      body: { active: false },
    }),
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
  // Calibration, input and amendments: the reviewer and the line with reviews.conduct.
  'GET /api/v1/review-cycles/:id/calibration': {
    ok: [200],
    build: async (c) => ({
      url: `/api/v1/review-cycles/${(await insertReview(db(c), c.org.people.staffA1.id)).cycleId}/calibration`,
    }),
  },
  'POST /api/v1/reviews/:id/calibrate': a1Review('/calibrate', 'POST', 'sign_off', LINE_AND_REVIEWER, {
    overallRating: 2,
    reason: 'Below the team on every figure.',
  }),
  'POST /api/v1/reviews/:id/inputs': {
    ok: [200],
    okFor: byRole(LINE_AND_REVIEWER),
    build: async (c) => {
      const { reviewId } = await insertReview(db(c), c.org.people.staffA1.id, { status: 'manager_review' });
      return {
        url: `/api/v1/reviews/${reviewId}/inputs`,
        body: { personIds: [c.org.people.staffA2.id], relation: 'peer' },
      };
    },
  },
  'GET /api/v1/review-inputs': { ok: [200], build: () => ({ url: '/api/v1/review-inputs' }) },
  // Only the one asked answers (admin has no person: 404).
  'PUT /api/v1/review-inputs/:id': {
    ok: [200],
    okFor: (who) => (who === 'admin' ? [404] : [200]),
    build: async (c, _id, who) => {
      const p = c.org.people;
      const self: Record<Who, string> = {
        staff: p.staffA1.id,
        supervisor: p.supA.id,
        manager: p.manager.id,
        assessor: p.assessorA.id,
        hr_admin: p.hr.id,
        admin: p.staffA1.id,
      };
      const { reviewId } = await insertReview(db(c), p.staffA2.id, { status: 'manager_review' });
      const row = await db(c)
        .insertInto('reviewInput')
        .values({
          reviewId,
          contributorPersonId: who === 'anonymous' || who === 'admin' ? p.staffB1.id : self[who],
          relation: 'peer',
          requestedAt: new Date('2026-07-12T00:00:00Z'),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/review-inputs/${row.id}`, body: { rating: 4, comment: 'Always helps.' } };
    },
  },
  'POST /api/v1/reviews/:id/amend': {
    ok: [200],
    okFor: byRole(LINE_AND_REVIEWER),
    build: async (c) => {
      const { reviewId } = await insertReview(db(c), c.org.people.staffA1.id, { status: 'signed' });
      await db(c)
        .updateTable('review')
        .set({ overallRating: 3, managerRatings: json({ goals: 3 }) })
        .where('id', '=', reviewId)
        .execute();
      return {
        url: `/api/v1/reviews/${reviewId}/amend`,
        body: { reason: 'The sales figure was corrected.', overallRating: 4 },
      };
    },
  },
  'GET /api/v1/reviews/:id/pdf': {
    person: true,
    ok: [200],
    build: async (c, id) => ({
      url: `/api/v1/reviews/${(await insertReview(db(c), id)).reviewId}/pdf?lang=en`,
    }),
  },
};
