import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { IANAZone } from 'luxon';
import type {
  CommitImportBody,
  ImportBatch,
  ImportBatchSummary,
  ImportSettings,
  ImportSource,
  MatchStaffBody,
  PushIssue,
  PushObservationsBody,
  PushObservationsResult,
} from '@frontline/contract';
import { seesEveryone } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor, AnyActor } from '../../access/actor.js';
import type { AccessService } from '../../access/access.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import type { JobRunner } from '../../lib/jobs.js';
import { AppError, Conflict, Invalid, NotFound, Unprocessable } from '../../lib/errors.js';
import { detectSource } from './sources/index.js';
import { ImportFileError, readRecords } from './sources/readers.js';
import type { StaffRef } from './sources/types.js';
import { parseDateTime, parseDay } from './sources/values.js';
import { checkObservation, isWarning } from './plausibility.js';
import { importsRepository, type BatchRow, type StageRow } from './imports.repository.js';
import { canSeeImportBatch } from './batch-access.js';
import { staffKeyOf } from './staff-matcher.js';
import { canStep } from './imports.states.js';
import { EMPTY_COUNTS, viewBatch } from './imports.view.js';
import { activeIndicators, jobActor, MAX_STORED_ISSUES, runValidation } from './imports.validation.js';
import { commitStaged } from './imports.commit.js';
import { exactMatcher } from './imports.matching.js';
import {
  commitMysteryVisits,
  undoMysteryVisits,
  withMysteryShopScorecard,
} from '../assessments/mystery-shop.js';

/** Control characters in a setting or a file name: refused before anything changes. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function refuseControlCharacters(settings: ImportSettings): void {
  const fields: [string, string | undefined][] = [
    ['/timeZone', settings.timeZone],
    ...Object.entries(settings.mapping ?? {}).map(([k, v]): [string, string | undefined] => [
      `/mapping/${k}`,
      v,
    ]),
  ];
  const bad = fields.filter(([, v]) => v !== undefined && CONTROL.test(v));
  if (bad.length) {
    throw Invalid(
      'validation',
      'The settings hold control characters',
      bad.map(([path]) => ({ path, message: 'must not contain control characters' })),
    );
  }
}

/** The HTTP error for a file the reader refused at upload. */
function uploadError(err: ImportFileError): AppError {
  const byReason =
    err.code === 'sheet_too_large'
      ? 'import.sheet_too_large'
      : err.code === 'line_too_long'
        ? 'import.line_too_long'
        : 'import.invalid_file';
  return Invalid(err.errorCode ?? byReason, err.message, [{ path: '/file', message: err.message }]);
}

export interface ImportsDeps {
  db: Kysely<DB>;
  access: AccessService;
  audit: AuditService;
  clock: Clock;
  jobs: JobRunner;
  uploadDir: string;
  maxImportBytes: number;
  log?: (msg: string, err?: unknown) => void;
}

/**
 * The import pipeline: upload (streamed to disk, hashed) → validate (a job: every row parsed and
 * checked, clean rows staged, staff matched) → review (issues, unmatched staff, preview) →
 * commit (a job: one transaction) → undo. Re-importing the same facts changes nothing.
 */
export function createImportsService(deps: ImportsDeps) {
  const { db, audit, clock, jobs } = deps;
  const log = deps.log ?? (() => undefined);

  async function load(actor: Actor, id: string, executor: Kysely<DB> = db): Promise<BatchRow> {
    const row = await importsRepository(executor).findById(id);
    if (!row || !canSeeImportBatch(actor, row)) throw NotFound('import.not_found');
    return row;
  }

  const view = (row: BatchRow) => viewBatch(db, row);
  const validationDeps = { db, audit, clock, log, maxUnpackedBytes: deps.maxImportBytes };

  /** The commit job: the one commit path in one transaction; on failure the batch may be retried. */
  async function runCommit(id: string, skipUnmatched: boolean): Promise<void> {
    const repo = importsRepository(db);
    const batch = await repo.findById(id);
    if (!batch || batch.status !== 'committing' || !batch.settings) return;
    const source = batch.settings.source;
    try {
      await repo.update(id, { phase: 'committing' });
      await db.transaction().execute(async (trx) => {
        const { unmatched } = await importsRepository(trx).staffCounts(id);
        await commitStaged(trx, audit, {
          batchId: id,
          source,
          checked: batch.counts.observations ?? 0,
          counts: { ...batch.counts, skipped: skipUnmatched ? unmatched : 0 },
          at: clock.now(),
          actor: await jobActor(trx, batch),
          audit: { action: 'import.committed', after: { source, fileName: batch.fileName } },
        });
        // Mystery-shop visits: each one's released evaluation (assessments/mystery-shop.ts).
        await commitMysteryVisits(trx, audit, {
          ...batch,
          batchId: id,
          settings: batch.settings!,
          at: clock.now(),
          actor: await jobActor(trx, batch),
        });
      });
      if (batch.filePath) await rm(batch.filePath, { force: true });
    } catch (err) {
      log(`import ${id}: commit failed`, err);
      await repo.transition(id, 'commitFailed', { phase: 'commit_failed' });
    }
  }

  return {
    /** After a restart: a validation that was cut off failed; a commit either landed or not. */
    async recoverInterrupted(): Promise<void> {
      // A cut-off validation leaves no half-staged rows behind its failed batch.
      await db.transaction().execute(async (trx) => {
        const repo = importsRepository(trx);
        for (const id of await repo.recoverInterrupted()) await repo.clearStage(id);
      });
    },

    async upload(actor: Actor, fileName: string, body: Readable | string | Buffer): Promise<ImportBatch> {
      if (CONTROL.test(fileName)) {
        throw Invalid('validation', 'The file name holds control characters', [
          { path: '/fileName', message: 'must not contain control characters' },
        ]);
      }
      await mkdir(deps.uploadDir, { recursive: true });
      const id = randomUUID();
      const file = path.join(deps.uploadDir, `${id}.upload`);
      const hash = createHash('sha256');
      let size = 0;
      const limit = deps.maxImportBytes;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > limit) {
            done(
              new AppError(
                'import.too_large',
                413,
                `The file is larger than ${Math.round(limit / 1048576)} MB`,
              ),
            );
            return;
          }
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const input =
        typeof body === 'string' || Buffer.isBuffer(body) ? Readable.from([Buffer.from(body)]) : body;
      try {
        await pipeline(input, meter, createWriteStream(file));
      } catch (err) {
        await rm(file, { force: true });
        throw err;
      }
      if (size === 0) {
        await rm(file, { force: true });
        throw Invalid('import.invalid_file', 'The file is empty');
      }
      const head: string[][] = [];
      try {
        for await (const rec of readRecords(
          { path: file, fileName },
          { maxUnpackedBytes: deps.maxImportBytes },
        )) {
          head.push(rec.values);
          if (head.length >= 7) break;
        }
      } catch (err) {
        await rm(file, { force: true });
        if (err instanceof ImportFileError) throw uploadError(err);
        throw err;
      }
      // Chatwoot puts a "Reporting period" line (and a blank line) before the header.
      const headerAt = head.findIndex((r) => r.filter((c) => c !== '').length >= 2);
      const columns = headerAt >= 0 ? head[headerAt]! : (head[0] ?? []);
      const detected =
        detectSource(columns) ?? (headerAt > 0 ? detectSource(head[headerAt + 1] ?? []) : null);
      const row = await db.transaction().execute(async (trx) => {
        const inserted = await importsRepository(trx).insertBatch({
          id,
          via: 'upload',
          status: 'uploaded',
          fileName,
          fileSize: size,
          sha256: hash.digest('hex'),
          filePath: file,
          detectedSource: detected,
          columns,
          sample: head.slice(headerAt + 1, headerAt + 6),
          createdBy: actor.userId,
        });
        await audit.record(trx, actor, {
          action: 'import.uploaded',
          entityType: 'import_batch',
          entityId: id,
          after: { fileName, size, sha256: inserted.sha256, detectedSource: detected },
        });
        return inserted;
      });
      return view(row);
    },

    async list(actor: Actor, q: { limit?: number; offset?: number }) {
      const limit = q.limit ?? 50;
      const offset = q.offset ?? 0;
      const { rows, total } = await importsRepository(db).list({
        createdBy: seesEveryone(actor.roles) ? null : actor.userId,
        limit,
        offset,
      });
      const items: ImportBatchSummary[] = rows.map((r) => ({
        id: r.id,
        status: r.status,
        via: r.via,
        source: r.source,
        fileName: r.fileName,
        counts: { ...EMPTY_COUNTS, ...r.counts },
        createdBy: r.creatorName,
        createdAt: r.createdAt.toISOString(),
        committedAt: r.committedAt?.toISOString() ?? null,
        undoneAt: r.undoneAt?.toISOString() ?? null,
      }));
      return { items, total, limit, offset };
    },

    async get(actor: Actor, id: string): Promise<ImportBatch> {
      return view(await load(actor, id));
    },

    async validate(actor: Actor, id: string, body: ImportSettings): Promise<ImportBatch> {
      refuseControlCharacters(body);
      const settings = await withMysteryShopScorecard(db, body);
      if (!IANAZone.isValidZone(settings.timeZone)) {
        throw Invalid('validation', `Unknown time zone ${settings.timeZone}`, [
          { path: '/timeZone', message: 'not an IANA time zone' },
        ]);
      }
      const batch = await load(actor, id);
      if (settings.source === 'generic') {
        const m = settings.mapping;
        if (!m) {
          throw Invalid('validation', 'A generic file needs a column mapping', [
            { path: '/mapping', message: 'required' },
          ]);
        }
        const have = new Set(batch.columns.map((c) => c.trim().toLowerCase()));
        const missing = (['staff', 'date', 'numerator', 'denominator', 'key', 'indicatorColumn'] as const)
          .filter((k) => m[k] !== undefined && !have.has(m[k].trim().toLowerCase()))
          .map((k) => ({ path: `/mapping/${k}`, message: `the file has no column "${m[k]}"` }));
        if (!m.indicatorCode && !m.indicatorColumn) {
          missing.push({ path: '/mapping/indicatorCode', message: 'required' });
        }
        if (missing.length) {
          throw Invalid('validation', 'The mapping names columns the file does not have', missing);
        }
      }
      if (!canStep('validate', batch.status) || !batch.filePath) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      try {
        await stat(batch.filePath);
      } catch {
        throw Conflict('import.invalid_state', 'The uploaded file is gone; upload it again');
      }
      // The new state and the removal of the old staged rows happen together or not at all.
      const row = await db.transaction().execute(async (trx) => {
        const repo = importsRepository(trx);
        const updated = await repo.transition(id, 'validate', {
          settings,
          source: settings.source,
          phase: 'queued',
          progressDone: 0,
          progressTotal: null,
          issues: [],
          counts: {},
        });
        if (!updated) throw Conflict('import.invalid_state', 'The import changed meanwhile');
        await repo.clearStage(id);
        await audit.record(trx, actor, {
          action: 'import.validation_started',
          entityType: 'import_batch',
          entityId: id,
          before: { status: batch.status, settings: batch.settings },
          after: { status: 'validating', settings },
        });
        return updated;
      });
      jobs.enqueue(`validate import ${id}`, () => runValidation(validationDeps, id));
      return view(row);
    },

    async match(actor: Actor, id: string, body: MatchStaffBody): Promise<ImportBatch> {
      const batch = await load(actor, id);
      if (batch.status !== 'validated' || !batch.source) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      const personIds = [...new Set(body.matches.map((m) => m.personId))];
      const visible = await deps.access.visiblePeople(actor, personIds);
      const exists = await importsRepository(db).existingPeople(personIds);
      if (personIds.some((p) => !visible.has(p) || !exists.has(p))) throw NotFound('person.not_found');
      const keys = await importsRepository(db).staffKeys(
        id,
        body.matches.map((m) => m.staffKey),
      );
      const unknown = body.matches.filter((m) => !keys.has(m.staffKey));
      if (unknown.length) {
        throw Invalid(
          'validation',
          'These names are not in the file',
          unknown.map((u) => ({ path: '/matches', message: u.staffKey })),
        );
      }
      const source = batch.source;
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const repo = importsRepository(trx);
        for (const m of body.matches) {
          await repo.matchStaff(id, m.staffKey, m.personId);
          // Remembered for this source and this user only; used later only within the rules
          // of usableAliases() and the matcher (never over an exact identity).
          await repo.remember({
            source,
            alias: m.staffKey,
            personId: m.personId,
            createdBy: actor.userId,
            createdAt: now,
          });
        }
        const { matched, unmatched } = await repo.staffCounts(id);
        await repo.update(id, {
          counts: {
            ...EMPTY_COUNTS,
            ...batch.counts,
            matchedObservations: matched,
            unmatchedObservations: unmatched,
          },
        });
        await audit.record(trx, actor, {
          action: 'import.staff_matched',
          entityType: 'import_batch',
          entityId: id,
          after: { matches: body.matches, source },
        });
      });
      return view(await load(actor, id));
    },

    async commit(actor: Actor, id: string, body: CommitImportBody): Promise<ImportBatch> {
      const batch = await load(actor, id);
      if (!canStep('commit', batch.status)) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      // Every error counts, also those beyond the stored list (older batches: the stored list).
      const blocking = batch.counts.errors ?? batch.issues.filter((i) => !isWarning(i.code)).length;
      if (blocking > 0) {
        throw Conflict(
          'import.invalid_rows',
          `${blocking} rows have errors: correct the file and upload it again`,
        );
      }
      const { unmatched } = await importsRepository(db).staffCounts(id);
      if (unmatched > 0 && !body.skipUnmatched) {
        throw Conflict('import.unmatched_staff', `${unmatched} rows belong to staff not matched to anyone`);
      }
      const row = await db.transaction().execute(async (trx) => {
        const updated = await importsRepository(trx).transition(id, 'commit', { phase: 'queued' });
        if (!updated) throw Conflict('import.invalid_state', 'The import changed meanwhile');
        // What is committed is exactly what was checked: refuse if staged rows went missing.
        const stagedRows = await importsRepository(trx).stagedCount(id);
        if (stagedRows !== (batch.counts.observations ?? 0)) {
          throw Conflict(
            'import.stage_mismatch',
            `${stagedRows} rows are staged but ${batch.counts.observations ?? 0} were checked: check the file again`,
          );
        }
        await audit.record(trx, actor, {
          action: 'import.commit_started',
          entityType: 'import_batch',
          entityId: id,
          after: { skipUnmatched: body.skipUnmatched },
        });
        return updated;
      });
      jobs.enqueue(`commit import ${id}`, () => runCommit(id, body.skipUnmatched));
      return view(row);
    },

    async undo(actor: Actor, id: string): Promise<ImportBatch> {
      const batch = await load(actor, id);
      if (!canStep('undo', batch.status)) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      await db.transaction().execute(async (trx) => {
        const repo = importsRepository(trx);
        if (await repo.revisedByLater(id)) {
          throw Conflict(
            'import.undo_blocked',
            'A later import changed rows of this one: undo that import first',
          );
        }
        const result = await repo.undo(id);
        await undoMysteryVisits(trx, audit, id, actor);
        const undone = await repo.transition(id, 'undo', { undoneAt: clock.now(), undoneBy: actor.userId });
        if (!undone) throw Conflict('import.invalid_state', 'The import changed meanwhile');
        await audit.record(trx, actor, {
          action: 'import.undone',
          entityType: 'import_batch',
          entityId: id,
          before: { status: 'committed', counts: batch.counts },
          after: { status: 'undone', ...result },
        });
      });
      return view(await load(actor, id));
    },

    async discard(actor: Actor, id: string): Promise<void> {
      const batch = await load(actor, id);
      if (!canStep('discard', batch.status)) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      await db.transaction().execute(async (trx) => {
        const repo = importsRepository(trx);
        const discarded = await repo.transition(id, 'discard', { filePath: null });
        if (!discarded) throw Conflict('import.invalid_state', 'The import changed meanwhile');
        await repo.clearStage(id);
        await audit.record(trx, actor, {
          action: 'import.discarded',
          entityType: 'import_batch',
          entityId: id,
          before: { status: batch.status },
        });
      });
      if (batch.filePath) await rm(batch.filePath, { force: true });
    },

    /**
     * An integration pushes rows with its token: all checked first (422 with every problem and
     * nothing written), then one transaction. Staff by employee number or e-mail only.
     */
    async push(
      token: { id: string; name: string },
      body: PushObservationsBody,
    ): Promise<PushObservationsResult> {
      const indicators = await activeIndicators(db);
      const match = await exactMatcher(db);
      const issues: PushIssue[] = [];
      const warnings: PushIssue[] = [];
      const staged: StageRow[] = [];
      const staffRows = new Map<string, { ref: StaffRef; rows: number; personId: string | null }>();
      // Dates as in a file: shape by the schema, then range and offset here (UTC when no offset).
      const dates = { timeZone: 'UTC', dateOrder: 'ymd' as const };
      body.rows.forEach((r, i) => {
        const row = i + 1;
        const ref: StaffRef = {
          ...(r.employeeNumber ? { employeeNumber: r.employeeNumber } : {}),
          ...(r.email ? { email: r.email } : {}),
        };
        const key = staffKeyOf(ref);
        const m = key ? match(ref, key) : null;
        if (!key || !m?.personId || (m.how !== 'employee_number' && m.how !== 'email')) {
          issues.push({ path: `/rows/${i}`, row, message: 'no person has this employee number or e-mail' });
        }
        const indicator = indicators.get(r.indicator.toUpperCase());
        if (!indicator) {
          issues.push({
            path: `/rows/${i}/indicator`,
            row,
            message: `unknown indicator ${r.indicator}`,
            code: 'unknown_indicator',
          });
        }
        let occurredAt: string | null = null;
        let occurredOn: string | null = null;
        if ((r.occurredOn === undefined) === (r.occurredAt === undefined)) {
          issues.push({ path: `/rows/${i}`, row, message: 'give exactly one of occurredOn or occurredAt' });
        } else {
          const field = r.occurredAt !== undefined ? 'occurredAt' : 'occurredOn';
          const when =
            r.occurredAt !== undefined ? parseDateTime(r.occurredAt, dates) : parseDay(r.occurredOn, dates);
          if (!when.ok || when.value === null) {
            issues.push({
              path: `/rows/${i}/${field}`,
              row,
              message: when.ok ? 'not a date' : when.message,
              code: when.ok ? 'bad_date' : when.code,
            });
          } else if (field === 'occurredAt') occurredAt = when.value;
          else occurredOn = when.value;
        }
        if (indicator) {
          const implausible = checkObservation(
            { numerator: r.numerator, denominator: r.denominator },
            indicator,
          );
          if (implausible) {
            (isWarning(implausible.code) ? warnings : issues).push({
              path: `/rows/${i}`,
              row,
              message: implausible.message,
              code: implausible.code,
            });
          }
        }
        if (!key || !m?.personId || !indicator || (occurredAt === null && occurredOn === null)) return;
        const s = staffRows.get(key);
        if (s) s.rows++;
        else staffRows.set(key, { ref, rows: 1, personId: m.personId });
        const day = r.occurredOn ?? r.occurredAt ?? '';
        staged.push({
          line: row,
          staffKey: key,
          indicatorId: indicator.id,
          occurredAt,
          occurredOn: occurredAt ? null : occurredOn,
          numerator: r.numerator,
          denominator: r.denominator,
          externalKey: `${body.source}:${r.key ?? `${key}:${day}`}`,
        });
      });
      if (issues.length) {
        const rows = new Set(issues.map((i) => i.row)).size;
        throw Unprocessable(
          'import.invalid_rows',
          `${rows} ${rows === 1 ? 'row' : 'rows'} cannot be imported (${issues.length} ${
            issues.length === 1 ? 'problem' : 'problems'
          })`,
          issues,
        );
      }
      const actor: AnyActor = {
        kind: 'system',
        userId: null,
        requestId: null,
        ip: null,
        reason: `api token ${token.name}`,
      };
      return db.transaction().execute(async (trx) => {
        const repo = importsRepository(trx);
        const now = clock.now();
        const batch = await repo.insertBatch({
          via: 'api',
          status: 'committing',
          source: null,
          fileName: `push:${body.source}`,
          fileSize: 0,
          sha256: createHash('sha256').update(JSON.stringify(body)).digest('hex'),
          apiTokenId: token.id,
          validatedAt: now,
        });
        await repo.stage(batch.id, staged);
        await repo.insertStaff(
          [...staffRows].map(([staffKey, s]) => ({
            batchId: batch.id,
            staffKey,
            name: null,
            email: s.ref.email ?? null,
            employeeNumber: s.ref.employeeNumber ?? null,
            rows: s.rows,
            personId: s.personId,
          })),
        );
        const counts = await commitStaged(trx, audit, {
          batchId: batch.id,
          source: `api:${body.source}`,
          checked: staged.length,
          counts: {
            records: body.rows.length,
            observations: staged.length,
            matchedObservations: staged.length,
            issues: warnings.length,
            errors: 0,
            warnings: warnings.length,
          },
          // The warnings stay with the batch, for the import history.
          issues: warnings.slice(0, MAX_STORED_ISSUES).map((w) => ({
            ...(w.row !== undefined ? { line: w.row } : {}),
            code: w.code ?? 'unusual_value',
            message: w.message,
          })),
          at: now,
          actor,
          audit: { action: 'import.pushed', after: { source: body.source, tokenId: token.id } },
        });
        return { batchId: batch.id, counts, ...(warnings.length ? { warnings } : {}) };
      });
    },

    /** For tests and shutdown. */
    idle: () => jobs.idle(),
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
export type { ImportSource };
