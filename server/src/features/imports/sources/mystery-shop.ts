/**
 * Mystery-shopper visits (docs: server/docs/mystery-shop-import.md): one row per visit, scored on a
 * mystery-shop scorecard the importer picks. Columns (any order, English or Chinese headers):
 * `Visit ID` (the record key), `Visit Date` (a day or a date and time), `Store` (a unit's code or
 * name), the staff member served (`Staff` / `Served By` as a name, `Staff ID` as an employee number,
 * `Staff Email`), one column per scorecard item (headed by the item's id or its English or Chinese
 * text), optional `Comment` and `<item> comment` columns.
 *
 * Each visit is scored with the scorecard's own scoring (assessments.score.ts: weights, N/A out of the
 * points possible, critical misses) and yields one observation of the scorecard's indicator: points
 * earned over points possible (a mean indicator: the percentage over 1), key `mystery:<visit id>`. A
 * row states its visit in full (a corrected visit with nothing possible retracts its observation).
 * Values: yes/no items `yes`, `y`, `1`, `是` / `no`, `n`, `0`, `否`; 1–5 scales and points as whole
 * numbers; N/A as `N/A`, `na`, `-`, `不適用`; an empty cell leaves the item unanswered (out of the
 * points possible), except for an item that may not be N/A. Pure: no database, no clock, no I/O.
 */
import type { Answer, AnswerValue, ScorecardContent, ScorecardItem, ScoreResult } from '@frontline/contract';
import { answerProblem, scoreEvaluation } from '../../assessments/assessments.score.js';
import type { ImportIssue, RowResult, SourceParser, SourceSettings, StaffRef } from './types.js';
import { Columns, isDateOnly, issueOf, missingColumn, normalizeHeader, parseDateTime } from './values.js';

/** What the parser needs to know of the scorecard and the organisation (loaded by the pipeline). */
export interface MysteryShopSettings {
  scorecardId: string;
  /** The scorecard's code and version, for messages. */
  code: string;
  sections: ScorecardContent;
  /** The indicator the visits feed, and whether it averages percentages (mean) or pools points. */
  indicatorCode: string;
  indicatorMean: boolean;
  /** Units a `Store` cell may name: by code or by English or Chinese name. */
  units: { id: string; code: string; nameEn: string; nameZh: string | null }[];
}

/** A parsed visit: what the commit turns into a released evaluation. */
export interface ParsedVisit {
  line: number;
  visitId: string;
  /** `mystery:<visit id>`: the observation's key and the evaluation's visit key. */
  key: string;
  staff: StaffRef;
  occurredAt?: string;
  occurredOn?: string;
  storeUnitId: string | null;
  store: string;
  answers: Answer[];
  comment: string | null;
  result: ScoreResult;
}

export const VISIT_ID_HEADERS = [
  'Visit ID',
  'Visit',
  'Visit No',
  'Visit Number',
  'Visit Ref',
  '到訪編號',
  '編號',
];
const DATE_HEADERS = [
  'Visit Date',
  'Visit Time',
  'Visited At',
  'Date',
  'Date/Time',
  '到訪日期',
  '到訪時間',
  '日期',
];
export const STORE_HEADERS = ['Store', 'Shop', 'Store Code', 'Branch', 'Unit', '店舖', '分店'];
export const STAFF_NAME_HEADERS = [
  'Staff Served',
  'Served By',
  'Staff',
  'Staff Name',
  'Employee',
  '服務員工',
  '員工',
  '員工姓名',
];
const STAFF_ID_HEADERS = ['Staff ID', 'Employee ID', 'Employee Number', 'Staff Number', '員工編號'];
const STAFF_EMAIL_HEADERS = ['Staff Email', 'Staff E-mail', 'Email', 'E-mail', '員工電郵', '電郵'];
const COMMENT_HEADERS = ['Comment', 'Comments', 'Shopper Comment', 'Notes', 'Note', '備註', '評語', '意見'];
const COMMENT_SUFFIXES = [' comment', ' comments', ' note', ' 備註', '備註', ' 評語', '評語'];

const YES = new Set(['yes', 'y', 'true', '1', '是', '有', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', '0', '否', '沒有', '無', '✗', '✘']);
const NA = new Set(['na', 'n/a', 'n.a.', '-', '--', '—', 'not applicable', '不適用']);

/** How an item's answers are described in issues (the web's mysteryShop.expected.<scale>). */
function scaleOf(item: ScorecardItem): 'yes_no_na' | 'yes_no' | 'scale_1_5' | 'points' {
  if (item.type === 'yes_no_na') return item.naAllowed ? 'yes_no_na' : 'yes_no';
  return item.type;
}

/** A cell as an answer of `item`: null when empty (unanswered), undefined when it is no answer at all. */
export function readAnswer(item: ScorecardItem, text: string): AnswerValue | null | undefined {
  const t = text.trim().normalize('NFKC').toLowerCase();
  if (t === '') return null;
  if (NA.has(t)) return 'na';
  if (item.type === 'yes_no_na') {
    if (YES.has(t)) return 'yes';
    if (NO.has(t)) return 'no';
    return undefined;
  }
  if (!/^[+]?\d+(\.0+)?$/.test(t)) return undefined;
  return Number(t);
}

export function createMysteryShopParser(
  settings: SourceSettings,
  onVisit?: (visit: ParsedVisit) => void,
): SourceParser {
  const card = settings.mysteryShop;
  let cols: Columns | undefined;
  let c: Record<'visit' | 'date' | 'store' | 'name' | 'number' | 'email' | 'comment', number | undefined> = {
    visit: undefined,
    date: undefined,
    store: undefined,
    name: undefined,
    number: undefined,
    email: undefined,
    comment: undefined,
  };
  const itemColumns: { item: ScorecardItem; at: number; commentAt?: number }[] = [];
  const units = new Map<string, string>();
  for (const u of card?.units ?? []) {
    for (const name of [u.code, u.nameEn, u.nameZh]) {
      if (name && !units.has(normalizeHeader(name))) units.set(normalizeHeader(name), u.id);
    }
  }

  return {
    header(columns, line) {
      const issues: ImportIssue[] = [];
      if (!card) {
        return [{ line, code: 'unknown_format', message: 'No mystery-shop scorecard was chosen' }];
      }
      cols = new Columns(columns);
      c = {
        visit: cols.find(...VISIT_ID_HEADERS),
        date: cols.find(...DATE_HEADERS),
        store: cols.find(...STORE_HEADERS),
        name: cols.find(...STAFF_NAME_HEADERS),
        number: cols.find(...STAFF_ID_HEADERS),
        email: cols.find(...STAFF_EMAIL_HEADERS),
        comment: cols.find(...COMMENT_HEADERS),
      };
      if (c.visit === undefined) issues.push(missingColumn('Visit ID', line));
      if (c.date === undefined) issues.push(missingColumn('Visit Date', line));
      if (c.store === undefined) issues.push(missingColumn('Store', line));
      if (c.name === undefined && c.number === undefined && c.email === undefined) {
        issues.push(missingColumn('Staff', line));
      }
      const known = new Set(Object.values(c).filter((i): i is number => i !== undefined));
      const byName = new Map<string, ScorecardItem>();
      for (const s of card.sections) {
        for (const item of s.items) {
          for (const name of [item.id, item.textEn, item.textZh]) byName.set(normalizeHeader(name), item);
        }
      }
      const comments: { base: string; at: number }[] = [];
      columns.forEach((raw, at) => {
        if (known.has(at)) return;
        const h = normalizeHeader(raw);
        if (h === '') return;
        const item = byName.get(h);
        if (item) {
          if (!itemColumns.some((x) => x.item.id === item.id)) itemColumns.push({ item, at });
          return;
        }
        const suffix = COMMENT_SUFFIXES.find((s) => h.endsWith(s) && h.length > s.length);
        if (suffix) {
          comments.push({ base: h.slice(0, h.length - suffix.length).trim(), at });
          return;
        }
        issues.push({
          line,
          column: raw,
          code: 'unknown_item_column',
          message: `The column "${raw}" is not an item of the scorecard ${card.code}`,
          params: { column: raw, scorecard: card.code },
        });
      });
      for (const cm of comments) {
        const item = byName.get(cm.base);
        const target = item && itemColumns.find((x) => x.item.id === item.id);
        if (target) target.commentAt = cm.at;
        else {
          const raw = columns[cm.at] ?? '';
          issues.push({
            line,
            column: raw,
            code: 'unknown_item_column',
            message: `The column "${raw}" is not an item of the scorecard ${card.code}`,
            params: { column: raw, scorecard: card.code },
          });
        }
      }
      if (itemColumns.length === 0) {
        issues.push({
          line,
          code: 'no_scorecard_items',
          message: `The file has no column for any item of the scorecard ${card.code}`,
          params: { scorecard: card.code },
        });
      }
      return issues;
    },

    row(values, line) {
      const result: RowResult = { observations: [], issues: [] };
      if (!cols || !card || c.visit === undefined || c.date === undefined) return result;
      const columns = cols;
      const cell = (i: number | undefined) => Columns.cell(values, i);
      if (values.every((v) => v.trim() === '')) return result;
      const visitId = cell(c.visit);
      if (visitId === '') {
        result.issues.push({
          line,
          column: columns.label(c.visit),
          code: 'missing_visit_id',
          message: 'The row has no visit id',
        });
        return result;
      }
      const staff: StaffRef = {
        ...(cell(c.number) ? { employeeNumber: cell(c.number) } : {}),
        ...(cell(c.email) ? { email: cell(c.email) } : {}),
        ...(cell(c.name) ? { name: cell(c.name) } : {}),
      };
      if (!staff.employeeNumber && !staff.email && !staff.name) {
        result.issues.push({
          line,
          column: columns.label(c.name ?? c.number ?? c.email),
          code: 'missing_staff',
          message: 'The visit names no staff member',
        });
        return result;
      }
      const when = parseDateTime(cell(c.date), settings);
      if (!when.ok || when.value === null) {
        result.issues.push(
          when.ok
            ? {
                line,
                column: columns.label(c.date),
                code: 'missing_value',
                message: 'Row without a visit date',
              }
            : issueOf(when, line, columns.label(c.date), cell(c.date)),
        );
        return result;
      }
      const store = cell(c.store);
      const storeUnitId = store === '' ? null : (units.get(normalizeHeader(store)) ?? null);
      if (store !== '' && storeUnitId === null) {
        result.issues.push({
          line,
          column: columns.label(c.store),
          code: 'unknown_store',
          message: `No store or unit is called "${store}"`,
          params: { value: store },
        });
      }
      const answers: Answer[] = [];
      for (const { item, at, commentAt } of itemColumns) {
        const text = cell(at);
        const value = readAnswer(item, text);
        const problem =
          value === undefined
            ? 'not an answer'
            : value === null
              ? item.naAllowed
                ? null
                : 'required'
              : answerProblem(item, value);
        if (problem) {
          result.issues.push({
            line,
            column: columns.label(at),
            code: value === null ? 'missing_value' : 'out_of_scale',
            message:
              value === null
                ? `The item ${item.id} needs an answer`
                : `"${text}" is outside the scale of the item ${item.id}`,
            params: {
              value: text,
              item: item.id,
              scale: scaleOf(item),
              max: item.maxPoints ?? 1,
            },
          });
          continue;
        }
        if (value === null || value === undefined) continue;
        const comment = commentAt === undefined ? '' : cell(commentAt);
        answers.push({ itemId: item.id, value, ...(comment ? { comment: comment.slice(0, 2000) } : {}) });
      }
      if (result.issues.length > 0) return result;
      const key = `mystery:${visitId}`;
      const score = scoreEvaluation(card.sections, answers);
      const at = isDateOnly(when.value) ? { occurredOn: when.value } : { occurredAt: when.value };
      // The row states its visit in full: a visit now with nothing possible retracts its observation.
      result.records = [{ externalKey: key, staff }];
      if (score.possible > 0) {
        result.observations.push({
          line,
          staff,
          indicatorCode: card.indicatorCode,
          ...at,
          numerator: card.indicatorMean ? (score.percent ?? 0) : score.earned,
          denominator: card.indicatorMean ? 1 : score.possible,
          externalKey: key,
        });
      }
      onVisit?.({
        line,
        visitId,
        key,
        staff,
        ...at,
        storeUnitId,
        store,
        answers,
        comment: cell(c.comment) || null,
        result: score,
      });
      return result;
    },

    finish: () => ({ observations: [], issues: [] }),
  };
}

/** A mystery-shop header: a visit id column and a staff column (the scorecard is chosen at upload). */
export function looksLikeMysteryShop(header: readonly string[]): boolean {
  const h = new Set(header.map(normalizeHeader));
  const has = (names: string[]) => names.some((n) => h.has(normalizeHeader(n)));
  return (
    has(VISIT_ID_HEADERS.slice(0, 5).concat(['到訪編號'])) &&
    has(STAFF_NAME_HEADERS.concat(STAFF_ID_HEADERS)) &&
    has(STORE_HEADERS)
  );
}
