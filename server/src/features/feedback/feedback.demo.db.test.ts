import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/http.js';
import { seedDemo } from '../../db/seed/demo.js';
import { seedFeedbackDemo } from './feedback.demo.js';

describe('feedback demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.services);
    const rows = await t.database.db.selectFrom('person').select(['id', 'employeeNumber']).execute();
    const people = new Map(rows.map((r) => [r.employeeNumber, r.id]));
    // The demo seed may already call it; seed into a clean slate either way.
    if ((await t.database.db.selectFrom('rewardScheme').select('id').execute()).length === 0) {
      await seedFeedbackDemo(t.services, people);
    }
  }, 180_000);
  afterAll(() => t.close());

  it('has feedback with evidence, a wall, two schemes and their awards', async () => {
    const db = t.database.db;
    const feedback = await db.selectFrom('feedback').selectAll().execute();
    expect(feedback.length).toBeGreaterThanOrEqual(5);
    expect(feedback.some((f) => f.reply !== null && f.acknowledgedAt !== null)).toBe(true);
    const schemes = await db.selectFrom('rewardScheme').select(['code', 'kind']).orderBy('code').execute();
    expect(schemes).toEqual([
      { code: 'CSAT-STAR', kind: 'rule' },
      { code: 'CUSTOMER-HERO', kind: 'manual' },
    ]);
    const awards = await db
      .selectFrom('award as a')
      .innerJoin('rewardScheme as s', 's.id', 'a.schemeId')
      .select(['s.code', 'a.evidence'])
      .execute();
    const stars = awards.filter((a) => a.code === 'CSAT-STAR');
    expect(stars.length).toBeGreaterThan(0);
    for (const s of stars) {
      const e = s.evidence as { value: number; n: number };
      expect(e.value).toBeGreaterThanOrEqual(95);
      expect(e.n).toBeGreaterThanOrEqual(30);
    }
    expect(awards.filter((a) => a.code === 'CUSTOMER-HERO')).toHaveLength(2);
    const posts = await db.selectFrom('recognition').select('awardId').execute();
    expect(posts.filter((p) => p.awardId === null)).toHaveLength(6);
    expect(posts.filter((p) => p.awardId !== null)).toHaveLength(awards.length);
  });
});
