import {
  addDays,
  addMonths,
  lastCompleteWeeks,
  monthEnd,
  monthStart,
  type SessionState,
} from '@frontline/contract';
import { baseUrl } from './browser';

/**
 * The server's "today" (its clock, its time zone): browser tests take every date from it, so they
 * pass on any day and against a server started under faketime.
 */
export async function appToday(): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/v1/auth/session`);
  const state = (await res.json()) as SessionState;
  return state.clock.today;
}

/** Dates the tests use, all relative to the server's today. */
export async function appDates() {
  const today = await appToday();
  const next = addMonths(monthStart(today), 1);
  return {
    today,
    inDays: (n: number) => addDays(today, n),
    /** The last four complete weeks: the period dashboards open on, which the demo fills. */
    recent: lastCompleteWeeks(today, 4),
    /** Next month: a goal period that has not begun. */
    nextMonth: { from: next, to: monthEnd(next) },
  };
}
