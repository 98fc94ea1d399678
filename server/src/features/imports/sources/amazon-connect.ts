/**
 * Amazon Connect historical metrics, agent level, downloaded as CSV (data-formats.md §3.1).
 * Columns: `StartInterval`/`EndInterval` (or one `Interval`/`Date` column), `Agent`,
 * `Contacts handled`, `Average handle time` (hh:mm:ss). Produces per agent and interval:
 * - AHT (seconds): average seconds × Contacts handled / Contacts handled (a stored average is
 *   re-weighted by its denominator, §0).
 * `Agent answer rate`, `Online time`, `Nonproductive time` and the custom `<status> time` columns
 * (e.g. `Lunch time`) map to no preset and are ignored. Rows whose Agent is `-`/blank or a
 * totals row are skipped. occurredOn = the interval start's day as written.
 * Key `connect:<agent>:<interval start>`; each row states its agent's interval in full. Staff: the
 * login when it is an e-mail address, else `Agent first name` + `Agent last name` when the file has
 * them (logins like `jchan` match no one), else the login as a name.
 */
import type { ImportIssue, RowResult, SourceParser, SourceSettings, StaffRef } from './types.js';
import {
  clean,
  Columns,
  isEmail,
  isMissing,
  issueOf,
  missingColumn,
  parseCount,
  parseDay,
  parseDurationSeconds,
} from './values.js';

const TOTALS = /^(total|totals|grand total|summary|all)$/i;

export function createAmazonConnectParser(settings: SourceSettings): SourceParser {
  let cols: Columns | undefined;
  let c: Record<string, number | undefined> = {};
  return {
    header(columns, line) {
      cols = new Columns(columns);
      c = {
        start: cols.find('StartInterval', 'Start interval', 'Interval start', 'Interval', 'Date', 'Day'),
        agent: cols.find('Agent', 'Agent name', 'Agent login'),
        handled: cols.find('Contacts handled'),
        aht: cols.find('Average handle time'),
        first: cols.find('Agent first name', 'First name'),
        last: cols.find('Agent last name', 'Last name'),
      };
      const issues: ImportIssue[] = [];
      if (c.start === undefined) issues.push(missingColumn('StartInterval', line));
      if (c.agent === undefined) issues.push(missingColumn('Agent', line));
      if (c.handled === undefined) issues.push(missingColumn('Contacts handled', line));
      if (c.aht === undefined) issues.push(missingColumn('Average handle time', line));
      return issues;
    },

    row(values, line) {
      const result: RowResult = { observations: [], issues: [] };
      if (
        !cols ||
        c.start === undefined ||
        c.agent === undefined ||
        c.handled === undefined ||
        c.aht === undefined
      ) {
        return result;
      }
      const columns = cols;
      const cell = (i: number | undefined) => Columns.cell(values, i);
      const agent = cell(c.agent);
      const start = cell(c.start);
      if (isMissing(agent) || TOTALS.test(agent) || TOTALS.test(start)) return result;
      const day = parseDay(start, settings);
      if (!day.ok || day.value === null) {
        result.issues.push(
          day.ok
            ? {
                line,
                column: columns.label(c.start),
                code: 'missing_value',
                message: 'Row without an interval',
              }
            : issueOf(day, line, columns.label(c.start), start),
        );
        return result;
      }
      const handled = parseCount(cell(c.handled));
      if (!handled.ok) result.issues.push(issueOf(handled, line, columns.label(c.handled), cell(c.handled)));
      const aht = parseDurationSeconds(cell(c.aht), 'seconds');
      if (!aht.ok) result.issues.push(issueOf(aht, line, columns.label(c.aht), cell(c.aht)));
      if (!handled.ok || !aht.ok || !handled.value || aht.value === null) return result;
      const fullName = [cell(c.first), cell(c.last)].filter((p) => p && !isMissing(p)).join(' ');
      const staff: StaffRef = isEmail(agent) ? { email: agent } : { name: fullName || agent };
      result.records = [{ externalKey: `connect:${agent}:${start}`, staff }];
      result.observations.push({
        line,
        staff,
        indicatorCode: 'AHT',
        occurredOn: day.value,
        numerator: clean(aht.value * handled.value),
        denominator: handled.value,
        externalKey: `connect:${agent}:${start}`,
      });
      return result;
    },

    finish: () => ({ observations: [], issues: [] }),
  };
}
