import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation, Scorecard, ScorecardContent } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

const SECTIONS: ScorecardContent = [
  {
    id: 'open',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [
      {
        id: 'greet',
        textEn: 'Greets',
        textZh: '問候',
        type: 'yes_no_na',
        weight: 1,
        critical: 'none',
        naAllowed: false,
      },
    ],
  },
];

describe('assessment notifications: who is told what, in their language', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let manager: Client;
  let card: Scorecard;

  const notes = (userId: string | null) =>
    t.database.db
      .selectFrom('notification')
      .select(['kind', 'entityType', 'entityId', 'data'])
      .where('userId', '=', userId!)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
  const kinds = async (userId: string | null) => (await notes(userId)).map((n) => n.kind);

  async function released(by: Client, releaser: Client, personId: string): Promise<Evaluation> {
    const ev = (
      await by.request('POST', '/api/v1/evaluations', {
        scorecardId: card.id,
        personId,
        channel: 'call',
        occurredOn: '2026-11-09',
        answers: [{ itemId: 'greet', value: 'no' }],
      })
    ).json<Evaluation>();
    expect((await by.request('POST', `/api/v1/evaluations/${ev.id}/submit`)).statusCode).toBe(200);
    const res = await releaser.request('POST', `/api/v1/evaluations/${ev.id}/release`);
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    await installIndicators(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    await t.database.db
      .updateTable('appUser')
      .set({ locale: 'zh-Hant' })
      .where('id', '=', org.people.staffA1.userId!)
      .execute();
    card = (
      await admin.request('POST', '/api/v1/scorecards', {
        code: 'QA-NOTE',
        kind: 'qa_interaction',
        titleEn: 'Call review',
        titleZh: '通話評審',
        sections: SECTIONS,
      })
    ).json();
  });
  afterAll(() => t.close());

  let ev: Evaluation;
  it('tells the person of a release in their language, and the assessor when someone else released it', async () => {
    ev = await released(sup, manager, org.people.staffA1.id);
    const toPerson = await notes(org.people.staffA1.userId);
    expect(toPerson).toEqual([
      { kind: 'evaluation.released', entityType: 'evaluation', entityId: ev.id, data: { title: '通話評審' } },
    ]);
    expect(await notes(org.people.supA.userId)).toEqual([
      {
        kind: 'evaluation.released_by_other',
        entityType: 'evaluation',
        entityId: ev.id,
        data: { title: 'Call review' },
      },
    ]);
    // whoever released their own evaluation is not told of it
    expect(await kinds(org.people.manager.userId)).toEqual([]);
  });

  it('tells the arbitrators above the person of a dispute, never the assessor or the person', async () => {
    const res = await staff.request('POST', `/api/v1/evaluations/${ev.id}/disputes`, {
      items: [{ itemId: 'greet', reason: 'I did greet.' }],
    });
    expect(res.statusCode).toBe(201);
    const toManager = await notes(org.people.manager.userId);
    expect(toManager).toEqual([
      {
        kind: 'evaluation.dispute_raised',
        entityType: 'evaluation_dispute',
        entityId: ev.id,
        data: { title: 'Call review', personName: expect.stringMatching(/^Given\d+ Family\d+$/), count: 1 },
      },
    ]);
    expect(await kinds(org.people.supA.userId)).not.toContain('evaluation.dispute_raised');
    expect(await kinds(org.people.staffA1.userId)).not.toContain('evaluation.dispute_raised');
    // those who see everyone are not told while someone on the person's line may arbitrate
    expect(await kinds(org.people.hr.userId)).toEqual([]);
    expect(await kinds(org.people.admin.userId)).toEqual([]);
  });

  it('tells the person and the assessor of the decision', async () => {
    const d =
      ev.disputes[0] ??
      (await staff.request('GET', `/api/v1/evaluations/${ev.id}`)).json<Evaluation>().disputes[0]!;
    const res = await manager.request('POST', `/api/v1/evaluation-disputes/${d.id}/decide`, {
      outcome: 'accepted',
      value: 'yes',
      note: 'The recording has the greeting.',
    });
    expect(res.statusCode).toBe(200);
    // one clock: find each by its kind
    const last = async (userId: string | null, kind: string) =>
      (await notes(userId)).filter((n) => n.kind === kind);
    expect(await last(org.people.staffA1.userId, 'evaluation.dispute_decided')).toEqual([
      {
        kind: 'evaluation.dispute_decided',
        entityType: 'evaluation',
        entityId: ev.id,
        data: { title: '通話評審', outcome: 'accepted', itemId: 'greet' },
      },
    ]);
    expect(await last(org.people.supA.userId, 'evaluation.dispute_decided_assessor')).toEqual([
      {
        kind: 'evaluation.dispute_decided_assessor',
        entityType: 'evaluation',
        entityId: ev.id,
        data: { title: 'Call review', outcome: 'accepted', itemId: 'greet' },
      },
    ]);
    expect(await kinds(org.people.manager.userId)).not.toContain('evaluation.dispute_decided');
  });

  it('never names the original assessor as arbitrator: the only one on the line wrote it', async () => {
    const own = await released(manager, manager, org.people.staffA2.id);
    const before = await kinds(org.people.manager.userId);
    const res = await peer.request('POST', `/api/v1/evaluations/${own.id}/disputes`, {
      items: [{ itemId: 'greet', reason: 'I did greet.' }],
    });
    expect(res.statusCode).toBe(201);
    expect(await kinds(org.people.manager.userId)).toEqual(before);
    // then those who may arbitrate for everyone are told
    expect(await kinds(org.people.hr.userId)).toEqual(['evaluation.dispute_raised']);
    expect(await kinds(org.people.admin.userId)).toEqual(['evaluation.dispute_raised']);
  });
});
