/**
 * Calendar dates (YYYY-MM-DD) without a time zone: the one place for date arithmetic, shared by
 * the server and the web app. Which day "today" is depends on a time zone and a clock; that is
 * the server's lib/calendar.ts (and the browser's own zone in web/src/lib/dates.ts).
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The range of dates Frontline accepts anywhere (inputs, imports, periods). */
export const MIN_DATE = '2000-01-01';
export const MAX_DATE = '2100-12-31';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether `s` is a real calendar date written YYYY-MM-DD (2027-02-29 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** A real date within MIN_DATE..MAX_DATE. */
export function isDateInRange(s: string): boolean {
  return isIsoDate(s) && s >= MIN_DATE && s <= MAX_DATE;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? Number.NaN;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** `days` after a date (negative for before). */
export function addDays(date: string, days: number): string {
  return fromUtc(utc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ny, nm))).padStart(2, '0')}`;
}

/** The first day of the month `date` is in. */
export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;

/** The last day of the month `date` is in. */
export function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The first day of the month before the one `date` is in. */
export const previousMonthStart = (date: string): string => addMonths(monthStart(date), -1);

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: string): number {
  const wd = new Date(utc(date)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The Monday of the ISO week `date` is in. */
export const weekStart = (date: string): string => addDays(date, 1 - isoWeekday(date));

/** The ISO week-numbering year and week of a date: 2026-12-31 → { year: 2026, week: 53 }. */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/**
 * The last `weeks` complete ISO weeks before the week `today` is in: on Wednesday 2 Dec 2026,
 * four weeks = Mon 2 Nov – Sun 29 Nov. The default period of the dashboards.
 */
export function lastCompleteWeeks(today: string, weeks: number): { from: string; to: string } {
  const to = addDays(weekStart(today), -1);
  return { from: addDays(to, 1 - 7 * weeks), to };
}
