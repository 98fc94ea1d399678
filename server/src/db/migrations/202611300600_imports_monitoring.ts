import { sql, type Kysely } from 'kysely';

/**
 * Imports of helpdesk, contact-centre and POS exports: batches with their settings, progress and
 * issues; staged clean rows awaiting commit; staff names remembered as people; the revisions a
 * batch made to earlier rows (so undo restores them); saved column mappings; integration tokens.
 * Monitoring: observation_daily, the per person × indicator × day sums every dashboard reads
 * (Σnumerator, Σdenominator, Σnumerator²/denominator for variances, row count).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table api_token (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      prefix text not null,
      token_hash text not null constraint api_token_hash_key unique,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    create table import_batch (
      id uuid primary key default gen_random_uuid(),
      via text not null check (via in ('upload','api')),
      status text not null check (status in
        ('uploaded','validating','validated','failed','committing','committed','undone','discarded')),
      source text,
      file_name text not null,
      file_size bigint not null default 0,
      sha256 text not null,
      file_path text,
      detected_source text,
      settings jsonb,
      columns jsonb not null default '[]',
      sample jsonb not null default '[]',
      phase text,
      progress_done int not null default 0,
      progress_total int,
      counts jsonb not null default '{}',
      issues jsonb not null default '[]',
      created_by uuid references app_user(id),
      api_token_id uuid references api_token(id),
      created_at timestamptz not null default now(),
      validated_at timestamptz,
      committed_at timestamptz,
      undone_at timestamptz,
      undone_by uuid references app_user(id)
    );
    create index import_batch_created_idx on import_batch(created_at desc);
    create index import_batch_sha_idx on import_batch(sha256);

    -- Transient rows between validation and commit: no foreign keys (checked by the importer,
    -- and two FK lookups per row were 60% of the staging time at 1M rows).
    create table import_stage (
      batch_id uuid not null,
      line int not null,
      staff_key text not null,
      indicator_id uuid not null,
      occurred_at timestamptz,
      occurred_on date,
      numerator double precision not null,
      denominator double precision not null,
      external_key text not null,
      check ((occurred_at is null) <> (occurred_on is null))
    );
    create index import_stage_batch_idx on import_stage(batch_id, line);

    create table import_staff (
      batch_id uuid not null references import_batch(id) on delete cascade,
      staff_key text not null,
      name text,
      email text,
      employee_number text,
      rows int not null,
      person_id uuid references person(id),
      primary key (batch_id, staff_key)
    );

    create table staff_alias (
      source text not null,
      alias text not null,
      person_id uuid not null references person(id),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      primary key (source, alias)
    );

    create table import_revision (
      batch_id uuid not null references import_batch(id),
      observation_id bigint not null,
      old_batch_id uuid,
      old_source text not null,
      old_person_id uuid not null,
      old_occurred_on date not null,
      old_numerator double precision not null,
      old_denominator double precision not null,
      primary key (batch_id, observation_id)
    );
    create index import_revision_old_batch_idx on import_revision(old_batch_id);

    create table import_preset (
      id uuid primary key default gen_random_uuid(),
      name text not null constraint import_preset_name_key unique,
      settings jsonb not null,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );

    create unique index observation_external_key on observation(indicator_id, external_key)
      where external_key is not null;
    create index observation_batch_idx on observation(batch_id) where batch_id is not null;

    create table observation_daily (
      indicator_id uuid not null,
      day date not null,
      person_id uuid not null,
      num double precision not null,
      den double precision not null,
      sq double precision not null,
      n int not null,
      primary key (indicator_id, day, person_id)
    );
    create index observation_daily_person_idx on observation_daily(person_id, indicator_id, day);
    -- Organisation roll-ups read a date range across everyone.
    create index observation_daily_day_idx on observation_daily(day);

    insert into observation_daily (indicator_id, day, person_id, num, den, sq, n)
    select indicator_id, occurred_on, person_id, sum(numerator), sum(denominator),
           sum(case when denominator > 0 then numerator * numerator / denominator else 0 end), count(*)
      from observation group by indicator_id, occurred_on, person_id;

  `.execute(db);
  await sql.raw(DAILY_TRIGGERS).execute(db);
}

const ADD = `
      insert into observation_daily (indicator_id, day, person_id, num, den, sq, n)
      select indicator_id, occurred_on, person_id, sum(numerator), sum(denominator),
             sum(case when denominator > 0 then numerator * numerator / denominator else 0 end), count(*)
        from new_rows group by indicator_id, occurred_on, person_id
      on conflict (indicator_id, day, person_id) do update
        set num = observation_daily.num + excluded.num, den = observation_daily.den + excluded.den,
            sq = observation_daily.sq + excluded.sq, n = observation_daily.n + excluded.n;`;
const REMOVE = `
      update observation_daily d
         set num = d.num - o.num, den = d.den - o.den, sq = d.sq - o.sq, n = d.n - o.n
        from (select indicator_id, occurred_on, person_id, sum(numerator) num, sum(denominator) den,
                     sum(case when denominator > 0 then numerator * numerator / denominator else 0 end) sq,
                     count(*) n
                from old_rows group by indicator_id, occurred_on, person_id) o
       where d.indicator_id = o.indicator_id and d.day = o.occurred_on and d.person_id = o.person_id;
      delete from observation_daily d
       using (select distinct indicator_id, occurred_on, person_id from old_rows) o
       where d.indicator_id = o.indicator_id and d.day = o.occurred_on and d.person_id = o.person_id
         and d.n <= 0;`;

/**
 * observation_daily is kept in step by statement-level triggers with transition tables: one
 * grouped upsert per statement whoever writes (imports, the manual API, the demo seed, tests).
 */
const DAILY_TRIGGERS = `
    create function observation_daily_add() returns trigger language plpgsql as $fn$
    begin ${ADD}
      return null;
    end $fn$;
    create function observation_daily_remove() returns trigger language plpgsql as $fn$
    begin ${REMOVE}
      return null;
    end $fn$;
    create function observation_daily_change() returns trigger language plpgsql as $fn$
    begin ${REMOVE} ${ADD}
      return null;
    end $fn$;
    create trigger observation_daily_ins after insert on observation
      referencing new table as new_rows for each statement execute function observation_daily_add();
    create trigger observation_daily_del after delete on observation
      referencing old table as old_rows for each statement execute function observation_daily_remove();
    create trigger observation_daily_upd after update on observation
      referencing old table as old_rows new table as new_rows
      for each statement execute function observation_daily_change();
`;
