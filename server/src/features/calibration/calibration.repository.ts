import { sql, type Kysely } from 'kysely';
import type { Answer, CalibrationStatus } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import { json } from '../../db/json.js';

/** Calibration sessions, their interactions, assessors and scores (the lead's benchmark included). */
export function calibrationRepository(db: Kysely<DB>) {
  const sessions = () =>
    db
      .selectFrom('calibrationSession as c')
      .innerJoin('scorecard as s', 's.id', 'c.scorecardId')
      .innerJoin('appUser as u', 'u.id', 'c.leadUserId')
      .selectAll('c')
      .select([
        's.code as scorecardCode',
        's.version as scorecardVersion',
        's.titleEn as scorecardTitleEn',
        's.titleZh as scorecardTitleZh',
        's.sections as scorecardSections',
        'u.displayName as leadName',
      ]);
  return {
    /** Sessions the user leads or takes part in, newest first, with counts. */
    listFor(userId: string) {
      return sessions()
        .select([
          sql<number>`(select count(*)::int from calibration_interaction i where i.session_id = c.id)`.as(
            'interactionCount',
          ),
          sql<number>`(select count(*)::int from calibration_assessor a where a.session_id = c.id)`.as(
            'assessorCount',
          ),
          sql<number>`(select count(*)::int from calibration_assessor a
                       where a.session_id = c.id and a.finished_at is not null)`.as('finishedCount'),
        ])
        .where((eb) =>
          eb.or([
            eb('c.leadUserId', '=', userId),
            eb.exists(
              eb
                .selectFrom('calibrationAssessor as a')
                .select('a.userId')
                .whereRef('a.sessionId', '=', 'c.id')
                .where('a.userId', '=', userId),
            ),
          ]),
        )
        .orderBy('c.createdAt', 'desc')
        .orderBy('c.id')
        .execute();
    },
    find(id: string) {
      return sessions().where('c.id', '=', id).executeTakeFirst();
    },
    /** Locks the session row for a change. */
    forUpdate(id: string) {
      return db
        .selectFrom('calibrationSession')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },
    interactions(sessionId: string) {
      return db
        .selectFrom('calibrationInteraction')
        .select(['id', 'label'])
        .where('sessionId', '=', sessionId)
        .orderBy('position')
        .execute();
    },
    assessors(sessionId: string) {
      return db
        .selectFrom('calibrationAssessor as a')
        .innerJoin('appUser as u', 'u.id', 'a.userId')
        .select(['a.userId', 'a.finishedAt', 'u.displayName as name'])
        .where('a.sessionId', '=', sessionId)
        .orderBy('u.displayName')
        .orderBy('a.userId')
        .execute();
    },
    isAssessor(sessionId: string, userId: string) {
      return db
        .selectFrom('calibrationAssessor')
        .select(['userId', 'finishedAt'])
        .where('sessionId', '=', sessionId)
        .where('userId', '=', userId)
        .executeTakeFirst();
    },
    /** Every score of the sessions (assessors' and benchmarks). */
    scores(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('calibrationScore')
        .select(['sessionId', 'interactionId', 'userId', 'benchmark', 'answers'])
        .where('sessionId', 'in', sessionIds)
        .orderBy('interactionId')
        .orderBy('userId')
        .execute();
    },
    interactionOf(sessionId: string, interactionId: string) {
      return db
        .selectFrom('calibrationInteraction')
        .select('id')
        .where('sessionId', '=', sessionId)
        .where('id', '=', interactionId)
        .executeTakeFirst();
    },
    /** Active users, with their roles (the service keeps those who may score). */
    activeUsers(ids?: readonly string[]) {
      let q = db
        .selectFrom('appUser')
        .select(['id', 'displayName', 'roles'])
        .where('disabled', '=', false)
        .orderBy('displayName')
        .orderBy('id');
      if (ids) q = q.where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
      return q.execute();
    },
    scorecard(id: string) {
      return db
        .selectFrom('scorecard')
        .select(['id', 'active', 'sections'])
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insertSession(v: {
      scorecardId: string;
      leadUserId: string;
      title: string;
      interactions: readonly string[];
      assessorUserIds: readonly string[];
      now: Date;
    }): Promise<string> {
      const { id } = await db
        .insertInto('calibrationSession')
        .values({
          scorecardId: v.scorecardId,
          leadUserId: v.leadUserId,
          title: v.title,
          createdAt: v.now,
          updatedAt: v.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('calibrationInteraction')
        .values(v.interactions.map((label, position) => ({ sessionId: id, position, label })))
        .execute();
      await db
        .insertInto('calibrationAssessor')
        .values(v.assessorUserIds.map((userId) => ({ sessionId: id, userId, finishedAt: null })))
        .execute();
      return id;
    },
    async saveScore(v: {
      sessionId: string;
      interactionId: string;
      userId: string;
      benchmark: boolean;
      answers: Answer[];
      now: Date;
    }) {
      await db
        .insertInto('calibrationScore')
        .values({
          sessionId: v.sessionId,
          interactionId: v.interactionId,
          userId: v.userId,
          benchmark: v.benchmark,
          answers: json(v.answers),
          updatedAt: v.now,
        })
        .onConflict((oc) =>
          oc.columns(['interactionId', 'userId']).doUpdateSet({ answers: json(v.answers), updatedAt: v.now }),
        )
        .execute();
    },
    async setFinished(sessionId: string, userId: string, at: Date) {
      await db
        .updateTable('calibrationAssessor')
        .set({ finishedAt: at })
        .where('sessionId', '=', sessionId)
        .where('userId', '=', userId)
        .execute();
    },
    /** Moves the session from `from` to `to`; false when it was not in `from` (a concurrent change). */
    async setStatus(id: string, from: CalibrationStatus, to: CalibrationStatus, at: Date): Promise<boolean> {
      const r = await db
        .updateTable('calibrationSession')
        .set({
          status: to,
          updatedAt: at,
          ...(to === 'revealed' ? { revealedAt: at } : {}),
          ...(to === 'closed' ? { closedAt: at } : {}),
        })
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** The revealed (or closed) sessions the users took part in as assessors, oldest reveal first. */
    revealedSessionsOf(userIds: readonly string[]) {
      if (userIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('calibrationSession as c')
        .innerJoin('scorecard as s', 's.id', 'c.scorecardId')
        .select(['c.id', 'c.revealedAt', 's.sections'])
        .where('c.status', '<>', 'open')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('calibrationAssessor as a')
              .select('a.userId')
              .whereRef('a.sessionId', '=', 'c.id')
              .where('a.userId', 'in', userIds),
          ),
        )
        .orderBy('c.revealedAt')
        .orderBy('c.id')
        .execute();
    },
  };
}
