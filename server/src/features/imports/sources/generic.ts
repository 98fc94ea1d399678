/**
 * Any CSV/XLSX with a column mapping (settings.mapping, see GenericMapping). Each row is one
 * observation: numerator from `mapping.numerator`, denominator from `mapping.denominator` or 1,
 * indicator from `mapping.indicatorCode` or the `mapping.indicatorColumn` cell (upper-cased and
 * trimmed; whether it exists is checked by the pipeline against the database). The date column
 * may hold a date (→ occurredOn) or a date-time (→ occurredAt, in settings.timeZone unless it has
 * an offset). The staff cell is passed as an e-mail when it looks like one, otherwise as both an
 * employee number and a name, for the pipeline to match. Key: `generic:<key cell>` with a key
 * column, else `generic:<staff>:<indicator>:<day>`.
 */
import type { ImportIssue, RowResult, SourceParser, SourceSettings, StaffRef } from './types.js';
import {
  clean,
  Columns,
  isDateOnly,
  isEmail,
  issueOf,
  missingColumn,
  parseDateTime,
  parseDay,
  parseNumber,
} from './values.js';

export function createGenericParser(settings: SourceSettings): SourceParser {
  const mapping = settings.mapping;
  let cols: Columns | undefined;
  let c: Record<string, number | undefined> = {};
  let usable = false;
  return {
    header(columns, line) {
      if (!mapping) {
        return [{ line, code: 'unknown_format', message: 'A generic file needs a column mapping' }];
      }
      cols = new Columns(columns);
      const wanted: [string, string | undefined, boolean][] = [
        ['staff', mapping.staff, true],
        ['date', mapping.date, true],
        ['numerator', mapping.numerator, true],
        ['denominator', mapping.denominator, false],
        ['indicator', mapping.indicatorCode ? undefined : mapping.indicatorColumn, !mapping.indicatorCode],
        ['key', mapping.key, false],
      ];
      const issues: ImportIssue[] = [];
      c = {};
      for (const [field, name, required] of wanted) {
        if (name === undefined || name.trim() === '') {
          if (required) {
            issues.push({
              line,
              code: 'missing_column',
              message: `No column mapped for ${field}`,
              params: { column: field },
            });
          }
          continue;
        }
        const i = cols.find(name);
        if (i === undefined) issues.push(missingColumn(name, line));
        c[field] = i;
      }
      usable = issues.length === 0;
      return issues;
    },

    row(values, line) {
      const result: RowResult = { observations: [], issues: [] };
      if (!cols || !mapping || !usable) return result;
      const columns = cols;
      const cell = (i: number | undefined) => Columns.cell(values, i);
      const who = cell(c.staff);
      if (who === '') {
        result.issues.push({
          line,
          column: columns.label(c.staff),
          code: 'missing_staff',
          message: 'Row without a staff member',
        });
        return result;
      }
      const indicatorCode = (mapping.indicatorCode ?? cell(c.indicator)).trim().toUpperCase();
      if (indicatorCode === '') {
        result.issues.push({
          line,
          column: columns.label(c.indicator),
          code: 'missing_value',
          message: 'Row without an indicator code',
        });
        return result;
      }
      const when = parseDateTime(cell(c.date), settings);
      // A date-only cell is already its own day: parse it once.
      const day =
        when.ok && when.value !== null && isDateOnly(when.value) ? when : parseDay(cell(c.date), settings);
      if (!when.ok || !day.ok || when.value === null || day.value === null) {
        result.issues.push(
          !when.ok
            ? issueOf(when, line, columns.label(c.date), cell(c.date))
            : { line, column: columns.label(c.date), code: 'missing_value', message: 'Row without a date' },
        );
        return result;
      }
      const numerator = parseNumber(cell(c.numerator));
      if (!numerator.ok || numerator.value === null) {
        result.issues.push(
          numerator.ok
            ? {
                line,
                column: columns.label(c.numerator),
                code: 'missing_value',
                message: 'Row without a value',
              }
            : issueOf(numerator, line, columns.label(c.numerator), cell(c.numerator)),
        );
        return result;
      }
      let denominator = 1;
      if (c.denominator !== undefined) {
        const d = parseNumber(cell(c.denominator));
        if (!d.ok || d.value === null || d.value <= 0) {
          result.issues.push(
            !d.ok
              ? issueOf(d, line, columns.label(c.denominator), cell(c.denominator))
              : d.value === null
                ? {
                    line,
                    column: columns.label(c.denominator),
                    code: 'missing_value',
                    message: 'Row without a denominator',
                  }
                : d.value < 0
                  ? {
                      line,
                      column: columns.label(c.denominator),
                      code: 'negative',
                      message: 'Negative denominator',
                    }
                  : {
                      line,
                      column: columns.label(c.denominator),
                      code: 'bad_value',
                      message: 'Denominator is 0',
                    },
          );
          return result;
        }
        denominator = clean(d.value);
      }
      const staff: StaffRef = isEmail(who) ? { email: who } : { employeeNumber: who, name: who };
      const key = cell(c.key);
      result.observations.push({
        line,
        staff,
        indicatorCode,
        ...(isDateOnly(when.value) ? { occurredOn: when.value } : { occurredAt: when.value }),
        numerator: clean(numerator.value),
        denominator,
        externalKey: key ? `generic:${key}` : `generic:${who}:${indicatorCode}:${day.value}`,
      });
      return result;
    },

    finish: () => ({ observations: [], issues: [] }),
  };
}
