import type { Case, Ctx } from './types.js';

/** Feedback for `personId`, given by supervisor A (the author does not matter for access). */
async function feedbackFor(c: Ctx, personId: string): Promise<string> {
  const row = await c.t.database.db
    .insertInto('feedback')
    .values({
      personId,
      authorUserId: c.org.people.supA.userId,
      kind: 'praise',
      body: 'Calm and clear with a difficult customer.',
      acknowledgedAt: null,
      reply: null,
      repliedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function scheme(c: Ctx, kind: 'rule' | 'manual'): Promise<string> {
  const row = await c.t.database.db
    .insertInto('rewardScheme')
    .values({
      code: `M${kind}${c.seq()}`,
      nameEn: kind === 'rule' ? 'CSAT star' : 'Customer hero',
      nameZh: null,
      kind,
      indicatorId: kind === 'rule' ? c.fixtures.indicatorId : null,
      comparator: kind === 'rule' ? 'gte' : null,
      threshold: kind === 'rule' ? 95 : null,
      minSample: kind === 'rule' ? 30 : null,
      period: kind === 'rule' ? 'month' : null,
      points: 10,
      badge: kind === 'rule' ? 'csat_star' : 'customer_hero',
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Only the person themself (staff A1 here) acknowledges or replies; everyone else gets 404. */
const onlyStaffA1 = (ok: number) => (who: string) => (who === 'staff' ? [ok] : [404]);

/** Access-matrix cases for feedback, recognition and rewards: one entry per route, keyed 'METHOD /url'. */
export const FEEDBACK_CASES: Record<string, Case> = {
  'GET /api/v1/people/:id/feedback': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/people/${id}/feedback` }),
  },
  'POST /api/v1/people/:id/feedback': {
    person: true,
    selfForbidden: 'always',
    ok: [201],
    build: (_c, id) => ({
      url: `/api/v1/people/${id}/feedback`,
      body: {
        kind: 'praise',
        body: 'Greeted every customer at the door.',
        evidence: [{ type: 'shop_floor', note: 'Saturday rush', observedAt: '2026-11-28T10:00:00Z' }],
      },
    }),
  },
  'GET /api/v1/feedback/:id': {
    person: true,
    ok: [200],
    build: async (c, id) => ({ url: `/api/v1/feedback/${await feedbackFor(c, id)}` }),
  },
  'POST /api/v1/feedback/:id/acknowledge': {
    ok: [200],
    okFor: onlyStaffA1(200),
    build: async (c) => ({
      url: `/api/v1/feedback/${await feedbackFor(c, c.org.people.staffA1.id)}/acknowledge`,
    }),
  },
  'POST /api/v1/feedback/:id/reply': {
    ok: [200],
    okFor: onlyStaffA1(200),
    build: async (c) => ({
      url: `/api/v1/feedback/${await feedbackFor(c, c.org.people.staffA1.id)}/reply`,
      body: { reply: 'Thank you!' },
    }),
  },
  'GET /api/v1/recognition': { ok: [200], build: () => ({ url: '/api/v1/recognition' }) },
  'GET /api/v1/recognition/colleagues': {
    ok: [200],
    build: () => ({ url: '/api/v1/recognition/colleagues' }),
  },
  'POST /api/v1/recognition': {
    // Praise for a colleague in another store: only those who see everyone may post it.
    ok: [201],
    okFor: (who) => (who === 'hr_admin' || who === 'admin' ? [201] : [404]),
    build: (c) => ({
      url: '/api/v1/recognition',
      body: {
        personId: c.org.people.staffX1.id,
        message: 'Thanks for covering my shift!',
        badge: 'team_player',
      },
    }),
  },
  'GET /api/v1/reward-schemes': { ok: [200], build: () => ({ url: '/api/v1/reward-schemes' }) },
  'GET /api/v1/reward-schemes/:id': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/reward-schemes/${await scheme(c, 'rule')}` }),
  },
  'POST /api/v1/reward-schemes': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/reward-schemes',
      body: {
        kind: 'manual',
        code: `MX${c.seq()}`,
        nameEn: 'Customer hero',
        points: 20,
        badge: 'customer_hero',
      },
    }),
  },
  'PATCH /api/v1/reward-schemes/:id': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/reward-schemes/${await scheme(c, 'manual')}`, body: { points: 5 } }),
  },
  'DELETE /api/v1/reward-schemes/:id': {
    ok: [204],
    build: async (c) => ({ url: `/api/v1/reward-schemes/${await scheme(c, 'manual')}` }),
  },
  'POST /api/v1/reward-schemes/:id/evaluate': {
    ok: [200],
    build: async (c) => ({
      url: `/api/v1/reward-schemes/${await scheme(c, 'rule')}/evaluate`,
      body: { periodStart: '2026-11-01' },
    }),
  },
  'POST /api/v1/awards': {
    person: true,
    selfForbidden: 'always',
    ok: [201],
    build: async (c, id) => ({
      url: '/api/v1/awards',
      body: { schemeId: await scheme(c, 'manual'), personId: id, reason: 'Stayed late to help a customer.' },
    }),
  },
  'GET /api/v1/people/:id/awards': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/people/${id}/awards` }),
  },
  'GET /api/v1/leaderboard': {
    ok: [200],
    build: (c) => ({
      url: `/api/v1/leaderboard?indicatorId=${c.fixtures.indicatorId}&from=2026-11-01&to=2026-11-30`,
    }),
  },
  'GET /api/v1/leaderboard/points': {
    ok: [200],
    build: () => ({ url: '/api/v1/leaderboard/points?from=2026-11-01&to=2026-11-30' }),
  },
};
