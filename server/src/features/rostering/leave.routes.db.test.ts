import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Leave, RosterPlan } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

describe('leave: requested, decided, recorded, cancelled, and kept out of roster plans', () => {
  // Tuesday 2026-11-10 in Hong Kong; the plan is the week from Monday 2026-11-16.
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let otherSup: Client;
  let staff: Client;
  let peer: Client;
  let request: Leave;
  const count = async (table: 'auditEvent' | 'notification') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const notesFor = (personId: string) =>
    t.database.db
      .selectFrom('notification as n')
      .innerJoin('appUser as u', 'u.id', 'n.userId')
      .select(['n.kind', 'n.data', 'n.entityId'])
      .where('u.personId', '=', personId)
      .where('n.entityType', '=', 'leave')
      .execute();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    otherSup = await loginClient(t.app, org.people.supX.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('takes a request for one’s own leave and tells the leader; refuses bad dates and overlaps', async () => {
    const me = org.people.staffA1.id;
    const body = {
      personId: me,
      kind: 'annual',
      startsOn: '2026-11-17',
      endsOn: '2026-11-18',
      note: 'Family',
    };
    const audits = await count('auditEvent');
    const refused = [
      await staff.request('POST', '/api/v1/leave', { ...body, endsOn: '2026-11-16' }),
      await staff.request('POST', '/api/v1/leave', { ...body, endsOn: '2028-01-01' }),
      await staff.request('POST', '/api/v1/leave', { ...body, kind: 'holiday' }),
      // a peer may not ask for someone else's leave; another team's leader does not see them
      await peer.request('POST', '/api/v1/leave', body),
      await otherSup.request('POST', '/api/v1/leave', body),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([400, 400, 400, 404, 404]);
    expect(refused[0]!.json().code).toBe('rostering.leave_dates');
    expect(await count('auditEvent')).toBe(audits);

    const res = await staff.request('POST', '/api/v1/leave', body);
    expect(res.statusCode, res.body).toBe(201);
    request = res.json();
    expect(request).toMatchObject({ status: 'requested', days: 2, canDecide: false, canCancel: true });
    expect(await count('auditEvent')).toBe(audits + 1);
    expect(await notesFor(org.people.supA.id)).toEqual([
      {
        kind: 'leave.requested',
        data: { startsOn: '2026-11-17', personName: request.personName },
        entityId: request.id,
      },
    ]);
    // the same days again: 409, nothing written
    const again = await staff.request('POST', '/api/v1/leave', {
      ...body,
      startsOn: '2026-11-18',
      endsOn: '2026-11-20',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('rostering.leave_overlaps');
    expect(await count('auditEvent')).toBe(audits + 1);
  });

  it('lets the leader approve it, once; the person is told; others cannot decide it', async () => {
    const url = `/api/v1/leave/${request.id}/decision`;
    const audits = await count('auditEvent');
    const refused = [
      await staff.request('POST', url, { decision: 'approve', reason: '' }),
      await otherSup.request('POST', url, { decision: 'approve', reason: '' }),
      await sup.request('POST', url, { decision: 'maybe', reason: '' }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([403, 404, 400]);
    expect(await count('auditEvent')).toBe(audits);
    const listed = (await sup.request('GET', '/api/v1/leave?status=requested&team=true')).json() as Leave[];
    expect(listed.map((l) => [l.id, l.canDecide])).toEqual([[request.id, true]]);

    const res = await sup.request('POST', url, { decision: 'approve', reason: 'Covered by Kai' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', reason: 'Covered by Kai', canDecide: false });
    expect(await count('auditEvent')).toBe(audits + 1);
    expect((await notesFor(org.people.staffA1.id)).map((n) => n.kind)).toEqual(['leave.decided']);
    const twice = await sup.request('POST', url, { decision: 'decline', reason: '' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('rostering.leave_decided');
    // seen by the person and their line, by nobody else
    expect(((await staff.request('GET', '/api/v1/leave')).json() as Leave[]).map((l) => l.id)).toEqual([
      request.id,
    ]);
    expect((await peer.request('GET', '/api/v1/leave')).json()).toEqual([]);
    expect(
      (await otherSup.request('GET', `/api/v1/leave?personId=${org.people.staffA1.id}`)).statusCode,
    ).toBe(404);
  });

  it('makes approved leave days unavailable in a plan and keeps a working day’s hours for each', async () => {
    const profile = {
      minWeekHours: 0,
      maxWeekHours: 40,
      maxConsecutiveDays: 5,
      minRestHours: 11,
      hourlyCost: 60,
      overtimePremium: 1.5,
      skills: [],
      unavailableDates: ['2026-11-20'],
      preferences: [],
    };
    for (const id of [org.people.staffA1.id, org.people.staffA2.id]) {
      expect((await sup.request('PUT', `/api/v1/roster-profiles/${id}`, profile)).statusCode).toBe(200);
    }
    // leave recorded by the leader is approved at once; a declined request does not count
    let res = await sup.request('POST', '/api/v1/leave', {
      personId: org.people.staffA2.id,
      kind: 'sick',
      startsOn: '2026-11-15',
      endsOn: '2026-11-16',
      note: '',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'approved', decidedByName: expect.any(String) });
    expect((await notesFor(org.people.staffA2.id)).map((n) => n.kind)).toEqual(['leave.recorded']);
    res = await peer.request('POST', '/api/v1/leave', {
      personId: org.people.staffA2.id,
      kind: 'annual',
      startsOn: '2026-11-19',
      endsOn: '2026-11-19',
      note: '',
    });
    const declined: Leave = res.json();
    await sup.request('POST', `/api/v1/leave/${declined.id}/decision`, {
      decision: 'decline',
      reason: 'Stocktake',
    });

    res = await sup.request('POST', '/api/v1/roster-plans', {
      unitId: org.units.teamA.id,
      name: 'Week 47',
      startsOn: '2026-11-16',
      weeks: 1,
      personIds: [org.people.staffA1.id, org.people.staffA2.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan: RosterPlan = res.json();
    const person = (id: string) => plan.people.find((p) => p.personId === id)!;
    // staffA1: Tue and Wed on leave, Fri unavailable by the profile; 8 h (40 h / 5) kept per leave day
    expect(person(org.people.staffA1.id).unavailableDays).toEqual([1, 2, 4]);
    expect(person(org.people.staffA1.id).keptTime).toEqual([
      {
        kind: 'leave',
        date: '2026-11-17',
        time: null,
        minutes: 480,
        titleEn: 'Annual leave',
        titleZh: '年假',
      },
      {
        kind: 'leave',
        date: '2026-11-18',
        time: null,
        minutes: 480,
        titleEn: 'Annual leave',
        titleZh: '年假',
      },
    ]);
    // staffA2: Monday only (Sunday is before the plan); the declined Thursday is free
    expect(person(org.people.staffA2.id).unavailableDays).toEqual([0, 4]);
    expect(person(org.people.staffA2.id).keptTime.map((k) => [k.date, k.titleEn])).toEqual([
      ['2026-11-16', 'Sick leave'],
    ]);
  });

  it('is cancelled by the person before it ends, once, and the leader is told', async () => {
    const url = `/api/v1/leave/${request.id}/cancel`;
    expect((await peer.request('POST', url)).statusCode).toBe(404);
    const res = await staff.request('POST', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', canCancel: false });
    const told = (await notesFor(org.people.supA.id)).filter((n) => n.entityId === request.id);
    expect(told.map((n) => n.kind)).toEqual(['leave.requested', 'leave.cancelled']);
    const again = await staff.request('POST', url);
    expect(again.statusCode).toBe(409);
    // cancelled leave is no longer kept out of plans
    const plans = (await sup.request('GET', '/api/v1/roster-plans')).json() as { id: string }[];
    const plan = (await sup.request('GET', `/api/v1/roster-plans/${plans[0]!.id}`)).json() as RosterPlan;
    expect(plan.people.find((p) => p.personId === org.people.staffA1.id)!.unavailableDays).toEqual([4]);
  });
});
