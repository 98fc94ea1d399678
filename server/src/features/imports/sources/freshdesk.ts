/**
 * Freshdesk ticket export, CSV or XLSX (data-formats.md §2.1); Freshservice Title Case headers
 * are the same after case-insensitive matching. Per ticket, attributed to `Agent`:
 * - FRT (minutes): `Initial response time` − `Created time`, calendar minutes, denominator 1.
 * - RESOLUTION_TIME (hours): Resolved/Closed tickets, (`Resolved time` or `Closed time`) −
 *   `Created time`, denominator 1.
 * - CSAT (percent): `Survey results` >100 (Happy…Extremely Happy, Awesome) → 1/1,
 *   <100 or negative (Unhappy…, Not Good) → 0/1.
 *
 * Decisions:
 * - Neutral (100, "Neutral", classic "Just Okay") is NOT rated: no observation, so it stays out
 *   of the CSAT denominator (data-formats.md §0 "Unrated values are not zero: … Freshdesk 100").
 * - The "(in hrs)" columns are `_bhrs` = business hours (§2.1), while the FRT / RESOLUTION_TIME
 *   presets are calendar time and must never mix the two. So durations are computed from the
 *   timestamps; a "(in hrs)" HH:MM:SS column is used only when the file has no timestamp column
 *   for that measure at all.
 * Each observation happens at `Resolved time`, else `Closed time`, else `Created time`.
 * Key `freshdesk:ticket:<Ticket ID>`.
 */
import type { ImportIssue, ParsedObservation, RowResult, SourceParser, SourceSettings } from './types.js';
import {
  clean,
  Columns,
  issueOf,
  isDateOnly,
  missingColumn,
  parseDateTime,
  parseDurationSeconds,
  parseNumber,
  secondsBetween,
} from './values.js';

const RESOLVED = new Set(['resolved', 'closed']);
const POSITIVE = [
  'extremely happy',
  'very happy',
  'happy',
  'awesome',
  'satisfied',
  'very satisfied',
  'extremely satisfied',
];
const NEUTRAL = ['neutral', 'just okay', 'okay'];
const NEGATIVE = [
  'unhappy',
  'very unhappy',
  'extremely unhappy',
  'not good',
  'dissatisfied',
  'very dissatisfied',
];

/** 1 satisfied, 0 not satisfied, null unrated/neutral, undefined unknown. */
export function freshdeskRating(text: string): 0 | 1 | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  const n = parseNumber(t);
  if (n.ok && n.value !== null) return n.value > 100 ? 1 : n.value === 100 ? null : 0;
  if (POSITIVE.includes(t)) return 1;
  if (NEUTRAL.includes(t)) return null;
  if (NEGATIVE.includes(t)) return 0;
  return undefined;
}

export function createFreshdeskParser(settings: SourceSettings): SourceParser {
  let cols: Columns | undefined;
  let c: Record<string, number | undefined> = {};

  return {
    header(columns, line) {
      cols = new Columns(columns);
      c = {
        id: cols.find('Ticket ID', 'Ticket Id', 'ID'),
        agent: cols.find('Agent', 'Agent name', 'Assigned to'),
        status: cols.find('Status'),
        created: cols.find('Created time', 'Created Date', 'Created at'),
        resolved: cols.find('Resolved time', 'Resolved Date', 'Resolved at'),
        closed: cols.find('Closed time', 'Closed Date', 'Closed at'),
        responded: cols.find('Initial response time', 'First responded at'),
        frtHours: cols.find('First response time (in hrs)'),
        resHours: cols.find('Resolution time (in hrs)'),
        survey: cols.find('Survey results', 'Survey result', 'Satisfaction rating'),
      };
      const issues: ImportIssue[] = [];
      if (c.id === undefined) issues.push(missingColumn('Ticket ID', line));
      if (c.agent === undefined) issues.push(missingColumn('Agent', line));
      if (c.created === undefined) issues.push(missingColumn('Created time', line));
      return issues;
    },

    row(values, line): RowResult {
      const observations: ParsedObservation[] = [];
      const issues: ImportIssue[] = [];
      if (!cols || c.id === undefined || c.agent === undefined || c.created === undefined) {
        return { observations, issues };
      }
      const columns = cols;
      const cell = (i: number | undefined) => Columns.cell(values, i);
      const id = cell(c.id);
      if (id === '') return { observations, issues };
      const agent = cell(c.agent);
      if (agent === '') {
        issues.push({
          line,
          column: columns.label(c.agent),
          code: 'missing_staff',
          message: `Ticket ${id} has no agent`,
          params: { ticket: id },
        });
        return { observations, issues };
      }
      const instant = (i: number | undefined): string | null => {
        if (i === undefined) return null;
        const t = parseDateTime(cell(i), settings);
        if (!t.ok) {
          issues.push(issueOf(t, line, columns.label(i), cell(i)));
          return null;
        }
        return t.value;
      };
      const created = instant(c.created);
      const resolvedAt = instant(c.resolved) ?? instant(c.closed);
      const responded = instant(c.responded);
      const at = resolvedAt ?? created;
      if (at === null) {
        if (issues.length === 0) {
          issues.push({
            line,
            column: columns.label(c.created),
            code: 'missing_value',
            message: `Ticket ${id} has no date`,
          });
        }
        return { observations, issues };
      }
      const when = isDateOnly(at) ? { occurredOn: at } : { occurredAt: at };
      const externalKey = `freshdesk:ticket:${id}`;
      const staff = { name: agent };
      const add = (indicatorCode: string, numerator: number, denominator: number) =>
        observations.push({
          line,
          staff,
          indicatorCode,
          ...when,
          numerator: clean(numerator),
          denominator,
          externalKey,
        });

      /** Calendar seconds between two timestamps, else the "(in hrs)" column when the file has no timestamps. */
      const duration = (
        end: string | null,
        hasEndColumn: boolean,
        hoursColumn: number | undefined,
      ): number | null => {
        if (created !== null && end !== null && !isDateOnly(created) && !isDateOnly(end)) {
          const s = secondsBetween(created, end);
          if (s >= 0) return s;
          issues.push({
            line,
            code: 'negative',
            message: `Ticket ${id}: an end time lies before "Created time"`,
          });
          return null;
        }
        if (hasEndColumn || hoursColumn === undefined) return null;
        const d = parseDurationSeconds(cell(hoursColumn), 'hours');
        if (!d.ok) {
          issues.push(issueOf(d, line, columns.label(hoursColumn), cell(hoursColumn)));
          return null;
        }
        return d.value;
      };

      const frt = duration(responded, c.responded !== undefined, c.frtHours);
      if (frt !== null) add('FRT', frt / 60, 1);

      if (RESOLVED.has(cell(c.status).toLowerCase())) {
        const res = duration(resolvedAt, c.resolved !== undefined || c.closed !== undefined, c.resHours);
        if (res !== null) add('RESOLUTION_TIME', res / 3600, 1);
      }

      const rating = freshdeskRating(cell(c.survey));
      if (rating === undefined) {
        issues.push({
          line,
          column: columns.label(c.survey),
          code: 'bad_value',
          message: `Unknown survey result "${cell(c.survey)}"`,
          params: { value: cell(c.survey) },
        });
      } else if (rating !== null) add('CSAT', rating, 1);
      // The row states its ticket in full: what the ticket no longer yields is retracted.
      return { observations, issues, records: [{ externalKey, staff }] };
    },

    finish: () => ({ observations: [], issues: [] }),
  };
}
