import type { Notification } from '@frontline/contract';
import { describe, expect, it } from 'vitest';
import { badgeCount } from '../api';
import { groupByDay } from './notification-text';

const at = (id: string, createdAt: string): Notification => ({
  id,
  kind: 'goal.agreed',
  entityType: 'goal',
  entityId: id,
  data: {},
  readAt: null,
  createdAt,
});

describe('notifications by day', () => {
  it('groups today, yesterday and earlier days, newest first', () => {
    // The browser's own zone is used before sign-in; these instants are at noon UTC.
    const now = new Date('2026-12-06T12:00:00Z');
    const groups = groupByDay(
      [
        at('a', '2026-12-06T11:00:00Z'),
        at('b', '2026-12-05T12:00:00Z'),
        at('c', '2026-12-06T10:00:00Z'),
        at('d', '2026-11-30T12:00:00Z'),
      ],
      now,
    );
    expect(groups.map((g) => [g.when, g.items.map((n) => n.id)])).toEqual([
      ['today', ['a', 'c']],
      ['yesterday', ['b']],
      ['date', ['d']],
    ]);
    expect(groups[2]!.day).toBe('2026-11-30');
  });

  it('counts past 9 on the badge, and caps the text at 99+', () => {
    expect(badgeCount(9)).toBe('9');
    expect(badgeCount(12)).toBe('12');
    expect(badgeCount(100)).toBe('99+');
  });
});
