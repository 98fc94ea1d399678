import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

const nameSql = sql<string>`p.given_name_en || ' ' || p.family_name_en`;

/**
 * What the reminders job reads and writes. The job runs for the whole organisation (the system),
 * so its lists are not scoped to an actor.
 */
export function remindersRepository(db: Kysely<DB>) {
  return {
    /** Cadences of people who have not left, with their manager and name. */
    cadences: () =>
      db
        .selectFrom('checkinCadence as c')
        .innerJoin('person as p', 'p.id', 'c.personId')
        .select(['c.personId', 'c.everyDays', 'p.managerId', nameSql.as('name'), 'p.nameZh'])
        .where('p.status', '<>', 'left')
        .execute(),
    /** The last held check-in per person. */
    lastHeld: (personIds: string[]) =>
      db
        .selectFrom('checkin')
        .select(['personId'])
        .select((eb) => eb.fn.max('heldAt').as('heldAt'))
        .where('personId', 'in', personIds)
        .where('status', '=', 'held')
        .groupBy('personId')
        .execute(),
    /** The people (of these) with a check-in planned from `now` on. */
    plannedFrom: (personIds: string[], now: Date) =>
      db
        .selectFrom('checkin')
        .select('personId')
        .distinct()
        .where('personId', 'in', personIds)
        .where('status', '=', 'planned')
        .where('scheduledAt', '>=', now)
        .execute(),
    /** Check-ins planned after `now` and up to `until`, with the leader (or the manager). */
    plannedBetween: (now: Date, until: Date) =>
      db
        .selectFrom('checkin as k')
        .innerJoin('person as p', 'p.id', 'k.personId')
        .select(['k.id', 'k.personId', 'k.scheduledAt', 'k.location', nameSql.as('name'), 'p.nameZh'])
        .select(sql<string | null>`coalesce(k.leader_person_id, p.manager_id)`.as('leaderId'))
        .where('k.status', '=', 'planned')
        .where('k.scheduledAt', '>', now)
        .where('k.scheduledAt', '<=', until)
        .execute(),
    /** Open action items due before `today`. */
    overdueActionItems: (today: string) =>
      db
        .selectFrom('actionItem as a')
        .innerJoin('person as p', 'p.id', 'a.personId')
        .select([
          'a.id',
          'a.title',
          'a.dueOn',
          'a.ownerPersonId',
          'a.personId',
          nameSql.as('name'),
          'p.nameZh',
        ])
        .where('a.doneAt', 'is', null)
        .where('a.dueOn', '<', today)
        .execute(),
    /** Assigned training due before `today`, of people who have not left. */
    overdueTraining: (today: string) =>
      db
        .selectFrom('trainingAssignment as t')
        .innerJoin('course as c', 'c.id', 't.courseId')
        .innerJoin('person as p', 'p.id', 't.personId')
        .select([
          't.id',
          't.personId',
          't.dueOn',
          'c.titleEn',
          'c.titleZh',
          'p.managerId',
          nameSql.as('name'),
          'p.nameZh',
        ])
        .where('t.status', '=', 'assigned')
        .where('t.dueOn', '<', today)
        .where('p.status', '<>', 'left')
        .execute(),
    /**
     * Open reviews (not signed) of launched cycles, of people who have not left, whose stage is due
     * on `today` or `soon` or already past: with the cycle's names and dates, the person's and the
     * reviewer's names, and the reviewer's own manager.
     */
    openReviewsDue: (today: string, soon: string) => {
      const due = sql<string>`case r.status when 'self_review' then c.self_due when 'manager_review' then c.manager_due else c.sign_off_due end`;
      return db
        .selectFrom('review as r')
        .innerJoin('reviewCycle as c', 'c.id', 'r.cycleId')
        .innerJoin('person as p', 'p.id', 'r.personId')
        .leftJoin('person as m', 'm.id', 'r.reviewerPersonId')
        .select([
          'r.id',
          sql<'self_review' | 'manager_review' | 'sign_off'>`r.status`.as('status'),
          'r.personId',
          'r.reviewerPersonId',
          'm.managerId as reviewerManagerId',
          'r.managerSignedAt',
          'r.personSignedAt',
          'c.nameEn as cycleNameEn',
          'c.nameZh as cycleNameZh',
          'c.selfDue',
          'c.managerDue',
          'c.signOffDue',
          nameSql.as('personName'),
          'p.nameZh as personNameZh',
          sql<string | null>`m.given_name_en || ' ' || m.family_name_en`.as('reviewerName'),
          'm.nameZh as reviewerNameZh',
        ])
        .where('c.status', '=', 'launched')
        .where('r.status', 'in', ['self_review', 'manager_review', 'sign_off'])
        .where('p.status', '<>', 'left')
        .where(sql<boolean>`(${due} in (${today}, ${soon}) or ${due} < ${today})`)
        .orderBy('r.id')
        .execute();
    },
    /** Records a reminder as sent today; undefined when it already was. */
    claim: (kind: string, entityId: string, onDay: string, sentAt: Date) =>
      db
        .insertInto('reminderSent')
        .values({ kind, entityId, onDay, sentAt })
        .onConflict((oc) => oc.columns(['kind', 'entityId', 'onDay']).doNothing())
        .returning('kind')
        .executeTakeFirst(),
    /** The enabled user accounts of these people. */
    enabledUsersOf: (personIds: string[]) =>
      db
        .selectFrom('appUser')
        .select(['id', 'email', 'emailReminders', 'locale'])
        .where('personId', 'in', personIds)
        .where('disabled', '=', false)
        .execute(),
    /** Every enabled HR user (hr_admin): where an escalation goes when there is nobody above. */
    enabledHrUsers: () =>
      db
        .selectFrom('appUser')
        .select(['id', 'email', 'emailReminders', 'locale'])
        .where(sql<boolean>`'hr_admin' = any(roles)`)
        .where('disabled', '=', false)
        .orderBy('id')
        .execute(),
  };
}
