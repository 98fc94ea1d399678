/**
 * Chatwoot CSV downloads (data-formats.md §2.2).
 *
 * Agents report (`Agent name, Assigned conversations, Avg first response time, Avg resolution
 * time` + optional `Resolution Count`, `Online time`, …). Durations are integer minutes (old
 * template) or TimeFormatPresenter text (`1 day 3 hours`, `--`). Chatwoot only gives averages, so
 * each is stored re-weighted by its count (§0):
 * - FRT (minutes): avg minutes × Assigned conversations / Assigned conversations.
 * - RESOLUTION_TIME (hours): avg hours × n / n, n = Resolution Count when present, else
 *   Assigned conversations.
 * The period line `Reporting period <since> to <until>` comes first (new) or last (old); every
 * observation is dated the period's last day. Rows are buffered until the period is known and
 * flushed by finish(); no period line at all → `missing_value` on line 1. If the pipeline hands
 * the period line to header(), the next record is taken as the header.
 *
 * CSAT download (`Agent Name` = `Name (email)`, `Rating` 1–5, `Link to the conversation`,
 * `Recorded date`): CSAT (percent) 1/1 for 4–5 (top-2-box), 0/1 for 1–3.
 */
import type {
  ImportIssue,
  ParsedObservation,
  RowResult,
  SourceParser,
  SourceSettings,
  StaffRef,
} from './types.js';
import {
  clean,
  Columns,
  isDateOnly,
  isEmail,
  issueOf,
  missingColumn,
  parseCount,
  parseDateTime,
  parseDay,
  parseDurationSeconds,
} from './values.js';

const PERIOD = /^reporting period\s+(.+?)\s+to\s+(.+?)\s*$/i;

/** The `Reporting period <since> to <until>` line, if `values` is one. */
export function periodLine(values: readonly string[]): { since: string; until: string } | null {
  const text = values
    .filter((v) => v.trim() !== '')
    .join(',')
    .trim();
  const m = PERIOD.exec(text);
  return m ? { since: m[1] ?? '', until: m[2] ?? '' } : null;
}

const empty = (): RowResult => ({ observations: [], issues: [] });

export function createChatwootAgentsParser(settings: SourceSettings): SourceParser {
  let cols: Columns | undefined;
  let c: Record<string, number | undefined> = {};
  let awaitingHeader = false;
  let period: { since: string; until: string; day: string } | undefined;
  let periodIssue: ImportIssue | undefined;
  const buffered: { values: string[]; line: number }[] = [];

  function setHeader(columns: string[], line: number): ImportIssue[] {
    cols = new Columns(columns);
    c = {
      agent: cols.find('Agent name', 'Agent'),
      assigned: cols.find('Assigned conversations', 'Conversations count', 'No. of conversations'),
      frt: cols.find('Avg first response time'),
      resolution: cols.find('Avg resolution time'),
      resolved: cols.find('Resolution Count', 'Resolutions count'),
    };
    const issues: ImportIssue[] = [];
    if (c.agent === undefined) issues.push(missingColumn('Agent name', line));
    if (c.assigned === undefined) issues.push(missingColumn('Assigned conversations', line));
    if (c.frt === undefined && c.resolution === undefined) {
      issues.push(missingColumn('Avg first response time', line));
    }
    return issues;
  }

  function setPeriod(p: { since: string; until: string }, line: number): ImportIssue[] {
    const day = parseDay(p.until, settings);
    if (!day.ok || day.value === null) {
      periodIssue = {
        line,
        code: day.ok ? 'bad_date' : day.code,
        message: day.ok
          ? `Reporting period end "${p.until}" is not a date`
          : `Reporting period end ${day.message}`,
        params: { value: p.until },
      };
      return [periodIssue];
    }
    period = { ...p, day: day.value };
    return [];
  }

  function convert(values: string[], line: number): RowResult {
    const result = empty();
    if (!cols || !period || c.agent === undefined || c.assigned === undefined) return result;
    const columns = cols;
    const cell = (i: number | undefined) => Columns.cell(values, i);
    const agent = cell(c.agent);
    if (agent === '') {
      result.issues.push({
        line,
        column: columns.label(c.agent),
        code: 'missing_staff',
        message: 'Row without an agent name',
      });
      return result;
    }
    const count = (i: number | undefined): number | null => {
      if (i === undefined) return null;
      const n = parseCount(cell(i));
      if (!n.ok) result.issues.push(issueOf(n, line, columns.label(i), cell(i)));
      return n.ok ? n.value : null;
    };
    const seconds = (i: number | undefined): number | null => {
      if (i === undefined) return null;
      const d = parseDurationSeconds(cell(i), 'minutes');
      if (!d.ok) result.issues.push(issueOf(d, line, columns.label(i), cell(i)));
      return d.ok ? d.value : null;
    };
    const assigned = count(c.assigned);
    const resolvedCount = count(c.resolved) ?? assigned;
    const frt = seconds(c.frt);
    const resolution = seconds(c.resolution);
    const staff: StaffRef = { name: agent };
    const base = {
      line,
      staff,
      occurredOn: period.day,
      externalKey: `chatwoot:agents:${agent}:${period.since}:${period.until}`,
    };
    // The row states the agent's period in full.
    result.records = [{ externalKey: base.externalKey, staff }];
    if (frt !== null && assigned) {
      result.observations.push({
        ...base,
        indicatorCode: 'FRT',
        numerator: clean((frt / 60) * assigned),
        denominator: assigned,
      });
    }
    if (resolution !== null && resolvedCount) {
      result.observations.push({
        ...base,
        indicatorCode: 'RESOLUTION_TIME',
        numerator: clean((resolution / 3600) * resolvedCount),
        denominator: resolvedCount,
      });
    }
    return result;
  }

  return {
    header(columns, line) {
      const p = periodLine(columns);
      if (p) {
        awaitingHeader = true;
        return setPeriod(p, line);
      }
      return setHeader(columns, line);
    },

    row(values, line) {
      const p = periodLine(values);
      if (p) return { observations: [], issues: setPeriod(p, line) };
      if (awaitingHeader) {
        awaitingHeader = false;
        return { observations: [], issues: setHeader(values, line) };
      }
      if (!period) {
        buffered.push({ values, line });
        return empty();
      }
      return convert(values, line);
    },

    finish() {
      const result = empty();
      if (!period) {
        if (!periodIssue) {
          result.issues.push({
            line: 1,
            code: 'missing_value',
            message: 'No "Reporting period <since> to <until>" line: the report has no date',
            params: { value: 'Reporting period' },
          });
        }
        return result;
      }
      for (const b of buffered.splice(0)) {
        const r = convert(b.values, b.line);
        result.observations.push(...r.observations);
        result.issues.push(...r.issues);
      }
      return result;
    },
  };
}

/** `Jane Doe (jane@example.com)` → name + email; anything else → name. */
export function splitAgent(text: string): StaffRef {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (m && isEmail((m[2] ?? '').trim())) {
    const staff: StaffRef = { email: (m[2] ?? '').trim() };
    if (m[1]) staff.name = m[1];
    return staff;
  }
  return isEmail(text) ? { email: text } : { name: text };
}

export function createChatwootCsatParser(settings: SourceSettings): SourceParser {
  let cols: Columns | undefined;
  let c: Record<string, number | undefined> = {};
  return {
    header(columns, line) {
      cols = new Columns(columns);
      c = {
        agent: cols.find('Agent Name', 'Agent'),
        rating: cols.find('Rating'),
        link: cols.find('Link to the conversation', 'Conversation link'),
        recorded: cols.find('Recorded date', 'Recorded at', 'Created at'),
      };
      const issues: ImportIssue[] = [];
      if (c.agent === undefined) issues.push(missingColumn('Agent Name', line));
      if (c.rating === undefined) issues.push(missingColumn('Rating', line));
      if (c.recorded === undefined) issues.push(missingColumn('Recorded date', line));
      return issues;
    },

    row(values, line) {
      const result = empty();
      if (!cols || c.agent === undefined || c.rating === undefined || c.recorded === undefined) return result;
      if (periodLine(values)) return result;
      const columns = cols;
      const cell = (i: number | undefined) => Columns.cell(values, i);
      const agent = cell(c.agent);
      if (agent === '') {
        result.issues.push({
          line,
          column: columns.label(c.agent),
          code: 'missing_staff',
          message: 'Response without an agent',
        });
        return result;
      }
      const ratingText = cell(c.rating);
      if (ratingText === '') return result;
      const rating = Number(ratingText);
      if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
        result.issues.push({
          line,
          column: columns.label(c.rating),
          code: 'bad_value',
          message: `Rating "${ratingText}" is not 1–5`,
          params: { value: ratingText },
        });
        return result;
      }
      const recorded = parseDateTime(cell(c.recorded), settings);
      if (!recorded.ok || recorded.value === null) {
        result.issues.push(
          recorded.ok
            ? {
                line,
                column: columns.label(c.recorded),
                code: 'missing_value',
                message: 'Response without a recorded date',
              }
            : issueOf(recorded, line, columns.label(c.recorded), cell(c.recorded)),
        );
        return result;
      }
      const link = cell(c.link);
      const conversation = /conversations\/(\d+)/.exec(link)?.[1] ?? link;
      const obs: ParsedObservation = {
        line,
        staff: splitAgent(agent),
        indicatorCode: 'CSAT',
        ...(isDateOnly(recorded.value) ? { occurredOn: recorded.value } : { occurredAt: recorded.value }),
        numerator: rating >= 4 ? 1 : 0,
        denominator: 1,
        externalKey: `chatwoot:csat:${conversation}:${recorded.value}`,
      };
      result.observations.push(obs);
      return result;
    },

    finish: empty,
  };
}
