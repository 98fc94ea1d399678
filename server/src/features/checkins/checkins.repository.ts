import { sql, type Insertable, type Kysely, type RawBuilder, type Updateable } from 'kysely';
import type { ActionItemTable, CheckinTable, DB } from '../../db/schema.js';

/** Which people a list covers: everyone (null) or the ids of a sub-query (the actor's reports). */
export type PeopleFilter = { ids: readonly string[] } | { reports: RawBuilder<{ id: string }> } | null;

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

  /** The SQL condition of a filter on a person-id column (null: no condition). */
  function filterExpr(column: string, f: PeopleFilter): RawBuilder<boolean> | null {
    if (!f) return null;
    const col = sql.ref(column);
    if ('ids' in f) return f.ids.length ? sql<boolean>`${col} in (${sql.join(f.ids)})` : sql<boolean>`false`;
    return sql<boolean>`${col} in ${f.reports}`;
  }

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
    people: (f: PeopleFilter, excludeId: string | null) => {
      let q = db
        .selectFrom('person as p')
        .select(['p.id', 'p.employeeNumber', 'p.nameZh', 'p.managerId', nameOf('p').as('nameEn')])
        .where('p.status', '<>', 'left');
      if (excludeId) q = q.where('p.id', '<>', excludeId);
      const e = filterExpr('p.id', f);
      if (e) q = q.where(e);
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

    async listCheckins(
      f: PeopleFilter,
      opts: { status?: string | undefined; limit: number; offset: number },
    ) {
      const e = filterExpr('c.person_id', f);
      let q = checkinBase();
      let count = db.selectFrom('checkin as c').select((eb) => eb.fn.countAll<number>().as('n'));
      if (e) {
        q = q.where(e);
        count = count.where(e);
      }
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
    listItems: (opts: { filter: PeopleFilter; orOwner?: string | null; open?: boolean | undefined }) => {
      let q = itemBase();
      const f = opts.filter;
      if (f || opts.orOwner) {
        q = q.where((eb) => {
          const ors = [];
          if (f && 'ids' in f) {
            ors.push(f.ids.length ? eb('a.personId', 'in', f.ids) : eb.lit(false));
          } else if (f) ors.push(sql<boolean>`a.person_id in ${f.reports}`);
          if (opts.orOwner) ors.push(eb('a.ownerPersonId', '=', opts.orOwner));
          return eb.or(ors);
        });
      }
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
