import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';

describe('feedback: given with evidence, acknowledged once, answered once; the recognition wall', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let csat: string;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let otherSup: Client;
  let otherStaff: Client;
  let hr: Client;
  let feedbackId: string;

  const observe = (personId: string, occurredOn: string, numerator: number, denominator: number) =>
    t.database.db
      .insertInto('observation')
      .values({ personId, indicatorId: csat, occurredOn, numerator, denominator, source: 'test' })
      .returning('id')
      .executeTakeFirstOrThrow();

  const notificationsOf = async (c: Client) =>
    (
      (await c.request('GET', '/api/v1/notifications')).json() as {
        items: { kind: string; entityId: string }[];
      }
    ).items;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    await t.services.indicators.installPresets(systemActor('test'));
    csat = (
      await t.database.db
        .selectFrom('indicator')
        .select('id')
        .where('code', '=', 'CSAT')
        .executeTakeFirstOrThrow()
    ).id;
    // staff A1 in October: 27 of 30 satisfied (90%), one rating a day.
    for (let d = 0; d < 30; d++) {
      await observe(org.people.staffA1.id, addDays('2026-10-01', d), d < 27 ? 1 : 0, 1);
    }
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    otherSup = await loginClient(t.app, org.people.supX.email, PASSWORD);
    otherStaff = await loginClient(t.app, org.people.staffX1.email, PASSWORD);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('stores the evidence with the figure of the time', async () => {
    const obs = await observe(org.people.staffA1.id, '2026-11-02', 0, 1);
    const res = await sup.request('POST', `/api/v1/people/${org.people.staffA1.id}/feedback`, {
      kind: 'improvement',
      body: 'Check the customer is happy before closing the ticket.',
      evidence: [
        { type: 'indicator_period', indicatorId: csat, from: '2026-10-01', to: '2026-10-31' },
        { type: 'observation', observationId: Number(obs.id) },
        { type: 'shop_floor', note: 'Rushed a refund at the till', observedAt: '2026-11-08T06:30:00Z' },
        { type: 'assessment', ref: 'assessment:42', title: 'Mystery shopper, October' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const f = res.json();
    feedbackId = f.id;
    expect(f).toMatchObject({
      personId: org.people.staffA1.id,
      kind: 'improvement',
      acknowledgedAt: null,
      reply: null,
    });
    expect(f.abilities).toEqual({ acknowledge: false, reply: false }); // the author is not the person
    const [period, one, floor, assessment] = f.evidence;
    expect(period).toMatchObject({ type: 'indicator_period', indicatorCode: 'CSAT', n: 30 });
    expect(period.value).toBeCloseTo(90, 9);
    expect(period.low).toBeLessThan(90);
    expect(period.high).toBeGreaterThan(90);
    expect(one).toMatchObject({
      type: 'observation',
      numerator: 0,
      denominator: 1,
      occurredOn: '2026-11-02',
    });
    expect(floor).toEqual({
      type: 'shop_floor',
      note: 'Rushed a refund at the till',
      observedAt: '2026-11-08T06:30:00.000Z',
    });
    expect(assessment).toEqual({
      type: 'assessment',
      ref: 'assessment:42',
      title: 'Mystery shopper, October',
    });

    // Later data does not rewrite what the feedback was given on.
    await observe(org.people.staffA1.id, '2026-10-31', 0, 10);
    const again = await staff.request('GET', `/api/v1/feedback/${feedbackId}`);
    expect(again.json().evidence[0].value).toBeCloseTo(90, 9);
    expect(again.json().evidence[0].n).toBe(30);

    const audit = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('action', '=', 'feedback.given')
      .where('entityId', '=', feedbackId)
      .executeTakeFirstOrThrow();
    expect(audit.subjectPersonId).toBe(org.people.staffA1.id);
  });

  it('refuses evidence that is not the person’s and feedback from outside the scope', async () => {
    const theirs = await observe(org.people.staffA2.id, '2026-11-02', 1, 1);
    const url = `/api/v1/people/${org.people.staffA1.id}/feedback`;
    const wrongObs = await sup.request('POST', url, {
      kind: 'praise',
      body: 'x',
      evidence: [{ type: 'observation', observationId: Number(theirs.id) }],
    });
    expect(wrongObs.statusCode).toBe(404);
    expect(wrongObs.json().code).toBe('observation.not_found');
    const extra = await sup.request('POST', url, {
      kind: 'praise',
      body: 'x',
      evidence: [{ type: 'assessment', ref: 'a' }],
    });
    expect(extra.statusCode).toBe(400);
    expect((await otherSup.request('POST', url, { kind: 'praise', body: 'x' })).json().code).toBe(
      'person.not_found',
    );
    expect(
      (
        await staff.request('POST', `/api/v1/people/${org.people.staffA2.id}/feedback`, {
          kind: 'praise',
          body: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await sup.request('POST', `/api/v1/people/${org.people.supA.id}/feedback`, {
          kind: 'praise',
          body: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the person sees it and is told; nobody outside the scope can see it', async () => {
    expect(
      (await notificationsOf(staff)).some((n) => n.kind === 'feedback.received' && n.entityId === feedbackId),
    ).toBe(true);
    const mine = await staff.request('GET', `/api/v1/people/${org.people.staffA1.id}/feedback`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items[0]).toMatchObject({
      id: feedbackId,
      abilities: { acknowledge: true, reply: true },
    });
    expect((await sup.request('GET', `/api/v1/people/${org.people.staffA1.id}/feedback`)).statusCode).toBe(
      200,
    );
    const peerList = await peer.request('GET', `/api/v1/people/${org.people.staffA1.id}/feedback`);
    expect(peerList.statusCode).toBe(404);
    const outsider = await otherSup.request('GET', `/api/v1/feedback/${feedbackId}`);
    expect(outsider.statusCode).toBe(404);
    expect(outsider.json().code).toBe('feedback.not_found');
  });

  it('pages newest first', async () => {
    for (const body of ['first', 'second', 'third']) {
      clock.advance(60_000);
      await sup.request('POST', `/api/v1/people/${org.people.staffA2.id}/feedback`, { kind: 'praise', body });
    }
    const page = await peer.request('GET', `/api/v1/people/${org.people.staffA2.id}/feedback?limit=2`);
    expect(page.json()).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.json().items.map((i: { body: string }) => i.body)).toEqual(['third', 'second']);
    const next = await peer.request(
      'GET',
      `/api/v1/people/${org.people.staffA2.id}/feedback?limit=2&offset=2`,
    );
    expect(next.json().items.map((i: { body: string }) => i.body)).toEqual(['first']);
  });

  it('only the person acknowledges, once; the author is told', async () => {
    const url = `/api/v1/feedback/${feedbackId}/acknowledge`;
    for (const c of [sup, peer, otherStaff, hr]) {
      const r = await c.request('POST', url);
      expect(r.statusCode).toBe(404);
      expect(r.json().code).toBe('feedback.not_found');
    }
    const ok = await staff.request('POST', url);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().acknowledgedAt).toBe(clock.now().toISOString());
    expect(ok.json().abilities.acknowledge).toBe(false);
    const twice = await staff.request('POST', url);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('feedback.already_acknowledged');
    expect(
      (await notificationsOf(sup)).some(
        (n) => n.kind === 'feedback.acknowledged' && n.entityId === feedbackId,
      ),
    ).toBe(true);
  });

  it('only the person replies, once; the author is told', async () => {
    const url = `/api/v1/feedback/${feedbackId}/reply`;
    expect((await sup.request('POST', url, { reply: 'I am the author' })).statusCode).toBe(404);
    const ok = await staff.request('POST', url, { reply: 'Thanks, I will slow down at the till.' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      reply: 'Thanks, I will slow down at the till.',
      abilities: { reply: false },
    });
    const twice = await staff.request('POST', url, { reply: 'again' });
    expect(twice.statusCode).toBe(409);
    expect((await notificationsOf(sup)).some((n) => n.kind === 'feedback.replied')).toBe(true);
    const actions = (
      await t.database.db
        .selectFrom('auditEvent')
        .select('action')
        .where('entityId', '=', feedbackId)
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['feedback.given', 'feedback.acknowledged', 'feedback.replied']),
    );
  });

  it('recognition: a colleague in the same store, not another store; the wall is per site', async () => {
    // The people one may praise: everyone at one's store (another team too), not oneself, not another store.
    const colleagues = (
      (await staff.request('GET', '/api/v1/recognition/colleagues')).json() as { id: string }[]
    ).map((c) => c.id);
    expect(colleagues).toEqual(
      expect.arrayContaining([org.people.staffB1.id, org.people.staffA2.id, org.people.supB.id]),
    );
    expect(colleagues).not.toContain(org.people.staffA1.id);
    expect(colleagues).not.toContain(org.people.staffX1.id);
    const ok = await staff.request('POST', '/api/v1/recognition', {
      personId: org.people.staffB1.id,
      message: 'Thanks for helping me with the stock count!',
      badge: 'team_player',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      personId: org.people.staffB1.id,
      orgUnitId: org.units.teamB.id,
      badge: 'team_player',
      points: 0,
    });
    const b1 = await loginClient(
      t.app,
      (
        await t.database.db
          .selectFrom('person')
          .select('email')
          .where('id', '=', org.people.staffB1.id)
          .executeTakeFirstOrThrow()
      ).email!,
      PASSWORD,
    );
    expect(
      (await notificationsOf(b1)).some(
        (n) => n.kind === 'recognition.received' && n.entityId === ok.json().id,
      ),
    ).toBe(true);

    const far = await staff.request('POST', '/api/v1/recognition', {
      personId: org.people.staffX1.id,
      message: 'Hi',
    });
    expect(far.statusCode).toBe(404);
    expect(far.json().code).toBe('person.not_found');
    expect(
      (
        await staff.request('POST', '/api/v1/recognition', {
          personId: org.people.staffA1.id,
          message: 'Me!',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await staff.request('POST', '/api/v1/recognition', {
          personId: org.people.staffA2.id,
          message: 'x',
          badge: 'best_ever',
        })
      ).statusCode,
    ).toBe(400);
    // hr sees everyone and may praise across stores.
    expect(
      (
        await hr.request('POST', '/api/v1/recognition', {
          personId: org.people.staffX1.id,
          message: 'Great audit result',
        })
      ).statusCode,
    ).toBe(201);

    const wallA = await peer.request('GET', '/api/v1/recognition');
    expect(wallA.json().unit.id).toBe(org.units.storeA.id);
    expect(wallA.json().items.map((i: { message: string }) => i.message)).toEqual([
      'Thanks for helping me with the stock count!',
    ]);
    const wallX = await otherStaff.request('GET', '/api/v1/recognition');
    expect(wallX.json().unit.id).toBe(org.units.storeX.id);
    expect(wallX.json().items.map((i: { message: string }) => i.message)).toEqual(['Great audit result']);
    expect(
      (await otherStaff.request('GET', `/api/v1/recognition?unitId=${org.units.storeA.id}`)).json().code,
    ).toBe('org_unit.not_found');
    const hrWall = await hr.request('GET', `/api/v1/recognition?unitId=${org.units.teamB.id}`);
    expect(hrWall.json().total).toBe(1);
    const company = await hr.request('GET', '/api/v1/recognition');
    expect(company.json().total).toBe(2);
  });

  it('takes evidence only from within the author’s scope; anything else answers like a missing record', async () => {
    const db = t.database.db;
    const staffA1 = org.people.staffA1.id;
    const batch = async (createdBy: string | null, fileName: string) => {
      const b = await db
        .insertInto('importBatch')
        .values({ via: 'upload', status: 'committed', fileName, sha256: fileName, createdBy })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('observation')
        .values({
          personId: staffA1,
          indicatorId: csat,
          occurredOn: '2026-09-01',
          numerator: 1,
          denominator: 1,
          source: 'import',
          batchId: b.id,
        })
        .execute();
      return b.id;
    };
    const adminBatch = await batch(org.people.admin.userId, 'admin-payroll-export.csv');
    const supBatch = await batch(org.people.supA.userId, 'team-a-tickets.csv');
    const body = 'Evidence in scope only';
    const give = (c: Client, evidence: unknown) =>
      c.request('POST', `/api/v1/people/${staffA1}/feedback`, { kind: 'praise', body, evidence: [evidence] });
    const sameAnswer = (a: { json(): unknown }, b: { json(): unknown }) =>
      expect({ ...(a.json() as object), requestId: '' }).toEqual({ ...(b.json() as object), requestId: '' });

    // The supervisor cannot open the administrator's import…
    const open = await sup.request('GET', `/api/v1/imports/${adminBatch}`);
    expect(open.statusCode).toBe(404);
    expect(open.json().code).toBe('import.not_found');
    // …so cannot reference it either: the same answer as an import that does not exist.
    const theirs = await give(sup, { type: 'import_batch', batchId: adminBatch });
    const missing = await give(sup, {
      type: 'import_batch',
      batchId: '00000000-0000-4000-8000-000000000000',
    });
    expect(theirs.statusCode, theirs.body).toBe(404);
    expect(theirs.json().code).toBe('import.not_found');
    expect(theirs.body).not.toContain('admin-payroll-export');
    sameAnswer(theirs, missing);
    // Their own import, and hr (who may open every import), may be referenced.
    const own = await give(sup, { type: 'import_batch', batchId: supBatch });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().evidence[0]).toMatchObject({
      type: 'import_batch',
      fileName: 'team-a-tickets.csv',
      rows: 1,
    });
    const byHr = await give(hr, { type: 'import_batch', batchId: adminBatch });
    expect(byHr.statusCode, byHr.body).toBe(201);
    expect(byHr.json().evidence[0]).toMatchObject({ fileName: 'admin-payroll-export.csv', rows: 1 });

    // An observation of someone outside the author's scope, or of another person, or none at all.
    const outside = await observe(org.people.staffX1.id, '2026-11-03', 1, 1);
    const peerObs = await observe(org.people.staffA2.id, '2026-11-03', 1, 1);
    const noObs = await give(sup, { type: 'observation', observationId: 2_000_000_000 });
    expect(noObs.statusCode).toBe(404);
    expect(noObs.json().code).toBe('observation.not_found');
    for (const id of [Number(outside.id), Number(peerObs.id)]) {
      sameAnswer(await give(sup, { type: 'observation', observationId: id }), noObs);
    }
    // An indicator that does not exist answers the same way (404, its own not-found code).
    const noInd = await give(sup, {
      type: 'indicator_period',
      indicatorId: '00000000-0000-4000-8000-000000000000',
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(noInd.statusCode).toBe(404);
    expect(noInd.json().code).toBe('indicator.not_found');
    // …and figures of a person outside the scope are refused before any evidence is read.
    const outsider = await otherSup.request('POST', `/api/v1/people/${staffA1}/feedback`, {
      kind: 'praise',
      body,
      evidence: [{ type: 'indicator_period', indicatorId: csat, from: '2026-10-01', to: '2026-10-31' }],
    });
    expect(outsider.statusCode).toBe(404);
    expect(outsider.json().code).toBe('person.not_found');

    // Only the two allowed ones were stored.
    const stored = await db.selectFrom('feedback').select('id').where('body', '=', body).execute();
    expect(stored).toHaveLength(2);
  });
});
