/**
 * Mystery-shop visits imported through the import pipeline (#12 item 1; format in
 * server/docs/mystery-shop-import.md). The pipeline does the rows: the parser
 * (imports/sources/mystery-shop.ts) scores each visit with the scorecard's own scoring and yields one
 * observation of the scorecard's indicator (points earned over points possible) per visit, matched to
 * the staff member served through the usual aliases and suggestions, validated, committed, undone.
 * This module adds what the pipeline cannot know:
 *
 * - at validation, the scorecard (version) the importer picked, or the only active one;
 * - at commit, in the commit's transaction, each visit of a matched staff member becomes a released
 *   official evaluation (channel `visit`, ticket key the visit id, the shopper's comment as evidence,
 *   recorded by the importer) linked to the visit's observation — so the figure is counted once, and
 *   the person sees the visit and its items like any released evaluation; a visit whose answers, person,
 *   day or comment changed replaces the earlier evaluation (kept whole for undo); an unchanged one stays;
 * - at undo, the batch's evaluations go and the ones it replaced come back.
 */
import type { Kysely } from 'kysely';
import type { Answer, ImportSettings } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import { json } from '../../db/json.js';
import type { AnyActor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { Conflict, Invalid } from '../../lib/errors.js';
import { readRecords } from '../imports/sources/readers.js';
import {
  createMysteryShopParser,
  type MysteryShopSettings,
  type ParsedVisit,
} from '../imports/sources/mystery-shop.js';
import type { SourceSettings } from '../imports/sources/types.js';
import { staffKeyOf } from '../imports/staff-matcher.js';
import { mysteryShopRepository } from './mystery-shop.repository.js';

const DEFAULT_INDICATOR = 'MYSTERY_SHOP';

/**
 * The settings of a mystery-shop import with its scorecard: the one named (any version of a
 * mystery-shop scorecard), else the only active one. 400 when there is none, more than one to choose
 * from, or the scorecard feeds no indicator. Other sources pass through.
 */
export async function withMysteryShopScorecard(
  db: Kysely<DB>,
  settings: ImportSettings,
): Promise<ImportSettings> {
  if (settings.source !== 'mystery_shop') {
    if (settings.scorecardId === undefined) return settings;
    throw Invalid('validation', 'Only mystery-shop visits take a scorecard', [
      { path: '/scorecardId', message: 'only for mystery-shop visits' },
    ]);
  }
  const cards = await mysteryShopRepository(db).scorecards();
  const card = settings.scorecardId
    ? cards.find((c) => c.id === settings.scorecardId)
    : cards.filter((c) => c.active).length === 1
      ? cards.find((c) => c.active)
      : undefined;
  if (!card) {
    throw Invalid(
      'validation',
      settings.scorecardId
        ? 'No mystery-shop scorecard has this id'
        : 'Choose the mystery-shop scorecard the visits were scored on',
      [{ path: '/scorecardId', message: settings.scorecardId ? 'not a mystery-shop scorecard' : 'required' }],
    );
  }
  if (!card.indicatorId && !(await mysteryShopRepository(db).indicatorByCode(DEFAULT_INDICATOR))) {
    throw Invalid('validation', 'The scorecard feeds no indicator: install the MYSTERY_SHOP indicator', [
      { path: '/scorecardId', message: 'feeds no indicator' },
    ]);
  }
  return { ...settings, scorecardId: card.id };
}

/** What the parser needs of the chosen scorecard (its items, indicator) and of the units. */
export async function mysteryShopParserSettings(
  db: Kysely<DB>,
  settings: ImportSettings,
): Promise<Pick<SourceSettings, 'mysteryShop'>> {
  if (settings.source !== 'mystery_shop' || !settings.scorecardId) return {};
  const repo = mysteryShopRepository(db);
  const card = (await repo.scorecards()).find((c) => c.id === settings.scorecardId);
  if (!card) return {};
  const indicator =
    card.indicatorCode && card.aggregation
      ? { code: card.indicatorCode, aggregation: card.aggregation }
      : await repo.indicatorByCode(DEFAULT_INDICATOR);
  if (!indicator) return {};
  const mysteryShop: MysteryShopSettings = {
    scorecardId: card.id,
    code: `${card.code} v${card.version}`,
    sections: card.sections,
    indicatorCode: indicator.code,
    indicatorMean: indicator.aggregation === 'mean',
    units: await repo.units(),
  };
  return { mysteryShop };
}

/** The visits of a file as the parser reads them (the last line of a visit wins). */
async function readVisits(
  file: { path: string; fileName: string },
  settings: SourceSettings,
): Promise<Map<string, ParsedVisit>> {
  const visits = new Map<string, ParsedVisit>();
  const parser = createMysteryShopParser(settings, (v) => visits.set(v.key, v));
  let header = true;
  for await (const rec of readRecords(file)) {
    if (header) {
      header = false;
      if (parser.header(rec.values, rec.line).length) return new Map();
      continue;
    }
    parser.row(rec.values, rec.line);
  }
  return visits;
}

/** The same answers (jsonb keeps its own key order, so compared field by field). */
function sameAnswers(a: readonly Answer[], b: readonly Answer[]): boolean {
  const key = (x: Answer) => `${x.itemId}\u0000${String(x.value)}\u0000${x.comment ?? ''}`;
  const ka = a.map(key).sort();
  const kb = b.map(key).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

export interface MysteryCommitInput {
  batchId: string;
  filePath: string | null;
  fileName: string;
  settings: ImportSettings;
  /** The importer: the evaluations are recorded by them (a mystery shopper has no account). */
  createdBy: string | null;
  at: Date;
  actor: AnyActor;
}

/**
 * In the commit's transaction, after the pipeline merged the observations: each visit of a matched
 * staff member becomes (or stays) its released evaluation. Counts of what changed.
 */
export async function commitMysteryVisits(
  trx: Kysely<DB>,
  audit: AuditService,
  input: MysteryCommitInput,
): Promise<{ created: number; replaced: number; unchanged: number }> {
  const counts = { created: 0, replaced: 0, unchanged: 0 };
  if (input.settings.source !== 'mystery_shop' || !input.filePath || !input.createdBy) return counts;
  const extra = await mysteryShopParserSettings(trx, input.settings);
  const card = extra.mysteryShop;
  if (!card) return counts;
  const repo = mysteryShopRepository(trx);
  const indicator = await repo.indicatorByCode(card.indicatorCode);
  const visits = await readVisits(
    { path: input.filePath, fileName: input.fileName },
    { timeZone: input.settings.timeZone, dateOrder: input.settings.dateOrder, mysteryShop: card },
  );
  const matched = await repo.matchedStaff(input.batchId);
  for (const v of visits.values()) {
    const staffKey = staffKeyOf(v.staff);
    const personId = staffKey ? matched.get(staffKey) : undefined;
    if (!personId) continue;
    const occurredOn = v.occurredOn ?? (await repo.localDay(personId, v.occurredAt!));
    const before = await repo.visit(v.key);
    if (
      before &&
      before.scorecardId === card.scorecardId &&
      before.personId === personId &&
      before.occurredOn === occurredOn &&
      before.evidenceText === v.comment &&
      sameAnswers(before.answers, v.answers)
    ) {
      counts.unchanged++;
      continue;
    }
    if (before) {
      await repo.keep(input.batchId, before.id, v.key);
      await repo.remove([before.id]);
      counts.replaced++;
    } else counts.created++;
    const observationId = indicator ? await repo.observationId(indicator.id, v.key) : null;
    const { id } = await repo.insertEvaluation({
      scorecardId: card.scorecardId,
      personId,
      assessorUserId: input.createdBy,
      purpose: 'official',
      status: 'released',
      channel: 'visit',
      ticketKey: v.visitId.slice(0, 200),
      occurredOn,
      evidenceText: v.comment?.slice(0, 4000) ?? null,
      evidenceUrl: null,
      answers: json(v.answers),
      result: json(v.result),
      percent: v.result.percent,
      submittedAt: input.at,
      releasedAt: input.at,
      acknowledgedAt: null,
      acknowledgeComment: null,
      observationId: observationId === null ? null : Number(observationId),
      importBatchId: input.batchId,
      visitKey: v.key,
    });
    await repo.insertVersion({
      evaluationId: id,
      version: 1,
      answers: json(v.answers),
      result: json(v.result),
      percent: v.result.percent,
      reason: 'released',
      createdBy: input.createdBy,
      createdAt: input.at,
    });
  }
  await audit.record(trx, input.actor, {
    action: 'mystery_shop.visits_committed',
    entityType: 'import_batch',
    entityId: input.batchId,
    after: { scorecardId: card.scorecardId, ...counts },
  });
  return counts;
}

/** In the undo's transaction, after the pipeline's undo: the batch's evaluations go, the replaced come back. */
export async function undoMysteryVisits(
  trx: Kysely<DB>,
  audit: AuditService,
  batchId: string,
  actor: AnyActor,
): Promise<{ removed: number; restored: number }> {
  const repo = mysteryShopRepository(trx);
  if (await repo.replacedByLater(batchId)) {
    throw Conflict(
      'import.undo_blocked',
      'A later import changed visits of this one: undo that import first',
    );
  }
  const ids = await repo.ofBatch(batchId);
  await repo.remove(ids);
  const restored = await repo.restore(batchId);
  if (ids.length || restored) {
    await audit.record(trx, actor, {
      action: 'mystery_shop.visits_undone',
      entityType: 'import_batch',
      entityId: batchId,
      after: { removed: ids.length, restored },
    });
  }
  return { removed: ids.length, restored };
}
