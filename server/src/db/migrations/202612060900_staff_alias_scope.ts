import { sql, type Kysely } from 'kysely';

/**
 * Remembered staff matches belong to whoever made them: one per source, name and maker (another
 * user's match no longer replaces it), and only a user may make one. The import review shows
 * which rows a remembered match attributed, who remembered it and when (import_staff.alias_*).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from staff_alias where created_by is null;
    alter table staff_alias drop constraint staff_alias_pkey;
    alter table staff_alias alter column created_by set not null;
    alter table staff_alias add primary key (source, alias, created_by);
    alter table import_staff add column alias_by uuid references app_user(id);
    alter table import_staff add column alias_at timestamptz;
  `.execute(db);
}
