/**
 * Zendesk Support CSV export (data-formats.md §1.1). One ticket per row, timestamps in the
 * account's default time zone (settings.timeZone), calendar minutes only (never the "within
 * business hours" columns). Produces per ticket, attributed to the current Assignee:
 * - CSAT (percent): Good → 1/1, Bad → 0/1; on accounts with the 1–5 scale, 4–5 → 1/1 and 1–3 → 0/1
 *   (`satisfiedFrom`, default 4); Offered / Not Offered / blank → nothing. Which scale a file uses is
 *   read from its first rated ticket; a file mixing both is refused row by row.
 * - FRT (minutes): `First reply time in minutes` → minutes/1.
 * - RESOLUTION_TIME (hours): solved/closed tickets, `Full resolution time in minutes` ÷ 60 / 1
 *   (falls back to `Resolution time`, whole hours, when the minutes cell is empty).
 * - FCR (percent, proxy): solved/closed tickets, `Reopens` = 0 → 1/1, else 0/1.
 * Each observation happens at `Solved at`, else `Created at`. Key `zendesk:ticket:<Id>`. Each row
 * states its ticket in full: what a ticket no longer yields (FCR of a reopened one) is retracted.
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
  issueOf,
  missingColumn,
  parseCount,
  parseDateTime,
  parseDurationHours,
  parseDurationMinutes,
} from './values.js';

const SOLVED = new Set(['solved', 'closed']);

export function createZendeskParser(settings: SourceSettings): SourceParser {
  let cols: Columns | undefined;
  /** The satisfaction scale of this file: from its first rated ticket. */
  let scale: 'good_bad' | 'one_to_five' | null = null;
  const satisfiedFrom = settings.satisfiedFrom ?? 4;
  let c: Record<string, number | undefined> = {};

  return {
    header(columns, line) {
      cols = new Columns(columns);
      c = {
        id: cols.find('Id', 'Ticket id'),
        assignee: cols.find('Assignee'),
        assigneeEmail: cols.find('Assignee email'),
        status: cols.find('Status'),
        created: cols.find('Created at'),
        solved: cols.find('Solved at'),
        score: cols.find('Satisfaction Score'),
        frt: cols.find('First reply time in minutes'),
        full: cols.find('Full resolution time in minutes'),
        resolutionHours: cols.find('Resolution time'),
        reopens: cols.find('Reopens'),
      };
      const issues: ImportIssue[] = [];
      if (c.id === undefined) issues.push(missingColumn('Id', line));
      if (c.assignee === undefined) issues.push(missingColumn('Assignee', line));
      if (c.solved === undefined && c.created === undefined) issues.push(missingColumn('Solved at', line));
      return issues;
    },

    row(values, line): RowResult {
      const observations: ParsedObservation[] = [];
      const issues: ImportIssue[] = [];
      if (!cols || c.id === undefined || c.assignee === undefined) return { observations, issues };
      const columns = cols;
      const cell = (i: number | undefined) => Columns.cell(values, i);
      const id = cell(c.id);
      if (id === '') {
        issues.push({
          line,
          column: columns.label(c.id),
          code: 'missing_value',
          message: 'Ticket without an Id',
        });
        return { observations, issues };
      }
      const assignee = cell(c.assignee);
      if (assignee === '') {
        issues.push({
          line,
          column: columns.label(c.assignee),
          code: 'missing_staff',
          message: `Ticket ${id} has no assignee`,
          params: { ticket: id },
        });
        return { observations, issues };
      }
      const staff: StaffRef = { name: assignee };
      const email = cell(c.assigneeEmail);
      if (email) staff.email = email;

      // When: Solved at, else Created at.
      let occurredAt: string | null = null;
      for (const i of [c.solved, c.created]) {
        if (i === undefined || occurredAt !== null) continue;
        const t = parseDateTime(cell(i), settings);
        if (!t.ok) {
          issues.push(issueOf(t, line, columns.label(i), cell(i)));
          return { observations, issues };
        }
        occurredAt = t.value;
      }
      if (occurredAt === null) {
        issues.push({
          line,
          column: columns.label(c.solved ?? c.created),
          code: 'missing_value',
          message: `Ticket ${id} has no date`,
        });
        return { observations, issues };
      }
      const when = occurredAt.length === 10 ? { occurredOn: occurredAt } : { occurredAt };
      const externalKey = `zendesk:ticket:${id}`;
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

      const solved = SOLVED.has(cell(c.status).toLowerCase());

      const score = cell(c.score).toLowerCase();
      const rated: ['good_bad' | 'one_to_five', boolean] | null =
        score === 'good' || score === 'bad'
          ? ['good_bad', score === 'good']
          : /^[1-5]$/.test(score)
            ? ['one_to_five', Number(score) >= satisfiedFrom]
            : null;
      if (rated) {
        scale ??= rated[0];
        if (rated[0] === scale) add('CSAT', rated[1] ? 1 : 0, 1);
        else {
          issues.push({
            line,
            column: columns.label(c.score),
            code: 'bad_value',
            message: `The file mixes satisfaction scales: "${cell(c.score)}" after ${
              scale === 'good_bad' ? 'Good/Bad' : '1–5'
            } scores`,
            params: { value: cell(c.score) },
          });
        }
      } else if (!['', 'offered', 'not offered', 'unoffered'].includes(score)) {
        issues.push({
          line,
          column: columns.label(c.score),
          code: 'bad_value',
          message: `Unknown satisfaction score "${cell(c.score)}"`,
          params: { value: cell(c.score) },
        });
      }

      const frt = parseDurationMinutes(cell(c.frt));
      if (!frt.ok) issues.push(issueOf(frt, line, columns.label(c.frt), cell(c.frt)));
      else if (frt.value !== null) add('FRT', frt.value, 1);

      if (solved) {
        const full = parseDurationMinutes(cell(c.full));
        if (!full.ok) issues.push(issueOf(full, line, columns.label(c.full), cell(c.full)));
        else if (full.value !== null) add('RESOLUTION_TIME', full.value / 60, 1);
        else {
          const hours = parseDurationHours(cell(c.resolutionHours));
          if (!hours.ok) {
            issues.push(issueOf(hours, line, columns.label(c.resolutionHours), cell(c.resolutionHours)));
          } else if (hours.value !== null) add('RESOLUTION_TIME', hours.value, 1);
        }

        const reopens = parseCount(cell(c.reopens));
        if (!reopens.ok) issues.push(issueOf(reopens, line, columns.label(c.reopens), cell(c.reopens)));
        else if (reopens.value !== null) add('FCR', reopens.value === 0 ? 1 : 0, 1);
      }
      return { observations, issues, records: [{ externalKey, staff }] };
    },

    finish: () => ({ observations: [], issues: [] }),
  };
}
