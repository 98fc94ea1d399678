import { sql, type Kysely } from 'kysely';

/**
 * QA sampling plans (#12 item 3): n evaluations per person per period on one QA scorecard, for the
 * people of a unit (and its sub-units) or of the assessors' assigned units, optionally only some
 * channels; the plan's assessors; a period's draw (once per plan and period, with its seed) and the
 * interactions drawn, each assigned to an assessor. Whether an item is done is read from the
 * evaluations (same person, scorecard code and interaction key), not stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sampling_plan (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      scorecard_id uuid not null references scorecard(id),
      per_person int not null check (per_person between 1 and 50),
      period_kind text not null check (period_kind in ('week', 'month')),
      org_unit_id uuid references org_unit(id),
      channels jsonb not null default '[]'::jsonb,
      active boolean not null default true,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table sampling_plan_assessor (
      plan_id uuid not null references sampling_plan(id),
      user_id uuid not null references app_user(id),
      primary key (plan_id, user_id)
    );

    create table sampling_draw (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references sampling_plan(id),
      period text not null,
      period_start date not null,
      period_end date not null,
      seed bigint not null,
      per_person int not null,
      people jsonb not null default '[]'::jsonb,
      drawn_by uuid references app_user(id),
      drawn_at timestamptz not null default now(),
      constraint sampling_draw_plan_period_key unique (plan_id, period)
    );

    create table sampling_item (
      id uuid primary key default gen_random_uuid(),
      draw_id uuid not null references sampling_draw(id),
      person_id uuid not null references person(id),
      assessor_user_id uuid references app_user(id),
      channel text not null,
      interaction_key text not null,
      batch_id uuid,
      occurred_on date not null,
      position int not null,
      constraint sampling_item_key unique (draw_id, person_id, interaction_key)
    );
    create index sampling_item_assessor_idx on sampling_item(assessor_user_id, draw_id);
  `.execute(db);
}
