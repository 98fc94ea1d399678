import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assignment, Course, TrainingNeeds } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';

describe('training: catalogue, assignments, completion and the needs analysis', () => {
  // 2026-11-10 10:00 in Hong Kong
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let csat: string;
  let hr: Client;
  let sup: Client;
  let staff: Client;
  let other: Client;
  let course: Course;
  let onJob: Course;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    const sys = systemActor('test');
    await t.services.indicators.installPresets(sys);
    csat = (
      await t.database.db
        .selectFrom('indicator')
        .select('id')
        .where('code', '=', 'CSAT')
        .executeTakeFirstOrThrow()
    ).id;
    await t.services.indicators.createTarget(sys, {
      indicatorId: csat,
      jobRoleId: org.role.id,
      standard: 90,
      effectiveFrom: '2026-01-01',
    });
    // staffA1 (has the job role) at 70% CSAT over the last four weeks: below the 90% standard.
    await t.database.db
      .insertInto('observation')
      .values(
        Array.from({ length: 27 }, (_, d) => ({
          personId: org.people.staffA1.id,
          indicatorId: csat,
          occurredOn: addDays('2026-10-14', d),
          numerator: 7,
          denominator: 10,
          source: 'test',
        })),
      )
      .execute();
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    other = await loginClient(t.app, org.people.supX.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('lets hr keep the catalogue; everyone reads it; codes are unique; links are checked', async () => {
    const res = await hr.request('POST', '/api/v1/courses', {
      code: 'CS-101',
      titleEn: 'Greeting and needs discovery',
      titleZh: '迎客及了解顧客需要',
      category: 'service_skills',
      durationHours: 3,
      passScore: 80,
      indicatorIds: [csat],
    });
    expect(res.statusCode, res.body).toBe(201);
    course = res.json() as Course;
    expect(course.indicatorCodes).toEqual(['CSAT']);
    const dup = await hr.request('POST', '/api/v1/courses', {
      code: 'CS-101',
      titleEn: 'Again',
      category: 'service_skills',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('course.code_taken');
    const bad = await hr.request('POST', '/api/v1/courses', {
      code: 'CS-102',
      titleEn: 'Bad link',
      category: 'service_skills',
      indicatorIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await sup.request('POST', '/api/v1/courses', { code: 'X', titleEn: 'X', category: 'compliance' }))
        .statusCode,
    ).toBe(403);
    onJob = (
      await hr.request('POST', '/api/v1/courses', {
        code: 'OJT-1',
        titleEn: 'Till on-the-job',
        category: 'on_the_job',
      })
    ).json() as Course;
    const patched = await hr.request('PATCH', `/api/v1/courses/${onJob.id}`, {
      indicatorIds: [csat],
      titleZh: '收銀在職培訓',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const list = (await staff.request('GET', `/api/v1/courses?indicatorId=${csat}`)).json() as Course[];
    expect(list.map((c) => c.code)).toEqual(['OJT-1', 'CS-101']);
  });

  it('suggests linked courses for an indicator someone is below standard on, minus the ones already assigned', async () => {
    const res = await sup.request('GET', '/api/v1/training/needs');
    expect(res.statusCode, res.body).toBe(200);
    const needs = res.json() as TrainingNeeds;
    expect(needs.sources).toEqual(['indicators']);
    const mine = needs.items.find(
      (i) => i.person.id === org.people.staffA1.id && i.indicator.code === 'CSAT',
    );
    expect(mine?.figure.value).toBeCloseTo(70, 6);
    expect(mine?.figure.target).toBe(90);
    expect(mine?.courses.map((c) => c.code).sort()).toEqual(['CS-101', 'OJT-1']);
    expect((await staff.request('GET', '/api/v1/training/needs')).statusCode).toBe(403);
  });

  it('assigns in scope, completes by the person with evidence only, by the assigner with a score', async () => {
    const a = await sup.request('POST', '/api/v1/training/assignments', {
      courseId: course.id,
      personId: org.people.staffA1.id,
      dueOn: '2026-11-12',
      reason: 'CSAT below standard',
    });
    expect(a.statusCode, a.body).toBe(201);
    const assigned = a.json() as Assignment;
    expect(assigned.overdue).toBe(false);
    const twice = await sup.request('POST', '/api/v1/training/assignments', {
      courseId: course.id,
      personId: org.people.staffA1.id,
    });
    expect(twice.statusCode).toBe(409);
    const hidden = await other.request('POST', '/api/v1/training/assignments', {
      courseId: course.id,
      personId: org.people.staffA1.id,
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('person.not_found');
    expect(
      (
        await other.request('POST', `/api/v1/training/assignments/${assigned.id}/complete`, { evidence: 'x' })
      ).json().code,
    ).toBe('training.not_found');

    // Now assigned, CS-101 is no longer suggested.
    const needs = (await sup.request('GET', '/api/v1/training/needs')).json() as TrainingNeeds;
    const mine = needs.items.find(
      (i) => i.person.id === org.people.staffA1.id && i.indicator.code === 'CSAT',
    );
    expect(mine?.courses.map((c) => c.code)).toEqual(['OJT-1']);

    const selfScore = await staff.request('POST', `/api/v1/training/assignments/${assigned.id}/complete`, {
      score: 100,
    });
    expect(selfScore.statusCode).toBe(403);
    const selfDone = await staff.request('POST', `/api/v1/training/assignments/${assigned.id}/complete`, {
      evidence: 'Completed the e-learning module and the role-play.',
    });
    expect(selfDone.statusCode, selfDone.body).toBe(200);
    expect((selfDone.json() as Assignment).status).toBe('completed');
    expect((selfDone.json() as Assignment).passed).toBeNull();
    const again = await sup.request('POST', `/api/v1/training/assignments/${assigned.id}/complete`, {
      score: 90,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('training.invalid_state');

    const b = (
      await sup.request('POST', '/api/v1/training/assignments', {
        courseId: course.id,
        personId: org.people.staffA2.id,
      })
    ).json() as Assignment;
    const scored = await sup.request('POST', `/api/v1/training/assignments/${b.id}/complete`, { score: 75 });
    expect(scored.statusCode, scored.body).toBe(200);
    expect((scored.json() as Assignment).passed).toBe(false);

    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', assigned.id)
      .execute();
    expect(audit.map((x) => x.action)).toEqual(
      expect.arrayContaining(['training.assigned', 'training.completed']),
    );
  });

  it('shows overdue work to the person, and only the assigner side cancels', async () => {
    const a = (
      await sup.request('POST', '/api/v1/training/assignments', {
        courseId: onJob.id,
        personId: org.people.staffA1.id,
        dueOn: '2026-11-12',
      })
    ).json() as Assignment;
    clock.set(new Date('2026-11-20T02:00:00Z'));
    // Sessions idle-expire over ten days: sign in again.
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    const mine = (
      await staff.request('GET', '/api/v1/training/assignments?scope=mine')
    ).json() as Assignment[];
    expect(mine.find((x) => x.id === a.id)?.overdue).toBe(true);
    const overdue = (
      await sup.request('GET', '/api/v1/training/assignments?overdue=true')
    ).json() as Assignment[];
    expect(overdue.map((x) => x.id)).toEqual([a.id]);
    expect(
      (await staff.request('POST', `/api/v1/training/assignments/${a.id}/cancel`, { reason: 'no' }))
        .statusCode,
    ).toBe(403);
    const cancelled = await sup.request('POST', `/api/v1/training/assignments/${a.id}/cancel`, {
      reason: 'Moved to the warehouse',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect((cancelled.json() as Assignment).overdue).toBe(false);
    const twice = await sup.request('POST', `/api/v1/training/assignments/${a.id}/cancel`, {
      reason: 'again',
    });
    expect(twice.json().code).toBe('training.invalid_state');
  });
});
