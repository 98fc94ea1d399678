import { sql, type Kysely } from 'kysely';

/**
 * Reviews (#13), second part: the evidence warnings kept when the manager hands the review on;
 * calibration changes of the overall rating with their reason; input asked of peers and the assessor;
 * and amendments of a signed review, each replacing version kept whole in review_version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table review
      add column warnings jsonb not null default '[]',
      add column version integer not null default 1;

    create table review_rating_change (
      id uuid primary key default gen_random_uuid(),
      review_id uuid not null references review(id),
      from_rating integer,
      to_rating integer not null,
      reason text not null,
      changed_by uuid references app_user(id),
      changed_at timestamptz not null
    );
    create index review_rating_change_review_idx on review_rating_change(review_id);

    create table review_input (
      id uuid primary key default gen_random_uuid(),
      review_id uuid not null references review(id),
      contributor_person_id uuid not null references person(id),
      relation text not null check (relation in ('peer','assessor')),
      requested_by uuid references app_user(id),
      requested_at timestamptz not null,
      rating integer,
      comment text,
      submitted_at timestamptz,
      unique (review_id, contributor_person_id)
    );
    create index review_input_contributor_idx on review_input(contributor_person_id);

    create table review_version (
      id uuid primary key default gen_random_uuid(),
      review_id uuid not null references review(id),
      version integer not null,
      snapshot jsonb not null,
      amend_reason text not null,
      amended_by uuid references app_user(id),
      amended_at timestamptz not null,
      unique (review_id, version)
    );
  `.execute(db);
}
