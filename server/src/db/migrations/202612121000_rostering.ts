import { sql, type Kysely } from 'kysely';

/**
 * Work allocation (#14): the duties of a site (with the level they need, their performance
 * standard, outputs and indicators), its shift templates, each person's roster profile (contract,
 * skills, unavailable days, preferences), and roster plans: the people planned, the headcount each
 * duty needs per day and shift, and who works what. A plan's `version` moves on every change, so a
 * change made on an old view answers 409; its `solve` is the optimiser's last state (progress,
 * outcome, gap, conflicts), written by the background job. A plan's owner is the leader who
 * started it (null: an administrator without a person record; then only HR and admins see it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table duty (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references org_unit(id),
      code text not null,
      name_en text not null,
      name_zh text not null,
      min_level int not null check (min_level between 1 and 3),
      standard text not null default '',
      outputs text not null default '',
      indicator_ids jsonb not null default '[]'::jsonb,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (unit_id, code)
    );

    create table shift_template (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references org_unit(id),
      code text not null,
      name_en text not null,
      name_zh text not null,
      start_minute int not null check (start_minute between 0 and 1440),
      end_minute int not null check (end_minute between 0 and 1440),
      break_minutes int not null default 0 check (break_minutes >= 0),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      unique (unit_id, code)
    );

    create table roster_profile (
      person_id uuid primary key references person(id),
      min_week_hours double precision not null,
      max_week_hours double precision not null,
      max_consecutive_days int not null check (max_consecutive_days between 1 and 6),
      min_rest_hours double precision not null,
      hourly_cost double precision not null,
      overtime_premium double precision not null,
      skills jsonb not null default '[]'::jsonb,
      unavailable_dates jsonb not null default '[]'::jsonb,
      preferences jsonb not null default '[]'::jsonb,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now(),
      check (min_week_hours <= max_week_hours)
    );

    create table roster_plan (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references org_unit(id),
      name text not null,
      starts_on date not null,
      days int not null check (days between 1 and 42),
      status text not null default 'draft' check (status in ('draft','published')),
      version int not null default 0,
      owner_person_id uuid references person(id),
      solve jsonb not null default '{}'::jsonb,
      last_derivation jsonb,
      published_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index roster_plan_owner_idx on roster_plan(owner_person_id);

    create table roster_plan_person (
      plan_id uuid not null references roster_plan(id),
      person_id uuid not null references person(id),
      primary key (plan_id, person_id)
    );

    create table roster_demand (
      plan_id uuid not null references roster_plan(id),
      day int not null,
      shift_template_id uuid not null references shift_template(id),
      duty_id uuid not null references duty(id),
      headcount int not null check (headcount >= 0),
      primary key (plan_id, day, shift_template_id, duty_id)
    );

    create table roster_assignment (
      plan_id uuid not null references roster_plan(id),
      person_id uuid not null references person(id),
      day int not null,
      shift_template_id uuid not null references shift_template(id),
      duty_id uuid not null references duty(id),
      primary key (plan_id, person_id, day)
    );
    create index roster_assignment_person_idx on roster_assignment(person_id);
  `.execute(db);
}
