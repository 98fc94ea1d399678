import { sql, type Kysely } from 'kysely';

/**
 * Mystery-shop visits imported through the import pipeline (#12 item 1): each committed visit is a
 * released evaluation that names its import batch and its visit (`mystery:<visit id>`, the key of its
 * observation too); at most one evaluation per visit. A later import that corrects a visit replaces its
 * evaluation: the replaced one is kept whole in mystery_visit_revision (with its versions and disputes),
 * so undoing that import puts it back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table evaluation add column import_batch_id uuid references import_batch(id);
    alter table evaluation add column visit_key text;
    alter table evaluation add constraint evaluation_visit_check
      check ((import_batch_id is null) = (visit_key is null));
    create unique index evaluation_visit_key on evaluation(visit_key) where visit_key is not null;
    create index evaluation_import_batch_idx on evaluation(import_batch_id) where import_batch_id is not null;

    create table mystery_visit_revision (
      batch_id uuid not null references import_batch(id),
      visit_key text not null,
      evaluation jsonb not null,
      versions jsonb not null default '[]'::jsonb,
      disputes jsonb not null default '[]'::jsonb,
      primary key (batch_id, visit_key)
    );
  `.execute(db);
}
