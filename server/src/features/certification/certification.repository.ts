import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

const NO_ID = '00000000-0000-0000-0000-000000000000';
const ids = (xs: readonly string[]) => (xs.length ? [...xs] : [NO_ID]);

/** What assessor certification reads and writes (Kysely only). */
export function certificationRepository(db: Kysely<DB>) {
  return {
    settings() {
      return db
        .selectFrom('assessmentSetting as s')
        .leftJoin('course as c', 'c.id', 's.assessorCourseId')
        .select([
          's.assessorCourseId',
          'c.titleEn as courseTitleEn',
          'c.titleZh as courseTitleZh',
          's.certMinAlpha',
          's.certMaxBiasPoints',
          's.certValidityMonths',
          's.certReminderDays',
          's.uncertifiedPolicy',
        ])
        .where('s.id', '=', 1)
        .executeTakeFirstOrThrow();
    },
    async updateSettings(v: {
      assessorCourseId: string | null;
      certMinAlpha: number | null;
      certMaxBiasPoints: number | null;
      certValidityMonths: number;
      certReminderDays: number;
      uncertifiedPolicy: 'count_marked' | 'not_counted';
      updatedAt: Date;
    }) {
      await db.updateTable('assessmentSetting').set(v).where('id', '=', 1).execute();
    },
    course(id: string) {
      return db.selectFrom('course').select(['id', 'active']).where('id', '=', id).executeTakeFirst();
    },
    /** Active users with their roles and person (the service keeps those who may score). */
    activeUsers(userIds?: readonly string[]) {
      let q = db
        .selectFrom('appUser')
        .select(['id', 'displayName', 'roles', 'personId', 'locale'])
        .where('disabled', '=', false)
        .orderBy('displayName')
        .orderBy('id');
      if (userIds) q = q.where('id', 'in', ids(userIds));
      return q.execute();
    },
    /** Every scorecard family (code) with an active version, titled by its latest version. */
    families() {
      return db
        .selectFrom('scorecard')
        .select(['code', 'version', 'titleEn', 'titleZh', 'active'])
        .orderBy('code')
        .orderBy('version', 'desc')
        .execute();
    },
    /** The latest completion (not failed) of the course per person. */
    completions(courseId: string, personIds?: readonly string[]) {
      let q = db
        .selectFrom('trainingAssignment')
        .select('personId')
        .select((eb) => eb.fn.max('completedAt').as('completedAt'))
        .where('courseId', '=', courseId)
        .where('status', '=', 'completed')
        .where((eb) => eb.or([eb('passed', 'is', null), eb('passed', '=', true)]))
        .groupBy('personId');
      if (personIds) q = q.where('personId', 'in', ids(personIds));
      return q.execute();
    },
    /** Revealed or closed calibration sessions (of these assessors), with their scorecard's code. */
    revealedSessions(userIds?: readonly string[], sessionId?: string) {
      let q = db
        .selectFrom('calibrationSession as c')
        .innerJoin('scorecard as s', 's.id', 'c.scorecardId')
        .select(['c.id', 'c.title', 'c.leadUserId', 'c.revealedAt', 's.code', 's.sections'])
        .where('c.status', '<>', 'open')
        .orderBy('c.revealedAt')
        .orderBy('c.id');
      if (sessionId) q = q.where('c.id', '=', sessionId);
      if (userIds) {
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('calibrationAssessor as a')
              .select('a.userId')
              .whereRef('a.sessionId', '=', 'c.id')
              .where('a.userId', 'in', ids(userIds)),
          ),
        );
      }
      return q.execute();
    },
    interactions(sessionIds: readonly string[]) {
      return db
        .selectFrom('calibrationInteraction')
        .select(['id', 'sessionId'])
        .where('sessionId', 'in', ids(sessionIds))
        .orderBy('sessionId')
        .orderBy('position')
        .execute();
    },
    sessionAssessors(sessionIds: readonly string[]) {
      return db
        .selectFrom('calibrationAssessor as a')
        .innerJoin('appUser as u', 'u.id', 'a.userId')
        .select(['a.sessionId', 'a.userId', 'u.displayName as name'])
        .where('a.sessionId', 'in', ids(sessionIds))
        .orderBy('a.sessionId')
        .orderBy('u.displayName')
        .orderBy('a.userId')
        .execute();
    },
    scores(sessionIds: readonly string[]) {
      return db
        .selectFrom('calibrationScore')
        .select(['sessionId', 'interactionId', 'userId', 'benchmark', 'answers'])
        .where('sessionId', 'in', ids(sessionIds))
        .orderBy('interactionId')
        .orderBy('userId')
        .execute();
    },
    /** Certifications (of these users), newest grant last, with the session's title and the granter's name. */
    certifications(userIds?: readonly string[]) {
      let q = db
        .selectFrom('assessorCertification as c')
        .leftJoin('calibrationSession as s', 's.id', 'c.calibrationSessionId')
        .leftJoin('appUser as g', 'g.id', 'c.grantedBy')
        .selectAll('c')
        .select([
          's.title as sessionTitle',
          's.leadUserId as sessionLeadUserId',
          'g.displayName as grantedByName',
        ])
        .orderBy('c.grantedAt')
        .orderBy('c.createdAt')
        .orderBy('c.id');
      if (userIds) q = q.where('c.userId', 'in', ids(userIds));
      return q.execute();
    },
    certificationForUpdate(id: string) {
      return db
        .selectFrom('assessorCertification')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },
    async insertCertification(v: {
      userId: string;
      scorecardCode: string;
      source: 'automatic' | 'manual';
      grantedAt: Date;
      expiresAt: Date;
      courseCompletedAt: Date | null;
      calibrationSessionId: string | null;
      alpha: number | null;
      biasPoints: number | null;
      reason: string | null;
      grantedBy: string | null;
      createdAt: Date;
    }) {
      const r = await db
        .insertInto('assessorCertification')
        .values(v)
        .onConflict((oc) =>
          oc
            .columns(['userId', 'scorecardCode', 'calibrationSessionId'])
            .where('source', '=', 'automatic')
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      return r?.id ?? null;
    },
    async revoke(id: string, v: { revokedAt: Date; revokedBy: string; revokeReason: string }) {
      const r = await db
        .updateTable('assessorCertification')
        .set(v)
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    scorecardCodeExists(code: string) {
      return db.selectFrom('scorecard').select('code').where('code', '=', code).executeTakeFirst();
    },
    evaluation(id: string) {
      return db
        .selectFrom('evaluation as e')
        .innerJoin('scorecard as s', 's.id', 'e.scorecardId')
        .select(['e.id', 'e.assessorUserId', 'e.personId', 'e.status', 's.code'])
        .where('e.id', '=', id)
        .executeTakeFirst();
    },
    async saveMark(v: {
      evaluationId: string;
      certified: boolean;
      counted: boolean;
      certificationId: string | null;
      stage: 'submitted' | 'released';
      recordedAt: Date;
    }) {
      await db
        .insertInto('evaluationCertification')
        .values(v)
        .onConflict((oc) =>
          oc.column('evaluationId').doUpdateSet({
            certified: v.certified,
            counted: v.counted,
            certificationId: v.certificationId,
            stage: v.stage,
            recordedAt: v.recordedAt,
          }),
        )
        .execute();
    },
    mark(evaluationId: string) {
      return db
        .selectFrom('evaluationCertification')
        .selectAll()
        .where('evaluationId', '=', evaluationId)
        .executeTakeFirst();
    },
    marks(evaluationIds: readonly string[]) {
      return db
        .selectFrom('evaluationCertification as m')
        .innerJoin('evaluation as e', 'e.id', 'm.evaluationId')
        .select([
          'm.evaluationId',
          'm.certified',
          'm.counted',
          'm.stage',
          'm.recordedAt',
          'e.assessorUserId',
          'e.personId',
        ])
        .where('m.evaluationId', 'in', ids(evaluationIds))
        .execute();
    },
    /** Certifications not revoked that end after `now` and by `until`, the latest of their assessor and family. */
    expiring(now: Date, until: Date) {
      return db
        .selectFrom('assessorCertification as c')
        .innerJoin('appUser as u', 'u.id', 'c.userId')
        .leftJoin('calibrationSession as s', 's.id', 'c.calibrationSessionId')
        .select([
          'c.id',
          'c.userId',
          'c.scorecardCode',
          'c.expiresAt',
          'c.grantedBy',
          's.leadUserId as sessionLeadUserId',
          'u.displayName as assessorName',
        ])
        .where('c.revokedAt', 'is', null)
        .where('c.expiresAt', '>', now)
        .where('c.expiresAt', '<=', until)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('assessorCertification as n')
                .select('n.id')
                .whereRef('n.userId', '=', 'c.userId')
                .whereRef('n.scorecardCode', '=', 'c.scorecardCode')
                .where('n.revokedAt', 'is', null)
                .whereRef('n.expiresAt', '>', 'c.expiresAt'),
            ),
          ),
        )
        .orderBy('c.expiresAt')
        .orderBy('c.id')
        .execute();
    },
    /** Records a reminder as sent; null when it already was. */
    async claimReminder(kind: string, entityId: string, onDay: string, sentAt: Date) {
      const r = await db
        .insertInto('reminderSent')
        .values({ kind, entityId, onDay, sentAt })
        .onConflict((oc) => oc.columns(['kind', 'entityId', 'onDay']).doNothing())
        .returning('kind')
        .executeTakeFirst();
      return r !== undefined;
    },
    usersById(userIds: readonly string[]) {
      return db
        .selectFrom('appUser')
        .select(['id', 'email', 'emailReminders', 'locale'])
        .where('id', 'in', ids(userIds))
        .where('disabled', '=', false)
        .execute();
    },
  };
}
