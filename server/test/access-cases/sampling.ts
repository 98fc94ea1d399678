import { json } from '../../src/db/json.js';
import type { Case, Ctx } from './types.js';

async function scorecard(c: Ctx): Promise<string> {
  const row = await c.t.database.db
    .insertInto('scorecard')
    .values({
      code: `MX-S${c.seq()}`,
      kind: 'qa_interaction',
      titleEn: 'Matrix sampling scorecard',
      titleZh: '矩陣抽樣評分表',
      indicatorId: null,
      sections: json([
        {
          id: 's',
          titleEn: 'Service',
          titleZh: '服務',
          items: [
            {
              id: 'greet',
              textEn: 'Greets',
              textZh: '問候',
              type: 'yes_no_na' as const,
              weight: 1,
              critical: 'none' as const,
              naAllowed: true,
            },
          ],
        },
      ]),
      previousId: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A monthly plan straight into the tables, with assessor A as its assessor. */
async function plan(c: Ctx): Promise<string> {
  const db = c.t.database.db;
  const { id } = await db
    .insertInto('samplingPlan')
    .values({
      title: `Matrix plan ${c.seq()}`,
      scorecardId: await scorecard(c),
      perPerson: 2,
      periodKind: 'month',
      orgUnitId: null,
      channels: json([]),
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('samplingPlanAssessor')
    .values({ planId: id, userId: c.org.people.assessorA.userId! })
    .execute();
  return id;
}

const base = '/api/v1/sampling-plans';

/** Access-matrix cases for QA sampling: one entry per route, keyed 'METHOD /url'. */
export const SAMPLING_CASES: Record<string, Case> = {
  'GET /api/v1/sampling-plans': { ok: [200], build: () => ({ url: base }) },
  'GET /api/v1/sampling-plans/assessors': { ok: [200], build: () => ({ url: `${base}/assessors` }) },
  'GET /api/v1/sampling-plans/precision': {
    ok: [200],
    build: async (c) => ({ url: `${base}/precision?scorecardId=${await scorecard(c)}&perPerson=4` }),
  },
  'POST /api/v1/sampling-plans': {
    ok: [201],
    build: async (c) => ({
      url: base,
      body: {
        title: 'Matrix',
        scorecardId: await scorecard(c),
        perPerson: 4,
        periodKind: 'month',
        assessorUserIds: [c.org.people.assessorA.userId],
      },
    }),
  },
  'GET /api/v1/sampling-plans/:id': {
    ok: [200],
    build: async (c) => ({ url: `${base}/${await plan(c)}` }),
  },
  'PATCH /api/v1/sampling-plans/:id': {
    ok: [200],
    build: async (c) => ({ url: `${base}/${await plan(c)}`, body: { active: false } }),
  },
  'POST /api/v1/sampling-plans/:id/draws': {
    ok: [200],
    build: async (c) => ({ url: `${base}/${await plan(c)}/draws`, body: { period: '2026-12', seed: 1 } }),
  },
  'GET /api/v1/qa-queue': { ok: [200], build: () => ({ url: '/api/v1/qa-queue' }) },
};
