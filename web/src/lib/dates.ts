/** A calendar date (YYYY-MM-DD) of a Date, in the browser's own time zone. */
export function isoDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Today as YYYY-MM-DD (the browser's time zone). */
export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}

/** `days` after a YYYY-MM-DD date (negative for before). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The first day of the month before the one `today` is in (YYYY-MM-01). */
export function previousMonthStart(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 2, 1));
  return d.toISOString().slice(0, 10);
}

/** Whether a date string is a real calendar date. */
export function isIsoDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
}

/** A date (YYYY-MM-DD) in the language shown now. */
export function formatDate(date: string, lang: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
}

export type DueState = {
  key: 'due.overdue' | 'due.today' | 'due.inDays' | 'due.none' | 'due.done';
  count: number;
};

/** How a due date stands today: overdue by n days, due today, due in n days, done, or no date. */
export function dueState(dueOn: string | null, today: string, done = false): DueState {
  if (done) return { key: 'due.done', count: 0 };
  if (!dueOn) return { key: 'due.none', count: 0 };
  const n = daysBetween(today, dueOn);
  if (n < 0) return { key: 'due.overdue', count: -n };
  if (n === 0) return { key: 'due.today', count: 0 };
  return { key: 'due.inDays', count: n };
}
