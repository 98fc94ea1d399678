import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Answer,
  CertificationOverview,
  Evaluation,
  Scorecard,
  ScorecardContent,
} from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';
import { startSmtpCapture } from '../../../test/smtp.js';

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
      {
        id: 'accuracy',
        textEn: 'Accuracy',
        textZh: '準確',
        type: 'points',
        weight: 3,
        maxPoints: 10,
        critical: 'none',
        naAllowed: false,
      },
    ],
  },
];
const a = (greet: Answer['value'], accuracy: number): Answer[] => [
  { itemId: 'greet', value: greet },
  { itemId: 'accuracy', value: accuracy },
];

describe('assessor certification', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let manager: Client;
  let supA: Client;
  let supB: Client;
  let staff: Client;
  let card: Scorecard;
  let courseId: string;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

  const count = async (
    table: 'assessorCertification' | 'auditEvent' | 'observation' | 'evaluationCertification',
  ) =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const rowOf = (o: CertificationOverview, userId: string) =>
    o.rows.find((r) => r.userId === userId && r.scorecardCode === 'CERT-1')!;
  const overview = async (c: Client = manager) =>
    (await c.request('GET', '/api/v1/assessor-certifications')).json() as CertificationOverview;

  async function release(c: Client, personId: string): Promise<Evaluation> {
    const ev = (
      await c.request('POST', '/api/v1/evaluations', {
        scorecardId: card.id,
        personId,
        channel: 'call',
        occurredOn: clock.now().toISOString().slice(0, 10),
        answers: a('yes', 8),
      })
    ).json() as Evaluation;
    expect((await c.request('POST', `/api/v1/evaluations/${ev.id}/submit`)).statusCode).toBe(200);
    const res = await c.request('POST', `/api/v1/evaluations/${ev.id}/release`);
    expect(res.statusCode).toBe(200);
    return res.json();
  }
  const markOf = async (c: Client, id: string) =>
    (await c.request('GET', `/api/v1/assessor-certifications/evaluation-marks?ids=${id}`)).json();

  /** Moves the app's clock and signs everyone in again (sessions end when idle). */
  async function at(iso: string) {
    clock.set(new Date(iso));
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    supA = await loginClient(t.app, org.people.supA.email, PASSWORD);
    supB = await loginClient(t.app, org.people.supB.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
  }

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({
      clock,
      config: { mail: { smtpUrl: smtp.url, from: 'Frontline <noreply@example.com>', dir: null } },
    });
    org = await makeOrg(t.services);
    await installIndicators(t.services);
    await at('2026-11-10T02:00:00Z');
    card = (
      await admin.request('POST', '/api/v1/scorecards', {
        code: 'CERT-1',
        kind: 'qa_interaction',
        titleEn: 'Call review',
        titleZh: '通話評審',
        sections: SECTIONS,
      })
    ).json();
    courseId = (
      await t.database.db
        .insertInto('course')
        .values({
          code: 'ASSESSOR',
          titleEn: 'Assessor course',
          titleZh: '評核員課程',
          category: 'compliance',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('refuses bad settings (4xx) and changes nothing; a lead sets them', async () => {
    const audits = await count('auditEvent');
    const unknown = await manager.request('PUT', '/api/v1/assessor-certifications/settings', {
      assessorCourseId: '00000000-0000-4000-8000-000000000001',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('certification.invalid_course');
    for (const body of [
      { minAlpha: 2 },
      { validityMonths: 0 },
      { uncertifiedPolicy: 'never' },
      { extra: 1 },
    ]) {
      expect(
        (await manager.request('PUT', '/api/v1/assessor-certifications/settings', body)).statusCode,
      ).toBe(400);
    }
    expect(
      (await supA.request('PUT', '/api/v1/assessor-certifications/settings', { validityMonths: 3 }))
        .statusCode,
    ).toBe(403);
    expect(await count('auditEvent')).toBe(audits);
    const res = await manager.request('PUT', '/api/v1/assessor-certifications/settings', {
      assessorCourseId: courseId,
      minAlpha: 0.8,
      maxBiasPoints: null,
      validityMonths: 6,
      reminderDays: 30,
      uncertifiedPolicy: 'not_counted',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ assessorCourseTitleEn: 'Assessor course', validityMonths: 6 });
    expect(await count('auditEvent')).toBe(audits + 1);
  });

  it('an uncertified assessor’s released evaluation is marked and, not counted, makes no observation', async () => {
    const o = rowOf(await overview(), org.people.supA.userId!);
    expect(o).toMatchObject({ status: 'not_certified', missing: ['course', 'calibration'] });
    const before = await count('observation');
    const ev = await release(supA, org.people.staffA1.id);
    expect(await count('observation')).toBe(before);
    expect(await markOf(supA, ev.id)).toEqual([
      expect.objectContaining({ evaluationId: ev.id, certified: false, counted: false, stage: 'released' }),
    ]);
    // The person evaluated sees nothing of it.
    expect((await markOf(staff, ev.id)).code).toBe('auth.forbidden');
  });

  it('course + a calibration result past the threshold → certified, with its basis', async () => {
    await t.database.db
      .insertInto('trainingAssignment')
      .values({
        courseId,
        personId: org.people.supA.id,
        status: 'completed',
        completedAt: new Date('2026-11-01T00:00:00Z'),
        assignedBy: null,
        dueOn: null,
        reason: null,
        coachingPlanId: null,
        score: null,
        evidence: 'done',
        passed: null,
      })
      .execute();
    expect(rowOf(await overview(), org.people.supA.userId!).missing).toEqual(['calibration']);
    const s = (
      await manager.request('POST', '/api/v1/calibration-sessions', {
        scorecardId: card.id,
        title: 'November',
        interactions: ['T-1', 'T-2', 'T-3', 'T-4'],
        assessorUserIds: [org.people.supA.userId, org.people.supB.userId],
      })
    ).json();
    const bench = [a('yes', 8), a('no', 3), a('yes', 9), a('no', 5)];
    const other = [a('no', 2), a('yes', 9), a('no', 4), a('yes', 10)];
    for (const [i, it] of s.interactions.entries()) {
      const base = `/api/v1/calibration-sessions/${s.id}/interactions/${it.id}`;
      expect((await supA.request('PUT', `${base}/scores`, { answers: bench[i] })).statusCode).toBe(200);
      expect((await supB.request('PUT', `${base}/scores`, { answers: other[i] })).statusCode).toBe(200);
      expect((await manager.request('PUT', `${base}/benchmark`, { answers: bench[i] })).statusCode).toBe(200);
    }
    await at('2026-11-12T02:00:00Z');
    expect(await count('assessorCertification')).toBe(0);
    expect((await manager.request('POST', `/api/v1/calibration-sessions/${s.id}/reveal`)).statusCode).toBe(
      200,
    );
    expect(await count('assessorCertification')).toBe(1);
    const row = rowOf(await overview(), org.people.supA.userId!);
    expect(row).toMatchObject({ status: 'certified', missing: [] });
    expect(row.current).toMatchObject({
      source: 'automatic',
      grantedAt: '2026-11-12T02:00:00.000Z',
      expiresAt: '2027-05-12T02:00:00.000Z',
      courseCompletedAt: '2026-11-01T00:00:00.000Z',
      calibrationSessionId: s.id,
      alpha: 1,
      biasPoints: 0,
    });
    // supB: no course, and far from the benchmark.
    expect(rowOf(await overview(), org.people.supB.userId!)).toMatchObject({
      status: 'not_certified',
      missing: ['course', 'calibration'],
    });
    // Now certified, supA's next evaluation counts.
    const before = await count('observation');
    const ev = await release(supA, org.people.staffA2.id);
    expect(await count('observation')).toBe(before + 1);
    expect((await markOf(manager, ev.id))[0]).toMatchObject({ certified: true, counted: true });
  });

  it('an assessor sees their own rows only; staff see nothing; grant and revoke are a lead’s', async () => {
    const own = await overview(supB);
    expect(own.all).toBe(false);
    expect(new Set(own.rows.map((r) => r.userId))).toEqual(new Set([org.people.supB.userId]));
    expect((await staff.request('GET', '/api/v1/assessor-certifications')).statusCode).toBe(403);
    const cert = rowOf(await overview(), org.people.supA.userId!).current!;
    const audits = await count('auditEvent');
    expect(
      (await supB.request('POST', `/api/v1/assessor-certifications/${cert.id}/revoke`, { reason: 'no way' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await manager.request('POST', `/api/v1/assessor-certifications/${cert.id}/revoke`, { reason: '' }))
        .statusCode,
    ).toBe(400);
    const grantBad = await manager.request('POST', '/api/v1/assessor-certifications', {
      userId: org.people.staffA1.userId,
      scorecardCode: 'CERT-1',
      reason: 'Field observation',
    });
    expect(grantBad.statusCode).toBe(400);
    const unknownCard = await manager.request('POST', '/api/v1/assessor-certifications', {
      userId: org.people.supB.userId,
      scorecardCode: 'NOPE',
      reason: 'Field observation',
    });
    expect(unknownCard.statusCode).toBe(400);
    expect(await count('auditEvent')).toBe(audits);
    const g = await manager.request('POST', '/api/v1/assessor-certifications', {
      userId: org.people.supB.userId,
      scorecardCode: 'CERT-1',
      reason: 'Field observation',
    });
    expect(g.statusCode).toBe(201);
    expect(rowOf(await overview(), org.people.supB.userId!)).toMatchObject({ status: 'certified' });
    const r = await manager.request('POST', `/api/v1/assessor-certifications/${g.json().id}/revoke`, {
      reason: 'Granted by mistake',
    });
    expect(r.statusCode).toBe(200);
    const again = await manager.request('POST', `/api/v1/assessor-certifications/${g.json().id}/revoke`, {
      reason: 'Granted by mistake',
    });
    expect(again.statusCode).toBe(409);
    expect(rowOf(await overview(), org.people.supB.userId!)).toMatchObject({ status: 'revoked' });
    expect(await count('auditEvent')).toBe(audits + 2);
  });

  it('reminds the assessor and the lead once before expiry, then expires', async () => {
    const reminders = await t.database.db
      .selectFrom('notification')
      .select(['userId'])
      .where('kind', '=', 'reminder.certification_expiring')
      .execute();
    expect(reminders).toEqual([]);
    await at('2027-04-01T02:00:00Z');
    expect((await t.services.certification.remind()).reminders).toBe(0); // 41 days before: not yet
    await at('2027-04-20T02:00:00Z');
    expect(rowOf(await overview(), org.people.supA.userId!).status).toBe('expiring');
    // The lead reads Chinese, the assessor English: one e-mail each, in their own language.
    await t.database.db
      .updateTable('appUser')
      .set({ locale: 'zh-Hant' })
      .where('id', '=', org.people.manager.userId!)
      .execute();
    expect(await t.services.certification.remind()).toMatchObject({ reminders: 1, mails: 2 });
    const assessor = (
      await t.database.db
        .selectFrom('appUser')
        .select('displayName')
        .where('id', '=', org.people.supA.userId!)
        .executeTakeFirstOrThrow()
    ).displayName;
    const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
    expect(mailTo(org.people.supA.email).map((m) => [m.subject, m.text])).toEqual([
      [
        expect.stringMatching(new RegExp(`^Assessor certification ends 1[12] May 2027: ${assessor}$`)),
        expect.stringMatching(
          new RegExp(
            `^The assessor certification of ${assessor} for "Call review" ends on 1[12] May 2027\\. ` +
              'Complete the assessor course and a calibration session to renew it\\.$',
          ),
        ),
      ],
    ]);
    expect(mailTo(org.people.manager.email).map((m) => [m.subject, m.text])).toEqual([
      [
        expect.stringMatching(new RegExp(`^評核員認證將於 2027年5月1[12]日 屆滿：${assessor}$`)),
        expect.stringMatching(
          new RegExp(
            `^${assessor} 的「通話評審」評核員認證將於 2027年5月1[12]日 屆滿。完成評核員課程及校準環節即可續期。$`,
          ),
        ),
      ],
    ]);
    await at('2027-04-20T09:00:00Z');
    expect(await t.services.certification.remind()).toMatchObject({ reminders: 0 });
    await at('2027-05-01T02:00:00Z');
    expect(await t.services.certification.remind()).toMatchObject({ reminders: 0 });
    const to = await t.database.db
      .selectFrom('notification')
      .select(['userId', 'data'])
      .where('kind', '=', 'reminder.certification_expiring')
      .execute();
    expect(new Set(to.map((n) => n.userId))).toEqual(
      new Set([org.people.supA.userId, org.people.manager.userId]),
    );
    expect(to[0]!.data).toMatchObject({ expiresOn: expect.stringMatching(/^2027-05-1[12]$/) });
    await at('2027-05-12T02:00:00Z');
    expect(rowOf(await overview(), org.people.supA.userId!).status).toBe('expired');
    const before = await count('observation');
    const ev = await release(supA, org.people.staffA1.id);
    expect(await count('observation')).toBe(before);
    expect((await markOf(supA, ev.id))[0]).toMatchObject({ certified: false, counted: false });
  });
});
