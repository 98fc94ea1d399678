import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from './clock.js';

/**
 * The one place for "which day is it" on the server. Date arithmetic without a zone
 * (addDays, monthStart, isoWeek, …) lives in @frontline/contract's calendar and is re-exported
 * here; what depends on a time zone and the app's clock is below. "Today" is a person's own
 * org-unit time zone, else the organisation's default zone (FRONTLINE_TIME_ZONE).
 */
export {
  MAX_DATE,
  MIN_DATE,
  addDays,
  addMonths,
  daysBetween,
  isDateInRange,
  isIsoDate,
  isoWeek,
  lastCompleteWeeks,
  monthEnd,
  monthStart,
  previousMonthStart,
  weekStart,
} from '@frontline/contract';

/** The organisation's default zone when the configuration does not name one. */
export const FALLBACK_TIME_ZONE = 'Asia/Hong_Kong';

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Minutes east of UTC of `timeZone` at the instant `at` (+480 for Hong Kong). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a local date and time (HH:MM) happen in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // Two passes settle the offset across a daylight-saving change.
  let at = new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
  at = new Date(guess.getTime() - zoneOffsetMinutes(at, timeZone) * 60_000);
  return at;
}

/** The first instant of a local date in a time zone. */
export const startOfLocalDay = (date: string, timeZone: string): Date =>
  zonedInstant(date, '00:00', timeZone);

/** A date and time for people to read, in a time zone and language (e-mails, agendas, PDFs). */
export function formatLocalDateTime(at: Date, timeZone: string, lang: 'en' | 'zh-Hant'): string {
  return new Intl.DateTimeFormat(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

export interface Calendar {
  /** The organisation's default time zone. */
  readonly zone: string;
  /** Now, from the app's clock. */
  now(): Date;
  /** Today in the organisation's default zone. */
  today(): string;
  /** Today in a given zone. */
  todayIn(zone: string): string;
  /**
   * The time zone of a person's org unit (the default zone when unknown). Inside a transaction
   * pass it as `executor`: the embedded database has one connection.
   */
  zoneOf(personId: string | null | undefined, executor?: Kysely<DB>): Promise<string>;
  /** Today where a person works. */
  todayFor(personId: string | null | undefined, executor?: Kysely<DB>): Promise<string>;
}

export function createCalendar(deps: { db: Kysely<DB>; clock: Clock; zone?: string }): Calendar {
  const zone = deps.zone ?? FALLBACK_TIME_ZONE;
  const zoneOf = async (personId: string | null | undefined, executor: Kysely<DB> = deps.db) => {
    if (!personId) return zone;
    const row = await executor
      .selectFrom('person')
      .innerJoin('orgUnit', 'orgUnit.id', 'person.orgUnitId')
      .select('orgUnit.timezone')
      .where('person.id', '=', personId)
      .executeTakeFirst();
    return row?.timezone && isTimeZone(row.timezone) ? row.timezone : zone;
  };
  return {
    zone,
    now: () => deps.clock.now(),
    today: () => localDate(deps.clock.now(), zone),
    todayIn: (z) => localDate(deps.clock.now(), z),
    zoneOf,
    todayFor: async (personId, executor) => localDate(deps.clock.now(), await zoneOf(personId, executor)),
  };
}
