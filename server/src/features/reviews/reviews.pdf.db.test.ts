import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { pdfText } from '../../../test/pdf-text.js';
import { allRated, insertReview } from '../../../test/reviews.js';
import { json } from '../../db/json.js';
import { fixedClock } from '../../lib/clock.js';

describe('a review as PDF: the reader sees what they may, in English or Chinese; reviews on a person', () => {
  // 2026-07-21 10:00 in Hong Kong.
  const clock = fixedClock(new Date('2026-07-21T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let supB: Client;
  let reviewId: string;
  let employeeNumber: string;
  let fileName: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    const db = t.database.db;
    const login = async (id: string) => {
      const u = await db
        .selectFrom('appUser')
        .select('email')
        .where('personId', '=', id)
        .executeTakeFirstOrThrow();
      return loginClient(t.app, u.email, PASSWORD);
    };
    sup = await login(org.people.supA.id);
    staff = await login(org.people.staffA1.id);
    peer = await login(org.people.staffA2.id);
    supB = await login(org.people.supB.id);
    // Staff A1's review at the manager's stage: the self review handed in, the manager's a draft.
    ({ reviewId } = await insertReview(db, org.people.staffA1.id, { status: 'manager_review' }));
    await db
      .updateTable('review')
      .set({
        selfRatings: json(allRated(4)),
        selfComments: json({ goals: 'Met both goals.' }),
        selfSubmittedAt: new Date('2026-07-08T02:00:00Z'),
        managerRatings: json({ ...allRated(3), results: 2 }),
        managerComments: json({ results: 'Draft: CSAT is the gap.' }),
        developmentPlan: 'Course SS-103.',
        overallRating: 3,
      })
      .where('id', '=', reviewId)
      .execute();
    const p = await db
      .selectFrom('person')
      .select(['employeeNumber', 'givenNameEn', 'familyNameEn'])
      .where('id', '=', org.people.staffA1.id)
      .executeTakeFirstOrThrow();
    employeeNumber = p.employeeNumber;
    fileName = `review-${p.employeeNumber}-${p.givenNameEn}-${p.familyNameEn}-matrix-cycle.pdf`.toLowerCase();
  });
  afterAll(() => t?.close());

  const pdf = (c: Client, lang: string) => c.request('GET', `/api/v1/reviews/${reviewId}/pdf?lang=${lang}`);

  it("the reviewer downloads it with the manager's draft; named after the person and the cycle", async () => {
    const res = await pdf(sup, 'en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = pdfText(res.rawPayload).split('\n');
    expect(lines).toContain(`Employee no.: ${employeeNumber}`);
    expect(lines).toContain('Cycle: Matrix cycle');
    expect(lines).toContain('Status: Manager review');
    expect(lines).toContain('Self rating: Exceeds (4)');
    expect(lines).toContain('Manager rating: Below (2)');
    expect(lines).toContain('Manager: Draft: CSAT is the gap.');
    expect(lines).toContain('Generated 2026-07-21');
  });

  it("the person downloads it in Chinese, without the manager's draft", async () => {
    const res = await pdf(staff, 'zh-Hant');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    const lines = text.split('\n');
    expect(lines).toContain('評核週期: 矩陣週期');
    expect(lines).toContain('狀態: 主管評核');
    expect(lines).toContain('自我評分: 超出期望 (4)');
    expect(lines).toContain('主管評分: 尚未公開');
    expect(lines).toContain('整體評分: 尚未公開');
    expect(text).not.toContain('CSAT is the gap');
    expect(text).not.toContain('SS-103');
  });

  it('answers 404 to anyone who does not see the review, and 400 to a language it does not write', async () => {
    for (const c of [peer, supB]) {
      const res = await pdf(c, 'en');
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('review.not_found');
    }
    const bad = await pdf(sup, 'fr');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation');
  });

  it('audits each download as review.exported, with the language', async () => {
    const rows = await t.database.db
      .selectFrom('auditEvent')
      .select(['actorUserId', 'entityId', 'subjectPersonId', 'after'])
      .where('action', '=', 'review.exported')
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.entityId === reviewId && r.subjectPersonId === org.people.staffA1.id)).toBe(
      true,
    );
    expect(rows.map((r) => (r.after as { lang: string }).lang).sort()).toEqual(['en', 'zh-Hant']);
    expect(rows.map((r) => r.actorUserId).sort()).toEqual(
      [org.people.supA.userId, org.people.staffA1.userId].sort(),
    );
  });

  it('puts the signed reviews of the range, not the unsigned, in the performance file (CSV and PDF)', async () => {
    const db = t.database.db;
    const signed = await insertReview(db, org.people.staffA1.id, { status: 'signed' });
    await db
      .updateTable('review')
      .set({
        overallRating: 4,
        managerSignedAt: new Date('2026-07-13T06:30:00Z'),
        personSignedAt: new Date('2026-07-14T01:00:00Z'),
        personDisagrees: false,
      })
      .where('id', '=', signed.reviewId)
      .execute();
    const file = (q: string) => sup.request('GET', `/api/v1/people/${org.people.staffA1.id}/file.csv?${q}`);
    const rows = (await file('from=2026-06-01&to=2026-07-20&lang=zh-Hant')).body
      .split('\r\n')
      .filter((l) => l.startsWith('review,'));
    // The manager_review one (same cycle name) is not signed: one row only.
    expect(rows).toEqual([
      'review,2026-01-01..2026-06-30,矩陣週期,已簽署,4,,超出期望 (4); 主管簽署 2026-07-13; 員工簽署 2026-07-14',
    ]);
    // A range after the period has none.
    expect((await file('from=2026-07-01&to=2026-07-20')).body).not.toContain('\r\nreview,');
    const pdfRes = await staff.request(
      'GET',
      `/api/v1/people/${org.people.staffA1.id}/file.pdf?from=2026-06-01&to=2026-07-20`,
    );
    expect(pdfRes.statusCode).toBe(200);
    const lines = pdfText(pdfRes.rawPayload).split('\n');
    expect(lines.slice(lines.indexOf('Performance reviews'))).toEqual(
      expect.arrayContaining(['Matrix cycle', 'Exceeds (4)', 'Signed']),
    );
  });

  it("lists one person's reviews with ?personId, within what the reader sees", async () => {
    const other = await insertReview(t.database.db, org.people.staffA2.id);
    const ids = async (c: Client, personId: string) =>
      ((await c.request('GET', `/api/v1/reviews?personId=${personId}`)).json() as Review[]).map((r) => r.id);
    expect(await ids(sup, org.people.staffA1.id)).toContain(reviewId);
    expect(await ids(sup, org.people.staffA1.id)).not.toContain(other.reviewId);
    expect(await ids(sup, org.people.staffA2.id)).toEqual([other.reviewId]);
    expect(await ids(staff, org.people.staffA1.id)).toContain(reviewId);
    expect(await ids(staff, org.people.staffA2.id)).toEqual([]);
    // A peer and another team's supervisor see none of staff A1's reviews.
    expect(await ids(peer, org.people.staffA1.id)).toEqual([]);
    expect(await ids(supB, org.people.staffA1.id)).toEqual([]);
    expect((await sup.request('GET', '/api/v1/reviews?personId=nope')).statusCode).toBe(400);
  });
});
