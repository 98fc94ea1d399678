import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/http.js';
import { seedDemo } from '../../db/seed/demo.js';
import { DEMO_COURSES } from './training.demo.js';

describe('training demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // seedDemo calls seedTrainingDemo with the people it made.
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it('seeds the catalogue, an overdue and a completed assignment, and an active coaching plan with a session', async () => {
    const db = t.database.db;
    const courses = await db.selectFrom('course').select(['code', 'indicatorIds', 'titleZh']).execute();
    expect(courses).toHaveLength(DEMO_COURSES.length);
    expect(courses.find((c) => c.code === 'SS-102')?.indicatorIds).toHaveLength(2);
    expect(courses.every((c) => c.titleZh)).toBe(true);
    const assignments = await db.selectFrom('trainingAssignment').selectAll().execute();
    const today = new Date().toISOString().slice(0, 10);
    expect(
      assignments.filter((a) => a.status === 'assigned' && a.dueOn !== null && a.dueOn < today),
    ).toHaveLength(1);
    // The assessor course completions of certification.demo.ts aside.
    const completed = assignments.filter(
      (a) => a.status === 'completed' && a.reason !== 'Assessor certification',
    );
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ score: 94, passed: true });
    const plans = await db.selectFrom('coachingPlan').selectAll().execute();
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ status: 'active', origin: 'needs_attention' });
    expect(plans[0]!.gap).toMatch(/^CSAT/);
    const sessions = await db.selectFrom('coachingSession').selectAll().execute();
    expect(sessions).toHaveLength(1);
    const actions = await db
      .selectFrom('actionItem')
      .selectAll()
      .where('coachingPlanId', '=', plans[0]!.id)
      .execute();
    expect(actions).toHaveLength(2);
  });
});
