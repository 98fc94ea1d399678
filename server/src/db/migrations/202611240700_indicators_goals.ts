import { sql, type Kysely } from 'kysely';

/**
 * Business policies (versioned), the indicator library, observations stored as
 * (numerator, denominator) so every roll-up is a ratio of sums, targets per job role or org
 * unit, and SMART goals with their agreement history. Also in-app notifications.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table policy (
      id uuid primary key default gen_random_uuid(),
      code text not null constraint policy_code_key unique,
      kind text not null check (kind in ('business_policy','service_standard')),
      org_unit_id uuid references org_unit(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table policy_version (
      id uuid primary key default gen_random_uuid(),
      policy_id uuid not null references policy(id),
      version int not null,
      title_en text not null,
      title_zh text,
      body_en text not null,
      body_zh text,
      effective_from date not null,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      constraint policy_version_key unique (policy_id, version)
    );

    create table indicator (
      id uuid primary key default gen_random_uuid(),
      code text not null constraint indicator_code_key unique,
      name_en text not null,
      name_zh text,
      description_en text not null default '',
      description_zh text,
      unit text not null check (unit in ('percent','score','seconds','minutes','hours','count','currency','ratio','per_thousand','points')),
      direction text not null check (direction in ('higher_better','lower_better')),
      aggregation text not null check (aggregation in ('proportion','mean','ratio','net_score')),
      scale double precision not null default 1,
      category text not null check (category in ('customer','efficiency','quality','sales','people')),
      source text not null check (source in ('helpdesk','contact_centre','pos','qa','survey','hr','manual')),
      numerator_label text not null,
      denominator_label text not null,
      formula text not null,
      decimals int not null default 1 check (decimals between 0 and 4),
      min_sample int not null default 30 check (min_sample >= 1),
      policy_id uuid references policy(id),
      preset boolean not null default false,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table observation (
      id bigint generated always as identity primary key,
      person_id uuid not null references person(id),
      indicator_id uuid not null references indicator(id),
      occurred_on date not null,
      numerator double precision not null,
      denominator double precision not null check (denominator >= 0),
      source text not null default 'manual',
      batch_id uuid,
      external_key text,
      created_at timestamptz not null default now()
    );
    create index observation_person_idx on observation(person_id, indicator_id, occurred_on);
    create index observation_indicator_day_idx on observation(indicator_id, occurred_on);

    create table target (
      id uuid primary key default gen_random_uuid(),
      indicator_id uuid not null references indicator(id),
      job_role_id uuid references job_role(id),
      org_unit_id uuid references org_unit(id),
      standard double precision not null,
      stretch double precision,
      effective_from date not null,
      effective_to date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((job_role_id is null) <> (org_unit_id is null)),
      check (effective_to is null or effective_to >= effective_from)
    );
    create index target_indicator_idx on target(indicator_id);

    create table goal (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      kind text not null check (kind in ('indicator','qualitative')),
      title text not null,
      description text not null default '',
      indicator_id uuid references indicator(id),
      success_criteria text,
      policy_id uuid references policy(id),
      baseline double precision,
      baseline_sample double precision,
      target double precision,
      period_start date not null,
      period_end date not null,
      weight int not null default 0 check (weight between 0 and 100),
      status text not null check (status in ('draft','proposed','agreed','active','achieved','missed','cancelled')),
      version int not null default 1,
      created_by uuid references app_user(id),
      proposed_by uuid references app_user(id),
      proposed_at timestamptz,
      staff_accepted_at timestamptz,
      staff_accepted_by uuid references app_user(id),
      supervisor_accepted_at timestamptz,
      supervisor_accepted_by uuid references app_user(id),
      outcome_note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (period_end >= period_start),
      check (kind <> 'indicator' or (indicator_id is not null and target is not null)),
      check (kind <> 'qualitative' or success_criteria is not null)
    );
    create index goal_person_idx on goal(person_id, period_start);

    create table goal_version (
      id uuid primary key default gen_random_uuid(),
      goal_id uuid not null references goal(id),
      version int not null,
      snapshot jsonb not null,
      agreed_at timestamptz not null,
      created_at timestamptz not null default now(),
      constraint goal_version_key unique (goal_id, version)
    );

    create table notification (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user(id) on delete cascade,
      kind text not null,
      entity_type text not null,
      entity_id text not null,
      data jsonb not null default '{}',
      read_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index notification_user_idx on notification(user_id, created_at desc);
  `.execute(db);
}
