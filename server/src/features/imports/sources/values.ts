/**
 * Shared cell parsers for the import sources (docs: data-formats.md §0). Every parser returns
 * `{ ok: true, value }` or `{ ok: false, code, message }`; `value` is `null` when the cell is
 * missing (empty, `-`, `--`), which is never the same as zero. Pure: no I/O, no clock.
 */
import { DateTime } from 'luxon';
import { isDateInRange, isIsoDate, MAX_DATE, MIN_DATE } from '@frontline/contract';
import type { ImportIssue, ImportIssueCode, SourceSettings } from './types.js';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; code: ImportIssueCode; message: string };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ImportIssueCode, message: string): Parsed<T> => ({ ok: false, code, message });

/** Empty, `-`, `--`, `—` and `N/A` cells mean "no value". */
export function isMissing(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = text.trim();
  return t === '' || t === '-' || t === '--' || t === '—' || t === '–' || /^n\/?a$/i.test(t);
}

// ---------------------------------------------------------------------------------------------
// Headers

/** Case-insensitive, trimmed, internal whitespace collapsed; a pandas `_1` suffix stays distinct. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Finds columns of a header record by any of their accepted names (first occurrence wins). */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, i) => {
      const key = normalizeHeader(name);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** Index of the first of `aliases` present in the header, or undefined. */
  find(...aliases: string[]): number | undefined {
    for (const alias of aliases) {
      const i = this.index.get(normalizeHeader(alias));
      if (i !== undefined) return i;
    }
    return undefined;
  }

  /** The header as written in the file, for issues. */
  label(i: number | undefined): string | undefined {
    return i === undefined ? undefined : this.names[i];
  }

  /** The trimmed cell at `i` ('' when the column is absent or the record is short). */
  static cell(values: readonly string[], i: number | undefined): string {
    return i === undefined ? '' : (values[i] ?? '').trim();
  }
}

export function missingColumn(name: string, line: number): ImportIssue {
  return {
    line,
    column: name,
    code: 'missing_column',
    message: `Required column "${name}" is missing`,
    params: { column: name },
  };
}

/** Turns a failed parse into an issue pointing at the line and column. */
export function issueOf(
  result: { code: ImportIssueCode; message: string },
  line: number,
  column: string | undefined,
  value?: string,
): ImportIssue {
  const issue: ImportIssue = { line, code: result.code, message: result.message };
  if (column !== undefined) issue.column = column;
  if (value !== undefined) issue.params = { value };
  return issue;
}

// ---------------------------------------------------------------------------------------------
// Numbers and percents

const CURRENCY = /(US\$|HK\$|NT\$|A\$|C\$|S\$|RMB|USD|HKD|TWD|EUR|GBP|JPY|CNY|[$¥€£￥])/gi;

/** A plain number: `1,234.50`, `$ 12`, `HK$1,000`, `¥300`, `(12.50)` = −12.5, `12,5` = 12.5. */
export function parseNumber(text: string | undefined): Parsed<number> {
  if (isMissing(text)) return ok(null);
  const raw = (text ?? '').trim();
  let t = raw.replace(CURRENCY, '').replace(/[\s\u00a0']/g, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1] ?? '';
  }
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    return fail('bad_number', `"${raw}" is not a number`);
  }
  const n = Number(t);
  if (!Number.isFinite(n)) return fail('bad_number', `"${raw}" is not a number`);
  return ok(negative ? -n : n);
}

/** A percent in percent points: `83.33%` → 83.33, `0.00%` → 0; a bare number is read as points. */
export function parsePercent(text: string | undefined): Parsed<number> {
  if (isMissing(text)) return ok(null);
  const raw = (text ?? '').trim();
  const n = parseNumber(raw.replace(/%\s*$/, ''));
  if (!n.ok) return fail('bad_percent', `"${raw}" is not a percent`);
  return n;
}

/** A non-negative whole count (`1,234`). */
export function parseCount(text: string | undefined): Parsed<number> {
  const n = parseNumber(text);
  if (!n.ok || n.value === null) return n;
  if (n.value < 0) return fail('negative', `"${text ?? ''}" is negative`);
  if (!Number.isInteger(n.value)) return fail('bad_number', `"${text ?? ''}" is not a whole number`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Durations (§0: integer minutes, integer hours, HH:MM:SS, hh:mm:ss, Chatwoot text, decimal hours)

export type DurationUnit = 'seconds' | 'minutes' | 'hours';
const SECONDS_PER: Record<DurationUnit, number> = { seconds: 1, minutes: 60, hours: 3600 };

const TEXT_UNITS: [RegExp, number][] = [
  [/^(d|day|days)$/, 86400],
  [/^(h|hr|hrs|hour|hours)$/, 3600],
  [/^(m|min|mins|minute|minutes)$/, 60],
  [/^(s|sec|secs|second|seconds)$/, 1],
];

/**
 * Any duration shape, in **seconds**. `bare` names the unit of a plain number (`12` with
 * bare 'minutes' = 720 s; `1.5` with bare 'hours' = 5400 s). Clock strings `HH:MM:SS` / `H:MM`
 * (hours may exceed 24, e.g. `49:05:00`) and text like `2 days 3 hours`, `45 minutes`, `1h 5m`
 * are read whatever `bare` says. `--`/empty → null (missing).
 */
export function parseDurationSeconds(text: string | undefined, bare: DurationUnit): Parsed<number> {
  if (isMissing(text)) return ok(null);
  const raw = (text ?? '').trim();
  const bad = fail<number>('bad_duration', `"${raw}" is not a duration`);
  const clock = /^(-)?(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$/.exec(raw);
  if (clock) {
    const seconds = Number(clock[2]) * 3600 + Number(clock[3]) * 60 + Number(clock[4] ?? 0);
    return clock[1] ? fail('negative', `"${raw}" is negative`) : ok(seconds);
  }
  if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(raw)) {
    const n = Number(raw);
    if (n < 0) return fail('negative', `"${raw}" is negative`);
    return ok(n * SECONDS_PER[bare]);
  }
  const words = raw
    .toLowerCase()
    .replace(/,|\band\b/g, ' ')
    .trim();
  if (!/^(\d+(\.\d+)?\s*[a-z]+\s*)+$/.test(words)) return bad;
  let total = 0;
  for (const m of words.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/g)) {
    const unit = TEXT_UNITS.find(([re]) => re.test(m[2] ?? ''));
    if (!unit) return bad;
    total += Number(m[1]) * unit[1];
  }
  return ok(total);
}

/** A duration in **minutes** (plain numbers are minutes: Zendesk `… in minutes`, old Chatwoot). */
export function parseDurationMinutes(text: string | undefined): Parsed<number> {
  const s = parseDurationSeconds(text, 'minutes');
  return s.ok && s.value !== null ? ok(s.value / 60) : s;
}

/** A duration in **hours** (plain numbers are hours: Zendesk `Resolution time`, Chatwoot activity). */
export function parseDurationHours(text: string | undefined): Parsed<number> {
  const s = parseDurationSeconds(text, 'hours');
  return s.ok && s.value !== null ? ok(s.value / 3600) : s;
}

// ---------------------------------------------------------------------------------------------
// Dates and date-times

type DateSettings = Pick<SourceSettings, 'timeZone' | 'dateOrder'>;

interface WallTime {
  /** In the settings' zone, or in the offset the text carried. */
  dt: DateTime;
  hasTime: boolean;
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([AaPp]\.?[Mm]\.?)?`;
const OFFSET = String.raw`\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${OFFSET}$`);
const XYZ = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}${OFFSET}$`);
const FALLBACK_FORMATS = [
  'd MMM yyyy',
  'd MMMM yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'd MMM yyyy HH:mm',
  'd MMM yyyy HH:mm:ss',
  'MMM d, yyyy HH:mm',
  'MMM d, yyyy h:mm a',
  'EEE, d MMM yyyy HH:mm:ss',
  'EEE MMM d yyyy HH:mm:ss',
];

/** Real UTC offsets: −12:00 (Baker Island) to +14:00 (Line Islands), in quarter hours. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/** Whether an offset in minutes east of UTC is one a clock can show. */
export function isRealOffset(minutes: number): boolean {
  return (
    Number.isInteger(minutes) &&
    minutes >= MIN_OFFSET_MINUTES &&
    minutes <= MAX_OFFSET_MINUTES &&
    minutes % 15 === 0
  );
}

/** The zone an offset written in the text stands for; a string (the reason) when it is not real. */
function offsetZone(offset: string | undefined, timeZone: string): { zone: string } | string {
  if (!offset) return { zone: timeZone };
  const o = offset.toUpperCase();
  if (o === 'Z' || o === 'UTC' || o === 'GMT') return { zone: 'UTC' };
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(o);
  if (!m) return `offset "${offset}" is not ±hh:mm`;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? '0'));
  if (!isRealOffset(minutes)) {
    return `offset "${offset}" is not a real UTC offset (−12:00 to +14:00, in quarter hours)`;
  }
  return { zone: `UTC${m[1]}${m[2]}:${m[3] ?? '00'}` };
}

/** Why a wall time cannot be read: `offset` for a bad UTC offset, else `date`. */
interface Unreadable {
  kind: 'offset' | 'date';
  reason: string;
}

function build(
  y: number,
  mo: number,
  d: number,
  time: (string | undefined)[],
  offset: string | undefined,
  settings: DateSettings,
): WallTime | Unreadable {
  const [hh, mi, ss, frac, ampm] = time;
  let hour = hh === undefined ? 0 : Number(hh);
  if (ampm) {
    if (hour < 1 || hour > 12) return { kind: 'date', reason: 'hour out of range' };
    const pm = ampm.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const zone = offsetZone(offset, settings.timeZone);
  if (typeof zone === 'string') return { kind: 'offset', reason: zone };
  const dt = DateTime.fromObject(
    {
      year: y,
      month: mo,
      day: d,
      hour,
      minute: mi === undefined ? 0 : Number(mi),
      second: ss === undefined ? 0 : Number(ss),
      millisecond: frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000),
    },
    { zone: zone.zone },
  );
  if (!dt.isValid) {
    return { kind: 'date', reason: dt.invalidExplanation ?? dt.invalidReason ?? 'invalid date' };
  }
  // luxon moves non-existent times forward; catch impossible wall clocks like 25:00.
  if (dt.year !== y || dt.month !== mo || dt.day !== d) return { kind: 'date', reason: 'invalid date' };
  return { dt, hasTime: hh !== undefined || offset !== undefined };
}

function excelSerial(serial: number, settings: DateSettings): WallTime | null {
  // 1900 date system; serial 60 is Excel's fictitious 1900-02-29, so count from 1899-12-30.
  if (serial < 20000 || serial > 80000) return null;
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86400) * 1000;
  const base = DateTime.fromObject({ year: 1899, month: 12, day: 30 }, { zone: 'UTC' }).plus({ days });
  const wall = DateTime.fromObject(
    { year: base.year, month: base.month, day: base.day },
    { zone: settings.timeZone },
  ).plus({ milliseconds: ms });
  return wall.isValid ? { dt: wall, hasTime: ms !== 0 } : null;
}

function parseWall(text: string, settings: DateSettings): WallTime | Unreadable {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = YMD.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m.slice(4, 9), m[9], settings);
  m = XYZ.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = m[3]?.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    let order = settings.dateOrder;
    if (order === 'ymd') {
      // A year-last date under a 'ymd' setting: only accept it when it cannot be misread.
      if (a > 12 && b <= 12) order = 'dmy';
      else if (b > 12 && a <= 12) order = 'mdy';
      else {
        return { kind: 'date', reason: `ambiguous date "${t}": set the date order (d/m/y or m/d/y)` };
      }
    }
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return build(year, month, day, m.slice(4, 9), m[9], settings);
  }
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    return excelSerial(Number(t), settings) ?? { kind: 'date', reason: 'not a date' };
  }
  for (const format of FALLBACK_FORMATS) {
    const dt = DateTime.fromFormat(t, format, { zone: settings.timeZone, locale: 'en-US' });
    if (dt.isValid) return { dt, hasTime: format.includes('H') || format.includes('h') };
  }
  const iso = DateTime.fromISO(t, { zone: settings.timeZone, setZone: true });
  if (iso.isValid) {
    if (iso.zone.isUniversal && !isRealOffset(iso.offset)) {
      return { kind: 'offset', reason: `offset of "${t}" is not a real UTC offset` };
    }
    return { dt: iso, hasTime: t.includes('T') };
  }
  return { kind: 'date', reason: 'not a date' };
}

/**
 * A wall time read from `text` as a result: `bad_offset` for an offset no clock shows,
 * `bad_date` for what is not a date, `date_out_of_range` for a real date outside MIN_DATE to
 * MAX_DATE (the day as written, in the text's own zone).
 */
function readWall(text: string, settings: DateSettings): Parsed<WallTime> {
  const t = text.trim();
  const w = parseWall(t, settings);
  if ('reason' in w) return fail(w.kind === 'offset' ? 'bad_offset' : 'bad_date', `"${t}": ${w.reason}`);
  const day = w.dt.toISODate();
  if (day === null || !isDateInRange(day)) return outOfRange(t);
  return ok(w);
}

function outOfRange<T>(text: string): Parsed<T> {
  return fail('date_out_of_range', `"${text.trim()}" is outside ${MIN_DATE} to ${MAX_DATE}`);
}

/**
 * `YYYY-MM-DD` checked without luxon (the common case of big daily files, about 4× faster):
 * the day, `out_of_range` for a real day outside MIN_DATE to MAX_DATE, null for anything else.
 */
function isoDay(text: string): string | 'out_of_range' | null {
  const t = text.trim();
  if (!isIsoDate(t)) return null;
  return t >= MIN_DATE && t <= MAX_DATE ? t : 'out_of_range';
}

/**
 * A date or date-time. Date-times become a UTC instant (`2026-11-04T04:30:00Z`): the settings'
 * time zone applies when the text carries no offset (`Z`, `+08:00`, `+0800`, `UTC` are kept as
 * given). Date-only values become `YYYY-MM-DD`. Year-first dates are always y-m-d; year-last
 * dates follow `dateOrder`. Excel serial numbers (e.g. `46329.5`) are read in the 1900 system.
 * Only days from MIN_DATE to MAX_DATE (`date_out_of_range`) and real offsets, −12:00 to +14:00
 * in quarter hours (`bad_offset`), are accepted.
 */
export function parseDateTime(text: string | undefined, settings: DateSettings): Parsed<string> {
  if (isMissing(text)) return ok(null);
  const day = isoDay(text ?? '');
  if (day === 'out_of_range') return outOfRange(text ?? '');
  if (day) return ok(day);
  const w = readWall(text ?? '', settings);
  if (!w.ok) return w;
  if (w.value === null) return ok(null);
  if (!w.value.hasTime) return ok(w.value.dt.toISODate());
  return ok(w.value.dt.toUTC().toISO({ suppressMilliseconds: true }));
}

/** The calendar day as written (`2026-11-03 23:30` → `2026-11-03`), no time-zone shift. */
export function parseDay(text: string | undefined, settings: DateSettings): Parsed<string> {
  if (isMissing(text)) return ok(null);
  const day = isoDay(text ?? '');
  if (day === 'out_of_range') return outOfRange(text ?? '');
  if (day) return ok(day);
  const w = readWall(text ?? '', settings);
  if (!w.ok) return w;
  return ok(w.value === null ? null : w.value.dt.toISODate());
}

/** True for a `YYYY-MM-DD` result of parseDateTime (as opposed to an instant). */
export function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Seconds from instant `a` to instant `b` (both parseDateTime instants). */
export function secondsBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 1000;
}

/** Looks like an e-mail address. */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** Rounds away binary noise (`0.1 + 0.2`) so stored sums stay clean. */
export function clean(n: number): number {
  // Whole numbers below 10^12 have nothing to round (and are most cells: toPrecision is the slow
  // part of a million-row parse).
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return n + 0; // -0 becomes 0, as before
  return Number(n.toPrecision(12));
}
