import type { ScorecardContent } from '@frontline/contract';
import { json } from '../../src/db/json.js';
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

async function scorecard(c: Ctx): Promise<string> {
  const row = await c.t.database.db
    .insertInto('scorecard')
    .values({
      code: `MX-C${c.seq()}`,
      kind: 'qa_interaction',
      titleEn: 'Matrix calibration scorecard',
      titleZh: '矩陣校準評分表',
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

/**
 * A session straight into the tables: the actor leads it (`role: 'lead'`) or takes part in it
 * (`'assessor'`, with another store's supervisor leading), in the given state. Its id and first interaction.
 */
async function session(
  c: Ctx,
  who: Who | 'anonymous',
  role: 'lead' | 'assessor',
  status: 'open' | 'revealed' = 'open',
): Promise<{ id: string; interactionId: string }> {
  const db = c.t.database.db;
  const me = userOf(c, who);
  const other = c.org.people.supB.userId!;
  const lead = role === 'lead' ? me : c.org.people.supX.userId!;
  const { id } = await db
    .insertInto('calibrationSession')
    .values({
      scorecardId: await scorecard(c),
      leadUserId: lead,
      title: 'Matrix session',
      status,
      revealedAt: status === 'revealed' ? new Date() : null,
      closedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: interactionId } = await db
    .insertInto('calibrationInteraction')
    .values({ sessionId: id, position: 0, label: 'T-1' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assessors = role === 'assessor' ? [me, other] : [other, c.org.people.assessorA.userId!];
  await db
    .insertInto('calibrationAssessor')
    .values(
      [...new Set(assessors)]
        .filter((u) => u !== lead)
        .map((userId) => ({ sessionId: id, userId, finishedAt: null })),
    )
    .execute();
  return { id, interactionId };
}

const base = '/api/v1/calibration-sessions';
const ANSWERS = { answers: [{ itemId: 'greet', value: 'yes' }] };

/** Access-matrix cases for calibration sessions: one entry per route, keyed 'METHOD /url'. */
export const CALIBRATION_CASES: Record<string, Case> = {
  'GET /api/v1/calibration-sessions': { ok: [200], build: () => ({ url: base }) },
  'GET /api/v1/calibration-sessions/candidates': { ok: [200], build: () => ({ url: `${base}/candidates` }) },
  'POST /api/v1/calibration-sessions': {
    ok: [201],
    build: async (c) => ({
      url: base,
      body: {
        scorecardId: await scorecard(c),
        title: 'Matrix',
        interactions: ['T-1', 'T-2'],
        assessorUserIds: [c.org.people.supB.userId, c.org.people.assessorA.userId],
      },
    }),
  },
  'GET /api/v1/calibration-sessions/:id': {
    ok: [200],
    build: async (c, _id, who) => ({ url: `${base}/${(await session(c, who, 'assessor')).id}` }),
  },
  'PUT /api/v1/calibration-sessions/:id/interactions/:interactionId/scores': {
    ok: [200],
    build: async (c, _id, who) => {
      const s = await session(c, who, 'assessor');
      return { url: `${base}/${s.id}/interactions/${s.interactionId}/scores`, body: ANSWERS };
    },
  },
  'PUT /api/v1/calibration-sessions/:id/interactions/:interactionId/benchmark': {
    ok: [200],
    build: async (c, _id, who) => {
      const s = await session(c, who, 'lead');
      return { url: `${base}/${s.id}/interactions/${s.interactionId}/benchmark`, body: ANSWERS };
    },
  },
  'POST /api/v1/calibration-sessions/:id/finish': {
    ok: [200],
    build: async (c, _id, who) => ({ url: `${base}/${(await session(c, who, 'assessor')).id}/finish` }),
  },
  'POST /api/v1/calibration-sessions/:id/reveal': {
    ok: [200],
    build: async (c, _id, who) => ({ url: `${base}/${(await session(c, who, 'lead')).id}/reveal` }),
  },
  'POST /api/v1/calibration-sessions/:id/close': {
    ok: [200],
    build: async (c, _id, who) => ({
      url: `${base}/${(await session(c, who, 'lead', 'revealed')).id}/close`,
    }),
  },
};
