import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review, ReviewCycle, ReviewCycleProgress } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, makeRole, PASSWORD, type Org } from '../../../test/factories.js';
import { allRated, templateBody } from '../../../test/reviews.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';

describe('reviews: templates, a cycle launched for a population, self and manager review, sign-off', () => {
  // 2026-07-12 10:00 in Hong Kong: the self reviews were due on 07-10.
  const clock = fixedClock(new Date('2026-07-12T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let hr: Client;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let manager: Client;
  let templateId: string;
  let cycle: ReviewCycle;
  let reviewId: string;

  const cycleBody = (over: Record<string, unknown> = {}) => ({
    nameEn: 'First half 2026',
    nameZh: '2026 上半年',
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
    templateId,
    population: { orgUnitIds: [org.units.teamA.id], jobRoleIds: [], hiredOnOrBefore: null },
    selfDue: '2026-07-10',
    managerDue: '2026-07-20',
    calibrationDue: '2026-07-25',
    signOffDue: '2026-07-31',
    ...over,
  });
  const count = async (table: 'review' | 'reviewCycle' | 'reviewTemplate') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const get = async (c: Client) => (await c.request('GET', `/api/v1/reviews/${reviewId}`)).json() as Review;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    const sys = systemActor('test');
    await t.services.indicators.installPresets(sys);
    const csat = (await t.database.db
      .selectFrom('indicator')
      .select('id')
      .where('code', '=', 'CSAT')
      .executeTakeFirstOrThrow())!.id;
    const role = await makeRole(t.services);
    await t.database.db
      .updateTable('person')
      .set({ jobRoleId: role.id })
      .where('id', '=', org.people.staffA1.id)
      .execute();
    await t.services.indicators.createTarget(sys, {
      indicatorId: csat,
      jobRoleId: role.id,
      standard: 90,
      effectiveFrom: '2026-01-01',
    });
    // Staff A1's CSAT over the half: 70 of 100 every day from March — the interval lies wholly below 90.
    await t.database.db
      .insertInto('observation')
      .values(
        Array.from({ length: 100 }, (_, d) => ({
          personId: org.people.staffA1.id,
          indicatorId: csat,
          occurredOn: addDays('2026-03-01', d),
          numerator: 70,
          denominator: 100,
          source: 'test',
        })),
      )
      .execute();
    const email = async (id: string) =>
      (
        await t.database.db
          .selectFrom('appUser')
          .select('email')
          .where('personId', '=', id)
          .executeTakeFirstOrThrow()
      ).email;
    hr = await loginClient(t.app, await email(org.people.hr.id), PASSWORD);
    sup = await loginClient(t.app, await email(org.people.supA.id), PASSWORD);
    staff = await loginClient(t.app, await email(org.people.staffA1.id), PASSWORD);
    peer = await loginClient(t.app, await email(org.people.staffA2.id), PASSWORD);
    manager = await loginClient(t.app, await email(org.people.manager.id), PASSWORD);
  });
  afterAll(() => t?.close());

  it('refuses an inconsistent template with the fields named, and writes nothing', async () => {
    const bad = templateBody('BAD');
    bad.sections[0]!.key = 'results'; // the same key twice
    bad.sections[3]!.weight = 10; // a text section with a weight
    bad.scale = { ...bad.scale, meets: 9 };
    const res = await hr.request('POST', '/api/v1/review-templates', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('review_template.invalid');
    const paths = res.json().issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/sections/1/key', '/sections/3/weight', '/scale/meets']));
    expect(await count('reviewTemplate')).toBe(0);
    expect((await sup.request('POST', '/api/v1/review-templates', templateBody())).statusCode).toBe(403);
  });

  it('HR creates a template and a draft cycle; a cycle with no template or dates out of order is refused', async () => {
    const res = await hr.request('POST', '/api/v1/review-templates', templateBody());
    expect(res.statusCode).toBe(201);
    templateId = res.json().id;
    expect((await hr.request('POST', '/api/v1/review-templates', templateBody())).json().code).toBe(
      'review_template.code_taken',
    );

    const noTemplate = await hr.request(
      'POST',
      '/api/v1/review-cycles',
      cycleBody({ templateId: org.units.teamA.id }),
    );
    expect(noTemplate.statusCode).toBe(400);
    expect(noTemplate.json().issues[0].path).toBe('/templateId');
    const dates = await hr.request('POST', '/api/v1/review-cycles', cycleBody({ managerDue: '2026-07-01' }));
    expect(dates.statusCode).toBe(400);
    expect(dates.json().code).toBe('review_cycle.invalid');
    expect(await count('reviewCycle')).toBe(0);

    const ok = await hr.request('POST', '/api/v1/review-cycles', cycleBody());
    expect(ok.statusCode).toBe(201);
    cycle = ok.json();
    expect(cycle).toMatchObject({ status: 'draft', reviews: 0, templateTitleEn: 'Annual review' });
  });

  it('HR retires a template: no new cycle may use it, the list says so; offered again, it may', async () => {
    const other = await hr.request('POST', '/api/v1/review-templates', templateBody('RETIRED'));
    expect(other.statusCode).toBe(201);
    const id = other.json().id as string;
    // Only HR: a supervisor is refused and nothing changes; an unknown template is 404.
    expect(
      (await sup.request('PUT', `/api/v1/review-templates/${id}/active`, { active: false })).statusCode,
    ).toBe(403);
    expect(
      (
        await hr.request('PUT', `/api/v1/review-templates/${org.units.teamA.id}/active`, { active: false })
      ).json().code,
    ).toBe('review_template.not_found');
    expect(
      (await hr.request('PUT', `/api/v1/review-templates/${id}/active`, { active: 'no' })).statusCode,
    ).toBe(400);
    const retired = await hr.request('PUT', `/api/v1/review-templates/${id}/active`, { active: false });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ id, active: false });
    const list = (await hr.request('GET', '/api/v1/review-templates')).json() as {
      id: string;
      active: boolean;
    }[];
    expect(list.find((x) => x.id === id)?.active).toBe(false);
    const cycles = await count('reviewCycle');
    const refused = await hr.request('POST', '/api/v1/review-cycles', cycleBody({ templateId: id }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues[0].path).toBe('/templateId');
    expect(await count('reviewCycle')).toBe(cycles);
    const again = await hr.request('PUT', `/api/v1/review-templates/${id}/active`, { active: true });
    expect(again.json()).toMatchObject({ id, active: true });
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'review_template.created',
      'review_template.retired',
      'review_template.reinstated',
    ]);
  });

  it('refuses to launch a cycle whose population is empty, and changes nothing', async () => {
    const nobodysRole = await makeRole(t.services);
    const none = await hr.request(
      'POST',
      '/api/v1/review-cycles',
      cycleBody({
        population: { orgUnitIds: [org.units.teamA.id], jobRoleIds: [nobodysRole.id], hiredOnOrBefore: null },
      }),
    );
    const res = await hr.request('POST', `/api/v1/review-cycles/${none.json().id}/launch`);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('review_cycle.empty_population');
    expect(await count('review')).toBe(0);
    expect((await hr.request('GET', `/api/v1/review-cycles/${none.json().id}`)).json().status).toBe('draft');
  });

  it('launches: a review per person of team A (and its sub-units), each assigned to their manager', async () => {
    const res = await hr.request('POST', `/api/v1/review-cycles/${cycle.id}/launch`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'launched', reviews: 4 }); // supA, staffA1, staffA2, assessorA
    const rows = await t.database.db
      .selectFrom('review')
      .select(['personId', 'reviewerPersonId', 'status'])
      .where('cycleId', '=', cycle.id)
      .execute();
    const byPerson = new Map(rows.map((r) => [r.personId, r]));
    expect(byPerson.get(org.people.staffA1.id)).toMatchObject({
      reviewerPersonId: org.people.supA.id,
      status: 'self_review',
    });
    expect(byPerson.get(org.people.supA.id)?.reviewerPersonId).toBe(org.people.manager.id);
    expect((await hr.request('POST', `/api/v1/review-cycles/${cycle.id}/launch`)).statusCode).toBe(409);
    const notes = await t.database.db
      .selectFrom('notification')
      .select(['kind'])
      .where('kind', 'like', 'review.%')
      .execute();
    expect(notes.filter((n) => n.kind === 'review.self_due')).toHaveLength(4);
    expect(notes.filter((n) => n.kind === 'review.assigned')).toHaveLength(2); // supA and the manager
    const mine = (await staff.request('GET', '/api/v1/reviews?scope=mine')).json() as Review[];
    expect(mine).toHaveLength(1);
    reviewId = mine[0]!.id;
  });

  it('the person writes a self review; a rating outside the scale is refused and changes nothing', async () => {
    const bad = await staff.request('PUT', `/api/v1/reviews/${reviewId}/self`, {
      ratings: { goals: 7 },
      comments: {},
      submit: false,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('review.rating_invalid');
    const unknown = await staff.request('PUT', `/api/v1/reviews/${reviewId}/self`, {
      ratings: { nonsense: 3 },
      comments: {},
      submit: false,
    });
    expect(unknown.json().issues[0].path).toBe('/ratings/nonsense');
    expect((await get(staff)).self?.ratings).toEqual({});

    // The manager does not see a self review before it is handed in.
    await staff.request('PUT', `/api/v1/reviews/${reviewId}/self`, {
      ratings: { goals: 4 },
      comments: { goals: 'Met both goals.' },
      submit: false,
    });
    expect((await get(sup)).self).toBeNull();
    const res = await staff.request('PUT', `/api/v1/reviews/${reviewId}/self`, {
      ratings: allRated(4),
      comments: { goals: 'Met both goals.' },
      submit: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'manager_review', abilities: { writeSelf: false } });
    expect((await get(sup)).self?.ratings).toEqual(allRated(4));
    // The peer does not see it; the supervisor is not the person.
    expect((await peer.request('GET', `/api/v1/reviews/${reviewId}`)).statusCode).toBe(404);
    expect(
      (
        await sup.request('PUT', `/api/v1/reviews/${reviewId}/self`, {
          ratings: {},
          comments: {},
          submit: false,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("the manager's review has the period's evidence and tells when a rating contradicts it", async () => {
    const before = await get(sup);
    expect(before.abilities).toMatchObject({ writeManager: true, writeSelf: false, sign: false });
    const csat = before.evidence?.indicators.find((i) => i.code === 'CSAT');
    expect(csat).toMatchObject({ standing: 'below', target: 90 });
    expect(csat?.value).toBeCloseTo(70, 5);
    expect(csat?.n).toBe(10_000);
    expect(csat!.high!).toBeLessThan(90);

    const res = await sup.request('PUT', `/api/v1/reviews/${reviewId}/manager`, {
      ratings: { results: 4, goals: 2 },
      comments: {},
      developmentPlan: '',
      overallRating: null,
      submit: false,
    });
    expect(res.statusCode).toBe(200);
    const r = res.json() as Review;
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        { kind: 'exceeds_below_standard', key: 'results', indicators: ['CSAT'] },
        { kind: 'below_without_evidence', key: 'goals', indicators: [] },
      ]),
    );
    // 0.3 × 2 + 0.4 × 4 over the weights given (behaviours not rated yet) = 2.2 / 0.7
    expect(r.formula).toBeCloseTo(3.14, 2);
    // The person does not see the manager's draft.
    expect((await get(staff)).manager).toBeNull();
    expect((await get(staff)).evidence).toBeNull();
  });

  it('submitting needs every rating and the development plan; then the person sees it and both sign', async () => {
    const missing = await sup.request('PUT', `/api/v1/reviews/${reviewId}/manager`, {
      ratings: { results: 2 },
      comments: {},
      developmentPlan: '',
      overallRating: null,
      submit: true,
    });
    expect(missing.statusCode).toBe(400);
    const paths = missing.json().issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/ratings/goals', '/ratings/behaviours.listening', '/developmentPlan']),
    );
    expect((await get(sup)).status).toBe('manager_review');

    const ok = await sup.request('PUT', `/api/v1/reviews/${reviewId}/manager`, {
      ratings: { goals: 3, results: 2, 'behaviours.listening': 4, 'behaviours.ownership': 3 },
      comments: { results: 'CSAT 70% against 90%: the main gap.' },
      developmentPlan: 'Call-handling course SS-103; monthly coaching on CSAT.',
      overallRating: null,
      submit: true,
    });
    expect(ok.statusCode).toBe(200);
    // (0.3 × 3 + 0.4 × 2 + 0.3 × 3.5) = 2.75 → 3 under the weighted rule
    expect(ok.json()).toMatchObject({ status: 'sign_off', formula: 2.75, warnings: [] });
    expect(ok.json().manager.overallRating).toBe(3);
    const seen = await get(staff);
    expect(seen.manager?.developmentPlan).toContain('SS-103');
    expect(seen.abilities.sign).toBe(true);

    const meeting = await sup.request('POST', `/api/v1/reviews/${reviewId}/meeting`, {
      heldOn: '2026-07-12',
      notes: 'Agreed the plan.',
    });
    expect(meeting.json().meeting).toEqual({ heldOn: '2026-07-12', notes: 'Agreed the plan.' });
    expect(
      (await sup.request('POST', `/api/v1/reviews/${reviewId}/meeting`, { heldOn: '2026-08-01', notes: '' }))
        .statusCode,
    ).toBe(400);
    // The line above reads but does not sign.
    expect((await manager.request('POST', `/api/v1/reviews/${reviewId}/sign`, {})).statusCode).toBe(403);
    expect((await sup.request('POST', `/api/v1/reviews/${reviewId}/sign`, { comment: 'x' })).statusCode).toBe(
      400,
    );

    const personSigns = await staff.request('POST', `/api/v1/reviews/${reviewId}/sign`, {
      comment: 'I think the CSAT sample includes transferred calls.',
      disagree: true,
    });
    expect(personSigns.json()).toMatchObject({ status: 'sign_off', personDisagrees: true });
    const both = await sup.request('POST', `/api/v1/reviews/${reviewId}/sign`, {});
    expect(both.json().status).toBe('signed');
    expect(both.json().abilities).toEqual({
      writeSelf: false,
      writeManager: false,
      recordMeeting: false,
      sign: false,
      signAsPerson: false,
      calibrate: false,
      requestInput: false,
      amend: true,
      // The supervisor runs improvement plans: one can start from the signed review.
      startImprovementPlan: true,
    });
  });

  it('a signed review is locked: every change answers 409 and nothing changes', async () => {
    const before = await get(sup);
    const edit = await sup.request('PUT', `/api/v1/reviews/${reviewId}/manager`, {
      ratings: allRated(5),
      comments: {},
      developmentPlan: 'x',
      overallRating: null,
      submit: false,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('review.locked');
    expect((await staff.request('POST', `/api/v1/reviews/${reviewId}/sign`, {})).json().code).toBe(
      'review.locked',
    );
    const after = await get(sup);
    expect(after.manager).toEqual(before.manager);
  });

  it("HR sees the cycle's progress per stage per unit, with the overdue", async () => {
    const res = await hr.request('GET', `/api/v1/review-cycles/${cycle.id}/progress`);
    expect(res.statusCode).toBe(200);
    const p = res.json() as ReviewCycleProgress;
    expect(p.totals).toMatchObject({ total: 4, overdue: 3, noReviewer: 0 });
    expect(p.totals.counts).toMatchObject({ self_review: 3, signed: 1 });
    expect(p.rows.map((r) => r.orgUnitId)).toEqual([org.units.teamA.id]);
    expect((await sup.request('GET', `/api/v1/review-cycles/${cycle.id}/progress`)).statusCode).toBe(403);
  });

  it('every change is in the audit log', async () => {
    const actions = (
      await t.database.db
        .selectFrom('auditEvent')
        .select('action')
        .where('action', 'like', 'review%')
        .execute()
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'review_template.created',
        'review_cycle.created',
        'review_cycle.launched',
        'review.self_saved',
        'review.self_submitted',
        'review.manager_saved',
        'review.manager_submitted',
        'review.meeting_recorded',
        'review.signed_by_person',
        'review.signed_by_manager',
      ]),
    );
  });
});
