import { sql, type Kysely } from 'kysely';

/**
 * observation_weekly: the same sums as observation_daily per person × indicator × ISO week (Monday),
 * kept in step by the same statement-level triggers on observation (#19 item 8). A week, month or
 * quarter figure over many people reads one row per person, indicator and week instead of seven:
 * the organisation dashboard over a quarter at 10,000,000 observations. Days not covered by a whole
 * week inside one period are still read from observation_daily (monitoring.repository.ts).
 */
const SQ = 'sum(case when denominator > 0 then numerator * numerator / denominator else 0 end)';

const ADD = `
      insert into observation_daily (indicator_id, day, person_id, num, den, sq, n)
      select indicator_id, occurred_on, person_id, sum(numerator), sum(denominator), ${SQ}, count(*)
        from new_rows group by indicator_id, occurred_on, person_id
      on conflict (indicator_id, day, person_id) do update
        set num = observation_daily.num + excluded.num, den = observation_daily.den + excluded.den,
            sq = observation_daily.sq + excluded.sq, n = observation_daily.n + excluded.n;
      insert into observation_weekly (indicator_id, week, person_id, num, den, sq, n)
      select indicator_id, date_trunc('week', occurred_on::timestamp)::date, person_id,
             sum(numerator), sum(denominator), ${SQ}, count(*)
        from new_rows group by indicator_id, date_trunc('week', occurred_on::timestamp)::date, person_id
      on conflict (indicator_id, week, person_id) do update
        set num = observation_weekly.num + excluded.num, den = observation_weekly.den + excluded.den,
            sq = observation_weekly.sq + excluded.sq, n = observation_weekly.n + excluded.n;`;

const REMOVE = `
      update observation_daily d
         set num = d.num - o.num, den = d.den - o.den, sq = d.sq - o.sq, n = d.n - o.n
        from (select indicator_id, occurred_on, person_id, sum(numerator) num, sum(denominator) den,
                     ${SQ} sq, count(*) n
                from old_rows group by indicator_id, occurred_on, person_id) o
       where d.indicator_id = o.indicator_id and d.day = o.occurred_on and d.person_id = o.person_id;
      delete from observation_daily d
       using (select distinct indicator_id, occurred_on, person_id from old_rows) o
       where d.indicator_id = o.indicator_id and d.day = o.occurred_on and d.person_id = o.person_id
         and d.n <= 0;
      update observation_weekly w
         set num = w.num - o.num, den = w.den - o.den, sq = w.sq - o.sq, n = w.n - o.n
        from (select indicator_id, date_trunc('week', occurred_on::timestamp)::date week, person_id,
                     sum(numerator) num, sum(denominator) den, ${SQ} sq, count(*) n
                from old_rows group by indicator_id, date_trunc('week', occurred_on::timestamp)::date, person_id) o
       where w.indicator_id = o.indicator_id and w.week = o.week and w.person_id = o.person_id;
      delete from observation_weekly w
       using (select distinct indicator_id, date_trunc('week', occurred_on::timestamp)::date week, person_id
                from old_rows) o
       where w.indicator_id = o.indicator_id and w.week = o.week and w.person_id = o.person_id
         and w.n <= 0;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table observation_weekly (
      indicator_id uuid not null,
      week date not null,
      person_id uuid not null,
      num double precision not null,
      den double precision not null,
      sq double precision not null,
      n int not null,
      primary key (indicator_id, week, person_id)
    );
    -- Organisation roll-ups read a range of weeks across everyone; team ones a few people's weeks,
    -- from the index alone (a team's weekly rows are scattered across the table).
    create index observation_weekly_week_idx on observation_weekly(week);
    create index observation_weekly_person_idx on observation_weekly(person_id, week)
      include (indicator_id, num, den, sq, n);

    insert into observation_weekly (indicator_id, week, person_id, num, den, sq, n)
    select indicator_id, date_trunc('week', day::timestamp)::date, person_id, sum(num), sum(den), sum(sq), sum(n)
      from observation_daily group by indicator_id, date_trunc('week', day::timestamp)::date, person_id;
  `.execute(db);
  await sql
    .raw(
      `
    create or replace function observation_daily_add() returns trigger language plpgsql as $fn$
    begin ${ADD}
      return null;
    end $fn$;
    create or replace function observation_daily_remove() returns trigger language plpgsql as $fn$
    begin ${REMOVE}
      return null;
    end $fn$;
    create or replace function observation_daily_change() returns trigger language plpgsql as $fn$
    begin ${REMOVE} ${ADD}
      return null;
    end $fn$;`,
    )
    .execute(db);
}
