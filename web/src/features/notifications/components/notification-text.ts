import type { TFunction } from 'i18next';
import type { Notification } from '@frontline/contract';
import { isIsoDate } from '@frontline/contract';
import { addDays, formatDate, todayIso } from '../../../lib/dates';
import { currentLanguage, localName } from '../../../lib/i18n';

/**
 * What a notification says, in the reader's language: the text of its kind, with the names in its
 * data in that language (cycle / cycleZh, personName / personNameZh), a due date written for it,
 * and `data.context` choosing a variant of the text (i18next context: `<kind>_<context>`).
 */
export function notificationText(t: TFunction, n: Notification, lang: string = currentLanguage()): string {
  const data: Record<string, unknown> = n.data;
  const str = (key: string) => {
    const v = data[key];
    return typeof v === 'string' ? v : '';
  };
  const due = str('due');
  const startsOn = str('startsOn');
  return t(`notifications.${n.kind}`, {
    defaultValue: t('notifications.generic'),
    title: str('title'),
    course: str('course'),
    name: str('name'),
    personName: localName(str('personName'), str('personNameZh') || null, lang),
    cycle: localName(str('cycle'), str('cycleZh') || null, lang),
    due: isIsoDate(due) ? formatDate(due, lang) : due,
    // a roster's first day (roster.published)
    date: isIsoDate(startsOn) ? formatDate(startsOn, lang) : startsOn,
    ...(n.data.context ? { context: n.data.context } : {}),
  });
}

/** Notifications grouped by the day they came (newest first): today, yesterday, then by date. */
export function groupByDay(
  items: readonly Notification[],
  now: Date,
): { day: string; when: 'today' | 'yesterday' | 'date'; items: Notification[] }[] {
  const today = todayIso(now);
  const yesterday = addDays(today, -1);
  const groups: { day: string; when: 'today' | 'yesterday' | 'date'; items: Notification[] }[] = [];
  for (const n of items) {
    const day = todayIso(new Date(n.createdAt));
    let g = groups.find((x) => x.day === day);
    if (!g) {
      g = { day, when: day === today ? 'today' : day === yesterday ? 'yesterday' : 'date', items: [] };
      groups.push(g);
    }
    g.items.push(n);
  }
  return groups.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}
