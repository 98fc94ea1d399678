import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duty, RosterPlan, ShiftTemplate } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';
import { erlangC } from './demand.js';
import { json } from '../../db/json.js';

describe('work allocation: duties, profiles, a plan optimised, edited with its warnings, published, in My roster', () => {
  // Tuesday 2026-11-10, 10:00 in Hong Kong; the plan is the week from Monday 2026-11-16.
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  const MONDAY = '2026-11-16';
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let otherSup: Client;
  let staff: Client;
  let indicator: (code: string) => string;
  let phone: Duty;
  let early: ShiftTemplate;
  let late: ShiftTemplate;
  let plan: RosterPlan;
  const team = () => [org.people.staffA1.id, org.people.staffA2.id, org.people.assessorA.id];

  const profile = (over: Record<string, unknown> = {}) => ({
    minWeekHours: 0,
    maxWeekHours: 40,
    maxConsecutiveDays: 5,
    minRestHours: 11,
    hourlyCost: 60,
    overtimePremium: 1.5,
    skills: [{ dutyId: phone.id, level: 2 }],
    unavailableDates: [],
    preferences: [],
    ...over,
  });
  const auditCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    indicator = await installIndicators(t.services);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    otherSup = await loginClient(t.app, org.people.supX.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('sets up a duty, two shifts and the team’s profiles; refuses one’s own and another team’s', async () => {
    let res = await sup.request('POST', '/api/v1/duties', {
      unitId: org.units.teamA.id,
      code: 'PHONE',
      nameEn: 'Phone queue',
      nameZh: '電話隊列',
      minLevel: 2,
      standard: 'Answer 80% within 20 s',
      outputs: 'Calls answered and logged',
      indicatorIds: [indicator('AHT')],
    });
    expect(res.statusCode, res.body).toBe(201);
    phone = res.json();
    expect(phone.indicatorCodes).toEqual(['AHT']);
    res = await sup.request('POST', '/api/v1/duties', { ...phone, id: undefined });
    expect(res.statusCode).toBe(400); // id and the read-only fields are not part of the input
    const shift = (code: string, start: number, end: number) => ({
      unitId: org.units.teamA.id,
      code,
      nameEn: `${code} shift`,
      nameZh: `${code} 更`,
      startMinute: start,
      endMinute: end,
      breakMinutes: 60,
    });
    res = await sup.request('POST', '/api/v1/shift-templates', shift('E', 7 * 60, 15 * 60));
    expect(res.statusCode, res.body).toBe(201);
    early = res.json();
    expect(early.paidMinutes).toBe(7 * 60);
    late = (await sup.request('POST', '/api/v1/shift-templates', shift('L', 13 * 60, 21 * 60))).json();
    res = await sup.request('POST', '/api/v1/shift-templates', shift('L', 13 * 60, 21 * 60));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('rostering.code_taken');

    for (const id of team()) {
      const over = id === org.people.staffA2.id ? { unavailableDates: [addDays(MONDAY, 2)] } : {};
      res = await sup.request('PUT', `/api/v1/roster-profiles/${id}`, profile(over));
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(
      (await sup.request('PUT', `/api/v1/roster-profiles/${org.people.supA.id}`, profile())).statusCode,
    ).toBe(403);
    expect(
      (await otherSup.request('PUT', `/api/v1/roster-profiles/${team()[0]}`, profile())).statusCode,
    ).toBe(404);
    const before = await auditCount();
    res = await sup.request('PUT', `/api/v1/roster-profiles/${team()[0]}`, profile({ minWeekHours: 45 }));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('rostering.min_above_max');
    expect(await auditCount()).toBe(before);
    res = await staff.request('GET', `/api/v1/roster-profiles/${org.people.staffA1.id}`);
    expect(res.json()).toMatchObject({ saved: true, maxWeekHours: 40 });
  });

  it('starts a plan on a Monday for the leader’s team, and sets the demand on the version seen', async () => {
    let res = await sup.request('POST', '/api/v1/roster-plans', {
      unitId: org.units.teamA.id,
      name: 'Week 47',
      startsOn: addDays(MONDAY, 1),
      weeks: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('rostering.not_monday');
    res = await sup.request('POST', '/api/v1/roster-plans', {
      unitId: org.units.teamA.id,
      name: 'Week 47',
      startsOn: MONDAY,
      weeks: 1,
    });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json();
    expect(plan.people.map((p) => p.personId).sort()).toEqual([...team()].sort());
    expect(plan.status).toBe('draft');

    const cells = Array.from({ length: 7 }, (_, day) => [
      { day, shiftTemplateId: early.id, dutyId: phone.id, headcount: 1 },
      { day, shiftTemplateId: late.id, dutyId: phone.id, headcount: 1 },
    ]).flat();
    res = await sup.request('PUT', `/api/v1/roster-plans/${plan.id}/demand`, {
      version: plan.version,
      cells: [{ day: 7, shiftTemplateId: early.id, dutyId: phone.id, headcount: 1 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('rostering.day_outside_plan');
    res = await sup.request('PUT', `/api/v1/roster-plans/${plan.id}/demand`, {
      version: plan.version,
      cells,
    });
    expect(res.statusCode, res.body).toBe(200);
    const stale = plan.version;
    plan = res.json();
    expect(plan.version).toBe(stale + 1);
    expect(plan.totals.shortfall).toBe(14);
    res = await sup.request('PUT', `/api/v1/roster-plans/${plan.id}/demand`, { version: stale, cells: [] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('rostering.plan_changed');

    expect((await otherSup.request('GET', `/api/v1/roster-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await staff.request('GET', `/api/v1/roster-plans/${plan.id}`)).statusCode).toBe(403);
  });

  it('optimises in the background: every shift covered, no rule broken, the unavailable day kept free', async () => {
    let res = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/solve`, {
      version: plan.version,
      timeLimitSeconds: 10,
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().solve.state).toBe('running');
    // While it runs, nothing else changes the plan.
    res = await sup.request('PUT', `/api/v1/roster-plans/${plan.id}/demand`, {
      version: plan.version,
      cells: [],
    });
    expect([409]).toContain(res.statusCode);
    await t.services.rostering.idle();
    plan = (await sup.request('GET', `/api/v1/roster-plans/${plan.id}`)).json();
    expect(plan.solve.state).toBe('done');
    expect(['optimal', 'feasible']).toContain(plan.solve.outcome);
    expect(plan.warnings).toEqual([]);
    expect(plan.totals.shortfall).toBe(0);
    expect(plan.assignments).toHaveLength(14);
    expect(plan.assignments.some((a) => a.personId === org.people.staffA2.id && a.day === 2)).toBe(false);
    // 14 shifts of 7 paid hours at 60 an hour; nobody above 40 h, so no overtime.
    expect(plan.totals.hours).toBe(98);
    expect(plan.totals.cost).toBe(98 * 60);
    // No late shift is followed by an early one (10 h of rest, 11 required).
    for (const a of plan.assignments.filter((x) => x.shiftTemplateId === late.id)) {
      expect(
        plan.assignments.some(
          (b) => b.personId === a.personId && b.day === a.day + 1 && b.shiftTemplateId === early.id,
        ),
      ).toBe(false);
    }
  });

  it('checks a manual edit with the same rules and says which one it breaks', async () => {
    const res = await sup.request('PUT', `/api/v1/roster-plans/${plan.id}/assignments`, {
      version: plan.version,
      personId: org.people.staffA2.id,
      day: 2,
      shiftTemplateId: early.id,
      dutyId: phone.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    const w = plan.warnings.find((x) => x.rule === 'day-off');
    expect(w).toMatchObject({ personId: org.people.staffA2.id, day: 2 });
    // Back off again: no warning left.
    plan = (
      await sup.request('PUT', `/api/v1/roster-plans/${plan.id}/assignments`, {
        version: plan.version,
        personId: org.people.staffA2.id,
        day: 2,
        shiftTemplateId: null,
        dutyId: null,
      })
    ).json();
    expect(plan.warnings.filter((x) => x.rule === 'day-off')).toEqual([]);
  });

  it('gives non-shift tasks to people on shift by skill and spare time, and says why one has nobody', async () => {
    const add = async (day: number, minutes: number, titleEn: string) => {
      const res = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/tasks`, {
        version: plan.version,
        day,
        dutyId: phone.id,
        titleEn,
        titleZh: `${titleEn}（中文）`,
        minutes,
      });
      expect(res.statusCode, res.body).toBe(201);
      plan = res.json();
    };
    await add(0, 60, 'Call-backs');
    await add(0, 600, 'Too long for any shift');
    const bad = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/tasks`, {
      version: plan.version,
      day: 9,
      dutyId: phone.id,
      titleEn: 'Outside',
      titleZh: '範圍外',
      minutes: 30,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('rostering.day_outside_plan');
    const res = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/tasks/assign`, {
      version: plan.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    const callbacks = plan.tasks.find((x) => x.titleEn === 'Call-backs')!;
    const onShift = plan.assignments.filter((a) => a.day === 0).map((a) => a.personId);
    expect(onShift).toContain(callbacks.personId);
    expect(plan.tasks.find((x) => x.titleEn === 'Too long for any shift')).toMatchObject({
      personId: null,
      unassignedReason: 'no_capacity',
    });
  });

  it('publishes: each person is told, and sees the shifts in My roster and as an .ics file', async () => {
    const res = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/publish`, {
      version: plan.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan.status).toBe('published');
    const notes = (await staff.request('GET', '/api/v1/notifications')).json();
    expect(JSON.stringify(notes)).toContain('roster.published');
    const mine = plan.assignments.filter((a) => a.personId === org.people.staffA1.id);
    const roster = (
      await staff.request('GET', `/api/v1/my-roster?from=${MONDAY}&to=${addDays(MONDAY, 6)}`)
    ).json();
    expect(roster.shifts).toHaveLength(mine.length);
    const first = roster.shifts[0];
    const startsEarly = first.shiftNameEn === 'E shift';
    // 07:00 or 13:00 in Hong Kong (UTC+8).
    expect(first.startsAt).toBe(
      `${first.date}T${startsEarly ? '23:00' : '05:00'}:00.000Z`.replace(
        `${first.date}T23`,
        `${addDays(first.date, -1)}T23`,
      ),
    );
    const ics = await staff.request('GET', '/api/v1/my-roster/ics?lang=zh-Hant');
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body.split('BEGIN:VEVENT').length - 1).toBe(mine.length);
    expect(ics.body).toContain('電話隊列');
  });

  it('compares the published plan with a new draft of the same week', async () => {
    const draft = (
      await sup.request('POST', '/api/v1/roster-plans', {
        unitId: org.units.teamA.id,
        name: 'Week 47, second try',
        startsOn: MONDAY,
        weeks: 1,
      })
    ).json();
    const res = await sup.request('GET', `/api/v1/roster-plans/${plan.id}/compare?with=${draft.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.plans.map((p: { name: string }) => p.name)).toEqual(['Week 47', 'Week 47, second try']);
    // The draft has no shifts yet: every shift of the published plan differs.
    expect(c.differentShifts).toBe(plan.assignments.length);
    const a1 = c.people.find((p: { personId: string }) => p.personId === org.people.staffA1.id);
    expect(a1.hours[1]).toBe(0);
    expect(a1.hours[0]).toBe(plan.people.find((p) => p.personId === org.people.staffA1.id)!.hours);
    expect(
      (await otherSup.request('GET', `/api/v1/roster-plans/${plan.id}/compare?with=${draft.id}`)).statusCode,
    ).toBe(404);
  });

  it('derives a queue’s demand with Erlang C from imported volumes and handle times, and shows the calculation', async () => {
    // The four weeks up to yesterday (the plan starts next week, so its history ends yesterday):
    // staffA1 handles 40 contacts a day at 300 s, staffA2 60 at 360 s. A day after today has none yet.
    const rows = [];
    for (let d = 1; d <= 28; d++) {
      const day = addDays('2026-11-10', -d);
      rows.push({
        personId: team()[0]!,
        indicatorId: indicator('AHT'),
        occurredOn: day,
        numerator: 40 * 300,
        denominator: 40,
        source: 'test',
      });
      rows.push({
        personId: team()[1]!,
        indicatorId: indicator('AHT'),
        occurredOn: day,
        numerator: 60 * 360,
        denominator: 60,
        source: 'test',
      });
    }
    await t.database.db.insertInto('observation').values(rows).execute();
    const body = {
      version: plan.version,
      dutyId: phone.id,
      method: 'erlang_c',
      indicatorId: indicator('AHT'),
      weeksOfHistory: 4,
      openMinute: 9 * 60,
      closeMinute: 17 * 60,
      slotMinutes: 60,
      serviceLevel: 0.8,
      answerWithinSeconds: 20,
    };
    const res = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/demand/derive`, body);
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    const d = plan.lastDerivation!;
    expect([d.historyFrom, d.historyTo]).toEqual(['2026-10-13', '2026-11-09']);
    // 100 contacts a day; handle time (40·300 + 60·360) / 100 = 336 s; 12.5 contacts an hour.
    expect(d.volumeByWeekday).toEqual([100, 100, 100, 100, 100, 100, 100]);
    expect(d.ahtSeconds).toBe(336);
    expect(d.slots).toHaveLength(8);
    const e = erlangC({
      contacts: 12.5,
      ahtSeconds: 336,
      intervalMinutes: 60,
      serviceLevel: 0.8,
      answerWithinSeconds: 20,
    });
    expect(d.slots[0]).toMatchObject({ volume: 12.5, trafficErlangs: 1.17, need: e.scheduled });
    // The early shift covers 09:00–15:00 and the late one 15:00–17:00 (both from 13:00): each needs e.scheduled.
    const monday = plan.demand.filter((c) => c.day === 0 && c.dutyId === phone.id);
    expect(monday.reduce((s, c) => s + c.headcount, 0)).toBeGreaterThanOrEqual(e.scheduled);

    const none = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/demand/derive`, {
      ...body,
      version: plan.version,
      indicatorId: indicator('CSAT'),
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().code).toBe('rostering.no_history');
  });

  it('says which rules conflict when no roster can keep them all, and keeps the saved roster', async () => {
    // staffA1 must work 40 h a week but may not work more than one day in a row: impossible in 7 days.
    await sup.request(
      'PUT',
      `/api/v1/roster-profiles/${team()[0]}`,
      profile({ minWeekHours: 40, maxConsecutiveDays: 1 }),
    );
    const before = plan.assignments;
    const res = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/solve`, {
      version: plan.version,
      timeLimitSeconds: 5,
    });
    expect(res.statusCode, res.body).toBe(202);
    await t.services.rostering.idle();
    plan = (await sup.request('GET', `/api/v1/roster-plans/${plan.id}`)).json();
    expect(plan.solve.outcome).toBe('infeasible');
    expect(plan.solve.conflicts.length).toBeGreaterThan(0);
    expect(plan.solve.conflicts.map((c) => c.rule).join(' ')).toMatch(
      /min-total-minutes|max-consecutive-shifts/,
    );
    expect(plan.assignments).toEqual(before);
  });

  it('stops the optimiser on request and keeps the last saved roster as it was', async () => {
    await sup.request('PUT', `/api/v1/roster-profiles/${team()[0]}`, profile());
    const before = plan.assignments;
    const started = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/solve`, {
      version: plan.version,
      timeLimitSeconds: 120,
    });
    expect(started.statusCode, started.body).toBe(202);
    const res = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/solve/cancel`);
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan.solve.state).toBe('cancelled');
    expect(plan.assignments).toEqual(before);
    const again = await sup.request('POST', `/api/v1/roster-plans/${plan.id}/solve/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('rostering.not_solving');
  });

  it('makes people competent on a duty from a completed course and expert from a passed assessment', async () => {
    const db = t.database.db;
    const [a1, a2] = [org.people.staffA1.id, org.people.staffA2.id];
    const course = await db
      .insertInto('course')
      .values({
        code: 'CLM-1',
        titleEn: 'Claims',
        titleZh: '索償',
        category: 'service_skills',
        durationHours: 2,
        passScore: 70,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const assignment = (personId: string, passed: boolean) => ({
      courseId: course.id,
      personId,
      assignedBy: null,
      dueOn: null,
      reason: null,
      coachingPlanId: null,
      status: 'completed' as const,
      completedAt: new Date('2026-11-03T04:00:00Z'),
      score: passed ? 85 : 40,
      evidence: null,
      passed,
    });
    await db
      .insertInto('trainingAssignment')
      .values([assignment(a1, true), assignment(a2, false)])
      .execute();
    const card = await db
      .insertInto('scorecard')
      .values({
        code: 'QA-CLM',
        kind: 'qa_interaction',
        titleEn: 'Claims QA',
        titleZh: '索償質檢',
        indicatorId: null,
        sections: json([] as never),
        previousId: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const released = (personId: string, occurredOn: string, percent: number) => ({
      scorecardId: card.id,
      personId,
      assessorUserId: org.people.assessorA.userId!,
      status: 'released' as const,
      channel: 'call' as const,
      ticketKey: null,
      occurredOn,
      evidenceText: null,
      evidenceUrl: null,
      answers: json([]),
      result: json({ percent } as never),
      percent,
      submittedAt: new Date('2026-11-05T00:00:00Z'),
      releasedAt: new Date('2026-11-05T00:00:00Z'),
      acknowledgedAt: null,
      acknowledgeComment: null,
      observationId: null,
    });
    // a2: passed in October, then below the mark in November (the latest counts); a1: passed.
    await db
      .insertInto('evaluation')
      .values([
        released(a1, '2026-11-04', 90),
        released(a2, '2026-10-01', 95),
        released(a2, '2026-11-04', 70),
      ])
      .execute();
    const input = {
      unitId: org.units.teamA.id,
      code: 'CLAIMS',
      nameEn: 'Claims desk',
      nameZh: '索償櫃位',
      minLevel: 3,
      standard: '',
      outputs: '',
      indicatorIds: [],
      trainingCourseIds: [course.id],
      assessmentScorecardIds: [card.id],
      assessmentPassPercent: 80,
    };
    const audits = await auditCount();
    const bad = await sup.request('POST', '/api/v1/duties', {
      ...input,
      trainingCourseIds: [org.units.teamA.id],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('/trainingCourseIds/0');
    expect(await auditCount()).toBe(audits);
    const res = await sup.request('POST', '/api/v1/duties', input);
    expect(res.statusCode, res.body).toBe(201);
    const claims: Duty = res.json();
    expect(claims).toMatchObject({ trainingCourseIds: [course.id], assessmentPassPercent: 80 });

    const of = async (id: string) => (await sup.request('GET', `/api/v1/roster-profiles/${id}`)).json();
    expect((await of(a1)).derivedSkills).toEqual([
      { dutyId: claims.id, level: 2, source: 'training', evidence: 'CLM-1', on: '2026-11-03', percent: null },
      {
        dutyId: claims.id,
        level: 3,
        source: 'assessment',
        evidence: 'QA-CLM',
        on: '2026-11-04',
        percent: 90,
      },
    ]);
    // a2 failed the course, and the latest assessment is below the mark: nothing from records.
    expect((await of(a2)).derivedSkills).toEqual([]);
    // The plan uses the higher of the hand-set level (none on this duty) and the records'.
    const view: RosterPlan = (await sup.request('GET', `/api/v1/roster-plans/${plan.id}`)).json();
    const skills = (id: string) => view.people.find((p) => p.personId === id)!.skills;
    expect(skills(a1)).toContainEqual({ dutyId: claims.id, level: 3 });
    expect(skills(a2).some((k) => k.dutyId === claims.id)).toBe(false);
  });

  it('copies another plan’s first week as a weekly pattern over a two-week plan, on the version seen', async () => {
    const source = (await sup.request('GET', `/api/v1/roster-plans/${plan.id}`)).json() as RosterPlan;
    const week = source.demand.filter((c) => c.day < 7);
    expect(week.length).toBeGreaterThan(0);
    let res = await sup.request('POST', '/api/v1/roster-plans', {
      unitId: org.units.teamA.id,
      name: 'Two weeks from the pattern',
      startsOn: addDays(MONDAY, 42),
      weeks: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    const target: RosterPlan = res.json();
    const audits = await auditCount();
    // Another team's plan: 404, as if it did not exist; an old version: 409. Nothing written.
    const theirs = await t.database.db
      .insertInto('rosterPlan')
      .values({
        unitId: org.units.teamX.id,
        name: 'Theirs',
        startsOn: MONDAY,
        days: 7,
        ownerPersonId: org.people.supX.id,
        lastDerivation: null,
        publishedAt: null,
        createdBy: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const refused = [
      await sup.request('POST', `/api/v1/roster-plans/${target.id}/demand/copy`, {
        version: target.version,
        fromPlanId: theirs.id,
      }),
      await sup.request('POST', `/api/v1/roster-plans/${target.id}/demand/copy`, {
        version: target.version + 1,
        fromPlanId: plan.id,
      }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([404, 409]);
    expect(await auditCount()).toBe(audits);
    res = await sup.request('POST', `/api/v1/roster-plans/${target.id}/demand/copy`, {
      version: target.version,
      fromPlanId: plan.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const copied: RosterPlan = res.json();
    expect(copied.version).toBe(target.version + 1);
    const key = (c: { day: number; shiftTemplateId: string; dutyId: string; headcount: number }) =>
      `${c.day}|${c.shiftTemplateId}|${c.dutyId}|${c.headcount}`;
    const expected = [...week, ...week.map((c) => ({ ...c, day: c.day + 7 }))].map(key).sort();
    expect(copied.demand.map(key).sort()).toEqual(expected);
    expect(await auditCount()).toBe(audits + 1);
  });

  it('takes a duty’s need per time slot by hand, works out the people per shift and shows cover slot by slot', async () => {
    let res = await sup.request('POST', '/api/v1/roster-plans', {
      unitId: org.units.teamA.id,
      name: 'Needs per slot',
      startsOn: addDays(MONDAY, 49),
      weeks: 1,
    });
    expect(res.statusCode, res.body).toBe(201);
    let p: RosterPlan = res.json();
    const weekdays = [0, 1, 2, 3, 4];
    // Weekdays: 2 people 09:00–13:00, 3 at the overlap 13:00–15:00, 1 until 18:00, in 30-minute slots.
    const ranges = [
      { days: weekdays, fromMinute: 9 * 60, toMinute: 13 * 60, need: 2 },
      { days: weekdays, fromMinute: 13 * 60, toMinute: 15 * 60, need: 3 },
      { days: weekdays, fromMinute: 15 * 60, toMinute: 18 * 60, need: 1 },
    ];
    const body = { version: p.version, dutyId: phone.id, slotMinutes: 30, ranges };
    const url = `/api/v1/roster-plans/${p.id}/slot-needs`;
    const audits = await auditCount();
    const refused = [
      await sup.request('PUT', url, { ...body, ranges: [{ ...ranges[0], days: [7] }] }),
      await sup.request('PUT', url, { ...body, ranges: [{ ...ranges[0], fromMinute: 9 * 60 + 15 }] }),
      await sup.request('PUT', url, { ...body, ranges: [...ranges, { ...ranges[2], toMinute: 19 * 60 }] }),
      await sup.request('PUT', url, {
        ...body,
        ranges: [{ days: [5], fromMinute: 360, toMinute: 420, need: 1 }],
      }),
      await sup.request('PUT', url, { ...body, version: p.version + 1 }),
      await otherSup.request('PUT', url, body),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([400, 400, 400, 400, 409, 404]);
    expect(refused.slice(0, 4).map((r) => r.json().code)).toEqual([
      'rostering.day_outside_plan',
      'request.invalid_value',
      'request.invalid_value',
      'rostering.slot_uncovered',
    ]);
    expect(refused[1]!.json().issues[0].path).toBe('/ranges/0/fromMinute');
    expect(await auditCount()).toBe(audits);

    res = await sup.request('PUT', url, body);
    expect(res.statusCode, res.body).toBe(200);
    p = res.json();
    expect(await auditCount()).toBe(audits + 1);
    // By hand: the 09:00 slots only the early shift spans, so 2 on it; 13:00–15:00 needs 3, the early
    // shift gives 2 and the late shift (ending later) 1, which also covers 15:00–18:00.
    const perShift = (day: number) =>
      Object.fromEntries(
        p.demand
          .filter((c) => c.day === day && c.dutyId === phone.id)
          .map((c) => [c.shiftTemplateId, c.headcount]),
      );
    for (const day of weekdays) expect(perShift(day)).toEqual({ [early.id]: 2, [late.id]: 1 });
    expect(perShift(5)).toEqual({});
    expect(p.slotCoverage).toHaveLength(5 * (8 + 4 + 6));
    expect(p.slotCoverage.every((c) => c.onDuty === 0 && c.slotMinutes === 30)).toBe(true);
    expect(p.slotCoverage[0]).toMatchObject({ day: 0, startMinute: 9 * 60, need: 2 });

    // One person on Monday's early shift: on duty in its slots up to 15:00, not after.
    res = await sup.request('PUT', `/api/v1/roster-plans/${p.id}/assignments`, {
      version: p.version,
      personId: org.people.staffA1.id,
      day: 0,
      shiftTemplateId: early.id,
      dutyId: phone.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    p = res.json();
    const at = (day: number, minute: number) =>
      p.slotCoverage.find((c) => c.day === day && c.startMinute === minute);
    expect(at(0, 9 * 60)).toMatchObject({ need: 2, onDuty: 1 });
    expect(at(0, 14 * 60 + 30)).toMatchObject({ need: 3, onDuty: 1 });
    expect(at(0, 15 * 60)).toMatchObject({ need: 1, onDuty: 0 });
    expect(at(1, 9 * 60)).toMatchObject({ need: 2, onDuty: 0 });

    // Demand entered per shift replaces the needs per slot.
    res = await sup.request('PUT', `/api/v1/roster-plans/${p.id}/demand`, { version: p.version, cells: [] });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as RosterPlan).slotCoverage).toEqual([]);
  });

  it('keeps time for a course due, a check-in and a coaching follow-up out of the hours it rosters', async () => {
    const db = t.database.db;
    const a1 = org.people.staffA1.id;
    const week = addDays(MONDAY, 21);
    const course = await db
      .insertInto('course')
      .values({
        code: 'CMP-1',
        titleEn: 'Complaints',
        titleZh: '投訴處理',
        category: 'service_skills',
        durationHours: 6,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const assigned = {
      courseId: course.id,
      personId: a1,
      assignedBy: null,
      reason: null,
      coachingPlanId: null,
      status: 'assigned' as const,
      completedAt: null,
      score: null,
      evidence: null,
      passed: null,
    };
    // Due in the plan's week: kept. Due the week after: not this plan's.
    await db
      .insertInto('trainingAssignment')
      .values([
        { ...assigned, dueOn: addDays(week, 3) },
        { ...assigned, dueOn: addDays(week, 8) },
      ])
      .execute();
    // Tuesday 10:30 in Hong Kong, 45 minutes; a cancelled one is not kept.
    await db
      .insertInto('checkin')
      .values([
        {
          personId: a1,
          leaderPersonId: org.people.supA.id,
          scheduledAt: new Date(`${addDays(week, 1)}T02:30:00Z`),
          durationMinutes: 45,
        },
        {
          personId: a1,
          leaderPersonId: org.people.supA.id,
          scheduledAt: new Date(`${addDays(week, 2)}T02:30:00Z`),
          durationMinutes: 45,
          status: 'cancelled',
        },
      ])
      .execute();
    await db
      .insertInto('coachingPlan')
      .values({
        personId: a1,
        coachPersonId: org.people.supA.id,
        origin: 'manual',
        focusIndicatorId: null,
        focusSkill: 'Calming an upset caller',
        startedOn: addDays(week, -10),
        followUpOn: addDays(week, 4),
      })
      .execute();
    const res = await sup.request('POST', '/api/v1/roster-plans', {
      unitId: org.units.teamA.id,
      name: 'Week with training',
      startsOn: week,
      weeks: 1,
    });
    expect(res.statusCode, res.body).toBe(201);
    const withKept: RosterPlan = res.json();
    const mine = withKept.people.find((p) => p.personId === a1)!;
    expect(mine.keptTime).toEqual([
      {
        kind: 'training',
        date: addDays(week, 3),
        time: null,
        minutes: 360,
        titleEn: 'Complaints',
        titleZh: '投訴處理',
      },
      { kind: 'checkin', date: addDays(week, 1), time: '10:30', minutes: 45, titleEn: null, titleZh: null },
      { kind: 'coaching', date: addDays(week, 4), time: null, minutes: 30, titleEn: null, titleZh: null },
    ]);
    expect(withKept.people.find((p) => p.personId === org.people.staffA2.id)!.keptTime).toEqual([]);
    // Three people for three places a day: everyone works their most, five 7-hour shifts in a row. For
    // a1 that is 40 h less the 7.25 h kept, 32.75 h: four shifts.
    const cells = Array.from({ length: 7 }, (_, day) => [
      { day, shiftTemplateId: early.id, dutyId: phone.id, headcount: 3 },
    ]).flat();
    let plan2 = (
      await sup.request('PUT', `/api/v1/roster-plans/${withKept.id}/demand`, {
        version: withKept.version,
        cells,
      })
    ).json() as RosterPlan;
    const solved = await sup.request('POST', `/api/v1/roster-plans/${plan2.id}/solve`, {
      version: plan2.version,
      timeLimitSeconds: 10,
    });
    expect(solved.statusCode, solved.body).toBe(202);
    await t.services.rostering.idle();
    plan2 = (await sup.request('GET', `/api/v1/roster-plans/${plan2.id}`)).json();
    expect(plan2.warnings).toEqual([]);
    expect(plan2.people.find((p) => p.personId === a1)!.hours).toBe(28);
    expect(plan2.people.find((p) => p.personId === org.people.staffA2.id)!.hours).toBe(35);
  });

  it('lets staff set their own preferences once their leader has set up their profile', async () => {
    let res = await staff.request('GET', '/api/v1/my-roster/preferences');
    expect(res.statusCode, res.body).toBe(200);
    const codes = res.json().shiftTemplates.map((s: ShiftTemplate) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['E', 'L']));
    const audits = await auditCount();
    const wanted = [
      { weekday: 5, shiftTemplateId: null, kind: 'avoid', weight: 8 },
      { weekday: 1, shiftTemplateId: early.id, kind: 'want', weight: 3 },
    ];
    // Another site's shift, or one that does not exist: 400, nothing saved.
    res = await staff.request('PUT', '/api/v1/my-roster/preferences', {
      preferences: [...wanted, { weekday: 2, shiftTemplateId: org.units.teamB.id, kind: 'want', weight: 1 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('/preferences/2/shiftTemplateId');
    expect(await auditCount()).toBe(audits);
    res = await staff.request('PUT', '/api/v1/my-roster/preferences', { preferences: wanted });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().preferences).toEqual(wanted);
    expect(await auditCount()).toBe(audits + 1);
    // The leader sees them in the profile; the contract and skills were left alone.
    const profile = (await sup.request('GET', `/api/v1/roster-profiles/${org.people.staffA1.id}`)).json();
    expect(profile.preferences).toEqual(wanted);
    expect(profile.skills).toContainEqual({ dutyId: phone.id, level: 2 });
    // Someone whose leader has not set up a profile: 409 in words, nothing written.
    const other = await loginClient(t.app, org.people.staffB1.email, PASSWORD);
    const signedIn = await auditCount(); // signing in is audited too
    res = await other.request('PUT', '/api/v1/my-roster/preferences', { preferences: [wanted[0]] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('rostering.no_profile');
    expect(await auditCount()).toBe(signedIn);
  });
});
