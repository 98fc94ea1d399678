import type { TFunction } from 'i18next';
import type {
  DemandDerivation,
  Duty,
  RosterKeptTime,
  RosterPlan,
  RosterWarning,
  ShiftTemplate,
} from '@frontline/contract';
import { addDays, daysBetween, formatDate } from '../../../lib/dates';
import { localName } from '../../../lib/i18n';

const locale = (lang: string) => (lang === 'zh-Hant' ? 'zh-HK' : 'en-GB');

/** Minutes from midnight as HH:MM (1440 is 24:00, the end of the day). */
export function hhmm(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** HH:MM as minutes from midnight; NaN for anything else (the schema then says so). */
export function parseHhmm(s: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m) return Number.NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return Number.NaN;
  return h * 60 + min;
}

/** The date of a plan's day (0 = the plan's first Monday). */
/** The duties as choices of a select: "PHONE · Phone queue" (the name in the reader's language). */
export const dutyOptions = (
  duties: readonly { id: string; code: string; nameEn: string; nameZh: string }[],
  lang: string,
): { value: string; label: string }[] =>
  duties.map((d) => ({ value: d.id, label: `${d.code} · ${localName(d.nameEn, d.nameZh, lang)}` }));

export const dayDate = (startsOn: string, day: number): string => addDays(startsOn, day);

/** A date's weekday name in the language shown ("Mon" / "週一"; "Monday" / "星期一"). */
export function weekdayName(date: string, lang: string, width: 'short' | 'long' = 'short'): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(locale(lang), { weekday: width, timeZone: 'UTC' });
}

/** The name of weekday `i` (0 = Monday). */
export const weekdayOf = (i: number, lang: string, width: 'short' | 'long' = 'long'): string =>
  weekdayName(addDays('2024-01-01', i), lang, width); // 2024-01-01 was a Monday

/** A day of the plan as "Mon 3 Mar 2025" in the language shown. */
export const dayLabel = (startsOn: string, day: number, lang: string): string => {
  const date = dayDate(startsOn, day);
  return `${weekdayName(date, lang)} ${formatDate(date, lang)}`;
};

/** A number in the language shown, with at most `digits` decimals. */
export const num = (v: number, lang: string, digits = 1): string =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(v);

/** A share (0–1) as a percentage. */
export const pct = (v: number, lang: string, digits = 0): string => `${num(v * 100, lang, digits)}%`;

/** Seconds as "5 min 10 s". */
export function durationText(t: TFunction, seconds: number): string {
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? t('rostering.duration.minSec', { m, s: s % 60 }) : t('rostering.duration.sec', { s });
}

/** A hard rule the roster breaks, in words: the rule's text with the person, the date and its figures. */
export function warningText(t: TFunction, w: RosterWarning, startsOn: string, lang: string): string {
  const p = w.params;
  const figure = (k: string) => {
    const v = p[k];
    return typeof v === 'number' ? num(v, lang) : (v ?? '');
  };
  const key =
    w.rule === 'max-shifts' && p.reason === 'skill'
      ? 'rostering.rules.max-shifts-skill'
      : w.rule === 'max-total-minutes' && typeof p.kept === 'number'
        ? 'rostering.rules.max-total-minutes-kept'
        : `rostering.rules.${w.rule}`;
  return t(key, {
    defaultValue: w.message,
    name: w.personName ?? t('rostering.someone'),
    date: w.day === null ? '' : formatDate(dayDate(startsOn, w.day), lang),
    limit: figure('limit'),
    hours: figure('hours'),
    restHours: figure('restHours'),
    kept: figure('kept'),
  });
}

/** One piece of time kept for coaching or training, in words: what, when and how long. */
export function keptTimeText(t: TFunction, k: RosterKeptTime, lang: string): string {
  const date = formatDate(k.date, lang);
  const hours = num(k.minutes / 60, lang, 2);
  if (k.kind === 'training') {
    const title = (lang === 'zh-Hant' ? k.titleZh : null) ?? k.titleEn ?? '';
    return k.minutes > 0
      ? t('rostering.kept.training', { title, hours, date })
      : t('rostering.kept.trainingNoLength', { title, date });
  }
  if (k.kind === 'checkin') return t('rostering.kept.checkin', { date, time: k.time ?? '', hours });
  if (k.kind === 'leave') {
    const title = (lang === 'zh-Hant' ? k.titleZh : null) ?? k.titleEn ?? '';
    return t('rostering.kept.leave', { title, date, hours });
  }
  return t('rostering.kept.coaching', { date, hours });
}

/** What derived demand rests on, in words (volumes, handle time, the peak headcount). */
export function derivationSummary(
  t: TFunction,
  d: DemandDerivation,
  indicatorName: string,
  lang: string,
): string {
  const weeks = Math.max(1, Math.round((daysBetween(d.historyFrom, d.historyTo) + 1) / 7));
  const volume = d.volumeByWeekday[d.sampleWeekday] ?? 0;
  const peak = d.slots.reduce((m, s) => Math.max(m, s.need), 0);
  const common = {
    weeks,
    indicator: indicatorName,
    volume: num(volume, lang, 0),
    weekday: weekdayOf(d.sampleWeekday, lang),
    peak,
    count: peak,
  };
  if (d.method === 'erlang_c') {
    return t('rostering.derive.summaryErlang', {
      ...common,
      aht: d.ahtSeconds === null ? '—' : durationText(t, d.ahtSeconds),
      level: d.serviceLevel === null ? '—' : num(d.serviceLevel * 100, lang, 0),
      within: d.answerWithinSeconds ?? '—',
    });
  }
  return t('rostering.derive.summaryRatio', common);
}

/** A shift × duty of a plan, named ("early phone queue" / "早更 電話"). */
export function cellName(shift: ShiftTemplate | undefined, duty: Duty | undefined, lang: string): string {
  const s = shift ? localName(shift.nameEn, shift.nameZh, lang) : '?';
  const d = duty ? localName(duty.nameEn, duty.nameZh, lang) : '?';
  return `${s} ${d}`;
}

/** The shifts short of people, in words: how many, and the first few with their shortfall. */
export function shortfallSummary(t: TFunction, plan: RosterPlan, lang: string, limit = 5): string {
  const short = plan.coverage
    .filter((c) => c.assigned < c.need)
    .sort((a, b) => a.day - b.day || b.need - b.assigned - (a.need - a.assigned));
  if (short.length === 0) return t('rostering.coverage.noShortfall');
  const shifts = new Map(plan.shiftTemplates.map((s) => [s.id, s]));
  const duties = new Map(plan.duties.map((d) => [d.id, d]));
  const items = short.slice(0, limit).map((c) =>
    t('rostering.coverage.shortItem', {
      day: `${weekdayName(dayDate(plan.startsOn, c.day), lang)} ${formatDate(dayDate(plan.startsOn, c.day), lang)}`,
      what: cellName(shifts.get(c.shiftTemplateId), duties.get(c.dutyId), lang),
      count: c.need - c.assigned,
    }),
  );
  const more = short.length > limit ? t('rostering.coverage.more', { count: short.length - limit }) : '';
  return t('rostering.coverage.shortSummary', {
    count: short.length,
    list: items.join(t('rostering.listSeparator')) + more,
  });
}
