import type { TFunction } from 'i18next';
import type { Notification } from '@frontline/contract';
import { addDays, todayIso } from '../../../lib/dates';

/** What a notification says, in the reader's language. */
export function notificationText(t: TFunction, n: Notification): string {
  return t(`notifications.${n.kind}`, {
    defaultValue: t('notifications.generic'),
    title: typeof n.data.title === 'string' ? n.data.title : '',
    course: typeof n.data.course === 'string' ? n.data.course : '',
    personName: n.data.personName ?? '',
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
