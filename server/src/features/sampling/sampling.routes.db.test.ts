import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaQueue, SamplingPlan, Scorecard, ScorecardContent } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';
import { halfWidth95 } from '../../lib/stats/sampling.js';
import { ASSUMED_SD } from './sampling.service.js';

const SECTIONS: ScorecardContent = [
  {
    id: 's',
    titleEn: 'Service',
    titleZh: '服務',
    items: [
      {
        id: 'greet',
        textEn: 'Greets by name',
        textZh: '以姓名問候',
        type: 'yes_no_na',
        weight: 1,
        critical: 'none',
        naAllowed: true,
      },
    ],
  },
];

const BATCH = '11111111-1111-4111-8111-111111111111';

describe('QA sampling over HTTP', () => {
  const clock = fixedClock(new Date('2026-11-20T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let manager: Client;
  let assessor: Client;
  let supB: Client;
  let staff: Client;
  let card: Scorecard;
  let indicator: (code: string) => string;

  const count = async (table: 'samplingPlan' | 'samplingDraw' | 'samplingItem' | 'auditEvent') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Imported interactions: `n` of a key form for a person, one observation (or two) each. */
  async function interactions(personId: string, prefix: string, n: number, day = '2026-11-05') {
    const rows = Array.from({ length: n }, (_, i) => ({
      personId,
      indicatorId: indicator('CSAT'),
      occurredOn: day,
      numerator: 1,
      denominator: 1,
      source: 'zendesk',
      batchId: BATCH,
      externalKey: `${prefix}${i + 1}`,
    }));
    // Two observations of the same ticket are one interaction.
    await t.database.db
      .insertInto('observation')
      .values([...rows, ...rows.slice(0, 1).map((r) => ({ ...r, indicatorId: indicator('FCR') }))])
      .execute();
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    indicator = await installIndicators(t.services);
    const admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    assessor = await loginClient(t.app, org.people.assessorA.email, PASSWORD);
    supB = await loginClient(t.app, org.people.supB.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    card = (
      await admin.request('POST', '/api/v1/scorecards', {
        code: 'SMP-1',
        kind: 'qa_interaction',
        titleEn: 'Ticket review',
        titleZh: '工單評審',
        sections: SECTIONS,
      })
    ).json();
    // assessor A scores team A and team B; supervisor B scores team A.
    await t.database.db
      .insertInto('assessorUnit')
      .values([
        { assessorPersonId: org.people.assessorA.id, orgUnitId: org.units.teamA.id },
        { assessorPersonId: org.people.assessorA.id, orgUnitId: org.units.teamB.id },
        { assessorPersonId: org.people.supB.id, orgUnitId: org.units.teamA.id },
      ])
      .execute();
    const p = org.people;
    await interactions(p.staffA1.id, 'zendesk:ticket:10', 6);
    await interactions(p.staffA1.id, 'chatwoot:csat:50', 2);
    await interactions(p.staffA1.id, 'zendesk:ticket:99', 3, '2026-12-02'); // another month
    await interactions(p.staffA1.id, 'pos:someone:', 2); // not an interaction
    await interactions(p.staffA2.id, 'freshdesk:ticket:20', 1);
    await interactions(p.assessorA.id, 'connect:assessor:', 3);
  });
  afterAll(() => t.close());

  const body = () => ({
    title: 'November tickets',
    scorecardId: card.id,
    perPerson: 4,
    periodKind: 'month' as const,
    orgUnitId: org.units.teamA.id,
    assessorUserIds: [org.people.assessorA.userId!, org.people.supB.userId!],
  });

  it('refuses bad plans with a 4xx and changes nothing; only assessments.manage may create', async () => {
    const before = [await count('samplingPlan'), await count('auditEvent')];
    for (const bad of [
      { ...body(), perPerson: 0 },
      { ...body(), perPerson: 51 },
      { ...body(), scorecardId: '00000000-0000-4000-8000-000000000000' },
      { ...body(), periodKind: 'year' },
      { ...body(), assessorUserIds: [org.people.staffA1.userId!] },
    ]) {
      const res = await manager.request('POST', '/api/v1/sampling-plans', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await staff.request('POST', '/api/v1/sampling-plans', body())).statusCode).toBe(403);
    expect((await assessor.request('GET', '/api/v1/sampling-plans')).statusCode).toBe(403);
    expect([await count('samplingPlan'), await count('auditEvent')]).toEqual(before);
  });

  let plan: SamplingPlan;

  it('creates a plan and states its precision (assumed spread with no released evaluations)', async () => {
    const res = await manager.request('POST', '/api/v1/sampling-plans', body());
    expect(res.statusCode).toBe(201);
    plan = res.json();
    expect(plan.precision.sdSource).toBe('assumed');
    expect(plan.precision.sd).toBe(ASSUMED_SD);
    // 1.96 × 15 / √4 = 14.70
    expect(plan.precision.halfWidth).toBeCloseTo(14.7, 2);
    expect(plan.precision.alternatives.map((a) => a.n)).toEqual([2, 4, 8, 12]);
    expect(plan.precision.alternatives[3]!.halfWidth).toBeCloseTo(halfWidth95(15, 12), 6);
    expect(plan.currentPeriod).toBe('2026-11');
    expect(plan.draw).toBeNull();
  });

  it('refuses bad periods, then draws stratified, never assigning anyone to themself', async () => {
    const before = [await count('samplingDraw'), await count('auditEvent')];
    for (const period of ['2026-13', '2026-W48', 'november', '2025-W53']) {
      const res = await manager.request('POST', `/api/v1/sampling-plans/${plan.id}/draws`, { period });
      expect(res.statusCode, period).toBe(400);
    }
    expect([await count('samplingDraw'), await count('auditEvent')]).toEqual(before);

    const res = await manager.request('POST', `/api/v1/sampling-plans/${plan.id}/draws`, {
      period: '2026-11',
      seed: 7,
    });
    expect(res.statusCode).toBe(200);
    const drawn: SamplingPlan = res.json();
    const d = drawn.draw!;
    expect(d.seed).toBe(7);
    const p = org.people;
    const line = (id: string) => d.people.find((l) => l.personId === id)!;
    expect(line(p.staffA1.id)).toMatchObject({ available: 8, planned: 4, drawn: 4 });
    expect(line(p.staffA2.id)).toMatchObject({ available: 1, planned: 4, drawn: 1 });
    expect(line(p.assessorA.id)).toMatchObject({ available: 3, drawn: 3 });
    const a1 = d.items.filter((i) => i.person.id === p.staffA1.id);
    // 6 tickets and 2 chats, n 4: quotas 3 and 1.
    expect(a1.filter((i) => i.channel === 'ticket')).toHaveLength(3);
    expect(a1.filter((i) => i.channel === 'chat')).toHaveLength(1);
    expect(new Set(a1.map((i) => i.interactionKey)).size).toBe(4);
    expect(
      a1.every((i) => i.dueOn === '2026-11-30' && !i.interactionKey.startsWith('zendesk:ticket:99')),
    ).toBe(true);
    // The assessor's own calls go to supervisor B only.
    const own = d.items.filter((i) => i.person.id === p.assessorA.id);
    expect(own.every((i) => i.assessor?.userId === p.supB.userId)).toBe(true);
    expect(own.every((i) => i.channel === 'call')).toBe(true);
    // Round-robin: both assessors get some of staff A1's.
    expect(new Set(a1.map((i) => i.assessor?.userId)).size).toBe(2);
    expect(d.progress).toEqual({ done: 0, planned: 8 });

    // Idempotent: the same draw again, nothing written.
    const audits = await count('auditEvent');
    const again: SamplingPlan = (
      await manager.request('POST', `/api/v1/sampling-plans/${plan.id}/draws`, {
        period: '2026-11',
        seed: 99,
      })
    ).json();
    expect(again.draw!.items.map((i) => i.id)).toEqual(d.items.map((i) => i.id));
    expect(again.draw!.seed).toBe(7);
    expect(await count('auditEvent')).toBe(audits);

    // Deterministic: another plan with the same people and seed draws the same interactions.
    const other: SamplingPlan = (await manager.request('POST', '/api/v1/sampling-plans', body())).json();
    const twin: SamplingPlan = (
      await manager.request('POST', `/api/v1/sampling-plans/${other.id}/draws`, {
        period: '2026-11',
        seed: 7,
      })
    ).json();
    expect(twin.draw!.items.map((i) => i.interactionKey)).toEqual(d.items.map((i) => i.interactionKey));
    const changed: SamplingPlan = (
      await manager.request('PATCH', `/api/v1/sampling-plans/${other.id}`, { active: false })
    ).json();
    expect(changed.active).toBe(false);
    const paused = await manager.request('POST', `/api/v1/sampling-plans/${other.id}/draws`, {
      period: '2026-10',
    });
    expect(paused.statusCode).toBe(409);
  });

  it('shows each assessor their queue; scoring an item links it and submitting marks it done', async () => {
    expect((await staff.request('GET', '/api/v1/qa-queue')).statusCode).toBe(403);
    const q: QaQueue = (await assessor.request('GET', '/api/v1/qa-queue')).json();
    expect(q.items.length).toBeGreaterThan(0);
    expect(q.items.every((i) => i.assessor?.userId === org.people.assessorA.userId)).toBe(true);
    expect(q.items.every((i) => i.person.id !== org.people.assessorA.id)).toBe(true);
    const item = q.items.find((i) => i.person.id === org.people.staffA1.id)!;
    expect(item.batchId).toBeNull(); // the batch is not a committed import here
    const created = await assessor.request('POST', '/api/v1/evaluations', {
      scorecardId: item.scorecardId,
      personId: item.person.id,
      channel: item.channel,
      ticketKey: item.interactionKey,
      occurredOn: item.occurredOn,
      answers: [{ itemId: 'greet', value: 'yes' }],
    });
    expect(created.statusCode).toBe(201);
    const evId = created.json<{ id: string }>().id;
    let q2: QaQueue = (await assessor.request('GET', '/api/v1/qa-queue?period=2026-11')).json();
    let it2 = q2.items.find((i) => i.id === item.id)!;
    expect(it2.evaluation).toEqual({ id: evId, status: 'draft' });
    expect(it2.done).toBe(false);
    expect((await assessor.request('POST', `/api/v1/evaluations/${evId}/submit`)).statusCode).toBe(200);
    q2 = (await assessor.request('GET', '/api/v1/qa-queue')).json();
    it2 = q2.items.find((i) => i.id === item.id)!;
    expect(it2.done).toBe(true);
    // The twin plan drew the same interaction: its item is done by the same evaluation.
    const same = q2.items.filter(
      (i) => i.interactionKey === item.interactionKey && i.person.id === item.person.id,
    );
    expect(same.every((i) => i.done)).toBe(true);
    expect(q2.progress.done).toBe(same.length);
    expect(q2.people.find((p) => p.personId === item.person.id)?.done).toBe(same.length);
    // The lead sees it in the plan's progress per assessor.
    const seen: SamplingPlan = (await manager.request('GET', `/api/v1/sampling-plans/${plan.id}`)).json();
    expect(seen.draw!.progress.done).toBe(1);
    expect(seen.draw!.assessors.find((a) => a.userId === org.people.assessorA.userId)?.done).toBe(1);
    // Supervisor B's queue holds none of assessor A's items.
    const qb: QaQueue = (await supB.request('GET', '/api/v1/qa-queue')).json();
    expect(qb.items.every((i) => i.assessor?.userId === org.people.supB.userId)).toBe(true);
  });
});
