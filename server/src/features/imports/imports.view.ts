import type { Kysely } from 'kysely';
import type { ImportBatch, ImportCounts, ImportRemembered, ImportUnmatched } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import { importsRepository, type BatchRow } from './imports.repository.js';

export const EMPTY_COUNTS: ImportCounts = {
  records: 0,
  observations: 0,
  issues: 0,
  matchedObservations: 0,
  unmatchedObservations: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
};

/** A batch as the review shows it: its rows staged so far, unmatched and remembered staff. */
export async function viewBatch(db: Kysely<DB>, row: BatchRow): Promise<ImportBatch> {
  const repo = importsRepository(db);
  const staged = ['validated', 'committing', 'failed'].includes(row.status);
  const [preview, unmatchedRows, rememberedRows, creator, same, blocked] = await Promise.all([
    staged ? repo.preview(row.id) : Promise.resolve([]),
    staged ? repo.unmatchedStaff(row.id) : Promise.resolve([]),
    staged ? repo.rememberedStaff(row.id) : Promise.resolve([]),
    row.createdBy ? repo.creator(row.createdBy) : Promise.resolve(undefined),
    repo.sameCommittedFile(row),
    row.status === 'committed' ? repo.revisedByLater(row.id) : Promise.resolve(false),
  ]);
  const suggested = await repo.peopleNamed([...new Set(unmatchedRows.flatMap((u) => u.suggestions))]);
  const byId = new Map(suggested.map((p) => [p.id, p]));
  const unmatched: ImportUnmatched[] = unmatchedRows.map((u) => ({
    staffKey: u.staffKey,
    name: u.name,
    email: u.email,
    employeeNumber: u.employeeNumber,
    rows: u.rows,
    suggestions: u.suggestions.flatMap((id) => {
      const p = byId.get(id);
      return p
        ? [
            {
              personId: p.id,
              nameEn: `${p.givenNameEn} ${p.familyNameEn}`,
              nameZh: p.nameZh,
              employeeNumber: p.employeeNumber,
            },
          ]
        : [];
    }),
  }));
  const remembered: ImportRemembered[] = rememberedRows.map((r) => ({
    staffKey: r.staffKey,
    name: r.name,
    email: r.email,
    employeeNumber: r.employeeNumber,
    rows: r.rows,
    personId: r.personId,
    personName: r.personName,
    rememberedBy: r.makerName ?? r.makerDisplayName,
    rememberedAt: r.aliasAt.toISOString(),
  }));
  return {
    id: row.id,
    status: row.status,
    via: row.via,
    fileName: row.fileName,
    fileSize: Number(row.fileSize),
    sha256: row.sha256,
    detectedSource: row.detectedSource,
    settings: row.settings,
    columns: row.columns,
    sample: row.sample,
    phase: row.phase,
    progressDone: row.progressDone,
    progressTotal: row.progressTotal,
    counts: { ...EMPTY_COUNTS, ...row.counts },
    issues: row.issues,
    unmatched,
    remembered,
    preview: preview.map((p) => ({
      line: p.line,
      staffKey: p.staffKey,
      personId: p.personId,
      personName: p.personName,
      indicatorCode: p.indicatorCode,
      occurredAt: p.occurredAt ? new Date(p.occurredAt).toISOString() : null,
      occurredOn: p.occurredOn,
      numerator: p.numerator,
      denominator: p.denominator,
    })),
    sameFileAs: same?.id ?? null,
    canUndo: row.status === 'committed' && !blocked,
    createdBy: creator
      ? creator.givenNameEn
        ? `${creator.givenNameEn} ${creator.familyNameEn}`
        : creator.email
      : null,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
    undoneAt: row.undoneAt?.toISOString() ?? null,
  };
}
