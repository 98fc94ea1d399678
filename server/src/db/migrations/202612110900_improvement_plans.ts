import { sql, type Kysely } from 'kysely';

/**
 * Performance improvement plans (#13 item 4): the plan (its source, dates, support offered, the
 * person's acknowledgement, one extension, the proposed outcome and HR's sign-off), its objectives
 * (an indicator with a target, or a behaviour with success criteria) and its review dates
 * (checkpoints, each a check-in on the person's calendar, with the review recorded there).
 * source_id has no foreign key: it names a coaching plan or a review (the reviews table comes later).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table improvement_plan (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references person(id),
      source_kind text not null check (source_kind in ('needs_attention','coaching','review','manual')),
      source_id uuid,
      reason text not null,
      status text not null default 'draft'
        check (status in ('draft','active','extended','awaiting_sign_off','completed','not_met')),
      starts_on date not null,
      ends_on date not null,
      original_ends_on date,
      extension_reason text,
      support jsonb not null default '[]'::jsonb,
      acknowledged_at timestamptz,
      proposed_outcome text check (proposed_outcome in ('completed','not_met')),
      outcome_note text,
      proposed_by uuid references app_user(id),
      signed_off_at timestamptz,
      signed_off_by uuid references app_user(id),
      sign_off_note text,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on >= starts_on)
    );
    create index improvement_plan_person_idx on improvement_plan(person_id, starts_on desc);

    create table improvement_plan_objective (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references improvement_plan(id),
      position int not null,
      kind text not null check (kind in ('indicator','behaviour')),
      description text not null,
      indicator_id uuid references indicator(id),
      target double precision,
      success_criteria text,
      check (kind <> 'indicator' or (indicator_id is not null and target is not null)),
      check (kind <> 'behaviour' or success_criteria is not null),
      unique (plan_id, position)
    );

    create table improvement_plan_checkpoint (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references improvement_plan(id),
      due_on date not null,
      checkin_id uuid references checkin(id),
      reviewed_at timestamptz,
      reviewed_by uuid references app_user(id),
      notes text,
      progress jsonb not null default '[]'::jsonb,
      unique (plan_id, due_on)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table improvement_plan_checkpoint;
    drop table improvement_plan_objective;
    drop table improvement_plan;
  `.execute(db);
}
