import type { Kysely } from 'kysely';
import type { ImportCounts, ImportIssue } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { AnyActor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { Conflict } from '../../lib/errors.js';
import { importsRepository } from './imports.repository.js';
import { EMPTY_COUNTS } from './imports.view.js';

export interface CommitInput {
  batchId: string;
  /** The `source` written on the observations (a file's source, or `api:<name>`). */
  source: string;
  /** How many rows were checked and staged: the commit refuses when the stage holds another number. */
  checked: number;
  /** The counts so far (records, observations, issues, matches…); the merge's are added. */
  counts: Partial<ImportCounts>;
  /** Issues to keep with the batch (the push API's warnings); a file's stay as validated. */
  issues?: ImportIssue[];
  at: Date;
  actor: AnyActor;
  audit: { action: string; after: Record<string, unknown> };
}

/**
 * The one commit path, for file imports (the commit job) and the push API: in the caller's
 * transaction, the staged rows are checked against what was validated, merged into observation
 * (inserted, updated, unchanged, retracted), the stage dropped, the batch marked committed and
 * the commit audited. Throws (and so rolls everything back) when the stage does not match or the
 * batch was not committing.
 */
export async function commitStaged(
  trx: Kysely<DB>,
  auditService: AuditService,
  input: CommitInput,
): Promise<ImportCounts> {
  const repo = importsRepository(trx);
  const staged = await repo.stagedCount(input.batchId);
  if (staged !== input.checked) {
    throw Conflict(
      'import.stage_mismatch',
      `${staged} rows are staged but ${input.checked} were checked: check the file again`,
    );
  }
  const merged = await repo.merge(input.batchId, input.source);
  const counts: ImportCounts = { ...EMPTY_COUNTS, ...input.counts, ...merged };
  await repo.dropStage(input.batchId);
  const done = await repo.transition(input.batchId, 'committed', {
    phase: null,
    counts,
    committedAt: input.at,
    filePath: null,
    ...(input.issues ? { issues: input.issues } : {}),
  });
  if (!done) throw Conflict('import.invalid_state', 'The import changed meanwhile');
  await auditService.record(trx, input.actor, {
    action: input.audit.action,
    entityType: 'import_batch',
    entityId: input.batchId,
    after: { counts, ...input.audit.after },
  });
  return counts;
}
