import type { Notification } from '@frontline/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { badgeCount } from '../api';
import { groupByDay, notificationText } from './notification-text';

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

describe('what a review reminder says', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });
  const note = (kind: string, data: Record<string, unknown>): Notification => ({
    id: 'n',
    kind,
    entityType: 'review',
    entityId: 'r1',
    data: {
      cycle: 'H1 2026',
      cycleZh: '2026 上半年',
      personName: 'Mei Chan',
      personNameZh: '陳美',
      stage: 'self_review',
      due: '2026-07-10',
      days: 3,
      ...data,
    },
    readAt: null,
    createdAt: '2026-07-07T01:00:00Z',
  });
  const text = (lang: 'en' | 'zh-Hant', n: Notification) => notificationText(i18n.getFixedT(lang), n, lang);

  it('in English: the variant for the reader, the names and the date written for them', () => {
    expect(text('en', note('reminder.review_due', { context: 'self' }))).toBe(
      'Your self review for H1 2026 is due on 10 Jul 2026',
    );
    expect(text('en', note('reminder.review_due', { context: 'manager', stage: 'manager_review' }))).toBe(
      'Your review of Mei Chan is due on 10 Jul 2026',
    );
    expect(text('en', note('reminder.review_overdue', { context: 'sign_reviewer', stage: 'sign_off' }))).toBe(
      'The review of Mei Chan still awaits your signature (due 10 Jul 2026)',
    );
    expect(text('en', note('reminder.review_escalated', { context: 'sign_off', stage: 'sign_off' }))).toBe(
      'Overdue sign-off of the review of Mei Chan, due 10 Jul 2026 (H1 2026)',
    );
    // An unknown variant falls back to the kind's own text.
    expect(text('en', note('reminder.review_overdue', { context: 'later' }))).toBe(
      'A review is overdue: H1 2026',
    );
  });

  it('in Chinese: the Chinese names of the cycle and the person', () => {
    expect(text('zh-Hant', note('reminder.review_due', { context: 'self' }))).toBe(
      '你的「2026 上半年」自我評核將於 2026年7月10日 到期',
    );
    expect(text('zh-Hant', note('reminder.review_escalated', { context: 'self_review' }))).toBe(
      '自我評核逾期：陳美，限期 2026年7月10日（2026 上半年）',
    );
    // No Chinese name: the English one.
    expect(
      text('zh-Hant', note('reminder.review_due', { context: 'sign_reviewer', personNameZh: null })),
    ).toBe('Mei Chan的評核待你簽署，限期 2026年7月10日');
  });

  it('every variant the server sends has text in both languages', () => {
    const variants = [
      ...['self', 'manager', 'sign_person', 'sign_reviewer'].flatMap((c) => [
        ['reminder.review_due', c],
        ['reminder.review_overdue', c],
      ]),
      ...['self_review', 'manager_review', 'sign_off'].map((c) => ['reminder.review_escalated', c]),
    ];
    for (const lang of ['en', 'zh-Hant'] as const) {
      for (const [kind, context] of variants) {
        expect(
          i18n.exists(`notifications.${kind}_${context}`, { lng: lang }),
          `${lang} ${kind}_${context}`,
        ).toBe(true);
        expect(text(lang, note(kind!, { context }))).not.toMatch(/\{\{|^$/);
      }
    }
  });

  it('the certification reminder names the assessor', () => {
    const n: Notification = {
      ...note('reminder.certification_expiring', {}),
      data: { title: 'Call review', name: 'Ada Lee' },
    };
    expect(text('en', n)).toBe('Assessor certification for Call review ends soon: Ada Lee');
  });
});
