import type { Kysely } from 'kysely';
import type {
  CreateReviewCycleBody,
  CreateReviewTemplateBody,
  ManagerReviewBody,
  Review,
  ReviewCycle,
  ReviewCycleProgress,
  ReviewEvidence,
  ReviewPdfQuery,
  ReviewQuery,
  ReviewTemplate,
  ReviewMeetingBody,
  SelfReviewBody,
  SignReviewBody,
} from '@frontline/contract';
import { REVIEW_STATUSES } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { onlyPerson } from '../../access/scope.js';
import { enforce } from '../../access/policy.js';
import { json } from '../../db/json.js';
import { Conflict, Invalid, NotFound, Unprocessable, isUniqueViolation } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { createPeopleFileService } from '../people-file/people-file.service.js';
import { peopleRepository } from '../people/people.repository.js';
import { reviewsRepository } from './reviews.repository.js';
import { renderReviewPdf, reviewFileName, reviewPdfData } from './reviews.render.js';
import {
  decideReview,
  reviewAbilities,
  reviewRelation,
  reviewVisibility,
  type ReviewAction,
  type ReviewRelation,
} from './reviews.policy.js';
import {
  evidenceWarnings,
  ratedKeys,
  ratingIssues,
  templateIssues,
  weightedFormula,
} from './reviews.rating.js';

type ReviewRow = NonNullable<Awaited<ReturnType<ReturnType<typeof reviewsRepository>['review']>>>;
type CycleRow = NonNullable<Awaited<ReturnType<ReturnType<typeof reviewsRepository>['cycle']>>>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function cycleView(c: CycleRow): ReviewCycle {
  return {
    id: c.id,
    nameEn: c.nameEn,
    nameZh: c.nameZh,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    templateId: c.templateId,
    templateTitleEn: c.templateTitleEn,
    templateTitleZh: c.templateTitleZh,
    population: c.population,
    selfDue: c.selfDue,
    managerDue: c.managerDue,
    calibrationDue: c.calibrationDue,
    signOffDue: c.signOffDue,
    status: c.status,
    launchedAt: iso(c.launchedAt),
    reviews: c.reviews,
    createdAt: c.createdAt.toISOString(),
  };
}

function templateView(t: {
  id: string;
  code: string;
  titleEn: string;
  titleZh: string;
  scale: ReviewTemplate['scale'];
  sections: ReviewTemplate['sections'];
  ratingRule: ReviewTemplate['ratingRule'];
  active: boolean;
  createdAt: Date;
}): ReviewTemplate {
  return { ...t, createdAt: t.createdAt.toISOString() };
}

/** Past the due date of its stage (sign-off: until both have signed). */
export function isOverdue(
  r: { status: string; selfDue: string; managerDue: string; signOffDue: string },
  today: string,
) {
  if (r.status === 'self_review') return r.selfDue < today;
  if (r.status === 'manager_review') return r.managerDue < today;
  if (r.status === 'sign_off') return r.signOffDue < today;
  return false;
}

/**
 * Performance reviews: HR's templates and cycles (reviews.manage), each person's review assigned to
 * their manager at launch, the self review, the manager's review with the period's evidence beside it
 * (and the evidence check), the meeting, and sign-off by both, after which the review is locked.
 */
export function createReviewsService(deps: FeatureDeps) {
  const { db, access, audit, clock, calendar, notifications } = deps;
  const peopleFile = createPeopleFileService(deps);
  const today = () => calendar.today();

  async function relation(
    trx: Kysely<DB>,
    actor: Actor,
    r: { personId: string; reviewerPersonId: string | null },
  ) {
    return reviewRelation(actor, r, await access.bind(trx).relationTo(actor, r.personId));
  }

  async function evidenceOf(actor: Actor, r: ReviewRow): Promise<ReviewEvidence> {
    const now = today();
    const to = r.periodTo < now ? r.periodTo : now;
    const from = r.periodFrom <= to ? r.periodFrom : to;
    const d = await peopleFile.collect(actor, r.personId, { from, to });
    return {
      goals: d.goals,
      indicators: d.indicators.map((i) => ({
        code: i.code ?? '',
        nameEn: i.nameEn,
        nameZh: i.nameZh,
        unit: (i.unit ?? 'count') as ReviewEvidence['indicators'][number]['unit'],
        decimals: i.decimals ?? 0,
        value: i.value,
        n: i.n,
        low: i.low,
        high: i.high,
        target: i.target,
        standing: i.standing as ReviewEvidence['indicators'][number]['standing'],
      })),
      assessments: (d.evaluations ?? []).map((e) => ({
        date: e.date,
        scorecardEn: e.scorecard,
        scorecardZh: e.scorecardZh,
        percent: e.percent,
        criticalFailed: e.criticalFailed,
      })),
      feedback: d.feedback.map((f) => ({ date: f.date, kind: f.kind, body: f.body })),
      training: d.training.map((t) => ({
        courseEn: t.course,
        courseZh: t.courseZh,
        status: t.status,
        completed: t.completed,
        score: t.score,
      })),
      coaching: d.coaching.map((c) => ({
        started: c.started,
        status: c.status,
        focus: c.focus,
        outcome: c.outcome,
      })),
      checkins: d.checkins,
    };
  }

  async function toView(actor: Actor, r: ReviewRow, rel: ReviewRelation, full: boolean): Promise<Review> {
    const see = reviewVisibility(rel, r);
    const evidence = full && see.evidence ? await evidenceOf(actor, r) : null;
    const sections = r.sections;
    const formula = see.manager ? weightedFormula(sections, r.managerRatings) : null;
    return {
      id: r.id,
      cycleId: r.cycleId,
      cycleNameEn: r.cycleNameEn,
      cycleNameZh: r.cycleNameZh,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      selfDue: r.selfDue,
      managerDue: r.managerDue,
      signOffDue: r.signOffDue,
      personId: r.personId,
      personName: r.personName,
      personNameZh: r.personNameZh,
      reviewerPersonId: r.reviewerPersonId,
      reviewerName: r.reviewerName,
      status: r.status,
      overdue: isOverdue(r, today()),
      template: {
        id: r.templateId,
        titleEn: r.templateTitleEn,
        titleZh: r.templateTitleZh,
        scale: r.scale,
        sections,
        ratingRule: r.ratingRule,
      },
      self: see.self
        ? { ratings: r.selfRatings, comments: r.selfComments, submittedAt: iso(r.selfSubmittedAt) }
        : null,
      manager: see.manager
        ? {
            ratings: r.managerRatings,
            comments: r.managerComments,
            developmentPlan: r.developmentPlan,
            overallRating: r.overallRating,
            submittedAt: iso(r.managerSubmittedAt),
          }
        : null,
      formula,
      meeting: r.meetingOn ? { heldOn: r.meetingOn, notes: r.meetingNotes ?? '' } : null,
      managerSignedAt: iso(r.managerSignedAt),
      personSignedAt: iso(r.personSignedAt),
      personComment: r.personComment,
      personDisagrees: r.personDisagrees,
      evidence,
      warnings: evidence
        ? evidenceWarnings(sections, r.scale, r.managerRatings, r.managerComments, evidence)
        : [],
      abilities: reviewAbilities(actor, r, rel),
    };
  }

  /** Reads the review as the actor (404 when hidden). */
  async function read(trx: Kysely<DB>, actor: Actor, id: string, full = true): Promise<Review> {
    const r = await reviewsRepository(trx).review(id);
    if (!r) throw NotFound('review.not_found');
    const rel = await relation(trx, actor, r);
    if (rel === 'hidden') throw NotFound('review.not_found');
    return toView(actor, r, rel, full);
  }

  /** Locks the review, then the policy's guard for the action: 404, 403, 409. */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string, action: ReviewAction) {
    const repo = reviewsRepository(trx);
    const locked = await repo.reviewForUpdate(id);
    if (!locked) throw NotFound('review.not_found');
    const r = (await repo.review(id))!;
    enforce(decideReview(actor, r, await relation(trx, actor, r), action));
    return r;
  }

  function checkRatings(
    r: ReviewRow,
    body: { ratings: Record<string, number>; comments: Record<string, string> },
  ) {
    const issues = ratingIssues(r.sections, r.scale, body.ratings, body.comments);
    if (issues.length) {
      throw Invalid('review.rating_invalid', 'A rating is not on the template or its scale.', issues);
    }
  }

  async function notifyPerson(trx: Kysely<DB>, personId: string | null, kind: string, reviewId: string) {
    await notifications.notify(trx, await reviewsRepository(trx).userOf(personId), {
      kind,
      entityType: 'review',
      entityId: reviewId,
    });
  }

  function checkCycle(body: CreateReviewCycleBody) {
    const issues: { path: string; message: string }[] = [];
    if (body.periodFrom > body.periodTo) issues.push({ path: '/periodTo', message: 'before periodFrom' });
    const order: [keyof CreateReviewCycleBody, keyof CreateReviewCycleBody][] = [
      ['selfDue', 'managerDue'],
      ['managerDue', 'calibrationDue'],
      ['calibrationDue', 'signOffDue'],
    ];
    for (const [a, b] of order) {
      if ((body[a] as string) > (body[b] as string)) issues.push({ path: `/${b}`, message: `before ${a}` });
    }
    if (issues.length) {
      throw Invalid('review_cycle.invalid', 'The dates of the cycle are not in order.', issues);
    }
  }

  return {
    async templates(_actor: Actor): Promise<ReviewTemplate[]> {
      return (await reviewsRepository(db).templates()).map(templateView);
    },

    async createTemplate(actor: Actor, body: CreateReviewTemplateBody): Promise<ReviewTemplate> {
      const issues = templateIssues(body.scale, body.sections, body.ratingRule);
      if (issues.length) throw Invalid('review_template.invalid', 'The template is not consistent.', issues);
      try {
        return await db.transaction().execute(async (trx) => {
          const t = await reviewsRepository(trx).insertTemplate({
            code: body.code,
            titleEn: body.titleEn,
            titleZh: body.titleZh,
            scale: json(body.scale),
            sections: json(body.sections),
            ratingRule: body.ratingRule,
            createdBy: actor.userId,
            createdAt: clock.now(),
          });
          await audit.record(trx, actor, {
            action: 'review_template.created',
            entityType: 'review_template',
            entityId: t.id,
            after: {
              code: t.code,
              titleEn: t.titleEn,
              ratingRule: t.ratingRule,
              sections: body.sections.length,
            },
          });
          return templateView(t);
        });
      } catch (e) {
        if (isUniqueViolation(e)) {
          throw Conflict('review_template.code_taken', `The code ${body.code} is taken.`);
        }
        throw e;
      }
    },

    async cycles(_actor: Actor): Promise<ReviewCycle[]> {
      return (await reviewsRepository(db).cycles()).map(cycleView);
    },

    async cycle(_actor: Actor, id: string): Promise<ReviewCycle> {
      const c = await reviewsRepository(db).cycle(id);
      if (!c) throw NotFound('review_cycle.not_found');
      return cycleView(c);
    },

    async createCycle(actor: Actor, body: CreateReviewCycleBody): Promise<ReviewCycle> {
      checkCycle(body);
      return db.transaction().execute(async (trx) => {
        const repo = reviewsRepository(trx);
        const t = await repo.template(body.templateId);
        if (!t || !t.active) {
          throw Invalid('review_cycle.invalid', 'Choose an active review template.', [
            { path: '/templateId', message: 'not an active template' },
          ]);
        }
        const { id } = await repo.insertCycle({
          nameEn: body.nameEn,
          nameZh: body.nameZh,
          periodFrom: body.periodFrom,
          periodTo: body.periodTo,
          templateId: body.templateId,
          population: json(body.population),
          selfDue: body.selfDue,
          managerDue: body.managerDue,
          calibrationDue: body.calibrationDue,
          signOffDue: body.signOffDue,
          createdBy: actor.userId,
          createdAt: clock.now(),
        });
        const c = cycleView((await repo.cycle(id))!);
        await audit.record(trx, actor, {
          action: 'review_cycle.created',
          entityType: 'review_cycle',
          entityId: id,
          after: c,
        });
        return c;
      });
    },

    async launch(actor: Actor, id: string): Promise<ReviewCycle> {
      return db.transaction().execute(async (trx) => {
        const repo = reviewsRepository(trx);
        const c = await repo.cycleForUpdate(id);
        if (!c) throw NotFound('review_cycle.not_found');
        if (c.status !== 'draft') {
          throw Conflict('review_cycle.invalid_state', `The cycle is already ${c.status}.`);
        }
        const people = await repo.population(c.population);
        if (people.length === 0) {
          throw Unprocessable(
            'review_cycle.empty_population',
            'Nobody active matches the population of this cycle.',
            [{ path: '/population', message: 'no one' }],
          );
        }
        await repo.insertReviews(id, people);
        await repo.markLaunched(id, clock.now());
        const ids = new Map((await repo.reviewIds(id)).map((r) => [r.personId, r.id]));
        const reviewers = new Map<string, { userId: string | null; n: number }>();
        for (const p of people) {
          if (!p.managerId) continue;
          const m = reviewers.get(p.managerId) ?? { userId: p.managerUserId, n: 0 };
          m.n += 1;
          reviewers.set(p.managerId, m);
        }
        await notifications.notifyMany(trx, [
          ...people.map((p) => ({
            userId: p.userId,
            kind: 'review.self_due',
            entityType: 'review',
            entityId: ids.get(p.id)!,
            data: { cycle: c.nameEn, cycleZh: c.nameZh, due: c.selfDue },
          })),
          ...[...reviewers.values()].map((m) => ({
            userId: m.userId,
            kind: 'review.assigned',
            entityType: 'review_cycle',
            entityId: id,
            data: { cycle: c.nameEn, cycleZh: c.nameZh, count: m.n, due: c.managerDue },
          })),
        ]);
        await audit.record(trx, actor, {
          action: 'review_cycle.launched',
          entityType: 'review_cycle',
          entityId: id,
          before: { status: 'draft' },
          after: {
            status: 'launched',
            reviews: people.length,
            withoutReviewer: people.filter((p) => !p.managerId).length,
          },
        });
        return cycleView((await repo.cycle(id))!);
      });
    },

    async progress(_actor: Actor, id: string): Promise<ReviewCycleProgress> {
      const repo = reviewsRepository(db);
      const c = await repo.cycle(id);
      if (!c) throw NotFound('review_cycle.not_found');
      const now = today();
      const rows = await repo.progress(id, now);
      const byUnit = new Map<string, ReviewCycleProgress['rows'][number]>();
      const blank = () => Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0]));
      const totals = {
        orgUnitId: id,
        orgUnitName: '',
        orgUnitNameZh: null,
        counts: blank(),
        total: 0,
        overdue: 0,
        noReviewer: 0,
      };
      for (const r of rows) {
        const u = byUnit.get(r.orgUnitId) ?? {
          orgUnitId: r.orgUnitId,
          orgUnitName: r.orgUnitName,
          orgUnitNameZh: r.orgUnitNameZh,
          counts: blank(),
          total: 0,
          overdue: 0,
          noReviewer: 0,
        };
        for (const x of [u, totals]) {
          x.counts[r.status] = (x.counts[r.status] ?? 0) + r.n;
          x.total += r.n;
          x.overdue += r.overdue;
          x.noReviewer += r.noReviewer;
        }
        byUnit.set(r.orgUnitId, u);
      }
      return { cycleId: id, today: now, rows: [...byUnit.values()], totals };
    },

    async list(actor: Actor, q: ReviewQuery): Promise<Review[]> {
      const repo = reviewsRepository(db);
      const rows =
        q.scope === 'mine'
          ? await repo.list({
              scope: onlyPerson(actor.personId),
              reviewerPersonId: null,
              excludePersonId: null,
              cycleId: q.cycleId,
              status: q.status,
              personId: q.personId,
            })
          : await repo.list({
              scope: q.scope === 'team' ? access.teamScope(actor) : access.scope(actor),
              reviewerPersonId: actor.personId,
              excludePersonId: q.scope === 'team' ? actor.personId : null,
              cycleId: q.cycleId,
              status: q.status,
              personId: q.personId,
            });
      const rels = await access.relationsTo(actor, [...new Set(rows.map((r) => r.personId))]);
      const out: Review[] = [];
      for (const r of rows) {
        const rel = reviewRelation(actor, r, rels.get(r.personId) ?? 'hidden');
        if (rel !== 'hidden') out.push(await toView(actor, r, rel, false));
      }
      return out;
    },

    async get(actor: Actor, id: string): Promise<Review> {
      const view = await read(db, actor, id);
      if (view.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'review.viewed',
          entityType: 'review',
          entityId: id,
          subjectPersonId: view.personId,
        });
      }
      return view;
    },

    async writeSelf(actor: Actor, id: string, body: SelfReviewBody): Promise<Review> {
      await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, 'writeSelf');
        checkRatings(r, body);
        const repo = reviewsRepository(trx);
        const now = clock.now();
        const patch = { selfRatings: json(body.ratings), selfComments: json(body.comments), updatedAt: now };
        if (body.submit) {
          if (!(await repo.transition(id, 'submitSelf', { ...patch, selfSubmittedAt: now }))) {
            throw Conflict('review.invalid_state', 'The self review was already handed in.');
          }
          await notifyPerson(trx, r.reviewerPersonId, 'review.self_submitted', id);
        } else {
          await repo.update(id, patch);
        }
        await audit.record(trx, actor, {
          action: body.submit ? 'review.self_submitted' : 'review.self_saved',
          entityType: 'review',
          entityId: id,
          subjectPersonId: r.personId,
          before: { ratings: r.selfRatings, comments: r.selfComments },
          after: { ratings: body.ratings, comments: body.comments },
        });
      });
      // Read after the commit: the evidence is read on its own connection.
      return read(db, actor, id);
    },

    async writeManager(actor: Actor, id: string, body: ManagerReviewBody): Promise<Review> {
      await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, 'writeManager');
        checkRatings(r, body);
        const scaleMax = r.scale.levels.length;
        if (body.overallRating !== null && body.overallRating > scaleMax) {
          throw Invalid('review.rating_invalid', `The overall rating is outside the scale 1–${scaleMax}.`, [
            { path: '/overallRating', message: `outside 1–${scaleMax}` },
          ]);
        }
        const formula = weightedFormula(r.sections, body.ratings);
        const overall =
          r.ratingRule === 'weighted' ? (formula === null ? null : Math.round(formula)) : body.overallRating;
        const repo = reviewsRepository(trx);
        const now = clock.now();
        const patch = {
          managerRatings: json(body.ratings),
          managerComments: json(body.comments),
          developmentPlan: body.developmentPlan,
          overallRating: overall,
          formula,
          updatedAt: now,
        };
        if (body.submit) {
          const missing = ratedKeys(r.sections).filter((k) => body.ratings[k] === undefined);
          const issues = missing.map((k) => ({ path: `/ratings/${k}`, message: 'required' }));
          if (overall === null) issues.push({ path: '/overallRating', message: 'required' });
          if (r.sections.some((s) => s.kind === 'development') && !body.developmentPlan.trim()) {
            issues.push({ path: '/developmentPlan', message: 'required' });
          }
          if (issues.length) {
            throw Invalid('review.rating_invalid', 'Rate every item before handing the review on.', issues);
          }
          if (r.status === 'self_review' && r.selfDue >= today()) {
            throw Conflict('review.invalid_state', `The self review is open until ${r.selfDue}.`);
          }
          if (!(await repo.transition(id, 'submitManager', { ...patch, managerSubmittedAt: now }))) {
            throw Conflict('review.invalid_state', 'The review has moved on.');
          }
          await notifyPerson(trx, r.personId, 'review.ready_to_sign', id);
        } else {
          await repo.update(id, patch);
        }
        await audit.record(trx, actor, {
          action: body.submit ? 'review.manager_submitted' : 'review.manager_saved',
          entityType: 'review',
          entityId: id,
          subjectPersonId: r.personId,
          before: { ratings: r.managerRatings, overallRating: r.overallRating },
          after: { ratings: body.ratings, overallRating: overall, formula },
        });
      });
      // Read after the commit: the evidence is read on its own connection.
      return read(db, actor, id);
    },

    async meeting(actor: Actor, id: string, body: ReviewMeetingBody): Promise<Review> {
      await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, 'recordMeeting');
        if (body.heldOn > today()) {
          throw Invalid('validation', 'The meeting is recorded once it has been held.', [
            { path: '/heldOn', message: 'in the future' },
          ]);
        }
        await reviewsRepository(trx).update(id, {
          meetingOn: body.heldOn,
          meetingNotes: body.notes,
          updatedAt: clock.now(),
        });
        await audit.record(trx, actor, {
          action: 'review.meeting_recorded',
          entityType: 'review',
          entityId: id,
          subjectPersonId: r.personId,
          before: { heldOn: r.meetingOn, notes: r.meetingNotes },
          after: body,
        });
      });
      // Read after the commit: the evidence is read on its own connection.
      return read(db, actor, id);
    },

    async sign(actor: Actor, id: string, body: SignReviewBody): Promise<Review> {
      await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, 'sign');
        const rel = await relation(trx, actor, r);
        const repo = reviewsRepository(trx);
        const now = clock.now();
        const asPerson = rel === 'self';
        if (!asPerson && (body.comment !== undefined || body.disagree !== undefined)) {
          throw Invalid('validation', "The comment and disagreement are the reviewed person's.", [
            { path: body.comment !== undefined ? '/comment' : '/disagree', message: 'only the person' },
          ]);
        }
        const patch = asPerson
          ? {
              personSignedAt: now,
              personComment: body.comment?.trim() || null,
              personDisagrees: body.disagree ?? false,
              updatedAt: now,
            }
          : { managerSignedAt: now, updatedAt: now };
        const both = asPerson ? r.managerSignedAt !== null : r.personSignedAt !== null;
        if (both) {
          if (!(await repo.transition(id, 'signBoth', patch))) {
            throw Conflict('review.invalid_state', 'The review has moved on.');
          }
        } else {
          await repo.update(id, patch);
        }
        await notifyPerson(
          trx,
          asPerson ? r.reviewerPersonId : r.personId,
          both ? 'review.signed' : 'review.signed_by_other',
          id,
        );
        await audit.record(trx, actor, {
          action: asPerson ? 'review.signed_by_person' : 'review.signed_by_manager',
          entityType: 'review',
          entityId: id,
          subjectPersonId: r.personId,
          after: asPerson
            ? { comment: patch.personComment, disagrees: body.disagree ?? false, locked: both }
            : { locked: both },
        });
      });
      // Read after the commit: the evidence is read on its own connection.
      return read(db, actor, id);
    },

    /** The review as PDF in a language: what the reader may see of it (404 when hidden); audited. */
    async pdf(actor: Actor, id: string, q: ReviewPdfQuery): Promise<{ body: Buffer; fileName: string }> {
      const view = await read(db, actor, id, false);
      const lang = q.lang ?? 'en';
      const [p, org, zone] = await Promise.all([
        peopleRepository(db).findById(view.personId),
        reviewsRepository(db).organisationOf(view.personId),
        calendar.zoneOf(view.personId),
      ]);
      if (!p) throw NotFound('review.not_found');
      const data = reviewPdfData(view, {
        organisation: org ?? { nameEn: '', nameZh: null },
        person: {
          nameEn: `${p.givenNameEn} ${p.familyNameEn}`,
          nameZh: p.nameZh,
          employeeNumber: p.employeeNumber,
          unitEn: p.orgUnitName,
          unitZh: p.orgUnitNameZh,
        },
        generatedAt: clock.now().toISOString(),
        zone,
      });
      const body = await renderReviewPdf(data, lang);
      await db.transaction().execute((trx) =>
        audit.record(trx, actor, {
          action: 'review.exported',
          entityType: 'review',
          entityId: id,
          subjectPersonId: view.personId,
          after: { format: 'pdf', lang, status: view.status },
        }),
      );
      return { body, fileName: reviewFileName(data) };
    },
  };
}
export type ReviewsService = ReturnType<typeof createReviewsService>;
