import { DateTime } from 'luxon';
import type { Grain, Period } from '@frontline/contract';
import { daysBetween, weekStart } from '../../lib/calendar.js';

/** The start of the period (day, ISO week from Monday, month, quarter) that contains `day`. */
export function periodStart(day: string, grain: Grain): string {
  const d = DateTime.fromISO(day, { zone: 'UTC' });
  const s =
    grain === 'day'
      ? d
      : grain === 'week'
        ? d.startOf('week')
        : grain === 'month'
          ? d.startOf('month')
          : d.startOf('quarter');
  return s.toISODate()!;
}

function label(start: DateTime, grain: Grain): string {
  switch (grain) {
    case 'day':
      return start.toISODate()!;
    case 'week':
      return `${start.weekYear}-W${String(start.weekNumber).padStart(2, '0')}`;
    case 'month':
      return start.toFormat('yyyy-MM');
    case 'quarter':
      return `${start.year}-Q${start.quarter}`;
  }
}

/**
 * The periods covering [from, to], each clipped to the range: the first week of a range that
 * starts on a Wednesday runs Wednesday–Sunday. Labels: 2026-11-03, 2026-W45, 2026-11, 2026-Q4.
 */
export function periodsBetween(from: string, to: string, grain: Grain): Period[] {
  const out: Period[] = [];
  const end = DateTime.fromISO(to, { zone: 'UTC' });
  let cur = DateTime.fromISO(periodStart(from, grain), { zone: 'UTC' });
  const unit = grain === 'day' ? 'day' : grain === 'week' ? 'week' : grain === 'month' ? 'month' : 'quarter';
  while (cur <= end) {
    const next = cur.plus({ [`${unit}s`]: 1 });
    const s = cur.toISODate()! < from ? from : cur.toISODate()!;
    const lastDay = next.minus({ days: 1 }).toISODate()!;
    out.push({ label: label(cur, grain), start: s, end: lastDay > to ? to : lastDay });
    cur = next;
  }
  return out;
}

/**
 * How many periods `periodsBetween(from, to, grain)` would list, by arithmetic: constant time
 * whatever the range, so a range is checked before any period is made. 0 when to < from.
 * Both dates must be real (isRealDate).
 */
export function periodCount(from: string, to: string, grain: Grain): number {
  if (to < from) return 0;
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  switch (grain) {
    case 'day':
      return daysBetween(from, to) + 1;
    case 'week':
      return daysBetween(weekStart(from), weekStart(to)) / 7 + 1;
    case 'month':
      return ty * 12 + tm - (fy * 12 + fm) + 1;
    case 'quarter':
      return ty * 4 + Math.floor((tm - 1) / 3) - (fy * 4 + Math.floor((fm - 1) / 3)) + 1;
  }
}

export function isRealDate(s: string): boolean {
  return DateTime.fromISO(s, { zone: 'UTC' }).isValid && /^\d{4}-\d{2}-\d{2}$/.test(s);
}

export function addDays(day: string, n: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: n }).toISODate()!;
}

/**
 * How to read [from, to] at `grain` from the weekly roll-up where it can (#19 item 8): the ISO
 * weeks (their Mondays) lying wholly inside the range and inside one period, and the day ranges
 * left over, to read from the daily roll-up. Together they cover every day of the range exactly
 * once. At grain "day" every day is left over.
 */
export function weekCover(
  from: string,
  to: string,
  grain: Grain,
): { weeks: string[]; days: { from: string; to: string }[] } {
  const weeks: string[] = [];
  const days: { from: string; to: string }[] = [];
  const leftover = (a: string, b: string) => {
    const last = days[days.length - 1];
    if (last && addDays(last.to, 1) === a) last.to = b;
    else days.push({ from: a, to: b });
  };
  if (to < from) return { weeks, days };
  for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const a = monday < from ? from : monday;
    const b = sunday > to ? to : sunday;
    const whole =
      grain !== 'day' &&
      monday >= from &&
      sunday <= to &&
      periodStart(monday, grain) === periodStart(sunday, grain);
    if (whole) weeks.push(monday);
    else leftover(a, b);
  }
  return { weeks, days };
}
