import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review, ReviewCalibration, ReviewInputRequest } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { templateBody } from '../../../test/reviews.js';
import { fixedClock } from '../../lib/clock.js';

describe('reviews: input from others, calibration with reasons, amendments as versions', () => {
  // 2026-07-12 10:00 in Hong Kong: the self reviews were due on 07-10, the manager's on 07-20.
  const clock = fixedClock(new Date('2026-07-12T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let hr: Client;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let assessor: Client;
  let other: Client;
  let reviewId: string;
  let cycleId: string;

  const get = async (c: Client) => (await c.request('GET', `/api/v1/reviews/${reviewId}`)).json() as Review;
  const rows = (table: 'reviewInput' | 'reviewRatingChange' | 'reviewVersion') =>
    t.database.db.selectFrom(table).selectAll().execute();
  const login = async (personId: string) =>
    loginClient(
      t.app,
      (
        await t.database.db
          .selectFrom('appUser')
          .select('email')
          .where('personId', '=', personId)
          .executeTakeFirstOrThrow()
      ).email,
      PASSWORD,
    );

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    hr = await login(org.people.hr.id);
    sup = await login(org.people.supA.id);
    staff = await login(org.people.staffA1.id);
    peer = await login(org.people.staffA2.id);
    assessor = await login(org.people.assessorA.id);
    other = await login(org.people.staffB1.id);
    const tpl = await hr.request('POST', '/api/v1/review-templates', templateBody('CAL'));
    const cycle = await hr.request('POST', '/api/v1/review-cycles', {
      nameEn: 'First half 2026',
      nameZh: '2026 上半年',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      templateId: tpl.json().id,
      population: { orgUnitIds: [org.units.teamA.id], jobRoleIds: [], hiredOnOrBefore: null },
      selfDue: '2026-07-10',
      managerDue: '2026-07-20',
      calibrationDue: '2026-07-25',
      signOffDue: '2026-07-31',
    });
    cycleId = cycle.json().id;
    expect((await hr.request('POST', `/api/v1/review-cycles/${cycleId}/launch`)).statusCode).toBe(200);
    reviewId = ((await staff.request('GET', '/api/v1/reviews?scope=mine')).json() as Review[])[0]!.id;
  });
  afterAll(() => t?.close());

  it('the reviewer asks peers and the assessor; not the person, the reviewer or a stranger id', async () => {
    const bad = await sup.request('POST', `/api/v1/reviews/${reviewId}/inputs`, {
      personIds: [org.people.staffA2.id, org.people.staffA1.id, org.people.supA.id],
      relation: 'peer',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('review.input_invalid');
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toEqual(['/personIds/1', '/personIds/2']);
    expect(await rows('reviewInput')).toHaveLength(0);
    // The person cannot ask for input on their own review.
    const self = await staff.request('POST', `/api/v1/reviews/${reviewId}/inputs`, {
      personIds: [org.people.staffA2.id],
      relation: 'peer',
    });
    expect(self.statusCode).toBe(403);

    const peers = await sup.request('POST', `/api/v1/reviews/${reviewId}/inputs`, {
      personIds: [org.people.staffA2.id, org.people.staffB1.id],
      relation: 'peer',
    });
    expect(peers.statusCode).toBe(200);
    await sup.request('POST', `/api/v1/reviews/${reviewId}/inputs`, {
      personIds: [org.people.assessorA.id, org.people.staffA2.id],
      relation: 'assessor',
    });
    // Asking someone twice keeps the first request.
    const asked = await rows('reviewInput');
    expect(asked.map((r) => r.relation).sort()).toEqual(['assessor', 'peer', 'peer']);
    const r = await get(sup);
    expect(r.inputs).toMatchObject({ requested: 3, answered: 0, shown: false, answers: [] });
    expect(r.inputs!.askedNames).toHaveLength(3);
    const notes = await t.database.db
      .selectFrom('notification')
      .select('kind')
      .where('kind', '=', 'review.input_requested')
      .execute();
    expect(notes).toHaveLength(4); // staffA2, staffB1, then assessorA and staffA2 again
  });

  it('answers stay hidden until three have answered, and never carry a name', async () => {
    const mine = (await peer.request('GET', '/api/v1/review-inputs')).json() as ReviewInputRequest[];
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ reviewId, relation: 'peer', open: true, submittedAt: null });
    expect(mine[0]!.scale.levels).toHaveLength(5);

    const tooHigh = await peer.request('PUT', `/api/v1/review-inputs/${mine[0]!.id}`, {
      rating: 6,
      comment: 'x',
    });
    expect(tooHigh.statusCode).toBe(400);
    // Someone else's request answers 404.
    expect(
      (await other.request('PUT', `/api/v1/review-inputs/${mine[0]!.id}`, { rating: 3, comment: 'x' }))
        .statusCode,
    ).toBe(404);
    const a = await peer.request('PUT', `/api/v1/review-inputs/${mine[0]!.id}`, {
      rating: 4,
      comment: 'Covers my breaks without being asked.',
    });
    expect(a.statusCode).toBe(200);
    expect(a.json().submittedAt).not.toBeNull();
    const one = (await other.request('GET', '/api/v1/review-inputs')).json() as ReviewInputRequest[];
    await other.request('PUT', `/api/v1/review-inputs/${one[0]!.id}`, {
      rating: 3,
      comment: 'Good on the phone.',
    });
    expect((await get(sup)).inputs).toMatchObject({ requested: 3, answered: 2, shown: false, answers: [] });

    const three = (await assessor.request('GET', '/api/v1/review-inputs')).json() as ReviewInputRequest[];
    await assessor.request('PUT', `/api/v1/review-inputs/${three[0]!.id}`, {
      rating: null,
      comment: 'Accurate notes on every call I scored.',
    });
    const shown = (await get(sup)).inputs!;
    expect(shown).toMatchObject({ requested: 3, answered: 3, shown: true });
    expect(shown.answers).toEqual([
      { relation: 'assessor', rating: null, comment: 'Accurate notes on every call I scored.' },
      { relation: 'peer', rating: 4, comment: 'Covers my breaks without being asked.' },
      { relation: 'peer', rating: 3, comment: 'Good on the phone.' },
    ]);
    expect(JSON.stringify(shown.answers)).not.toMatch(/Family|Given/);
    // The person does not see the input before sign-off.
    expect((await get(staff)).inputs).toBeNull();
    // The audit trail says who answered, never what.
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'after'])
      .where('action', '=', 'review.input_given')
      .execute();
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('breaks');
  });

  it('handing on keeps the evidence check; input closes', async () => {
    const res = await sup.request('PUT', `/api/v1/reviews/${reviewId}/manager`, {
      ratings: { goals: 2, results: 4, 'behaviours.listening': 3, 'behaviours.ownership': 3 },
      comments: {},
      developmentPlan: 'Shadow a senior colleague on escalations.',
      overallRating: null,
      submit: true,
    });
    expect(res.statusCode).toBe(200);
    // 0.3 × 2 + 0.4 × 4 + 0.3 × 3 = 3.1 → 3
    expect(res.json()).toMatchObject({ status: 'sign_off', formula: 3.1 });
    expect(res.json().manager.overallRating).toBe(3);
    const stored = await t.database.db
      .selectFrom('review')
      .select('warnings')
      .where('id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(stored.warnings).toEqual([{ kind: 'below_without_evidence', key: 'goals', indicators: [] }]);
    const mine = (await peer.request('GET', '/api/v1/review-inputs')).json() as ReviewInputRequest[];
    expect(mine[0]!.open).toBe(false);
    const late = await peer.request('PUT', `/api/v1/review-inputs/${mine[0]!.id}`, {
      rating: 5,
      comment: 'y',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('review.input_closed');
    // From sign-off on the person sees the input, without the names of who was asked.
    expect((await get(staff)).inputs).toMatchObject({ answered: 3, shown: true, askedNames: [] });
  });

  it("calibration shows each manager's distribution and the warnings; a change needs a reason", async () => {
    const res = await hr.request('GET', `/api/v1/review-cycles/${cycleId}/calibration`);
    expect(res.statusCode).toBe(200);
    const cal = res.json() as ReviewCalibration;
    const supA = cal.managers.find((m) => m.reviewerPersonId === org.people.supA.id)!;
    // supA reviews staffA1, staffA2 and assessorA; only A1's is rated.
    expect(supA).toMatchObject({ total: 3, rated: 1, distribution: [0, 0, 1, 0, 0], mean: 3 });
    expect(cal.distribution).toEqual([0, 0, 1, 0, 0]);
    const a1 = cal.reviews.find((r) => r.id === reviewId)!;
    expect(a1).toMatchObject({ overallRating: 3, formula: 3.1, changes: 0, canCalibrate: true });
    expect(a1.warnings).toEqual([{ kind: 'below_without_evidence', key: 'goals', indicators: [] }]);
    // A unit filter: team B has none of this cycle's reviews.
    const teamB = await hr.request(
      'GET',
      `/api/v1/review-cycles/${cycleId}/calibration?orgUnitId=${org.units.teamB.id}`,
    );
    expect((teamB.json() as ReviewCalibration).reviews).toHaveLength(0);
    // Staff have no calibration view; the supervisor sees only the reviews they see or write.
    expect((await staff.request('GET', `/api/v1/review-cycles/${cycleId}/calibration`)).statusCode).toBe(403);
    const supView = (await sup.request('GET', `/api/v1/review-cycles/${cycleId}/calibration`)).json();
    expect(supView.reviews.map((r: { id: string }) => r.id)).toContain(reviewId);
    expect(supView.reviews).toHaveLength(3); // not their own review

    const outside = await hr.request('POST', `/api/v1/reviews/${reviewId}/calibrate`, {
      overallRating: 7,
      reason: 'Too high',
    });
    expect(outside.statusCode).toBe(400);
    const same = await hr.request('POST', `/api/v1/reviews/${reviewId}/calibrate`, {
      overallRating: 3,
      reason: 'No change',
    });
    expect(same.statusCode).toBe(400);
    const noReason = await hr.request('POST', `/api/v1/reviews/${reviewId}/calibrate`, { overallRating: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(await rows('reviewRatingChange')).toHaveLength(0);

    const ok = await hr.request('POST', `/api/v1/reviews/${reviewId}/calibrate`, {
      overallRating: 2,
      reason: 'Goals missed across the half; in line with the other teams.',
    });
    expect(ok.statusCode).toBe(200);
    const r = ok.json() as Review;
    expect(r.manager?.overallRating).toBe(2);
    expect(r.calibration).toEqual([
      expect.objectContaining({
        fromRating: 3,
        toRating: 2,
        reason: 'Goals missed across the half; in line with the other teams.',
      }),
    ]);
    // The person sees the rating, not the calibration discussion.
    const seen = await get(staff);
    expect(seen.manager?.overallRating).toBe(2);
    expect(seen.calibration).toEqual([]);
    const after = (await hr.request('GET', `/api/v1/review-cycles/${cycleId}/calibration`)).json();
    expect(after.distribution).toEqual([0, 1, 0, 0, 0]);
  });

  it('once someone signs, calibration is over; a signed review is amended as a new version', async () => {
    await staff.request('POST', `/api/v1/reviews/${reviewId}/sign`, { comment: 'Fair.', disagree: false });
    const late = await hr.request('POST', `/api/v1/reviews/${reviewId}/calibrate`, {
      overallRating: 3,
      reason: 'Second thoughts',
    });
    expect(late.statusCode).toBe(409);
    expect((await sup.request('POST', `/api/v1/reviews/${reviewId}/sign`, {})).json().status).toBe('signed');

    const notSigned = await staff.request('POST', `/api/v1/reviews/${reviewId}/amend`, {
      reason: 'I want a 5',
      overallRating: 5,
    });
    expect(notSigned.statusCode).toBe(403);
    const nothing = await sup.request('POST', `/api/v1/reviews/${reviewId}/amend`, { reason: 'Nothing' });
    expect(nothing.statusCode).toBe(400);
    expect(await rows('reviewVersion')).toHaveLength(0);

    const res = await sup.request('POST', `/api/v1/reviews/${reviewId}/amend`, {
      reason: 'The June sales figures were corrected by finance.',
      overallRating: 3,
      comments: { goals: 'Two of three goals met once June was corrected.' },
    });
    expect(res.statusCode).toBe(200);
    const r = res.json() as Review;
    expect(r).toMatchObject({
      version: 2,
      status: 'sign_off',
      managerSignedAt: null,
      personSignedAt: null,
      personComment: null,
    });
    expect(r.manager?.overallRating).toBe(3);
    expect(r.manager?.comments.goals).toContain('June was corrected');
    expect(r.versions).toEqual([
      expect.objectContaining({
        version: 1,
        overallRating: 2,
        personDisagrees: false,
        amendReason: 'The June sales figures were corrected by finance.',
      }),
    ]);
    expect(r.versions[0]!.managerSignedAt).not.toBeNull();
    const kept = await rows('reviewVersion');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.snapshot).toMatchObject({ overallRating: 2, personComment: 'Fair.', version: 1 });
    // Both sign the new version.
    await staff.request('POST', `/api/v1/reviews/${reviewId}/sign`, {});
    const signed = await sup.request('POST', `/api/v1/reviews/${reviewId}/sign`, {});
    expect(signed.json()).toMatchObject({ status: 'signed', version: 2 });
    expect((await get(staff)).versions).toHaveLength(1);
  });

  it('every change is audited', async () => {
    const actions = (
      await t.database.db
        .selectFrom('auditEvent')
        .select('action')
        .where('action', 'like', 'review.%')
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'review.input_requested',
        'review.input_given',
        'review.calibrated',
        'review.amended',
      ]),
    );
  });
});
