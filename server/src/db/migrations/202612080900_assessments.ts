import { sql, type Kysely } from 'kysely';

/**
 * Assessments (#12): versioned scorecard templates (sections and items as jsonb), evaluations of a
 * person on one scorecard version (official, or calibration — which never counts), the versions an
 * evaluation went through (an accepted dispute makes a new one; old ones kept), disputes item by item
 * (one per item, decided once), the organisation's dispute window and the units each assessor scores.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table scorecard (
      id uuid primary key default gen_random_uuid(),
      code text not null,
      version int not null default 1 check (version >= 1),
      kind text not null check (kind in ('qa_interaction', 'floor_observation', 'mystery_shop')),
      title_en text not null,
      title_zh text not null,
      indicator_id uuid references indicator(id),
      sections jsonb not null,
      active boolean not null default true,
      previous_id uuid references scorecard(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint scorecard_code_version_key unique (code, version)
    );

    create table evaluation (
      id uuid primary key default gen_random_uuid(),
      scorecard_id uuid not null references scorecard(id),
      person_id uuid not null references person(id),
      assessor_user_id uuid not null references app_user(id),
      purpose text not null default 'official' check (purpose in ('official', 'calibration')),
      status text not null default 'draft' check (status in ('draft', 'submitted', 'released')),
      channel text not null check (channel in ('ticket', 'call', 'chat', 'email', 'floor', 'visit')),
      ticket_key text,
      occurred_on date not null,
      evidence_text text,
      evidence_url text,
      answers jsonb not null default '[]'::jsonb,
      result jsonb not null,
      percent double precision,
      version int not null default 1,
      submitted_at timestamptz,
      released_at timestamptz,
      acknowledged_at timestamptz,
      acknowledge_comment text,
      observation_id bigint references observation(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (purpose = 'official' or observation_id is null)
    );
    create index evaluation_person_idx on evaluation(person_id, status);
    create index evaluation_assessor_idx on evaluation(assessor_user_id);
    create index evaluation_scorecard_idx on evaluation(scorecard_id);

    create table evaluation_version (
      evaluation_id uuid not null references evaluation(id),
      version int not null,
      answers jsonb not null,
      result jsonb not null,
      percent double precision,
      reason text not null,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      primary key (evaluation_id, version)
    );

    create table evaluation_dispute (
      id uuid primary key default gen_random_uuid(),
      evaluation_id uuid not null references evaluation(id),
      item_id text not null,
      reason text not null,
      status text not null default 'open'
        check (status in ('open', 'accepted', 'partly_accepted', 'rejected')),
      original_value jsonb,
      new_value jsonb,
      note text,
      decided_by uuid references app_user(id),
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      constraint evaluation_dispute_item_key unique (evaluation_id, item_id)
    );

    create table assessment_setting (
      id int primary key default 1 check (id = 1),
      dispute_window_days int not null default 14 check (dispute_window_days between 1 and 365),
      updated_at timestamptz not null default now()
    );
    insert into assessment_setting (id) values (1);

    create table assessor_unit (
      assessor_person_id uuid not null references person(id),
      org_unit_id uuid not null references org_unit(id),
      primary key (assessor_person_id, org_unit_id)
    );
  `.execute(db);
}
