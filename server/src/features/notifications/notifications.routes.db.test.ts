import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousClient,
  createTestApp,
  loginClient,
  type Client,
  type TestApp,
} from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

describe('notifications: one’s own list, unread count, marking read', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let staff: Client;
  let peer: Client;

  /** Stores a notification for a user the way features do (through the shared service). */
  async function notify(userId: string, entityId: string, title: string) {
    await t.services.notifications.notify(t.database.db, userId, {
      kind: 'goal.awaiting_agreement',
      entityType: 'goal',
      entityId,
      data: { title },
    });
  }
  const idsOf = (body: { items: { id: string }[] }) => body.items.map((n) => n.id);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    await notify(org.people.staffA1.userId!, '00000000-0000-4000-8000-00000000000a', 'First');
    await notify(org.people.staffA1.userId!, '00000000-0000-4000-8000-00000000000b', 'Second');
    await notify(org.people.staffA2.userId!, '00000000-0000-4000-8000-00000000000c', 'The peer’s');
  });
  afterAll(() => t.close());

  it('lists only the caller’s notifications, with the unread count', async () => {
    const res = await staff.request('GET', '/api/v1/notifications');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.unread).toBe(2);
    expect(body.items).toHaveLength(2);
    expect(body.items.map((n: { data: { title: string } }) => n.data.title).sort()).toEqual([
      'First',
      'Second',
    ]);
    expect(body.items[0]).toMatchObject({
      kind: 'goal.awaiting_agreement',
      entityType: 'goal',
      readAt: null,
      createdAt: '2026-11-10T02:00:00.000Z',
    });
  });

  it('marks one read: it leaves the unread list and the count, and keeps its time', async () => {
    const [first] = idsOf((await staff.request('GET', '/api/v1/notifications')).json());
    const marked = await staff.request('POST', `/api/v1/notifications/${first}/read`);
    expect(marked.statusCode).toBe(204);
    expect(marked.body).toBe('');
    const unread = (await staff.request('GET', '/api/v1/notifications?unread=true')).json();
    expect(unread.unread).toBe(1);
    expect(idsOf(unread)).not.toContain(first);
    const all = (await staff.request('GET', '/api/v1/notifications')).json();
    expect(all.items.find((n: { id: string }) => n.id === first).readAt).toBe('2026-11-10T02:00:00.000Z');
  });

  it('answers 404 for someone else’s notification and leaves it unread', async () => {
    const [peers] = idsOf((await peer.request('GET', '/api/v1/notifications')).json());
    const res = await staff.request('POST', `/api/v1/notifications/${peers}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('notification.not_found');
    expect((await peer.request('GET', '/api/v1/notifications?unread=true')).json().unread).toBe(1);
  });

  it('marks all of one’s own read at once, and no one else’s', async () => {
    await notify(org.people.staffA1.userId!, '00000000-0000-4000-8000-00000000000d', 'Third');
    expect((await staff.request('GET', '/api/v1/notifications?unread=true')).json().unread).toBe(2);
    const res = await staff.request('POST', '/api/v1/notifications/read-all');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 2 });
    expect((await staff.request('GET', '/api/v1/notifications?unread=true')).json()).toMatchObject({
      unread: 0,
      items: [],
    });
    // Already read ones keep their time; a second call marks nothing; the peer's stay unread.
    expect((await staff.request('POST', '/api/v1/notifications/read-all')).json()).toEqual({ marked: 0 });
    expect((await peer.request('GET', '/api/v1/notifications?unread=true')).json().unread).toBe(1);
    expect(
      (await (await anonymousClient(t.app)).request('POST', '/api/v1/notifications/read-all')).statusCode,
    ).toBe(401);
  });

  it('answers 404 for an unknown id, 400 for a malformed one or query, 401 when signed out', async () => {
    const unknown = await staff.request(
      'POST',
      '/api/v1/notifications/00000000-0000-4000-8000-000000000099/read',
    );
    expect(unknown.statusCode).toBe(404);
    expect((await staff.request('POST', '/api/v1/notifications/not-a-uuid/read')).statusCode).toBe(400);
    expect((await staff.request('GET', '/api/v1/notifications?unread=maybe')).statusCode).toBe(400);
    const anon = await anonymousClient(t.app);
    expect((await anon.request('GET', '/api/v1/notifications')).statusCode).toBe(401);
  });
});
