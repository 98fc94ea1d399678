import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaQueue, SamplingPlan, SamplingPlanSummary } from '@frontline/contract';
import { createTestApp, loginClient, type TestApp } from '../../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.js';
import { fixedClock } from '../../lib/clock.js';

// The demo never draws an empty month: from the 8th day of a month it draws that month, before then
// the month before; the plan and the queue show that draw while the current month is not drawn.
describe.each([
  { now: '2026-12-17T02:00:00Z', sampled: '2026-12', current: '2026-12' },
  { now: '2026-12-01T02:00:00Z', sampled: '2026-11', current: '2026-12' },
  { now: '2027-03-07T15:00:00Z', sampled: '2027-02', current: '2027-03' },
])('QA sampling demo seed on $now', ({ now, sampled, current }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock: fixedClock(new Date(now)) });
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it(`draws ${sampled} for the contact centre; the assessor has two items done`, async () => {
    const patrick = await loginClient(t.app, 'patrick.chu@demo.frontline.test', DEMO_PASSWORD);
    const plans: SamplingPlanSummary[] = (await patrick.request('GET', '/api/v1/sampling-plans')).json();
    expect(plans).toHaveLength(1);
    const plan: SamplingPlan = (
      await patrick.request('GET', `/api/v1/sampling-plans/${plans[0]!.id}`)
    ).json();
    expect(plan.currentPeriod).toBe(current);
    expect(plan.periods).toEqual([sampled]);
    expect(plan.draw?.period).toBe(sampled);
    expect(plan.draw!.items.length).toBeGreaterThan(8);
    expect(new Set(plan.draw!.items.map((i) => i.channel)).size).toBeGreaterThan(1);
    expect(plan.draw!.progress.done).toBe(2);
    const queenie = await loginClient(t.app, 'queenie.lai@demo.frontline.test', DEMO_PASSWORD);
    const q: QaQueue = (await queenie.request('GET', '/api/v1/qa-queue')).json();
    expect(q.period).toBe(sampled);
    expect(q.progress.done).toBe(2);
    expect(q.items.length).toBe(plan.draw!.items.filter((i) => i.assessor !== null).length);
  });
});
