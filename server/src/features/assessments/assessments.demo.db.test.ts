import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingNeeds } from '@frontline/contract';
import { createTestApp, loginClient, type TestApp } from '../../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.js';

describe('assessments demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it('seeds a scorecard of each kind, released evaluations as observations, and one open dispute', async () => {
    const db = t.database.db;
    const cards = await db.selectFrom('scorecard').select(['kind', 'indicatorId']).execute();
    expect(cards.map((c) => c.kind).sort()).toEqual(['floor_observation', 'mystery_shop', 'qa_interaction']);
    expect(cards.every((c) => c.indicatorId)).toBe(true);
    const evs = await db.selectFrom('evaluation').select(['status', 'observationId', 'visitKey']).execute();
    const released = evs.filter((e) => e.status === 'released');
    // Four by the demo's assessors plus 15 routine contact reviews, eight mystery-shopper visits
    // imported (mystery-shop.demo.ts).
    expect(released.filter((e) => e.visitKey === null)).toHaveLength(19);
    expect(released.filter((e) => e.visitKey !== null)).toHaveLength(8);
    expect(released.every((e) => e.observationId !== null)).toBe(true);
    // One here, two from the QA sampling demo's queue (sampling.demo.ts).
    expect(evs.filter((e) => e.status === 'submitted')).toHaveLength(3);
    // The centre manager finds Jacky's dispute in the queue; the assessor scores her assigned units.
    const patrick = await loginClient(t.app, 'patrick.chu@demo.frontline.test', DEMO_PASSWORD);
    const queue = (await patrick.request('GET', '/api/v1/evaluation-disputes')).json();
    expect(queue).toHaveLength(1);
    expect(queue[0].dispute.itemId).toBe('verify');
    const queenie = await loginClient(t.app, 'queenie.lai@demo.frontline.test', DEMO_PASSWORD);
    const people = (await queenie.request('GET', '/api/v1/evaluations/people')).json() as {
      nameEn: string;
    }[];
    expect(people.map((p) => p.nameEn)).toEqual(expect.arrayContaining(['Jacky Ng', 'Ka Yan Lee']));
  });

  it('gives the team leader a training need from a scorecard item: Jacky does not summarise the next steps', async () => {
    const lead = await loginClient(t.app, 'lead@demo.frontline.test', DEMO_PASSWORD);
    const needs = (await lead.request('GET', '/api/v1/training/needs')).json() as TrainingNeeds;
    // Jacky 5 missed of 7; the team 5 of 17 (Brian, Elaine, Marco, Stella and Gary twice, all summarised).
    expect(needs.itemNeeds.map((n) => [n.person.nameEn, n.item.itemId, n.missed, n.answered])).toEqual([
      ['Jacky Ng', 'summary', 5, 7],
    ]);
    expect(needs.itemNeeds[0]!.team).toMatchObject({ missed: 5, answered: 17 });
    expect(needs.itemNeeds[0]!.courses.map((c) => c.code)).toEqual(['SS-103']);
  });
});
