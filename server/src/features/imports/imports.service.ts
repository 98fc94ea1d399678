import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql, type Kysely } from 'kysely';
import { IANAZone } from 'luxon';
import type {
  CommitImportBody,
  ImportBatch,
  ImportRemembered,
  ImportBatchSummary,
  ImportCounts,
  ImportIssue,
  ImportSettings,
  ImportSource,
  ImportUnmatched,
  MatchStaffBody,
  PushIssue,
  PushObservationsBody,
  PushObservationsResult,
} from '@frontline/contract';
import { seesEveryone } from '@frontline/contract';
import type { DB, ImportBatchTable } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import type { Actor, AnyActor } from '../../access/actor.js';
import type { AccessService } from '../../access/access.service.js';
import { accessRepository } from '../../access/access.repository.js';
import { inScope, NOBODY, scopeFor, type Scope } from '../../access/scope.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import type { JobRunner } from '../../lib/jobs.js';
import { AppError, Conflict, Invalid, NotFound, Unprocessable } from '../../lib/errors.js';
import { createParser, detectSource } from './sources/index.js';
import { ImportFileError, readRecords, storable } from './sources/readers.js';
import type { ParsedObservation, StaffRef } from './sources/types.js';
import { parseDateTime, parseDay } from './sources/values.js';
import { checkObservation, isWarning, type CheckedIndicator } from './plausibility.js';
import { boundsOf } from '../indicators/bounds.js';
import { importsRepository, type StageRow } from './imports.repository.js';
import { canSeeImportBatch } from './batch-access.js';
import {
  createStaffMatcher,
  staffKeyOf,
  type MatchCandidate,
  type RememberedMatch,
} from './staff-matcher.js';

type BatchRow = Selectable<ImportBatchTable>;

/**
 * jsonb values go to the driver as JSON text (pg would send arrays as PostgreSQL arrays). Text
 * from a file may hold what jsonb cannot (NUL, a lone surrogate): it is replaced, never a 500.
 */
const j = <T>(v: T): T =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' ? storable(x) : x)) as unknown as T;

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
  const code =
    err.code === 'sheet_too_large'
      ? 'import.sheet_too_large'
      : err.code === 'line_too_long'
        ? 'import.line_too_long'
        : 'import.invalid_file';
  return Invalid(code, err.message, [{ path: '/file', message: err.message }]);
}

const STAGE_CHUNK = 5000;
const MAX_STORED_ISSUES = 500;

/** An active indicator with what its observations may plausibly hold. */
interface ActiveIndicator extends CheckedIndicator {
  id: string;
}

/** Active indicators by upper-case code, with their plausibility bounds. */
async function activeIndicators(db: Kysely<DB>): Promise<Map<string, ActiveIndicator>> {
  const rows = await db
    .selectFrom('indicator')
    .select(['id', 'code', 'preset', 'aggregation', 'unit', 'scale'])
    .where('active', '=', true)
    .execute();
  return new Map(
    rows.map((i) => [
      i.code.toUpperCase(),
      {
        id: i.id,
        code: i.code,
        aggregation: i.aggregation,
        unit: i.unit,
        scale: Number(i.scale),
        bounds: boundsOf({ ...i, scale: Number(i.scale) }),
      },
    ]),
  );
}

const EMPTY_COUNTS: ImportCounts = {
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

  /** The people a user may attribute rows to: everyone, or themself and their reports. */
  async function scopeOfUser(executor: Kysely<DB>, userId: string): Promise<Scope> {
    const user = await executor
      .selectFrom('appUser')
      .select(['personId', 'roles'])
      .where('id', '=', userId)
      .executeTakeFirst();
    return user ? scopeFor(user.roles, user.personId) : NOBODY;
  }

  /**
   * Remembered matches of a source that an import by `importerId` may use: the importer's own,
   * and those of makers inside the importer's scope (everyone's, for someone who sees everyone);
   * each only while its target is still in its maker's scope. The matcher then also requires the
   * target to be in the importer's scope and no exact identity to contradict it.
   */
  async function usableAliases(
    executor: Kysely<DB>,
    source: string,
    importerId: string | null,
  ): Promise<Map<string, RememberedMatch[]>> {
    const out = new Map<string, RememberedMatch[]>();
    if (!importerId) return out;
    const rows = await executor
      .selectFrom('staffAlias as a')
      .innerJoin('appUser as u', 'u.id', 'a.createdBy')
      .select(['a.alias', 'a.personId', 'a.createdBy', 'a.createdAt', 'u.personId as makerPerson', 'u.roles'])
      .where('a.source', '=', source)
      .where('u.disabled', '=', false)
      .execute();
    if (rows.length === 0) return out;
    const importerScope = await scopeOfUser(executor, importerId);
    const inScopeOf = accessRepository(executor).contains;
    const usable = new Map<string, boolean>(); // "maker|person" → usable
    for (const r of rows) {
      const mine = r.createdBy === importerId;
      const makerScope = scopeFor(r.roles, r.makerPerson);
      const key = `${r.createdBy}|${r.personId}`;
      if (!usable.has(key)) {
        // The maker is the importer or inside the importer's scope, and the target is still
        // inside the maker's scope.
        const makerInside =
          mine ||
          (!!r.makerPerson &&
            makerScope.kind === 'people' &&
            (await inScopeOf(importerScope, r.makerPerson)));
        usable.set(
          key,
          (mine || importerScope.kind === 'everyone' || makerInside) &&
            (await inScopeOf(makerScope, r.personId)),
        );
      }
      if (!usable.get(key)) continue;
      const list = out.get(r.alias) ?? [];
      list.push({ personId: r.personId, createdBy: r.createdBy, createdAt: r.createdAt, mine });
      out.set(r.alias, list);
    }
    return out;
  }

  /** Identities of everyone (leavers too): a remembered match never overrides one of them. */
  function everyone(executor: Kysely<DB>): Promise<MatchCandidate[]> {
    return executor
      .selectFrom('person')
      .select(['id', 'employeeNumber', 'email', 'givenNameEn', 'familyNameEn', 'nameZh'])
      .execute();
  }

  async function candidates(executor: Kysely<DB>, userId: string | null): Promise<MatchCandidate[]> {
    // The importer may attribute rows only to people in their own scope.
    const user = userId
      ? await executor
          .selectFrom('appUser')
          .select(['personId', 'roles'])
          .where('id', '=', userId)
          .executeTakeFirst()
      : undefined;
    let q = executor
      .selectFrom('person')
      .select(['id', 'employeeNumber', 'email', 'givenNameEn', 'familyNameEn', 'nameZh'])
      .where('status', '!=', 'left');
    if (user) q = q.where(inScope(scopeFor(user.roles, user.personId), 'id'));
    return q.execute();
  }

  async function view(row: BatchRow): Promise<ImportBatch> {
    const repo = importsRepository(db);
    const staged = ['validated', 'committing', 'failed'].includes(row.status);
    const [preview, unmatchedRows, rememberedRows, creator, same, blocked] = await Promise.all([
      staged ? repo.preview(row.id) : Promise.resolve([]),
      staged
        ? db
            .selectFrom('importStaff')
            .selectAll()
            .where('batchId', '=', row.id)
            .where('personId', 'is', null)
            .orderBy('rows', 'desc')
            .limit(200)
            .execute()
        : Promise.resolve([]),
      staged ? repo.rememberedStaff(row.id) : Promise.resolve([]),
      row.createdBy
        ? db
            .selectFrom('appUser')
            .leftJoin('person', 'person.id', 'appUser.personId')
            .select(['appUser.email', 'person.givenNameEn', 'person.familyNameEn'])
            .where('appUser.id', '=', row.createdBy)
            .executeTakeFirst()
        : Promise.resolve(undefined),
      db
        .selectFrom('importBatch')
        .select('id')
        .where('sha256', '=', row.sha256)
        .where('status', '=', 'committed')
        .where('id', '!=', row.id)
        .where('via', '=', 'upload')
        .limit(1)
        .executeTakeFirst(),
      row.status === 'committed' ? repo.revisedByLater(row.id) : Promise.resolve(false),
    ]);
    const suggestionIds = [
      ...new Set(unmatchedRows.flatMap((u) => suggestionsOf.get(`${row.id}:${u.staffKey}`) ?? [])),
    ];
    const suggested = suggestionIds.length
      ? await db
          .selectFrom('person')
          .select(['id', 'employeeNumber', 'givenNameEn', 'familyNameEn', 'nameZh'])
          .where('id', 'in', suggestionIds)
          .execute()
      : [];
    const byId = new Map(suggested.map((p) => [p.id, p]));
    const unmatched: ImportUnmatched[] = unmatchedRows.map((u) => ({
      staffKey: u.staffKey,
      name: u.name,
      email: u.email,
      employeeNumber: u.employeeNumber,
      rows: u.rows,
      suggestions: (suggestionsOf.get(`${row.id}:${u.staffKey}`) ?? []).flatMap((id) => {
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

  // Suggestions are cheap to recompute but need the parsed names; kept per process for the review.
  const suggestionsOf = new Map<string, string[]>();

  async function setProgress(
    id: string,
    patch: Partial<Pick<BatchRow, 'phase' | 'progressDone' | 'progressTotal'>>,
  ) {
    await db.updateTable('importBatch').set(patch).where('id', '=', id).execute();
  }

  async function countLines(file: string): Promise<number> {
    let n = 0;
    for await (const chunk of createReadStream(file)) {
      const buf = chunk as Buffer;
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
    }
    return n + 1;
  }

  /** Parses and checks every row, stages the clean ones and matches staff. Runs as a job. */
  async function runValidation(id: string): Promise<void> {
    const batch = await importsRepository(db).findById(id);
    if (!batch || batch.status !== 'validating' || !batch.settings || !batch.filePath) return;
    const settings = batch.settings;
    const repo = importsRepository(db);
    const indicators = await activeIndicators(db);
    const issues: ImportIssue[] = [];
    let issueCount = 0;
    let blocking = 0;
    let storedWarnings = 0;
    // Every issue is counted; the first MAX_STORED_ISSUES are kept, errors before warnings, so
    // the review always shows why a commit is refused.
    const addIssues = (list: readonly ImportIssue[]) => {
      for (const i of list) {
        issueCount++;
        const warning = isWarning(i.code);
        if (!warning) blocking++;
        if (issues.length < MAX_STORED_ISSUES) {
          issues.push(i);
          if (warning) storedWarnings++;
        } else if (!warning && storedWarnings > 0) {
          let at = issues.length - 1;
          while (!isWarning(issues[at]!.code)) at--;
          issues.splice(at, 1);
          storedWarnings--;
          issues.push(i);
        }
      }
    };
    const staff = new Map<string, { ref: StaffRef; rows: number }>();
    let buffer: StageRow[] = [];
    let records = 0;
    let observations = 0;
    const total = await countLines(batch.filePath);
    await setProgress(id, { phase: 'reading', progressDone: 0, progressTotal: total });

    const take = (list: readonly ParsedObservation[]) => {
      for (const o of list) {
        const staffKey = staffKeyOf(o.staff);
        if (!staffKey) {
          addIssues([{ line: o.line, code: 'missing_staff', message: 'The row names no staff member' }]);
          continue;
        }
        const indicator = indicators.get(o.indicatorCode.toUpperCase());
        if (!indicator) {
          addIssues([
            {
              line: o.line,
              code: 'unknown_indicator',
              message: `No active indicator has the code ${o.indicatorCode}`,
              params: { value: o.indicatorCode },
            },
          ]);
          continue;
        }
        // Outside the indicator's bounds: an error and the row is left out; unusual: a warning.
        const implausible = checkObservation(o, indicator);
        if (implausible) {
          addIssues([implausible]);
          if (!isWarning(implausible.code)) continue;
        }
        const indicatorId = indicator.id;
        const s = staff.get(staffKey);
        if (s) s.rows++;
        else staff.set(staffKey, { ref: o.staff, rows: 1 });
        observations++;
        buffer.push({
          line: o.line,
          staffKey,
          indicatorId,
          occurredAt: o.occurredAt ?? null,
          occurredOn: o.occurredAt ? null : (o.occurredOn ?? null),
          numerator: o.numerator,
          denominator: o.denominator,
          externalKey: o.externalKey,
        });
      }
    };

    try {
      const parser = createParser(settings.source, {
        timeZone: settings.timeZone,
        dateOrder: settings.dateOrder,
        ...(settings.mapping ? { mapping: settings.mapping } : {}),
      });
      let headerSeen = false;
      let fatal = false;
      for await (const rec of readRecords({ path: batch.filePath, fileName: batch.fileName })) {
        if (!headerSeen) {
          headerSeen = true;
          const headerIssues = parser.header(rec.values, rec.line);
          addIssues(headerIssues);
          if (headerIssues.length > 0) {
            fatal = true;
            break;
          }
          continue;
        }
        records++;
        const r = parser.row(rec.values, rec.line);
        addIssues(r.issues);
        take(r.observations);
        if (buffer.length >= STAGE_CHUNK) {
          await repo.stage(id, buffer);
          buffer = [];
          await setProgress(id, { phase: 'checking', progressDone: rec.line });
        }
      }
      if (!headerSeen) {
        addIssues([{ code: 'empty_file', message: 'The file has no rows' }]);
        fatal = true;
      }
      if (!fatal) {
        const end = parser.finish();
        addIssues(end.issues);
        take(end.observations);
        await repo.stage(id, buffer);
        buffer = [];
      }
      if (!fatal && observations === 0 && blocking === 0) {
        addIssues([{ code: 'empty_file', message: 'The file has no rows Frontline can import' }]);
        fatal = true;
      }

      // Match staff: by employee number, e-mail, unique full name, then a remembered match.
      await setProgress(id, { phase: 'matching', progressDone: total });
      const match = createStaffMatcher(await candidates(db, batch.createdBy), {
        aliases: await usableAliases(db, settings.source, batch.createdBy),
        everyone: await everyone(db),
      });
      const staffRows = [...staff].map(([staffKey, s]) => {
        const m = match(s.ref, staffKey);
        suggestionsOf.set(`${id}:${staffKey}`, m.suggestions);
        return {
          batchId: id,
          staffKey,
          name: s.ref.name ?? null,
          email: s.ref.email ?? null,
          employeeNumber: s.ref.employeeNumber ?? null,
          rows: s.rows,
          personId: m.personId,
          aliasBy: m.remembered?.createdBy ?? null,
          aliasAt: m.remembered?.createdAt ?? null,
        };
      });
      // Fresh statistics for the preview and the commit's joins (autovacuum may not have run yet).
      await sql`analyze import_stage`.execute(db);
      const matched = staffRows.filter((s) => s.personId).reduce((a, s) => a + s.rows, 0);
      const counts: ImportCounts = {
        ...EMPTY_COUNTS,
        records,
        observations,
        issues: issueCount,
        errors: blocking,
        warnings: issueCount - blocking,
        matchedObservations: matched,
        unmatchedObservations: observations - matched,
      };
      // The batch's state, its staff and its staged rows change together.
      await db.transaction().execute(async (trx) => {
        const trxRepo = importsRepository(trx);
        if (fatal) await trxRepo.clearStage(id);
        else {
          for (let i = 0; i < staffRows.length; i += 1000) {
            await trx
              .insertInto('importStaff')
              .values(staffRows.slice(i, i + 1000))
              .execute();
          }
          const stagedRows = await trxRepo.stagedCount(id);
          if (stagedRows !== observations) {
            throw new Error(`${stagedRows} rows staged, ${observations} checked`);
          }
        }
        await trx
          .updateTable('importBatch')
          .set({
            status: fatal ? 'failed' : 'validated',
            phase: null,
            counts: j(counts),
            issues: j(issues),
            validatedAt: clock.now(),
          })
          .where('id', '=', id)
          .where('status', '=', 'validating')
          .execute();
        await audit.record(trx, await actorOf(trx, batch), {
          action: fatal ? 'import.validation_failed' : 'import.validated',
          entityType: 'import_batch',
          entityId: id,
          after: { counts, source: settings.source },
        });
      });
      // Fresh statistics for the commit's joins (autovacuum may not have run yet).
      if (!fatal) await sql`analyze import_staff`.execute(db);
    } catch (err) {
      const fileError = err instanceof ImportFileError;
      if (!fileError) log(`import ${id}: validation failed`, err);
      // Why the file stopped comes first, even when the row issues filled the stored list.
      issueCount++;
      issues.unshift({
        code: fileError ? err.code : 'unsupported_file',
        message: fileError ? err.message : 'The file could not be read',
      });
      issues.length = Math.min(issues.length, MAX_STORED_ISSUES);
      await db.transaction().execute(async (trx) => {
        await importsRepository(trx).clearStage(id);
        await trx
          .updateTable('importBatch')
          .set({
            status: 'failed',
            phase: null,
            issues: j(issues),
            counts: j({ ...EMPTY_COUNTS, records, issues: issueCount }),
          })
          .where('id', '=', id)
          .where('status', '=', 'validating')
          .execute();
      });
    }
  }

  async function actorOf(executor: Kysely<DB>, batch: BatchRow): Promise<AnyActor> {
    if (!batch.createdBy) {
      return { kind: 'system', userId: null, requestId: null, ip: null, reason: 'import' };
    }
    const u = await executor
      .selectFrom('appUser')
      .select(['id', 'personId', 'roles'])
      .where('id', '=', batch.createdBy)
      .executeTakeFirst();
    return { kind: 'system', userId: u?.id ?? null, requestId: null, ip: null, reason: 'import job' };
  }

  async function runCommit(id: string, skipUnmatched: boolean): Promise<void> {
    const batch = await importsRepository(db).findById(id);
    if (!batch || batch.status !== 'committing' || !batch.settings) return;
    try {
      await setProgress(id, { phase: 'committing' });
      await db.transaction().execute(async (trx) => {
        const repo = importsRepository(trx);
        const stagedRows = await repo.stagedCount(id);
        if (stagedRows !== (batch.counts.observations ?? 0)) {
          throw Conflict(
            'import.stage_mismatch',
            `${stagedRows} rows are staged but ${batch.counts.observations ?? 0} were checked`,
          );
        }
        const merged = await repo.merge(id, batch.settings!.source);
        const { unmatched } = await repo.staffCounts(id);
        const counts: ImportCounts = {
          ...EMPTY_COUNTS,
          ...batch.counts,
          ...merged,
          skipped: skipUnmatched ? unmatched : 0,
        };
        await trx.deleteFrom('importStage').where('batchId', '=', id).execute();
        await trx
          .updateTable('importBatch')
          .set({
            status: 'committed',
            phase: null,
            counts: j(counts),
            committedAt: clock.now(),
            filePath: null,
          })
          .where('id', '=', id)
          .execute();
        await audit.record(trx, await actorOf(trx, batch), {
          action: 'import.committed',
          entityType: 'import_batch',
          entityId: id,
          after: { counts, source: batch.settings!.source, fileName: batch.fileName },
        });
      });
      if (batch.filePath) await rm(batch.filePath, { force: true });
    } catch (err) {
      log(`import ${id}: commit failed`, err);
      await db
        .updateTable('importBatch')
        .set({ status: 'validated', phase: 'commit_failed' })
        .where('id', '=', id)
        .execute();
    }
  }

  return {
    /** After a restart: a validation that was cut off failed; a commit either landed or not. */
    async recoverInterrupted(): Promise<void> {
      // A cut-off validation leaves no half-staged rows behind its failed batch.
      await db.transaction().execute(async (trx) => {
        const cut = await trx
          .updateTable('importBatch')
          .set({ status: 'failed', phase: 'interrupted' })
          .where('status', '=', 'validating')
          .returning('id')
          .execute();
        for (const b of cut) await importsRepository(trx).clearStage(b.id);
      });
      await db
        .updateTable('importBatch')
        .set({ status: 'validated', phase: 'interrupted' })
        .where('status', '=', 'committing')
        .execute();
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
        for await (const rec of readRecords({ path: file, fileName })) {
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
        const inserted = await trx
          .insertInto('importBatch')
          .values({
            id,
            via: 'upload',
            status: 'uploaded',
            fileName,
            fileSize: size,
            sha256: hash.digest('hex'),
            filePath: file,
            detectedSource: detected,
            columns: j(columns),
            sample: j(head.slice(headerAt + 1, headerAt + 6)),
            createdBy: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
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
      let base = db.selectFrom('importBatch as b').where('b.status', '!=', 'discarded');
      if (!seesEveryone(actor.roles)) base = base.where('b.createdBy', '=', actor.userId);
      const [rows, total] = await Promise.all([
        base
          .leftJoin('appUser as u', 'u.id', 'b.createdBy')
          .leftJoin('person as p', 'p.id', 'u.personId')
          .leftJoin('apiToken as t', 't.id', 'b.apiTokenId')
          .selectAll('b')
          .select([
            sql<
              string | null
            >`coalesce(p.given_name_en || ' ' || p.family_name_en, u.email, 'API: ' || t.name)`.as(
              'creatorName',
            ),
          ])
          .orderBy('b.createdAt', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
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
      return { items, total: Number(total.n), limit, offset };
    },

    async get(actor: Actor, id: string): Promise<ImportBatch> {
      return view(await load(actor, id));
    },

    async validate(actor: Actor, id: string, settings: ImportSettings): Promise<ImportBatch> {
      refuseControlCharacters(settings);
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
      if (!['uploaded', 'validated', 'failed'].includes(batch.status) || !batch.filePath) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      try {
        await stat(batch.filePath);
      } catch {
        throw Conflict('import.invalid_state', 'The uploaded file is gone; upload it again');
      }
      // The new state and the removal of the old staged rows happen together or not at all.
      const row = await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('importBatch')
          .set({
            status: 'validating',
            settings: j(settings),
            source: settings.source,
            phase: 'queued',
            progressDone: 0,
            progressTotal: null,
            issues: j([]),
            counts: j({}),
          })
          .where('id', '=', id)
          .where('status', 'in', ['uploaded', 'validated', 'failed'])
          .returningAll()
          .executeTakeFirst();
        if (!updated) throw Conflict('import.invalid_state', 'The import changed meanwhile');
        await importsRepository(trx).clearStage(id);
        await audit.record(trx, actor, {
          action: 'import.validation_started',
          entityType: 'import_batch',
          entityId: id,
          before: { status: batch.status, settings: batch.settings },
          after: { status: 'validating', settings },
        });
        return updated;
      });
      jobs.enqueue(`validate import ${id}`, () => runValidation(id));
      return view(row);
    },

    async match(actor: Actor, id: string, body: MatchStaffBody): Promise<ImportBatch> {
      const batch = await load(actor, id);
      if (batch.status !== 'validated' || !batch.source) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      const personIds = [...new Set(body.matches.map((m) => m.personId))];
      const visible = await deps.access.visiblePeople(actor, personIds);
      const exists = new Set(
        (await db.selectFrom('person').select('id').where('id', 'in', personIds).execute()).map((p) => p.id),
      );
      if (personIds.some((p) => !visible.has(p) || !exists.has(p))) throw NotFound('person.not_found');
      const keys = new Set(
        (
          await db
            .selectFrom('importStaff')
            .select('staffKey')
            .where('batchId', '=', id)
            .where(
              'staffKey',
              'in',
              body.matches.map((m) => m.staffKey),
            )
            .execute()
        ).map((k) => k.staffKey),
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
        for (const m of body.matches) {
          await trx
            .updateTable('importStaff')
            .set({ personId: m.personId, aliasBy: null, aliasAt: null })
            .where('batchId', '=', id)
            .where('staffKey', '=', m.staffKey)
            .execute();
          // Remembered for this source and this user only; used later only within the rules
          // of usableAliases() and the matcher (never over an exact identity).
          await trx
            .deleteFrom('staffAlias')
            .where('source', '=', source)
            .where('alias', '=', m.staffKey)
            .where('createdBy', '=', actor.userId)
            .execute();
          await trx
            .insertInto('staffAlias')
            .values({
              source,
              alias: m.staffKey,
              personId: m.personId,
              createdBy: actor.userId,
              createdAt: now,
            })
            .execute();
        }
        const { matched, unmatched } = await importsRepository(trx).staffCounts(id);
        await trx
          .updateTable('importBatch')
          .set({
            counts: j({
              ...EMPTY_COUNTS,
              ...batch.counts,
              matchedObservations: matched,
              unmatchedObservations: unmatched,
            }),
          })
          .where('id', '=', id)
          .execute();
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
      if (batch.status !== 'validated') {
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
        const updated = await trx
          .updateTable('importBatch')
          .set({ status: 'committing', phase: 'queued' })
          .where('id', '=', id)
          .where('status', '=', 'validated')
          .returningAll()
          .executeTakeFirst();
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
      if (batch.status !== 'committed') {
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
        const now = clock.now();
        await trx
          .updateTable('importBatch')
          .set({ status: 'undone', undoneAt: now, undoneBy: actor.userId })
          .where('id', '=', id)
          .execute();
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
      if (!['uploaded', 'validated', 'failed'].includes(batch.status)) {
        throw Conflict('import.invalid_state', `The import is ${batch.status}`);
      }
      await db.transaction().execute(async (trx) => {
        await importsRepository(trx).clearStage(id);
        await trx
          .updateTable('importBatch')
          .set({ status: 'discarded', filePath: null })
          .where('id', '=', id)
          .execute();
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
      const people = await candidates(db, null);
      const match = createStaffMatcher(people);
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
        throw Unprocessable('import.invalid_rows', `${issues.length} rows cannot be imported`, issues);
      }
      const actor: AnyActor = {
        kind: 'system',
        userId: null,
        requestId: null,
        ip: null,
        reason: `api token ${token.name}`,
      };
      return db.transaction().execute(async (trx) => {
        const sha = createHash('sha256').update(JSON.stringify(body)).digest('hex');
        const batch = await trx
          .insertInto('importBatch')
          .values({
            via: 'api',
            status: 'committing',
            source: null,
            fileName: `push:${body.source}`,
            fileSize: 0,
            sha256: sha,
            apiTokenId: token.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const repo = importsRepository(trx);
        await repo.stage(batch.id, staged);
        await trx
          .insertInto('importStaff')
          .values(
            [...staffRows].map(([staffKey, s]) => ({
              batchId: batch.id,
              staffKey,
              name: null,
              email: s.ref.email ?? null,
              employeeNumber: s.ref.employeeNumber ?? null,
              rows: s.rows,
              personId: s.personId,
            })),
          )
          .execute();
        const merged = await repo.merge(batch.id, `api:${body.source}`);
        const counts: ImportCounts = {
          ...EMPTY_COUNTS,
          records: body.rows.length,
          observations: staged.length,
          matchedObservations: staged.length,
          issues: warnings.length,
          errors: 0,
          warnings: warnings.length,
          ...merged,
        };
        // The warnings stay with the batch, for the import history.
        const stored: ImportIssue[] = warnings.slice(0, MAX_STORED_ISSUES).map((w) => ({
          ...(w.row !== undefined ? { line: w.row } : {}),
          code: w.code ?? 'unusual_value',
          message: w.message,
        }));
        await trx.deleteFrom('importStage').where('batchId', '=', batch.id).execute();
        await trx
          .updateTable('importBatch')
          .set({
            status: 'committed',
            counts: j(counts),
            issues: j(stored),
            committedAt: clock.now(),
            validatedAt: clock.now(),
          })
          .where('id', '=', batch.id)
          .execute();
        await audit.record(trx, actor, {
          action: 'import.pushed',
          entityType: 'import_batch',
          entityId: batch.id,
          after: { counts, source: body.source, tokenId: token.id },
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
