import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';

/** Reads of someone else's person record and raw observations leave an audit row; one's own do not. */
describe('reads of a person and of their raw observations are audited', () => {
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let otherSup: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    otherSup = await loginClient(t.app, org.people.supX.email, PASSWORD);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
  });
  afterAll(() => t.close());

  const rows = (action: string) =>
    t.database.db
      .selectFrom('auditEvent')
      .select(['actorUserId', 'entityType', 'entityId', 'subjectPersonId', 'after'])
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  for (const [action, path] of [
    ['person.viewed', ''],
    ['observations.viewed', '/observations'],
  ] as const) {
    it(`GET /api/v1/people/:id${path} records ${action} for anyone but the person, on success only`, async () => {
      const target = org.people.staffA1.id;
      const url = `/api/v1/people/${target}${path}`;
      const before = (await rows(action)).length;

      expect((await staff.request('GET', url)).statusCode).toBe(200); // oneself: not recorded
      expect((await peer.request('GET', url)).statusCode).toBe(404); // refused: not recorded
      expect((await otherSup.request('GET', url)).statusCode).toBe(404);
      expect(await rows(action)).toHaveLength(before);

      expect((await sup.request('GET', url)).statusCode).toBe(200);
      expect((await admin.request('GET', url)).statusCode).toBe(200);
      const after = (await rows(action)).slice(before);
      expect(after.map((r) => r.actorUserId)).toEqual([org.people.supA.userId, org.people.admin.userId]);
      for (const r of after) {
        expect(r).toMatchObject({ entityType: 'person', entityId: target, subjectPersonId: target });
      }
    });
  }
});
