import type { Case, Ctx } from './types.js';

/** A planned check-in of the target person, led by their manager, straight into the table. */
async function plannedCheckin(c: Ctx, personId: string): Promise<string> {
  const db = c.t.database.db;
  const p = await db
    .selectFrom('person')
    .select('managerId')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('checkin')
    .values({
      personId,
      leaderPersonId: p.managerId,
      scheduledAt: new Date('2026-12-03T02:00:00Z'),
      location: 'Back office',
      sharedNotes: 'Shared',
      privateNotes: 'Private',
      heldAt: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An open action item of the target person, owned by the person. */
async function ownItem(c: Ctx, personId: string): Promise<string> {
  const row = await c.t.database.db
    .insertInto('actionItem')
    .values({
      personId,
      checkinId: null,
      coachingPlanId: null,
      ownerPersonId: personId,
      title: `Practise the greeting ${c.seq()}`,
      dueOn: '2026-12-10',
      doneAt: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A leader-side action on a check-in: 200 in scope, 404 outside, 403 on one's own. */
const leaderOnCheckin = (path: string, body?: unknown): Case => ({
  person: true,
  selfForbidden: 'always',
  ok: [200],
  build: async (c, id) => ({
    url: `/api/v1/checkins/${await plannedCheckin(c, id)}${path}`,
    ...(body ? { body } : {}),
  }),
});

/** Access-matrix cases for check-ins, action items, reminders and the performance file: one entry per route, keyed 'METHOD /url'. */
export const CHECKIN_CASES: Record<string, Case> = {
  'GET /api/v1/people/:id/checkin-cadence': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/people/${id}/checkin-cadence` }),
  },
  'PUT /api/v1/people/:id/checkin-cadence': {
    person: true,
    selfForbidden: 'always',
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/people/${id}/checkin-cadence`, body: { everyDays: 14 } }),
  },
  'GET /api/v1/checkins': { ok: [200], build: () => ({ url: '/api/v1/checkins?scope=team' }) },
  'GET /api/v1/checkins/due': { ok: [200], build: () => ({ url: '/api/v1/checkins/due' }) },
  'POST /api/v1/checkins': {
    person: true,
    selfForbidden: 'always',
    ok: [201],
    build: (_c, id) => ({
      url: '/api/v1/checkins',
      body: { personId: id, scheduledAt: '2026-12-04T02:00:00Z', durationMinutes: 30, location: 'Office' },
    }),
  },
  'GET /api/v1/checkins/:id': {
    person: true,
    ok: [200],
    build: async (c, id) => ({ url: `/api/v1/checkins/${await plannedCheckin(c, id)}` }),
  },
  'GET /api/v1/checkins/:id/invite.ics': {
    person: true,
    ok: [200],
    build: async (c, id) => ({ url: `/api/v1/checkins/${await plannedCheckin(c, id)}/invite.ics` }),
  },
  'PATCH /api/v1/checkins/:id': leaderOnCheckin('', { sharedNotes: 'Talked about greetings.' }),
  'POST /api/v1/checkins/:id/refresh-agenda': leaderOnCheckin('/refresh-agenda'),
  'POST /api/v1/checkins/:id/hold': leaderOnCheckin('/hold'),
  'POST /api/v1/checkins/:id/cancel': leaderOnCheckin('/cancel'),
  'GET /api/v1/action-items': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/action-items?scope=person&personId=${id}` }),
  },
  'POST /api/v1/action-items': {
    person: true,
    selfForbidden: 'always',
    ok: [201],
    build: (_c, id) => ({
      url: '/api/v1/action-items',
      body: { personId: id, owner: 'person', title: 'Read the returns policy', dueOn: '2026-12-15' },
    }),
  },
  'PATCH /api/v1/action-items/:id': {
    person: true,
    ok: [200],
    build: async (c, id) => ({ url: `/api/v1/action-items/${await ownItem(c, id)}`, body: { done: true } }),
  },
  'GET /api/v1/people/:id/file.pdf': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/people/${id}/file.pdf?from=2026-09-01&to=2026-11-30` }),
  },
  'GET /api/v1/people/:id/file.csv': {
    person: true,
    ok: [200],
    build: (_c, id) => ({ url: `/api/v1/people/${id}/file.csv?lang=zh-Hant` }),
  },
};
