import { sql, type Kysely } from 'kysely';

/**
 * What a row of observation costs to write (#19 item 7). Rows come in by the million from imports,
 * already checked in the stage, so the table keeps only what earns its keep on the write path:
 *
 * - The two foreign keys (person, indicator) checked every row on its own (an SPI query and a row
 *   lock per row: about half of a COPY into observation). They become one check per statement,
 *   over the distinct people and indicators of the statement's rows, which also locks those rows
 *   (FOR KEY SHARE, as the foreign key did), and guards on person and indicator that refuse to
 *   delete one that observations still refer to. Same SQLSTATE (23503) and messages, so callers
 *   see the same refusals.
 * - observation_indicator_day_idx: no query reads observation by indicator and day without the
 *   person (the dashboards read observation_daily and observation_weekly; per-person reads use
 *   observation_person_idx). The indicator guard (deleting an indicator: nothing in Frontline
 *   does) reads observation_weekly, which has a row for every (person, week, indicator) that has
 *   observations: a scan of a table that is seven times smaller than the daily one, or better.
 * - The roll-ups had a primary key led by the indicator and a person index with the same columns
 *   led by the person: each (person, indicator, day) and (person, week, indicator) group written
 *   into three indexes. The person-led index is now the primary key (the upsert's arbiter: same
 *   columns) and the indicator-led one is gone: the team views read by person, the organisation
 *   views by day or week (their own indexes), nothing by indicator first.
 * - import_stage and import_stage_record are UNLOGGED: scratch rows between validation and
 *   commit, not worth a write-ahead log. A crash empties them; the commit then refuses with
 *   import.stage_mismatch ("check the file again") and the file is still there to check.
 * - import_stage's (batch_id, line) index was written for every staged row (about 30 % of the
 *   staging) and read only by the review's preview of the first lines: it now covers only the
 *   batch's first staged rows (`head`). Counting and deleting a batch's rows read the table.
 * - The roll-up trigger of inserts grouped the statement's rows twice (by day, then by week); it
 *   now groups them once by day and builds the weeks from those groups. (Updates and deletes keep
 *   their functions: they are not the bulk path.)
 */
const SQ = 'sum(case when denominator > 0 then numerator * numerator / denominator else 0 end)';

const ADD = `
      with d as materialized (
        select indicator_id, occurred_on as day, person_id, sum(numerator) num, sum(denominator) den,
               ${SQ} sq, count(*)::int n
          from new_rows group by indicator_id, occurred_on, person_id),
      weekly as (
        insert into observation_weekly (indicator_id, week, person_id, num, den, sq, n)
        select indicator_id, date_trunc('week', day::timestamp)::date, person_id, sum(num), sum(den), sum(sq),
               sum(n)
          from d group by indicator_id, date_trunc('week', day::timestamp)::date, person_id
        on conflict (indicator_id, week, person_id) do update
          set num = observation_weekly.num + excluded.num, den = observation_weekly.den + excluded.den,
              sq = observation_weekly.sq + excluded.sq, n = observation_weekly.n + excluded.n)
      insert into observation_daily (indicator_id, day, person_id, num, den, sq, n)
      select indicator_id, day, person_id, num, den, sq, n from d
      on conflict (indicator_id, day, person_id) do update
        set num = observation_daily.num + excluded.num, den = observation_daily.den + excluded.den,
            sq = observation_daily.sq + excluded.sq, n = observation_daily.n + excluded.n;`;

/**
 * What a foreign key from observation.`column` to `table` checks, once for the statement: the
 * distinct ids (`ids`) locked as the key would lock them, then 23503 with the key's own message
 * and "Key (…)=(…)" detail for the first that does not exist.
 */
const refCheck = (column: string, table: string, alias: string, ids: string) => `
      perform 1 from ${table} ${alias} where ${alias}.id = any(${ids}) for key share;
      select x::text into missing from unnest(${ids}) x
       where not exists (select 1 from ${table} ${alias} where ${alias}.id = x) limit 1;
      if found then
        raise foreign_key_violation using
          message = 'insert or update on table "observation" violates foreign key constraint "observation_${column}_fkey"',
          detail = format('Key (${column})=(%s) is not present in table "${table}".', missing);
      end if;`;

const REFS_CHECK = `
    create function observation_refs_check() returns trigger language plpgsql as $fn$
    declare
      people uuid[];
      indicators uuid[];
      missing text;
    begin
      people := array(select distinct person_id from new_rows);
      indicators := array(select distinct indicator_id from new_rows);${refCheck('person_id', 'person', 'p', 'people')}${refCheck('indicator_id', 'indicator', 'i', 'indicators')}
      return null;
    end $fn$;
    create trigger observation_refs_ins after insert on observation
      referencing new table as new_rows for each statement execute function observation_refs_check();
    create trigger observation_refs_upd after update on observation
      referencing new table as new_rows for each statement execute function observation_refs_check();
`;

/**
 * Refuses deleting a row of `table` that observations still refer to (`referenced`: an EXISTS
 * subquery on the deleted row `alias`), as the foreign key did: 23503 and its message.
 */
const guard = (table: string, alias: string, referenced: string) => `
    create function observation_${table}_guard() returns trigger language plpgsql as $fn$
    declare used text;
    begin
      select ${alias}.id::text into used from old_rows ${alias}
       where exists (${referenced}) limit 1;
      if found then
        raise foreign_key_violation using
          message = 'update or delete on table "${table}" violates foreign key constraint "observation_${table}_id_fkey" on table "observation"',
          detail = format('Key (id)=(%s) is still referenced from table "observation".', used);
      end if;
      return null;
    end $fn$;
    create trigger ${table}_observation_guard after delete on ${table}
      referencing old table as old_rows for each statement execute function observation_${table}_guard();
`;

// Deleting an indicator (nothing in Frontline does) reads observation_weekly: see above.
const GUARDS =
  guard('person', 'p', 'select 1 from observation o where o.person_id = p.id') +
  guard('indicator', 'i', 'select 1 from observation_weekly w where w.indicator_id = i.id');

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table observation drop constraint observation_person_id_fkey,
                            drop constraint observation_indicator_id_fkey;
    drop index observation_indicator_day_idx;

    alter table observation_daily drop constraint observation_daily_pkey;
    drop index observation_daily_person_idx;
    alter table observation_daily add constraint observation_daily_pkey primary key (person_id, indicator_id, day);

    alter table observation_weekly drop constraint observation_weekly_pkey;
    drop index observation_weekly_person_idx;
    alter table observation_weekly add constraint observation_weekly_pkey primary key (person_id, week, indicator_id)
      include (num, den, sq, n);

    alter table import_stage set unlogged;
    alter table import_stage_record set unlogged;
    alter table import_stage add column head boolean not null default false;
    drop index import_stage_batch_idx;
    create index import_stage_head_idx on import_stage(batch_id, line) where head;
  `.execute(db);
  await sql
    .raw(
      `
    create or replace function observation_daily_add() returns trigger language plpgsql as $fn$
    begin ${ADD}
      return null;
    end $fn$;
    ${REFS_CHECK}${GUARDS}`,
    )
    .execute(db);
}
