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
        .select(['c.personId', 'c.everyDays', 'p.managerId', nameSql.as('name')])
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
        .select(['k.id', 'k.personId', 'k.scheduledAt', 'k.location', nameSql.as('name')])
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
        .select(['a.id', 'a.title', 'a.dueOn', 'a.ownerPersonId', 'a.personId', nameSql.as('name')])
        .where('a.doneAt', 'is', null)
        .where('a.dueOn', '<', today)
        .execute(),
    /** Assigned training due before `today`, of people who have not left. */
    overdueTraining: (today: string) =>
      db
        .selectFrom('trainingAssignment as t')
        .innerJoin('course as c', 'c.id', 't.courseId')
        .innerJoin('person as p', 'p.id', 't.personId')
        .select(['t.id', 't.personId', 't.dueOn', 'c.titleEn', 'p.managerId', nameSql.as('name')])
        .where('t.status', '=', 'assigned')
        .where('t.dueOn', '<', today)
        .where('p.status', '<>', 'left')
        .execute(),
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
        .select(['id', 'email', 'emailReminders'])
        .where('personId', 'in', personIds)
        .where('disabled', '=', false)
        .execute(),
  };
}
