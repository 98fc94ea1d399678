import { createCalendar } from '../../lib/calendar.js';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';
import { createMailer } from '../../lib/mailer.js';
import { createRemindersService } from '../reminders/reminders.service.js';
import { createNotificationsService } from '../notifications/notifications.service.js';
import { createAccessService } from '../../access/access.service.js';
import { createAuditService } from '../audit/audit.service.js';
import { createMonitoringService } from '../monitoring/monitoring.service.js';
import { systemActor } from '../../access/actor.js';
import { decodeHeader } from '../../../test/smtp.js';

describe('check-ins, action items, reminders and the performance file over HTTP', () => {
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let staff: Client;
  let staffA2: Client;
  let supB: Client;
  let hr: Client;
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'frontline-checkins-mail-'));
  const clock = fixedClock(new Date('2026-11-30T01:00:00Z')); // 09:00 in Hong Kong
  let checkinId = '';

  const mails = () =>
    readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => readFileSync(path.join(mailDir, f), 'utf8'));

  beforeAll(async () => {
    t = await createTestApp({
      clock,
      config: {
        publicUrl: 'https://frontline.example.com',
        mail: { smtpUrl: null, from: 'Frontline <noreply@example.com>', dir: mailDir },
      },
    });
    org = await makeOrg(t.services);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    staffA2 = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    supB = await loginClient(t.app, org.people.supB.email, PASSWORD);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('a new person has no cadence; the supervisor sets one; never held → due today', async () => {
    const id = org.people.staffA1.id;
    const before = await staff.request('GET', `/api/v1/people/${id}/checkin-cadence`);
    expect(before.json()).toMatchObject({ everyDays: null, status: 'no_cadence', nextDueOn: null });
    expect(
      (await sup.request('PUT', `/api/v1/people/${id}/checkin-cadence`, { everyDays: 0 })).statusCode,
    ).toBe(400);
    expect(
      (await staff.request('PUT', `/api/v1/people/${id}/checkin-cadence`, { everyDays: 14 })).statusCode,
    ).toBe(403);
    expect(
      (await supB.request('PUT', `/api/v1/people/${id}/checkin-cadence`, { everyDays: 14 })).statusCode,
    ).toBe(404);
    const put = await sup.request('PUT', `/api/v1/people/${id}/checkin-cadence`, { everyDays: 14 });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      everyDays: 14,
      status: 'due',
      nextDueOn: '2026-11-30',
      lastHeldAt: null,
    });
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('action', '=', 'checkin_cadence.set')
      .where('subjectPersonId', '=', id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('schedules a check-in with an agenda, notifies the person in-app and by e-mail with the invite', async () => {
    await t.database.db
      .insertInto('feedback')
      .values({
        personId: org.people.staffA1.id,
        authorUserId: org.people.supA.userId,
        kind: 'praise',
        body: 'Great greeting today',
        createdAt: clock.now(), // the app's clock, not the database's: the test passes on any day
      })
      .execute();
    const bad = await sup.request('POST', '/api/v1/checkins', {
      personId: org.people.staffA1.id,
      scheduledAt: '2026-12-01T02:00:00Z',
      mood: 'happy',
    });
    expect(bad.statusCode).toBe(400);
    const res = await sup.request('POST', '/api/v1/checkins', {
      personId: org.people.staffA1.id,
      scheduledAt: '2026-12-01T02:00:00Z',
      durationMinutes: 45,
      location: 'Back office',
      sharedNotes: 'Talk about the new returns policy',
      privateNotes: 'Consider for team lead',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    checkinId = c.id;
    expect(c).toMatchObject({
      status: 'planned',
      leaderPersonId: org.people.supA.id,
      privateNotes: 'Consider for team lead',
      abilities: { hold: true, cancel: true, seePrivate: true },
    });
    expect(c.agenda.generatedAt).toBeTruthy();
    expect(c.agenda.feedback.map((f: { body: string }) => f.body)).toEqual(['Great greeting today']);
    const n = (await staff.request('GET', '/api/v1/notifications')).json();
    expect(
      n.items.some(
        (x: { kind: string; entityId: string }) => x.kind === 'checkin.scheduled' && x.entityId === c.id,
      ),
    ).toBe(true);
    const mail = mails().find((m) => m.includes('Check-in scheduled'));
    expect(mail).toBeDefined();
    expect(mail).toContain(`To: ${org.people.staffA1.email}`);
    expect(mail).toMatch(/Content-Type: text\/calendar/);
    expect(mail).toContain('filename=checkin.ics');
  });

  it('never shows private notes to the person; someone else’s check-in is 404', async () => {
    const mine = await staff.request('GET', `/api/v1/checkins/${checkinId}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().privateNotes).toBeNull();
    expect(mine.json().sharedNotes).toBe('Talk about the new returns policy');
    expect(mine.body).not.toContain('Consider for team lead');
    expect((await staff.request('GET', '/api/v1/checkins?scope=mine')).body).not.toContain(
      'Consider for team lead',
    );
    expect((await staff.request('GET', `/api/v1/checkins/${checkinId}/invite.ics`)).body).not.toContain(
      'Consider',
    );
    const other = await staffA2.request('GET', `/api/v1/checkins/${checkinId}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('checkin.not_found');
    expect((await supB.request('GET', `/api/v1/checkins/${checkinId}`)).json().code).toBe(
      'checkin.not_found',
    );
    expect((await hr.request('GET', `/api/v1/checkins/${checkinId}`)).json().privateNotes).toBe(
      'Consider for team lead',
    );
    expect((await staff.request('POST', `/api/v1/checkins/${checkinId}/hold`)).statusCode).toBe(403);
  });

  it('serves the invite as text/calendar with the stable UID and UTC start', async () => {
    const res = await sup.request('GET', `/api/v1/checkins/${checkinId}/invite.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = res.body.replace(/\r\n /g, '');
    expect(ics).toContain(`UID:checkin-${checkinId}@frontline.example.com`);
    expect(ics).toContain('DTSTART:20261201T020000Z');
    expect(ics).toContain(`mailto:${org.people.supA.email}`);
    expect(ics.toLowerCase()).toContain(`mailto:${org.people.staffA1.email}`);
  });

  it('lists the team with due/overdue status and the next planned check-in', async () => {
    const res = await sup.request('GET', '/api/v1/checkins/due');
    expect(res.statusCode).toBe(200);
    const row = res
      .json()
      .items.find((r: { person: { id: string } }) => r.person.id === org.people.staffA1.id);
    expect(row.cadence).toMatchObject({ status: 'due', nextPlannedAt: '2026-12-01T02:00:00.000Z' });
    const ids = res.json().items.map((r: { person: { id: string } }) => r.person.id);
    expect(ids).not.toContain(org.people.staffB1.id);
    expect(ids).not.toContain(org.people.supA.id);
    expect((await staff.request('GET', '/api/v1/checkins/due')).statusCode).toBe(403);
    const team = (await sup.request('GET', '/api/v1/checkins?scope=team')).json();
    expect(team.items.map((i: { id: string }) => i.id)).toContain(checkinId);
    expect((await supB.request('GET', '/api/v1/checkins?scope=team')).json().items).toHaveLength(0);
  });

  it('action items: the person ticks their own, cannot edit them; others get 404', async () => {
    const create = await sup.request('POST', '/api/v1/action-items', {
      personId: org.people.staffA1.id,
      checkinId,
      owner: 'person',
      title: 'Read the returns policy',
      dueOn: '2026-11-28',
    });
    expect(create.statusCode).toBe(201);
    const item = create.json();
    expect(item).toMatchObject({ ownerPersonId: org.people.staffA1.id, overdue: true });
    const leaderItem = (
      await sup.request('POST', '/api/v1/action-items', {
        personId: org.people.staffA1.id,
        owner: 'leader',
        title: 'Book the product training',
      })
    ).json();
    expect(leaderItem.ownerPersonId).toBe(org.people.supA.id);
    expect(
      (await staff.request('PATCH', `/api/v1/action-items/${leaderItem.id}`, { done: true })).statusCode,
    ).toBe(403);
    expect((await staff.request('PATCH', `/api/v1/action-items/${item.id}`, { title: 'x' })).statusCode).toBe(
      403,
    );
    const ticked = await staff.request('PATCH', `/api/v1/action-items/${item.id}`, { done: true });
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json().doneAt).toBeTruthy();
    const other = await staffA2.request('PATCH', `/api/v1/action-items/${item.id}`, { done: false });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('action_item.not_found');
    const mine = (await staff.request('GET', '/api/v1/action-items?scope=mine')).json();
    expect(mine.map((i: { id: string }) => i.id).sort()).toEqual([item.id, leaderItem.id].sort());
    const supMine = (await sup.request('GET', '/api/v1/action-items?scope=mine')).json();
    expect(supMine.map((i: { id: string }) => i.id)).toEqual([leaderItem.id]);
    const viewed = (await staff.request('GET', `/api/v1/checkins/${checkinId}`)).json();
    expect(viewed.actionItems.map((i: { id: string }) => i.id)).toEqual([item.id]);
  });

  it('holds a check-in once; the cadence then counts from it', async () => {
    const held = await sup.request('POST', `/api/v1/checkins/${checkinId}/hold`);
    expect(held.statusCode).toBe(200);
    expect(held.json().status).toBe('held');
    const again = await sup.request('POST', `/api/v1/checkins/${checkinId}/hold`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('checkin.invalid_state');
    expect((await sup.request('POST', `/api/v1/checkins/${checkinId}/cancel`)).statusCode).toBe(409);
    const cad = (await sup.request('GET', `/api/v1/people/${org.people.staffA1.id}/checkin-cadence`)).json();
    expect(cad).toMatchObject({ status: 'ok', nextDueOn: '2026-12-14' });
    const actions = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', checkinId)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['checkin.created', 'checkin.held']));
  });

  it('refreshes the agenda: the last 4 weeks against the 4 before, and cancels with a notification', async () => {
    await t.services.indicators.installPresets(systemActor('test'));
    const csat = await t.database.db
      .selectFrom('indicator')
      .select('id')
      .where('code', '=', 'CSAT')
      .executeTakeFirstOrThrow();
    const obs = (occurredOn: string, numerator: number) =>
      sup.request('POST', '/api/v1/observations', {
        personId: org.people.staffA2.id,
        indicatorId: csat.id,
        occurredOn,
        numerator,
        denominator: 10,
      });
    expect((await obs('2026-10-20', 6)).statusCode).toBe(201); // 4 weeks before: 60%
    expect((await obs('2026-11-20', 9)).statusCode).toBe(201); // last 4 weeks: 90%
    // staffA2 reads Chinese: the invitation and the cancellation come in Chinese.
    await t.database.db
      .updateTable('appUser')
      .set({ locale: 'zh-Hant' })
      .where('id', '=', org.people.staffA2.userId!)
      .execute();
    const c = (
      await sup.request('POST', '/api/v1/checkins', {
        personId: org.people.staffA2.id,
        scheduledAt: '2026-12-02T02:00:00Z',
      })
    ).json();
    const ind = c.agenda.indicators.find((i: { indicatorId: string }) => i.indicatorId === csat.id);
    expect(ind.current).toMatchObject({ from: '2026-11-03', to: '2026-11-30', sample: 10 });
    expect(ind.previous).toMatchObject({ from: '2026-10-06', to: '2026-11-02', sample: 10 });
    expect(ind.current.value).toBeCloseTo(90);
    expect(ind.previous.value).toBeCloseTo(60);
    expect(ind.change).toBeCloseTo(30);
    await t.database.db
      .insertInto('feedback')
      .values({
        personId: org.people.staffA2.id,
        authorUserId: null,
        kind: 'improvement',
        body: 'Confirm the need first',
        createdAt: clock.now(),
      })
      .execute();
    const refreshed = (await sup.request('POST', `/api/v1/checkins/${c.id}/refresh-agenda`)).json();
    expect(refreshed.agenda.feedback.map((f: { body: string }) => f.body)).toContain(
      'Confirm the need first',
    );
    const cancelled = await sup.request('POST', `/api/v1/checkins/${c.id}/cancel`);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await sup.request('POST', `/api/v1/checkins/${c.id}/refresh-agenda`)).statusCode).toBe(409);
    expect((await sup.request('PATCH', `/api/v1/checkins/${c.id}`, { location: 'x' })).statusCode).toBe(409);
    const n = (await staffA2.request('GET', '/api/v1/notifications')).json();
    expect(n.items.map((x: { kind: string }) => x.kind)).toEqual(
      expect.arrayContaining(['checkin.scheduled', 'checkin.cancelled']),
    );
    const toA2 = mails().filter((m) => m.includes(`To: ${org.people.staffA2.email}`));
    const subjects = toA2.map((m) =>
      decodeHeader(/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(m)![1]!.replace(/\r?\n[ \t]+/g, ' ')),
    );
    expect(subjects.sort()).toEqual(['已取消：面談', '已為你安排面談'].sort());
    expect(toA2.find((m) => m.includes('method=CANCEL'))).toBeDefined();
  });

  it('exports the performance file: PDF and CSV, shared notes only, audited; 404 outside scope', async () => {
    await t.database.db
      .updateTable('checkin')
      .set({ sharedNotes: '=cmd|calc', privateNotes: 'SECRET-PRIVATE' })
      .where('id', '=', checkinId)
      .execute();
    const pdf = await staff.request('GET', `/api/v1/people/${org.people.staffA1.id}/file.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const csv = await sup.request('GET', `/api/v1/people/${org.people.staffA1.id}/file.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('section,date,item,status,value,target,detail');
    expect(csv.body).toMatch(/\r\nperson,/);
    expect(csv.body).toMatch(/\r\ncheckin,2026-11-30,'=cmd\|calc,held/);
    expect(csv.body).toContain('feedback,');
    expect(csv.body).not.toContain('SECRET-PRIVATE');
    const zh = await sup.request('GET', `/api/v1/people/${org.people.staffA1.id}/file.csv?lang=zh-Hant`);
    expect(zh.body).toContain('部分,日期,項目');
    expect((await supB.request('GET', `/api/v1/people/${org.people.staffA1.id}/file.pdf`)).statusCode).toBe(
      404,
    );
    expect(
      (await staffA2.request('GET', `/api/v1/people/${org.people.staffA1.id}/file.csv`)).statusCode,
    ).toBe(404);
    expect(
      (await sup.request('GET', `/api/v1/people/${org.people.staffA1.id}/file.csv?format=x`)).statusCode,
    ).toBe(400);
    const audited = await t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'actorUserId'])
      .where('action', '=', 'performance_file.exported')
      .where('subjectPersonId', '=', org.people.staffA1.id)
      .execute();
    expect(audited.length).toBe(3);
  });

  it('reminders: due cadences, check-ins within 24 h, overdue items and training, once per day', async () => {
    const db = t.database.db;
    // staffA2: cadence never held → due; planned check-in tomorrow morning → upcoming.
    await db
      .insertInto('checkinCadence')
      .values({ personId: org.people.staffA2.id, everyDays: 7, updatedBy: null })
      .execute();
    const soon = await db
      .insertInto('checkin')
      .values({
        personId: org.people.staffB1.id,
        leaderPersonId: org.people.supB.id,
        scheduledAt: new Date('2026-12-01T00:30:00Z'),
        heldAt: null,
        createdBy: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('actionItem')
      .values({
        personId: org.people.staffB1.id,
        checkinId: null,
        coachingPlanId: null,
        ownerPersonId: org.people.staffB1.id,
        title: 'Late item',
        dueOn: '2026-11-20',
        doneAt: null,
        createdBy: null,
      })
      .execute();
    const course = await db
      .insertInto('course')
      .values({
        code: 'RET-1',
        titleEn: 'Returns policy',
        titleZh: '退貨政策',
        category: 'compliance',
        durationHours: 1,
        passScore: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('trainingAssignment')
      .values({
        courseId: course.id,
        personId: org.people.staffA2.id,
        assignedBy: null,
        dueOn: '2026-11-25',
        reason: null,
        coachingPlanId: null,
        completedAt: null,
        score: null,
        evidence: null,
        passed: null,
      })
      .execute();
    await db
      .updateTable('appUser')
      .set({ emailReminders: false })
      .where('id', '=', org.people.supB.userId!)
      .execute();

    const reminders = createRemindersService({
      db,
      access: createAccessService(db),
      audit: createAuditService({ db, clock }),
      clock,
      calendar: createCalendar({ db, clock }),
      notifications: createNotificationsService({ db, clock }),
      mailer: createMailer({ smtpUrl: null, from: 'x@example.com', dir: mailDir }),
      monitoring: createMonitoringService({
        db,
        access: createAccessService(db),
        audit: createAuditService({ db, clock }),
        clock,
      }),
      publicUrl: null,
    });
    const now = new Date('2026-11-30T01:00:00Z');
    const first = await reminders.run(now);
    // check-ins: staffA2 due (staffA1 held today → ok; staffB1 has a planned one) + staffB1 upcoming.
    // The earlier overdue item of staffA1 is done; staffA1's leader item has no due date.
    expect(first).toEqual({ checkins: 2, actions: 1, training: 1, reviews: 0, mails: 5 });
    // staffA2 due → supA (1 mail); upcoming → staffB1 + supB (supB opted out: 1 mail);
    // item → staffB1 (1); training → staffA2 + supA (2).
    const second = await reminders.run(new Date('2026-11-30T09:00:00Z'));
    expect(second).toEqual({ checkins: 0, actions: 0, training: 0, reviews: 0, mails: 0 });
    const nextDay = await reminders.run(new Date('2026-12-01T01:00:00Z'));
    expect(nextDay).toMatchObject({ checkins: 1, actions: 1, training: 1 }); // upcoming one is now in the past
    const supBNotes = await db
      .selectFrom('notification')
      .select(['kind', 'entityId'])
      .where('userId', '=', org.people.supB.userId!)
      .where('kind', 'like', 'reminder.%')
      .execute();
    expect(supBNotes).toEqual([{ kind: 'reminder.checkin_upcoming', entityId: soon.id }]);
  });
});
