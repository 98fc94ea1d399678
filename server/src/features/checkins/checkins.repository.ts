import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import { inScope, type Scope } from '../../access/scope.js';
import type { ActionItemTable, CheckinTable, DB } from '../../db/schema.js';

const nameOf = (alias: string) =>
  sql<string>`${sql.ref(`${alias}.given_name_en`)} || ' ' || ${sql.ref(`${alias}.family_name_en`)}`;

export function checkinsRepository(db: Kysely<DB>) {
  const checkinBase = () =>
    db
      .selectFrom('checkin as c')
      .innerJoin('person as p', 'p.id', 'c.personId')
      .leftJoin('person as l', 'l.id', 'c.leaderPersonId')
      .selectAll('c')
      .select([
        nameOf('p').as('personName'),
        sql<string | null>`case when l.id is null then null else ${nameOf('l')} end`.as('leaderName'),
      ]);

  const itemBase = () =>
    db
      .selectFrom('actionItem as a')
      .innerJoin('person as p', 'p.id', 'a.personId')
      .innerJoin('person as o', 'o.id', 'a.ownerPersonId')
      .selectAll('a')
      .select([nameOf('p').as('personName'), nameOf('o').as('ownerName')]);

  return {
    cadence: (personId: string) =>
      db.selectFrom('checkinCadence').selectAll().where('personId', '=', personId).executeTakeFirst(),

    cadences: (personIds: readonly string[]) =>
      personIds.length
        ? db.selectFrom('checkinCadence').selectAll().where('personId', 'in', personIds).execute()
        : Promise.resolve([]),

    upsertCadence: (personId: string, everyDays: number, updatedBy: string, at: Date) =>
      db
        .insertInto('checkinCadence')
        .values({ personId, everyDays, updatedBy, updatedAt: at })
        .onConflict((oc) => oc.column('personId').doUpdateSet({ everyDays, updatedBy, updatedAt: at }))
        .execute(),

    /** The last held check-in per person. */
    async lastHeld(personIds: readonly string[]): Promise<Map<string, Date>> {
      if (!personIds.length) return new Map();
      const rows = await db
        .selectFrom('checkin')
        .select(['personId'])
        .select((eb) => eb.fn.max('heldAt').as('heldAt'))
        .where('personId', 'in', personIds)
        .where('status', '=', 'held')
        .groupBy('personId')
        .execute();
      return new Map(rows.filter((r) => r.heldAt).map((r) => [r.personId, new Date(r.heldAt as Date)]));
    },

    /** The next planned check-in per person from `now` on. */
    async nextPlanned(personIds: readonly string[], now: Date): Promise<Map<string, Date>> {
      if (!personIds.length) return new Map();
      const rows = await db
        .selectFrom('checkin')
        .select(['personId'])
        .select((eb) => eb.fn.min('scheduledAt').as('at'))
        .where('personId', 'in', personIds)
        .where('status', '=', 'planned')
        .where('scheduledAt', '>=', now)
        .groupBy('personId')
        .execute();
      return new Map(rows.filter((r) => r.at).map((r) => [r.personId, new Date(r.at as Date)]));
    },

    /** People (not left) in a filter, by name. */
    people: (scope: Scope, excludeId: string | null) => {
      let q = db
        .selectFrom('person as p')
        .select(['p.id', 'p.employeeNumber', 'p.nameZh', 'p.managerId', nameOf('p').as('nameEn')])
        .where('p.status', '<>', 'left')
        .where(inScope(scope, 'p.id'));
      if (excludeId) q = q.where('p.id', '<>', excludeId);
      return q.orderBy('p.familyNameEn').orderBy('p.givenNameEn').orderBy('p.id').limit(10000).execute();
    },

    person: (id: string) =>
      db
        .selectFrom('person as p')
        .select(['p.id', 'p.email', 'p.managerId', 'p.employeeNumber', nameOf('p').as('name')])
        .where('p.id', '=', id)
        .executeTakeFirst(),

    /** The user accounts of some people (for notifications and e-mail). */
    users: (personIds: readonly string[]) =>
      personIds.length
        ? db
            .selectFrom('appUser')
            .select(['id', 'email', 'personId', 'emailReminders', 'disabled', 'locale'])
            .where('personId', 'in', personIds)
            .execute()
        : Promise.resolve([]),

    findCheckin: (id: string) => checkinBase().where('c.id', '=', id).executeTakeFirst(),
    lockCheckin: (id: string) =>
      db.selectFrom('checkin').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    async listCheckins(scope: Scope, opts: { status?: string | undefined; limit: number; offset: number }) {
      let q = checkinBase().where(inScope(scope, 'c.personId'));
      let count = db
        .selectFrom('checkin as c')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(inScope(scope, 'c.personId'));
      if (opts.status) q = q.where('c.status', '=', opts.status as 'planned');
      if (opts.status) count = count.where('c.status', '=', opts.status as 'planned');
      const [rows, n] = await Promise.all([
        q.orderBy('c.scheduledAt', 'desc').orderBy('c.id').limit(opts.limit).offset(opts.offset).execute(),
        count.executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(n.n) };
    },

    insertCheckin: (row: Insertable<CheckinTable>) =>
      db.insertInto('checkin').values(row).returning('id').executeTakeFirstOrThrow(),
    updateCheckin: (id: string, patch: Updateable<CheckinTable>) =>
      db.updateTable('checkin').set(patch).where('id', '=', id).execute(),

    findItem: (id: string) => itemBase().where('a.id', '=', id).executeTakeFirst(),
    lockItem: (id: string) =>
      db.selectFrom('actionItem').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    itemsOfCheckin: (checkinId: string) =>
      itemBase().where('a.checkinId', '=', checkinId).orderBy('a.createdAt').orderBy('a.id').execute(),
    listItems: (opts: { scope: Scope; orOwner?: string | null; open?: boolean | undefined }) => {
      const inList = inScope(opts.scope, 'a.personId');
      let q = itemBase().where(
        opts.orOwner ? sql<boolean>`(${inList} or a.owner_person_id = ${opts.orOwner})` : inList,
      );
      if (opts.open) q = q.where('a.doneAt', 'is', null);
      return q
        .orderBy(sql`a.done_at is not null`)
        .orderBy(sql`a.due_on asc nulls last`)
        .orderBy('a.createdAt')
        .orderBy('a.id')
        .limit(1000)
        .execute();
    },
    openItemsOf: (personId: string) =>
      db
        .selectFrom('actionItem')
        .select(['id', 'title', 'dueOn', 'ownerPersonId'])
        .where('personId', '=', personId)
        .where('doneAt', 'is', null)
        .orderBy(sql`due_on asc nulls last`)
        .orderBy('createdAt')
        .limit(50)
        .execute(),
    insertItem: (row: Insertable<ActionItemTable>) =>
      db.insertInto('actionItem').values(row).returning('id').executeTakeFirstOrThrow(),
    updateItem: (id: string, patch: Updateable<ActionItemTable>) =>
      db.updateTable('actionItem').set(patch).where('id', '=', id).execute(),

    /** The person's agreed and active goals. */
    activeGoals: (personId: string) =>
      db
        .selectFrom('goal')
        .select(['id', 'title', 'status', 'target', 'periodEnd', 'indicatorId'])
        .where('personId', '=', personId)
        .where('status', 'in', ['agreed', 'active'])
        .orderBy('periodEnd')
        .execute(),

    /** The last `limit` feedback items since a time (or ever). */
    recentFeedback: (personId: string, since: Date | null, limit = 5) => {
      let q = db
        .selectFrom('feedback')
        .select(['id', 'kind', 'body', 'createdAt'])
        .where('personId', '=', personId);
      if (since) q = q.where('createdAt', '>', since);
      return q.orderBy('createdAt', 'desc').orderBy('id').limit(limit).execute();
    },
  };
}
