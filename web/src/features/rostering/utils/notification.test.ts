import type { Notification } from '@frontline/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { notificationPath } from '../../notifications/api';
import { notificationText } from '../../notifications/components/notification-text';

const note = (kind: string, data: Notification['data']): Notification => ({
  id: 'n',
  kind,
  entityType: 'roster_plan',
  entityId: '00000000-0000-4000-8000-0000000000f1',
  data,
  readAt: null,
  createdAt: '2026-02-20T00:00:00.000Z',
});

describe('roster notifications', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('say the roster’s first day and open My roster', () => {
    const n = note('roster.published', { startsOn: '2026-03-02', days: 28 } as Notification['data']);
    expect(notificationText(i18n.t, n, 'en')).toBe('Your roster from 2 Mar 2026 is published');
    expect(notificationText(i18n.t, note('roster.changed', {}), 'en')).toBe('Your roster has changed');
    expect(notificationPath(n)).toBe('/my-roster');
  });

  it('in Traditional Chinese too', async () => {
    await i18n.changeLanguage('zh-Hant');
    expect(notificationText(i18n.t, note('roster.changed', {}), 'zh-Hant')).toBe('你的更表已更改');
  });
});
