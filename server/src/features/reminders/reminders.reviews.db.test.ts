import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { insertReview } from '../../../test/reviews.js';
import { startSmtpCapture } from '../../../test/smtp.js';
import { fixedClock } from '../../lib/clock.js';

/**
 * Review reminders end to end: the hourly run on a fixed day, in-app notifications, e-mails over a
 * real SMTP server on loopback in each reader's language, escalation one level up, once a day.
 *
 *   manager M ─ supA ─ staffA1 (self review overdue)  → staffA1, and M as supA's manager
 *             │      └ staffA2 (manager review due in 9 days: nothing yet)
 *             └ supB ─ staffB1 (manager review due in 3 days) → supB
 *   supX (no manager) ─ staffX1 (sign-off due today, neither signed) → staffX1 and supX
 *   supX's own review (no reviewer; self review overdue)            → supX, and HR
 */
describe('review reminders', () => {
  let t: TestApp;
  let org: Org;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  // 2026-07-11 09:00 in Hong Kong; nothing below depends on the day the test runs.
  const clock = fixedClock(new Date('2026-07-11T01:00:00Z'));
  const ids: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5', string> = { r1: '', r2: '', r3: '', r4: '', r5: '' };
  const names = new Map<string, { en: string; zh: string | null }>();
  const link = (id: string) => `https://frontline.example/reviews/${id}`;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({
      clock,
      config: {
        publicUrl: 'https://frontline.example',
        mail: { smtpUrl: smtp.url, from: 'Frontline <noreply@example.com>', dir: null },
      },
    });
    org = await makeOrg(t.services);
    const db = t.database.db;
    const p = org.people;
    for (const row of await db
      .selectFrom('person')
      .select(['id', 'givenNameEn', 'familyNameEn', 'nameZh'])
      .execute()) {
      names.set(row.id, { en: `${row.givenNameEn} ${row.familyNameEn}`, zh: row.nameZh });
    }
    // Readers: staffA1, supB and supX read Chinese; the manager, staffX1 and HR read English.
    for (const who of [p.staffA1, p.supB, p.supX]) {
      await db.updateTable('appUser').set({ locale: 'zh-Hant' }).where('id', '=', who.userId!).execute();
    }

    // Cycle 1 (self due 07-10, manager due 07-20, sign-off due 07-31): staffA1 and staffA2.
    const c1 = await insertReview(db, p.staffA1.id);
    ids.r1 = c1.reviewId;
    await db
      .updateTable('reviewCycle')
      .set({ nameEn: 'H1 2026', nameZh: '2026 上半年' })
      .where('id', '=', c1.cycleId)
      .execute();
    ids.r2 = (
      await db
        .insertInto('review')
        .values({
          cycleId: c1.cycleId,
          personId: p.staffA2.id,
          reviewerPersonId: p.supA.id,
          status: 'manager_review',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // Cycle 2: the manager review is due in 3 days.
    const c2 = await insertReview(db, p.staffB1.id, { status: 'manager_review' });
    ids.r3 = c2.reviewId;
    await db
      .updateTable('reviewCycle')
      .set({ nameEn: 'Store B review', nameZh: 'B 店評核', managerDue: '2026-07-14' })
      .where('id', '=', c2.cycleId)
      .execute();
    // Cycle 3: sign-off due today; neither side has signed.
    const c3 = await insertReview(db, p.staffX1.id, { status: 'sign_off' });
    ids.r4 = c3.reviewId;
    await db
      .updateTable('reviewCycle')
      .set({
        nameEn: 'Store X review',
        nameZh: 'X 店評核',
        selfDue: '2026-07-01',
        managerDue: '2026-07-05',
        calibrationDue: '2026-07-08',
        signOffDue: '2026-07-11',
      })
      .where('id', '=', c3.cycleId)
      .execute();
    // Cycle 4: supX's own review: supX has no manager, so no reviewer.
    const c4 = await insertReview(db, p.supX.id);
    ids.r5 = c4.reviewId;
    await db
      .updateTable('reviewCycle')
      .set({ nameEn: 'Leaders review', nameZh: '主管評核週期' })
      .where('id', '=', c4.cycleId)
      .execute();
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const notes = () =>
    t.database.db
      .selectFrom('notification')
      .select(['userId', 'kind', 'entityId', 'data'])
      .where('kind', 'like', 'reminder.review_%')
      .execute();
  const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const en = (id: string) => names.get(id)!.en;
  const zh = (id: string) => names.get(id)!.zh!;

  it('reminds whoever each stage waits for, escalates overdue ones one level up, each in their language', async () => {
    const p = org.people;
    const counts = await t.services.reminders.run(clock.now());
    // r1 overdue + escalated, r3 due, r4 due, r5 overdue + escalated; r2 not yet.
    expect(counts).toEqual({ checkins: 0, actions: 0, training: 0, reviews: 6, mails: 7 });

    const got = (await notes()).map((n) => ({
      user: n.userId,
      kind: n.kind,
      review: n.entityId,
      context: (n.data as { context?: string }).context,
    }));
    const expected = [
      { user: p.staffA1.userId, kind: 'reminder.review_overdue', review: ids.r1, context: 'self' },
      { user: p.manager.userId, kind: 'reminder.review_escalated', review: ids.r1, context: 'self_review' },
      { user: p.supB.userId, kind: 'reminder.review_due', review: ids.r3, context: 'manager' },
      { user: p.staffX1.userId, kind: 'reminder.review_due', review: ids.r4, context: 'sign_person' },
      { user: p.supX.userId, kind: 'reminder.review_due', review: ids.r4, context: 'sign_reviewer' },
      { user: p.supX.userId, kind: 'reminder.review_overdue', review: ids.r5, context: 'self' },
      { user: p.hr.userId, kind: 'reminder.review_escalated', review: ids.r5, context: 'self_review' },
    ];
    const order = (a: { user: string | null; kind: string }, b: { user: string | null; kind: string }) =>
      `${a.user}${a.kind}`.localeCompare(`${b.user}${b.kind}`);
    expect(got.sort(order)).toEqual(expected.sort(order));
    // Nothing to supA (r1 waits for the person) or staffA2 (r2 is 9 days from its date), nor the admin.
    const told = new Set(got.map((n) => n.user));
    for (const quiet of [p.supA, p.staffA2, p.admin]) expect(told.has(quiet.userId!)).toBe(false);

    // The in-app data the web writes its text from.
    const esc = (await notes()).find((n) => n.kind === 'reminder.review_escalated' && n.entityId === ids.r1)!;
    expect(esc.data).toEqual({
      cycle: 'H1 2026',
      cycleZh: '2026 上半年',
      personId: p.staffA1.id,
      personName: en(p.staffA1.id),
      personNameZh: zh(p.staffA1.id),
      stage: 'self_review',
      due: '2026-07-10',
      days: 1,
      context: 'self_review',
      reviewerName: en(p.supA.id),
      reviewerNameZh: zh(p.supA.id),
    });

    // What the web gets for the manager's notification (the response schema keeps every field).
    const m = await loginClient(t.app, p.manager.email, PASSWORD);
    const listed = (await m.request('GET', '/api/v1/notifications')).json();
    expect(listed.items).toEqual([
      expect.objectContaining({
        kind: 'reminder.review_escalated',
        entityType: 'review',
        entityId: ids.r1,
        data: esc.data,
      }),
    ]);

    // staffA1 reads Chinese: the overdue self review, in Chinese.
    expect(mailTo(p.staffA1.email)).toEqual([
      expect.objectContaining({
        subject: '已逾期：你的「2026 上半年」自我評核',
        text: `你的「2026 上半年」自我評核限期為 2026年7月10日，已逾期 1 天。請盡快提交給你的主管。\n\n${link(ids.r1)}`,
      }),
    ]);
    // The manager's manager reads English: the escalation, naming the person and the reviewer.
    expect(mailTo(p.manager.email)).toEqual([
      expect.objectContaining({
        subject: `Overdue review: ${en(p.staffA1.id)} (H1 2026)`,
        text:
          `${en(p.staffA1.id)}'s review for H1 2026 is 1 day overdue at the self review stage (due 10 Jul 2026).\n` +
          `Waiting for: ${en(p.staffA1.id)}.\nReviewer: ${en(p.supA.id)}.\n` +
          `You receive this as the reviewer's manager.\n\n${link(ids.r1)}`,
      }),
    ]);
    // supB reads Chinese: their review of staffB1 is due in 3 days; the person named in Chinese.
    expect(mailTo(p.supB.email)).toEqual([
      expect.objectContaining({
        subject: `${zh(p.staffB1.id)}的評核將於3 天後（2026年7月14日）到期（B 店評核）`,
      }),
    ]);
    expect(mailTo(p.supB.email)[0]!.text).toContain(
      `你為${zh(p.staffB1.id)}撰寫的「B 店評核」主管評核將於3 天後（2026年7月14日）到期。`,
    );
    // One review, two readers, two languages: staffX1 (English) and supX (Chinese) sign today.
    expect(mailTo(p.staffX1.email).map((m) => m.subject)).toEqual([
      'Your review for Store X review awaits your signature: due today (11 Jul 2026)',
    ]);
    expect(
      mailTo(p.supX.email)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(
      [
        `${zh(p.staffX1.id)}的評核待你簽署，限期今天（2026年7月11日）`,
        '已逾期：你的「主管評核週期」自我評核',
      ].sort(),
    );
    // No reviewer above: HR hears of supX's overdue self review, in English.
    expect(mailTo(p.hr.email)).toEqual([
      expect.objectContaining({
        subject: `Overdue review: ${en(p.supX.id)} (Leaders review)`,
        text: expect.stringContaining('The review has no reviewer.\nYou receive this as HR.'),
      }),
    ]);
    expect(smtp.received).toHaveLength(7);
  });

  it('sends nothing more the same day, however often it runs', async () => {
    const before = (await notes()).length;
    clock.set(new Date('2026-07-11T09:00:00Z')); // 17:00 in Hong Kong
    expect(await t.services.reminders.run(clock.now())).toEqual({
      checkins: 0,
      actions: 0,
      training: 0,
      reviews: 0,
      mails: 0,
    });
    expect((await notes()).length).toBe(before);
    expect(smtp.received).toHaveLength(7);
  });

  it('the next day: overdue ones again, today’s sign-off now overdue and escalated, a signed side left out', async () => {
    const p = org.people;
    // staffX1 signs overnight; supX has not. The manager's account is disabled.
    await t.database.db
      .updateTable('review')
      .set({ personSignedAt: new Date('2026-07-11T12:00:00Z') })
      .where('id', '=', ids.r4)
      .execute();
    await t.database.db
      .updateTable('appUser')
      .set({ disabled: true })
      .where('id', '=', p.manager.userId!)
      .execute();
    clock.set(new Date('2026-07-12T01:00:00Z'));
    const before = smtp.received.length;
    // r1 overdue + escalated (to HR: the manager above supA cannot receive it), r4 overdue +
    // escalated (to HR: supX has no manager), r5 overdue + escalated (to HR: no reviewer).
    expect(await t.services.reminders.run(clock.now())).toMatchObject({ reviews: 6, mails: 6 });
    const today = await t.database.db
      .selectFrom('notification')
      .select(['userId', 'kind', 'entityId'])
      .where('kind', 'like', 'reminder.review_%')
      .where('createdAt', '>=', clock.now())
      .execute();
    expect(today.filter((n) => n.userId === p.manager.userId)).toEqual([]);
    expect(
      today.filter((n) => n.kind === 'reminder.review_escalated').map((n) => [n.userId, n.entityId]),
    ).toEqual(
      expect.arrayContaining([
        [p.hr.userId, ids.r1],
        [p.hr.userId, ids.r4],
        [p.hr.userId, ids.r5],
      ]),
    );
    const r4 = (await notes()).filter((n) => n.entityId === ids.r4 && n.kind !== 'reminder.review_due');
    expect(r4.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [p.supX.userId, 'reminder.review_overdue'],
        [p.hr.userId, 'reminder.review_escalated'],
      ].sort(),
    );
    const hrMail = smtp.received
      .slice(before)
      .find((m) => m.to.includes(p.hr.email) && m.text.includes('sign-off'))!;
    expect(hrMail.text).toBe(
      `${en(p.staffX1.id)}'s review for Store X review is 1 day overdue at the sign-off stage (due 11 Jul 2026).\n` +
        `Waiting for: ${en(p.supX.id)}.\nReviewer: ${en(p.supX.id)}.\n` +
        `You receive this as HR: no one above the reviewer can receive it.\n\n${link(ids.r4)}`,
    );
  });
});
