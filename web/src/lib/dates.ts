import { daysBetween, type ServerClock } from '@frontline/contract';

/** A calendar date (YYYY-MM-DD) of a Date, in the browser's own time zone. */
export function isoDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

// Date arithmetic is the contract's calendar, shared with the server.
export {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  lastCompleteWeeks,
  monthEnd,
  monthStart,
  previousMonthStart,
  weekStart,
} from '@frontline/contract';

// "Today" is the server's: its clock and the user's time zone, as the session answer reports them,
// so the browser and the server agree on the day whatever the computer's own clock and zone say.
let offsetMs = 0;
let zone: string | null = null;

/** Adopts the server's clock from a session answer. */
export function setServerClock(clock: ServerClock | undefined): void {
  if (!clock) return;
  offsetMs = Date.parse(clock.now) - Date.now();
  zone = clock.timeZone;
}

/** Now, by the server's clock. */
export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Today as YYYY-MM-DD: by the server's clock in the user's time zone (the browser's before sign-in). */
export function todayIso(now: Date = appNow()): string {
  if (!zone) return isoDate(now);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A time of day (24-hour) of an instant, in the user's time zone as the server reports it. */
export function formatTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleTimeString(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...(zone ? { timeZone: zone } : {}),
  });
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
