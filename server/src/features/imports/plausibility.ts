/**
 * Whether one observation is plausible for its indicator (bounds: indicators/bounds.ts). Used for
 * every row of an imported file and every pushed row, after the parsers. Returns at most one
 * issue: an error (the row is not staged and the import cannot be committed) or an
 * `unusual_value` warning (the row is staged; the review lists it). Pure.
 */
import { IMPORT_WARNING_CODES, MAX_MEASURE, isDateInRange, MAX_DATE, MIN_DATE } from '@frontline/contract';
import type { ImportIssue, ImportIssueCode } from '@frontline/contract';
import type { ObservationBounds } from '../indicators/bounds.js';

export interface CheckedIndicator {
  code: string;
  aggregation: string;
  scale: number;
  unit: string;
  bounds: ObservationBounds;
}

export interface CheckedRow {
  line?: number;
  numerator: number;
  denominator: number;
  occurredAt?: string | null;
  occurredOn?: string | null;
}

const WARNINGS = new Set<string>(IMPORT_WARNING_CODES);

/** A warning lets its row through; every other issue code blocks the commit. */
export const isWarning = (code: string): boolean => WARNINGS.has(code);

/** A number as people read it: up to 6 significant digits, no binary noise. */
const show = (n: number): string => String(Number(n.toPrecision(6)));

/** Tolerance for values that went through a division (Chatwoot averages re-weighted by counts). */
const above = (value: number, limit: number) => value > limit + Math.abs(limit) * 1e-9 + 1e-9;
const below = (value: number, limit: number) => value < limit - Math.abs(limit) * 1e-9 - 1e-9;

export function checkObservation(row: CheckedRow, indicator: CheckedIndicator): ImportIssue | null {
  const { numerator, denominator } = row;
  const { bounds, code } = indicator;
  const pair = `${show(numerator)}/${show(denominator)}`;
  const issue = (
    issueCode: ImportIssueCode,
    message: string,
    params: Record<string, string | number> = {},
  ): ImportIssue => ({
    ...(row.line !== undefined ? { line: row.line } : {}),
    code: issueCode,
    message: `${code}: ${message}`,
    params: { indicator: code, value: pair, ...params },
  });

  const day = row.occurredOn ?? row.occurredAt?.slice(0, 10);
  if (day !== undefined && day !== null && !isDateInRange(day)) {
    return issue('date_out_of_range', `the date ${day} is outside ${MIN_DATE} to ${MAX_DATE}`, {
      value: day,
      min: MIN_DATE,
      max: MAX_DATE,
    });
  }
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) {
    return issue('bad_number', 'numerator or denominator is not a number');
  }
  if (denominator < 0) return issue('negative', `the denominator ${show(denominator)} is negative`);
  if (denominator === 0) return issue('zero_denominator', 'the denominator is 0');
  if (denominator > bounds.maxDenominator) {
    return issue(
      'implausible_value',
      `the denominator ${show(denominator)} is more than one row can hold (${show(bounds.maxDenominator)})`,
      { value: show(denominator), limit: show(bounds.maxDenominator) },
    );
  }
  if (
    (bounds.wholeNumerator && !Number.isInteger(numerator)) ||
    (bounds.wholeDenominator && !Number.isInteger(denominator))
  ) {
    return issue(
      'not_whole',
      `${bounds.wholeNumerator ? 'numerator and denominator count' : 'the denominator counts'} things and must be whole (got ${pair})`,
    );
  }
  const value = (numerator / denominator) * indicator.scale;
  if (bounds.min !== null && below(value, bounds.min)) {
    if (numerator < 0 && bounds.min >= 0) {
      return issue('negative', `the numerator ${show(numerator)} is negative`, { value: show(numerator) });
    }
    return issue(
      'implausible_value',
      `${show(value)} ${indicator.unit} is below the plausible minimum ${show(bounds.min)}`,
      { value: show(value), limit: show(bounds.min) },
    );
  }
  if (bounds.max !== null && above(value, bounds.max)) {
    if (indicator.aggregation === 'proportion' && bounds.max === indicator.scale) {
      return issue('above_denominator', `the numerator is larger than the denominator (${pair})`);
    }
    return issue(
      'implausible_value',
      `${show(value)} ${indicator.unit} is above the plausible maximum ${show(bounds.max)}`,
      { value: show(value), limit: show(bounds.max) },
    );
  }
  if (Math.abs(numerator) > MAX_MEASURE) {
    return issue('implausible_value', `the numerator ${show(numerator)} is beyond ±${show(MAX_MEASURE)}`, {
      value: show(numerator),
      limit: show(MAX_MEASURE),
    });
  }
  if (bounds.warnAbove !== null && above(value, bounds.warnAbove)) {
    return issue(
      'unusual_value',
      `${show(value)} ${indicator.unit} is unusually high (above ${show(bounds.warnAbove)}): check it`,
      { value: show(value), limit: show(bounds.warnAbove) },
    );
  }
  return null;
}
