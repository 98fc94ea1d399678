import { sql, type Kysely } from 'kysely';

/**
 * Evidence files on an evaluation (#12 item 2): the bytes kept in the database (bytea), so both
 * engines and every backup hold them; the organisation's size limit joins assessment_setting
 * (default 5 MB, at most 20 MB).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table evaluation_evidence (
      id uuid primary key default gen_random_uuid(),
      evaluation_id uuid not null references evaluation(id) on delete cascade,
      file_name text not null check (length(file_name) between 1 and 200),
      content_type text not null,
      size_bytes int not null check (size_bytes > 0),
      sha256 text not null,
      content bytea not null,
      uploaded_by uuid not null references app_user(id),
      created_at timestamptz not null default now()
    );
    create index evaluation_evidence_evaluation_idx on evaluation_evidence (evaluation_id, created_at);

    alter table assessment_setting
      add column evidence_max_bytes int not null default 5242880
        check (evidence_max_bytes between 1024 and 20971520);
  `.execute(db);
}
