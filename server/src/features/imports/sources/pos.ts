/**
 * POS "sales by staff" per day (data-formats.md §4): Material Retail (`Employee, Net Sales,
 * Sales Count, Items Sold`), NCR Silver (`Employee Name, Net Sales, Tickets`), Centegra
 * (`Team Member, Sale Count, Net`) and similar, with a required date column (`Date`,
 * `Business Date`, `Day`). Produces per employee and day:
 * - ATV (currency): net sales / transactions.
 * - UPT (ratio): items sold / transactions.
 * Rows with 0 transactions give nothing (no denominator); totals rows are skipped. `Staff ID` is
 * read as an employee number, the other employee columns as names. Key `pos:<employee>:<date>`.
 */
import type { ImportIssue, RowResult, SourceParser, SourceSettings, StaffRef } from './types.js';
import { clean, Columns, issueOf, missingColumn, parseCount, parseDay, parseNumber } from './values.js';

const TOTALS = /^(total|totals|grand total|summary)$/i;

export function createPosParser(settings: SourceSettings): SourceParser {
  let cols: Columns | undefined;
  let c: Record<string, number | undefined> = {};
  let staffIsNumber = false;
  return {
    header(columns, line) {
      cols = new Columns(columns);
      const name = cols.find(
        'Employee',
        'Employee Name',
        'Team Member',
        'Staff',
        'Staff Name',
        'Sales Person',
        'Salesperson',
      );
      const number = cols.find('Staff ID', 'Employee ID', 'Employee Number');
      staffIsNumber = name === undefined && number !== undefined;
      c = {
        staff: name ?? number,
        date: cols.find('Date', 'Business Date', 'Day', 'Sales Date'),
        net: cols.find('Net Sales', 'Net'),
        count: cols.find('Sales Count', 'Sale Count', 'Tickets', 'Transactions', 'Checks', 'Number of Sales'),
        items: cols.find('Items Sold', 'Units Sold', 'Items', 'Quantity'),
      };
      const issues: ImportIssue[] = [];
      if (c.staff === undefined) issues.push(missingColumn('Employee', line));
      if (c.date === undefined) issues.push(missingColumn('Date', line));
      if (c.count === undefined) issues.push(missingColumn('Sales Count', line));
      if (c.net === undefined && c.items === undefined) issues.push(missingColumn('Net Sales', line));
      return issues;
    },

    row(values, line) {
      const result: RowResult = { observations: [], issues: [] };
      if (!cols || c.staff === undefined || c.date === undefined || c.count === undefined) return result;
      const columns = cols;
      const cell = (i: number | undefined) => Columns.cell(values, i);
      const employee = cell(c.staff);
      if (TOTALS.test(employee) || TOTALS.test(cell(c.date))) return result;
      if (employee === '') {
        result.issues.push({
          line,
          column: columns.label(c.staff),
          code: 'missing_staff',
          message: 'Row without an employee',
        });
        return result;
      }
      const day = parseDay(cell(c.date), settings);
      if (!day.ok || day.value === null) {
        result.issues.push(
          day.ok
            ? { line, column: columns.label(c.date), code: 'missing_value', message: 'Row without a date' }
            : issueOf(day, line, columns.label(c.date), cell(c.date)),
        );
        return result;
      }
      const count = parseCount(cell(c.count));
      if (!count.ok) {
        result.issues.push(issueOf(count, line, columns.label(c.count), cell(c.count)));
        return result;
      }
      const staff: StaffRef = staffIsNumber ? { employeeNumber: employee } : { name: employee };
      // The row states the employee's day in full (a day now without sales yields nothing).
      result.records = [{ externalKey: `pos:${employee}:${day.value}`, staff }];
      if (!count.value) return result;
      const base = {
        line,
        staff,
        occurredOn: day.value,
        denominator: count.value,
        externalKey: `pos:${employee}:${day.value}`,
      };
      if (c.net !== undefined) {
        const net = parseNumber(cell(c.net));
        if (!net.ok) result.issues.push(issueOf(net, line, columns.label(c.net), cell(c.net)));
        else if (net.value !== null) {
          result.observations.push({ ...base, indicatorCode: 'ATV', numerator: clean(net.value) });
        }
      }
      if (c.items !== undefined) {
        const items = parseNumber(cell(c.items));
        if (!items.ok) result.issues.push(issueOf(items, line, columns.label(c.items), cell(c.items)));
        else if (items.value !== null) {
          result.observations.push({ ...base, indicatorCode: 'UPT', numerator: clean(items.value) });
        }
      }
      return result;
    },

    finish: () => ({ observations: [], issues: [] }),
  };
}
