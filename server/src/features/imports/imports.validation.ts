import { createReadStream } from 'node:fs';
import type { Kysely } from 'kysely';
import type { ImportCounts, ImportIssue } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { AnyActor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { boundsOf } from '../indicators/bounds.js';
import { createParser } from './sources/index.js';
import { ImportFileError, readRecords } from './sources/readers.js';
import type { ParsedObservation, RecordRef, StaffRef } from './sources/types.js';
import { checkObservation, isWarning, type CheckedIndicator } from './plausibility.js';
import {
  importsRepository,
  PREVIEW_ROWS,
  type BatchRow,
  type RecordRow,
  type StageRow,
} from './imports.repository.js';
import { matchFileStaff } from './imports.matching.js';
import { staffKeyOf } from './staff-matcher.js';
import { EMPTY_COUNTS } from './imports.view.js';
import { mysteryShopParserSettings } from '../assessments/mystery-shop.js';

const STAGE_CHUNK = 5000;
/**
 * The longest the validation job holds the event loop between two turns (a turn costs
 * microseconds): the file is read in a worker, but its records are checked on this thread.
 */
const TURN_MS = 10;
export const MAX_STORED_ISSUES = 500;

/** An active indicator with what its observations may plausibly hold. */
export interface ActiveIndicator extends CheckedIndicator {
  id: string;
}

/** Active indicators by upper-case code, with their plausibility bounds. */
export async function activeIndicators(db: Kysely<DB>): Promise<Map<string, ActiveIndicator>> {
  const rows = await importsRepository(db).activeIndicators();
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

/** The actor an import job acts as: the system, on behalf of the batch's maker. */
export async function jobActor(db: Kysely<DB>, batch: BatchRow): Promise<AnyActor> {
  if (!batch.createdBy) {
    return { kind: 'system', userId: null, requestId: null, ip: null, reason: 'import' };
  }
  const u = await importsRepository(db).user(batch.createdBy);
  return { kind: 'system', userId: u?.id ?? null, requestId: null, ip: null, reason: 'import job' };
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  }
  return n + 1;
}

/**
 * Issues of a file: every one counted; the first MAX_STORED_ISSUES kept, errors before warnings,
 * so the review always shows why a commit is refused.
 */
function issueList() {
  const issues: ImportIssue[] = [];
  let count = 0;
  let blocking = 0;
  let storedWarnings = 0;
  return {
    issues,
    get count() {
      return count;
    },
    get blocking() {
      return blocking;
    },
    add(list: readonly ImportIssue[]) {
      for (const i of list) {
        count++;
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
    },
    /** Why the file stopped comes first, even when the row issues filled the stored list. */
    first(i: ImportIssue) {
      count++;
      issues.unshift(i);
      issues.length = Math.min(issues.length, MAX_STORED_ISSUES);
    },
  };
}

export interface ValidationDeps {
  db: Kysely<DB>;
  audit: AuditService;
  clock: Clock;
  log: (msg: string, err?: unknown) => void;
  /** The most a zipped file may unpack to (the upload limit). */
  maxUnpackedBytes?: number;
}

/**
 * The validation job: parses and checks every row, stages the clean ones (and the records the
 * file states in full), matches staff, then marks the batch validated or failed. The batch's
 * state, its staff and its staged rows change together.
 */
export async function runValidation(deps: ValidationDeps, id: string): Promise<void> {
  const { db, audit, clock, log } = deps;
  const repo = importsRepository(db);
  const batch = await repo.findById(id);
  if (!batch || batch.status !== 'validating' || !batch.settings || !batch.filePath) return;
  const settings = batch.settings;
  const indicators = await activeIndicators(db);
  const issues = issueList();
  const staff = new Map<string, { ref: StaffRef; rows: number }>();
  let buffer: StageRow[] = [];
  let records: RecordRow[] = [];
  let recordCount = 0;
  let wholeRecords = 0;
  let observations = 0;
  const total = await countLines(batch.filePath);
  await repo.update(id, { phase: 'reading', progressDone: 0, progressTotal: total });

  const seeStaff = (staffKey: string, ref: StaffRef, rows: number) => {
    const s = staff.get(staffKey);
    if (s) s.rows += rows;
    else staff.set(staffKey, { ref, rows });
  };
  const take = (list: readonly ParsedObservation[], whole: readonly RecordRef[] = []) => {
    for (const o of list) {
      const staffKey = staffKeyOf(o.staff);
      if (!staffKey) {
        issues.add([{ line: o.line, code: 'missing_staff', message: 'The row names no staff member' }]);
        continue;
      }
      const indicator = indicators.get(o.indicatorCode.toUpperCase());
      if (!indicator) {
        issues.add([
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
        issues.add([implausible]);
        if (!isWarning(implausible.code)) continue;
      }
      seeStaff(staffKey, o.staff, 1);
      observations++;
      buffer.push({
        line: o.line,
        staffKey,
        indicatorId: indicator.id,
        occurredAt: o.occurredAt ?? null,
        occurredOn: o.occurredAt ? null : (o.occurredOn ?? null),
        numerator: o.numerator,
        denominator: o.denominator,
        externalKey: o.externalKey,
      });
    }
    for (const r of whole) {
      const staffKey = staffKeyOf(r.staff);
      if (!staffKey) continue;
      seeStaff(staffKey, r.staff, 0);
      wholeRecords++;
      records.push({ externalKey: r.externalKey, staffKey });
    }
  };
  // One chunk is written while the next is parsed (the database works in its own process or
  // thread meanwhile): at most one write in flight, and its failure surfaces at the next flush.
  let writing: Promise<void> | null = null;
  const settle = async () => {
    const w = writing;
    writing = null;
    if (w) await w;
  };
  let staged = 0;
  const flush = async () => {
    await settle();
    const rows = buffer;
    const whole = records;
    buffer = [];
    records = [];
    const head = Math.max(0, PREVIEW_ROWS - staged);
    staged += rows.length;
    const w = (async () => {
      await repo.stage(id, rows, head);
      await repo.stageRecords(id, whole);
    })();
    w.catch(() => undefined); // awaited by the next settle(); this only keeps Node from calling it unhandled
    writing = w;
  };

  try {
    const parser = createParser(settings.source, {
      timeZone: settings.timeZone,
      dateOrder: settings.dateOrder,
      ...(settings.mapping ? { mapping: settings.mapping } : {}),
      ...(await mysteryShopParserSettings(db, settings)),
    });
    let headerSeen = false;
    let fatal = false;
    let turnStarted = performance.now();
    for await (const rec of readRecords(
      { path: batch.filePath, fileName: batch.fileName },
      deps.maxUnpackedBytes ? { maxUnpackedBytes: deps.maxUnpackedBytes } : {},
    )) {
      if (!headerSeen) {
        headerSeen = true;
        const headerIssues = parser.header(rec.values, rec.line);
        issues.add(headerIssues);
        if (headerIssues.length > 0) {
          fatal = true;
          break;
        }
        continue;
      }
      recordCount++;
      // A batch's records arrive as microtasks: give timers and requests a turn now and then.
      if (performance.now() - turnStarted > TURN_MS) {
        await new Promise((r) => setImmediate(r));
        turnStarted = performance.now();
      }
      const r = parser.row(rec.values, rec.line);
      issues.add(r.issues);
      take(r.observations, r.records);
      if (buffer.length >= STAGE_CHUNK || records.length >= STAGE_CHUNK) {
        await flush();
        await repo.update(id, { phase: 'checking', progressDone: rec.line });
      }
    }
    if (!headerSeen) {
      issues.add([{ code: 'empty_file', message: 'The file has no rows' }]);
      fatal = true;
    }
    if (!fatal) {
      const end = parser.finish();
      issues.add(end.issues);
      take(end.observations, end.records);
      await flush();
    }
    await settle();
    if (!fatal && observations === 0 && wholeRecords === 0 && issues.blocking === 0) {
      issues.add([{ code: 'empty_file', message: 'The file has no rows Frontline can import' }]);
      fatal = true;
    }

    await repo.update(id, { phase: 'matching', progressDone: total });
    const staffRows = await matchFileStaff(db, batch, settings.source, staff);
    await repo.analyzeStage();
    const matched = staffRows.filter((s) => s.personId).reduce((a, s) => a + s.rows, 0);
    const counts: ImportCounts = {
      ...EMPTY_COUNTS,
      records: recordCount,
      observations,
      issues: issues.count,
      errors: issues.blocking,
      warnings: issues.count - issues.blocking,
      matchedObservations: matched,
      unmatchedObservations: observations - matched,
    };
    await db.transaction().execute(async (trx) => {
      const trxRepo = importsRepository(trx);
      if (fatal) await trxRepo.clearStage(id);
      else {
        await trxRepo.insertStaff(staffRows);
        const stagedRows = await trxRepo.stagedCount(id);
        if (stagedRows !== observations) {
          throw new Error(`${stagedRows} rows staged, ${observations} checked`);
        }
      }
      await trxRepo.transition(id, fatal ? 'validationFailed' : 'validated', {
        phase: null,
        counts,
        issues: issues.issues,
        validatedAt: clock.now(),
      });
      await audit.record(trx, await jobActor(trx, batch), {
        action: fatal ? 'import.validation_failed' : 'import.validated',
        entityType: 'import_batch',
        entityId: id,
        after: { counts, source: settings.source },
      });
    });
    if (!fatal) await repo.analyzeStaff();
  } catch (err) {
    // A chunk still being written must land before the stage is cleared.
    await settle().catch(() => undefined);
    const fileError = err instanceof ImportFileError;
    if (!fileError) log(`import ${id}: validation failed`, err);
    issues.first({
      code: fileError ? err.code : 'unsupported_file',
      message: fileError ? err.message : 'The file could not be read',
      ...(fileError && err.params ? { params: err.params } : {}),
    });
    await db.transaction().execute(async (trx) => {
      const trxRepo = importsRepository(trx);
      await trxRepo.clearStage(id);
      await trxRepo.transition(id, 'validationFailed', {
        phase: null,
        issues: issues.issues,
        counts: { ...EMPTY_COUNTS, records: recordCount, issues: issues.count },
      });
    });
  }
}
