import type { Notification } from '@frontline/contract';
import { describe, expect, it } from 'vitest';
import { notificationPath } from './api';

const note = (over: Partial<Notification>): Notification => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'generic',
  entityType: 'goal',
  entityId: '00000000-0000-4000-8000-000000000002',
  data: {},
  readAt: null,
  createdAt: '2026-11-30T00:00:00.000Z',
  ...over,
});

describe('notificationPath', () => {
  it('opens the record a notification is about', () => {
    expect(notificationPath(note({ entityType: 'checkin' }))).toBe(
      '/checkins/00000000-0000-4000-8000-000000000002',
    );
    expect(notificationPath(note({ entityType: 'coaching_plan' }))).toBe(
      '/coaching/00000000-0000-4000-8000-000000000002',
    );
    expect(notificationPath(note({ entityType: 'training_assignment' }))).toBe('/training');
    expect(notificationPath(note({ entityType: 'action_item' }))).toBe('/checkins');
    expect(
      notificationPath(
        note({ entityType: 'action_item', data: { checkinId: '00000000-0000-4000-8000-000000000004' } }),
      ),
    ).toBe('/checkins/00000000-0000-4000-8000-000000000004');
    expect(notificationPath(note({ entityType: 'evaluation' }))).toBe(
      '/evaluations/00000000-0000-4000-8000-000000000002',
    );
    expect(notificationPath(note({ entityType: 'evaluation_dispute' }))).toBe('/disputes');
    expect(notificationPath(note({ entityType: 'something_else' }))).toBeNull();
  });

  it('sends feedback to the person’s own list, and the author to the person’s page', () => {
    const personId = '00000000-0000-4000-8000-000000000003';
    expect(
      notificationPath(note({ entityType: 'feedback', kind: 'feedback.received', data: { personId } })),
    ).toBe('/feedback');
    expect(
      notificationPath(note({ entityType: 'feedback', kind: 'feedback.acknowledged', data: { personId } })),
    ).toBe(`/people/${personId}`);
  });
});
