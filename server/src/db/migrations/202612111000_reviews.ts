import { sql, type Kysely } from 'kysely';

/**
 * Performance reviews (#13): templates (scale, sections, weights, the overall-rating rule), cycles
 * (period, population, template, due dates; launched once) and one review per person of a launched
 * cycle, assigned to their manager: self review → manager review → sign-off by both → signed (locked).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table review_template (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      title_en text not null,
      title_zh text not null,
      scale jsonb not null,
      sections jsonb not null,
      rating_rule text not null check (rating_rule in ('weighted','judgement')),
      active boolean not null default true,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );

    create table review_cycle (
      id uuid primary key default gen_random_uuid(),
      name_en text not null,
      name_zh text not null,
      period_from date not null,
      period_to date not null,
      template_id uuid not null references review_template(id),
      population jsonb not null,
      self_due date not null,
      manager_due date not null,
      calibration_due date not null,
      sign_off_due date not null,
      status text not null default 'draft' check (status in ('draft','launched','closed')),
      launched_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check (period_from <= period_to),
      check (self_due <= manager_due and manager_due <= calibration_due and calibration_due <= sign_off_due)
    );

    create table review (
      id uuid primary key default gen_random_uuid(),
      cycle_id uuid not null references review_cycle(id),
      person_id uuid not null references person(id),
      reviewer_person_id uuid references person(id),
      status text not null default 'self_review'
        check (status in ('self_review','manager_review','sign_off','signed')),
      self_ratings jsonb not null default '{}',
      self_comments jsonb not null default '{}',
      self_submitted_at timestamptz,
      manager_ratings jsonb not null default '{}',
      manager_comments jsonb not null default '{}',
      development_plan text not null default '',
      overall_rating integer,
      formula numeric,
      manager_submitted_at timestamptz,
      meeting_on date,
      meeting_notes text,
      manager_signed_at timestamptz,
      person_signed_at timestamptz,
      person_comment text,
      person_disagrees boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (cycle_id, person_id)
    );
    create index review_person_idx on review(person_id);
    create index review_reviewer_idx on review(reviewer_person_id);
  `.execute(db);
}
