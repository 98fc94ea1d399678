import type { Answer, ScorecardContent } from '@frontline/contract';
import { json } from '../../src/db/json.js';
import { scoreEvaluation } from '../../src/features/assessments/assessments.score.js';
import type { Case, Ctx, Who } from './types.js';

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
const ANSWERS: Answer[] = [{ itemId: 'greet', value: 'yes' }];

async function scorecard(c: Ctx): Promise<string> {
  const row = await c.t.database.db
    .insertInto('scorecard')
    .values({
      code: `MX-S${c.seq()}`,
      kind: 'qa_interaction',
      titleEn: 'Matrix scorecard',
      titleZh: '矩陣評分表',
      indicatorId: null,
      sections: json(SECTIONS),
      previousId: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The user each matrix actor signs in as (anonymous: another store's supervisor). */
function userOf(c: Ctx, who: Who | 'anonymous'): string {
  const p = c.org.people;
  const by: Record<Who | 'anonymous', string | null> = {
    staff: p.staffA1.userId,
    supervisor: p.supA.userId,
    manager: p.manager.userId,
    assessor: p.assessorA.userId,
    hr_admin: p.hr.userId,
    admin: p.admin.userId,
    anonymous: p.supX.userId,
  };
  return by[who]!;
}

/** An evaluation straight into the table (no access checks), written by `authorUserId`. */
async function evaluation(
  c: Ctx,
  personId: string,
  authorUserId: string,
  status: 'draft' | 'submitted' | 'released',
): Promise<string> {
  const result = scoreEvaluation(SECTIONS, ANSWERS);
  const now = new Date();
  const row = await c.t.database.db
    .insertInto('evaluation')
    .values({
      scorecardId: await scorecard(c),
      personId,
      assessorUserId: authorUserId,
      status,
      channel: 'call',
      ticketKey: null,
      occurredOn: '2026-11-02',
      evidenceText: null,
      evidenceUrl: null,
      answers: json(ANSWERS),
      result: json(result),
      percent: result.percent,
      submittedAt: status === 'draft' ? null : now,
      releasedAt: status === 'released' ? now : null,
      acknowledgedAt: null,
      acknowledgeComment: null,
      observationId: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An open dispute of a released evaluation of the person, written by another store's supervisor. */
async function dispute(c: Ctx, personId: string): Promise<string> {
  const evaluationId = await evaluation(c, personId, c.org.people.supX.userId!, 'released');
  const row = await c.t.database.db
    .insertInto('evaluationDispute')
    .values({
      evaluationId,
      itemId: 'greet',
      reason: 'matrix',
      originalValue: json<Answer['value']>('yes'),
      newValue: null,
      note: null,
      decidedBy: null,
      decidedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An evidence file on the evaluation (straight into the table), uploaded by another store's supervisor. */
async function evidence(c: Ctx, evaluationId: string): Promise<string> {
  const row = await c.t.database.db
    .insertInto('evaluationEvidence')
    .values({
      evaluationId,
      fileName: 'notes.txt',
      contentType: 'text/plain',
      sizeBytes: 5,
      sha256: '0'.repeat(64),
      content: Buffer.from('notes'),
      uploadedBy: c.org.people.supX.userId!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The actor's own draft or submitted evaluation of the target, for the author's actions. */
const authorCase = (path: string, status: 'draft' | 'submitted', body?: unknown): Case => ({
  person: true,
  selfForbidden: 'always',
  ok: [200],
  build: async (c, id, who) => ({
    url: `/api/v1/evaluations/${await evaluation(c, id, userOf(c, who), status)}${path}`,
    ...(body ? { body } : {}),
  }),
});

/** The person's own actions on a released evaluation of them (admin has no person: 403). */
const personCase = (path: string, ok: number, body: unknown): Case => ({
  ok: [ok],
  okFor: (who) => (who === 'admin' ? [403] : [ok]),
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
    const personId = who === 'anonymous' ? p.staffA1.id : self[who];
    return {
      url: `/api/v1/evaluations/${await evaluation(c, personId, p.supX.userId!, 'released')}${path}`,
      body,
    };
  },
});

/** Access-matrix cases for assessments: one entry per route, keyed 'METHOD /url'. */
export const ASSESSMENT_CASES: Record<string, Case> = {
  'GET /api/v1/scorecards': { ok: [200], build: () => ({ url: '/api/v1/scorecards' }) },
  'GET /api/v1/scorecards/:id': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/scorecards/${await scorecard(c)}` }),
  },
  'POST /api/v1/scorecards': {
    ok: [201],
    build: (c) => ({
      url: '/api/v1/scorecards',
      body: {
        code: `MX-N${c.seq()}`,
        kind: 'mystery_shop',
        titleEn: 'Visit',
        titleZh: '到訪',
        sections: SECTIONS,
      },
    }),
  },
  'PATCH /api/v1/scorecards/:id': {
    ok: [200],
    build: async (c) => ({
      url: `/api/v1/scorecards/${await scorecard(c)}`,
      body: { titleEn: `v${c.seq()}` },
    }),
  },
  'GET /api/v1/evaluations': { ok: [200], build: () => ({ url: '/api/v1/evaluations' }) },
  'POST /api/v1/evaluations': {
    person: true,
    selfForbidden: 'always',
    ok: [201],
    build: async (c, id) => ({
      url: '/api/v1/evaluations',
      body: { scorecardId: await scorecard(c), personId: id, channel: 'call', occurredOn: '2026-11-02' },
    }),
  },
  'GET /api/v1/evaluations/:id': {
    person: true,
    ok: [200],
    build: async (c, id) => ({
      url: `/api/v1/evaluations/${await evaluation(c, id, c.org.people.supX.userId!, 'released')}`,
    }),
  },
  'PATCH /api/v1/evaluations/:id': authorCase('', 'draft', { evidenceText: 'Listened to the call.' }),
  'POST /api/v1/evaluations/:id/submit': authorCase('/submit', 'draft'),
  'POST /api/v1/evaluations/:id/release': authorCase('/release', 'submitted'),
  'POST /api/v1/evaluations/:id/acknowledge': personCase('/acknowledge', 200, {}),
  'POST /api/v1/evaluations/:id/disputes': personCase('/disputes', 201, {
    items: [{ itemId: 'greet', reason: 'I did greet the customer.' }],
  }),
  'GET /api/v1/evaluations/:id/evidence': {
    person: true,
    ok: [200],
    build: async (c, id) => ({
      url: `/api/v1/evaluations/${await evaluation(c, id, c.org.people.supX.userId!, 'released')}/evidence`,
    }),
  },
  'GET /api/v1/evaluations/:id/evidence/:fileId': {
    person: true,
    ok: [200],
    build: async (c, id) => {
      const evaluationId = await evaluation(c, id, c.org.people.supX.userId!, 'released');
      return { url: `/api/v1/evaluations/${evaluationId}/evidence/${await evidence(c, evaluationId)}` };
    },
  },
  'POST /api/v1/evaluations/:id/evidence': {
    ...authorCase('/evidence?fileName=notes.txt', 'draft'),
    ok: [201],
    build: async (c, id, who) => ({
      url: `/api/v1/evaluations/${await evaluation(c, id, userOf(c, who), 'draft')}/evidence?fileName=notes.txt`,
      body: Buffer.from('The customer asked twice.'),
      headers: { 'content-type': 'application/octet-stream' },
    }),
  },
  'DELETE /api/v1/evaluations/:id/evidence/:fileId': {
    ...authorCase('', 'draft'),
    ok: [204],
    build: async (c, id, who) => {
      const evaluationId = await evaluation(c, id, userOf(c, who), 'draft');
      return { url: `/api/v1/evaluations/${evaluationId}/evidence/${await evidence(c, evaluationId)}` };
    },
  },
  'GET /api/v1/evaluation-disputes': { ok: [200], build: () => ({ url: '/api/v1/evaluation-disputes' }) },
  'POST /api/v1/evaluation-disputes/:id/decide': {
    person: true,
    selfForbidden: 'always',
    ok: [200],
    build: async (c, id) => ({
      url: `/api/v1/evaluation-disputes/${await dispute(c, id)}/decide`,
      body: { outcome: 'rejected', note: 'The recording shows no greeting.' },
    }),
  },
  'GET /api/v1/evaluations/people': { ok: [200], build: () => ({ url: '/api/v1/evaluations/people' }) },
  'GET /api/v1/assessment-settings': { ok: [200], build: () => ({ url: '/api/v1/assessment-settings' }) },
  'PATCH /api/v1/assessment-settings': {
    ok: [200],
    build: () => ({ url: '/api/v1/assessment-settings', body: { disputeWindowDays: 14 } }),
  },
};
