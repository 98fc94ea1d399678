import { sql, type Kysely } from 'kysely';

/**
 * A re-import leaves each record (a ticket, an agent's interval, a POS day) contributing what its
 * current state produces. The records a file holds are staged (import_stage_record), also those
 * that yield no observation now (a solved ticket that came back open); an observation of such a
 * record that the new state no longer yields is retracted: deleted, its whole row kept in
 * import_revision (kind 'retracted') so undo restores it with its id.
 *
 * Matching suggestions are stored with the batch's staff (they vanished on restart before).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_stage_record (
      batch_id uuid not null,
      external_key text not null,
      staff_key text not null
    );
    create index import_stage_record_batch_idx on import_stage_record(batch_id);

    alter table import_revision add column kind text not null default 'changed'
      constraint import_revision_kind_check check (kind in ('changed', 'retracted'));
    alter table import_revision add column old_indicator_id uuid;
    alter table import_revision add column old_external_key text;
    alter table import_revision add column old_created_at timestamptz;
    alter table import_revision add constraint import_revision_retracted_check
      check (kind = 'changed' or (old_indicator_id is not null and old_external_key is not null
                                  and old_created_at is not null));

    alter table import_staff add column suggestions jsonb not null default '[]'::jsonb;
  `.execute(db);
}
