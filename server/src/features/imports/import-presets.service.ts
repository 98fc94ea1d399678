import type { Kysely } from 'kysely';
import type { CreateImportPresetBody, ImportPreset } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { Conflict, NotFound, isUniqueViolation } from '../../lib/errors.js';
import { importPresetsRepository } from './import-presets.repository.js';
import { json } from '../../db/json.js';

/** Saved import settings (source, time zone, date order, column mapping), shared by importers. */
export function createImportPresetsService(deps: { db: Kysely<DB>; audit: AuditService }) {
  const { db, audit } = deps;
  const toView = (r: {
    id: string;
    name: string;
    settings: ImportPreset['settings'];
    createdAt: Date;
  }): ImportPreset => ({
    id: r.id,
    name: r.name,
    settings: r.settings,
    createdAt: r.createdAt.toISOString(),
  });
  return {
    async list(_actor: Actor): Promise<ImportPreset[]> {
      return (await importPresetsRepository(db).list()).map(toView);
    },
    async create(actor: Actor, body: CreateImportPresetBody): Promise<ImportPreset> {
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await importPresetsRepository(trx).insert({
            name: body.name,
            settings: json(body.settings),
            createdBy: actor.userId,
          });
          await audit.record(trx, actor, {
            action: 'import_preset.created',
            entityType: 'import_preset',
            entityId: row.id,
            after: body,
          });
          return toView(row);
        });
      } catch (err) {
        if (isUniqueViolation(err, 'import_preset_name_key')) {
          throw Conflict('conflict', 'A preset has this name');
        }
        throw err;
      }
    },
    async remove(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await importPresetsRepository(trx).remove(id);
        if (!row) throw NotFound('import_preset.not_found');
        await audit.record(trx, actor, {
          action: 'import_preset.deleted',
          entityType: 'import_preset',
          entityId: id,
          before: { name: row.name, settings: row.settings },
        });
      });
    },
  };
}
export type ImportPresetsService = ReturnType<typeof createImportPresetsService>;
