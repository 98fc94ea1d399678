import type { ScorecardContent } from '@frontline/contract';
import { json } from '../../src/db/json.js';
import type { Case, Ctx } from './types.js';

const SECTIONS: ScorecardContent = [
  {
    id: 's',
    titleEn: 'Service',
    titleZh: '服務',
    items: [
      {
        id: 'greet',
        textEn: 'Greets',
        textZh: '問候',
        type: 'yes_no_na',
        weight: 1,
        critical: 'none',
        naAllowed: true,
      },
    ],
  },
];

async function scorecardCode(c: Ctx): Promise<string> {
  const code = `MX-CERT${c.seq()}`;
  await c.t.database.db
    .insertInto('scorecard')
    .values({
      code,
      kind: 'qa_interaction',
      titleEn: 'Matrix certification scorecard',
      titleZh: '矩陣認證評分表',
      indicatorId: null,
      sections: json(SECTIONS),
      previousId: null,
    })
    .execute();
  return code;
}

/** A manual certification of the demo assessor, straight into the table. */
async function certification(c: Ctx): Promise<string> {
  const now = new Date();
  const row = await c.t.database.db
    .insertInto('assessorCertification')
    .values({
      userId: c.org.people.assessorA.userId!,
      scorecardCode: await scorecardCode(c),
      source: 'manual',
      grantedAt: now,
      expiresAt: new Date(now.getTime() + 365 * 86_400_000),
      courseCompletedAt: null,
      calibrationSessionId: null,
      alpha: null,
      biasPoints: null,
      reason: 'matrix',
      grantedBy: c.org.people.admin.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const base = '/api/v1/assessor-certifications';

/** Access-matrix cases for assessor certification: one entry per route, keyed 'METHOD /url'. */
export const CERTIFICATION_CASES: Record<string, Case> = {
  'GET /api/v1/assessor-certifications': { ok: [200], build: () => ({ url: base }) },
  'GET /api/v1/assessor-certifications/settings': { ok: [200], build: () => ({ url: `${base}/settings` }) },
  'PUT /api/v1/assessor-certifications/settings': {
    ok: [200],
    build: () => ({ url: `${base}/settings`, body: { validityMonths: 12 } }),
  },
  'POST /api/v1/assessor-certifications': {
    ok: [201],
    build: async (c) => ({
      url: base,
      body: {
        userId: c.org.people.assessorA.userId,
        scorecardCode: await scorecardCode(c),
        reason: 'Observed scoring in the field',
      },
    }),
  },
  'POST /api/v1/assessor-certifications/:id/revoke': {
    ok: [200],
    build: async (c) => ({
      url: `${base}/${await certification(c)}/revoke`,
      body: { reason: 'Left the assessor pool' },
    }),
  },
  'GET /api/v1/assessor-certifications/evaluation-marks': {
    ok: [200],
    build: () => ({ url: `${base}/evaluation-marks?ids=00000000-0000-4000-8000-000000000001` }),
  },
};
