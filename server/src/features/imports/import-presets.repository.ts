import type { Insertable, Kysely } from 'kysely';
import type { DB, ImportPresetTable } from '../../db/schema.js';

/** Data access for saved import settings. */
export function importPresetsRepository(db: Kysely<DB>) {
  return {
    list: () => db.selectFrom('importPreset').selectAll().orderBy('name').execute(),
    insert: (row: Insertable<ImportPresetTable>) =>
      db.insertInto('importPreset').values(row).returningAll().executeTakeFirstOrThrow(),
    /** Deletes a preset and returns it; undefined when there is none. */
    remove: (id: string) =>
      db.deleteFrom('importPreset').where('id', '=', id).returningAll().executeTakeFirst(),
  };
}
