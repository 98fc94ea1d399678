import type { Kysely } from 'kysely';
import type {
  AmendReviewBody,
  CalibrateReviewBody,
  CalibrationQuery,
  CreateReviewCycleBody,
  CreateReviewTemplateBody,
  SetReviewTemplateActiveBody,
  ManagerReviewBody,
  Review,
  ReviewCycle,
  ReviewCycleProgress,
  ReviewEvidence,
  ReviewCalibration,
  ReviewInputBody,
  ReviewInputRequest,
  ReviewInputs,
  ReviewPdfQuery,
  ReviewQuery,
  ReviewTemplate,
  ReviewWarning,
  RequestReviewInputBody,
  ReviewMeetingBody,
  SelfReviewBody,
  SignReviewBody,
} from '@frontline/contract';
import { REVIEW_INPUT_MIN_SHOWN, REVIEW_STATUSES } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { onlyPerson } from '../../access/scope.js';
import { enforce, seenRelation } from '../../access/policy.js';
import { mayManagePlan } from '../improvement-plans/improvement-plans.policy.js';
import { json, type JsonObject } from '../../db/json.js';
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

type InputRow = Awaited<ReturnType<ReturnType<typeof reviewsRepository>['inputRequests']>>[number];

function inputView(r: InputRow): ReviewInputRequest {
  return {
    id: r.id,
    reviewId: r.reviewId,
    personName: r.personName,
    personNameZh: r.personNameZh,
    cycleNameEn: r.cycleNameEn,
    cycleNameZh: r.cycleNameZh,
    relation: r.relation,
    scale: r.scale,
    dueOn: r.dueOn,
    open: r.status === 'self_review' || r.status === 'manager_review',
    rating: r.rating,
    comment: r.comment,
    submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
  };
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

  /** Input from others: counts, who was asked (manager side), the answers only from three on. */
  async function inputsOf(r: ReviewRow, rel: ReviewRelation): Promise<ReviewInputs | null> {
    const managerSide = rel !== 'self';
    if (!managerSide && r.status !== 'sign_off' && r.status !== 'signed') return null;
    const rows = await reviewsRepository(db).inputs(r.id);
    if (rows.length === 0) return null;
    const answered = rows.filter((i) => i.submittedAt !== null);
    const shown = answered.length >= REVIEW_INPUT_MIN_SHOWN;
    return {
      requested: rows.length,
      answered: answered.length,
      askedNames: managerSide ? rows.map((i) => i.name) : [],
      shown,
      // In an order that says nothing of who wrote what: by relation, then by the text.
      answers: shown
        ? answered
            .map((i) => ({ relation: i.relation, rating: i.rating, comment: i.comment ?? '' }))
            .sort((a, b) => a.relation.localeCompare(b.relation) || a.comment.localeCompare(b.comment))
        : [],
    };
  }

  async function historyOf(r: ReviewRow, rel: ReviewRelation) {
    const repo = reviewsRepository(db);
    const [changes, versions] = await Promise.all([
      rel === 'self' ? Promise.resolve([]) : repo.ratingChanges(r.id),
      repo.versions(r.id),
    ]);
    return {
      calibration: changes.map((c) => ({
        fromRating: c.fromRating,
        toRating: c.toRating,
        reason: c.reason,
        byName: c.byName,
        at: c.changedAt.toISOString(),
      })),
      versions: versions.map((v) => {
        const snap = v.snapshot as {
          overallRating?: number | null;
          managerSignedAt?: string | null;
          personSignedAt?: string | null;
          personDisagrees?: boolean;
        };
        return {
          version: v.version,
          overallRating: snap.overallRating ?? null,
          managerSignedAt: snap.managerSignedAt ?? null,
          personSignedAt: snap.personSignedAt ?? null,
          personDisagrees: snap.personDisagrees ?? false,
          amendReason: v.amendReason,
          amendedByName: v.amendedByName,
          amendedAt: v.amendedAt.toISOString(),
        };
      }),
    };
  }

  async function toView(actor: Actor, r: ReviewRow, rel: ReviewRelation, full: boolean): Promise<Review> {
    const see = reviewVisibility(rel, r);
    const evidence = full && see.evidence ? await evidenceOf(actor, r) : null;
    const history = full ? await historyOf(r, rel) : { calibration: [], versions: [] };
    const inputs = full ? await inputsOf(r, rel) : null;
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
      reviewerNameZh: r.reviewerNameZh,
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
        : see.evidence
          ? r.warnings
          : [],
      version: r.version,
      ...history,
      inputs,
      abilities: {
        ...reviewAbilities(actor, r, rel),
        startImprovementPlan: mayManagePlan(actor, seenRelation(actor, r.personId), 'person.not_found').ok,
      },
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

    /** Retires a template from new cycles or offers it again; the cycles that use it keep it. Audited. */
    async setTemplateActive(
      actor: Actor,
      id: string,
      body: SetReviewTemplateActiveBody,
    ): Promise<ReviewTemplate> {
      return db.transaction().execute(async (trx) => {
        const repo = reviewsRepository(trx);
        const before = await repo.template(id);
        if (!before) throw NotFound('review_template.not_found');
        const t = await repo.setTemplateActive(id, body.active);
        if (!t) throw NotFound('review_template.not_found');
        if (before.active !== body.active) {
          await audit.record(trx, actor, {
            action: body.active ? 'review_template.reinstated' : 'review_template.retired',
            entityType: 'review_template',
            entityId: id,
            before: { active: before.active },
            after: { active: body.active },
          });
        }
        return templateView(t);
      });
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
      // Handing on: the evidence check is kept with the review, for calibration (read before the
      // transaction: the evidence is read on its own connection).
      let warnings: ReviewWarning[] = [];
      if (body.submit) {
        const pre = await reviewsRepository(db).review(id);
        if (pre) {
          const ev = await evidenceOf(actor, pre).catch(() => null);
          if (ev) warnings = evidenceWarnings(pre.sections, pre.scale, body.ratings, body.comments, ev);
        }
      }
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
          const handOn = { ...patch, managerSubmittedAt: now, warnings: json(warnings) };
          if (!(await repo.transition(id, 'submitManager', handOn))) {
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

    async calibration(actor: Actor, cycleId: string, q: CalibrationQuery): Promise<ReviewCalibration> {
      const repo = reviewsRepository(db);
      const c = await repo.cycle(cycleId);
      if (!c) throw NotFound('review_cycle.not_found');
      const t = (await repo.template(c.templateId))!;
      const k = t.scale.levels.length;
      const rows = await repo.calibration(cycleId, access.scope(actor), actor.personId, q.orgUnitId);
      const rels = await access.relationsTo(actor, [...new Set(rows.map((r) => r.personId))]);
      const managers = new Map<string, ReviewCalibration['managers'][number]>();
      const all = Array.from({ length: k }, () => 0);
      const reviews: ReviewCalibration['reviews'] = [];
      for (const r of rows) {
        const rel = reviewRelation(actor, r, rels.get(r.personId) ?? 'hidden');
        if (rel === 'hidden' || rel === 'self') continue;
        const key = r.reviewerPersonId ?? '';
        const m = managers.get(key) ?? {
          reviewerPersonId: r.reviewerPersonId,
          name: r.reviewerName,
          nameZh: r.reviewerNameZh,
          rated: 0,
          total: 0,
          distribution: Array.from({ length: k }, () => 0),
          mean: null,
        };
        m.total += 1;
        const rating = r.overallRating;
        if (rating !== null && rating >= 1 && rating <= k) {
          m.rated += 1;
          m.distribution[rating - 1]! += 1;
          all[rating - 1]! += 1;
        }
        managers.set(key, m);
        reviews.push({
          id: r.id,
          personName: r.personName,
          personNameZh: r.personNameZh,
          orgUnitName: r.orgUnitName,
          orgUnitNameZh: r.orgUnitNameZh,
          reviewerName: r.reviewerName,
          reviewerNameZh: r.reviewerNameZh,
          status: r.status,
          overallRating: rating,
          formula: r.formula === null ? null : Number(r.formula),
          warnings: r.warnings,
          changes: r.changes,
          canCalibrate: decideReview(actor, r, rel, 'calibrate').ok,
        });
      }
      for (const m of managers.values()) {
        const sum = m.distribution.reduce((a, n, i) => a + n * (i + 1), 0);
        m.mean = m.rated ? sum / m.rated : null;
      }
      return {
        cycleId,
        cycleNameEn: c.nameEn,
        cycleNameZh: c.nameZh,
        calibrationDue: c.calibrationDue,
        scale: t.scale,
        managers: [...managers.values()],
        distribution: all,
        reviews,
      };
    },

    async calibrate(actor: Actor, id: string, body: CalibrateReviewBody): Promise<Review> {
      await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, 'calibrate');
        const k = r.scale.levels.length;
        if (body.overallRating > k) {
          throw Invalid('review.rating_invalid', `The overall rating is outside the scale 1–${k}.`, [
            { path: '/overallRating', message: `outside 1–${k}` },
          ]);
        }
        if (body.overallRating === r.overallRating) {
          throw Invalid('validation', `The overall rating is already ${r.overallRating}.`, [
            { path: '/overallRating', message: 'unchanged' },
          ]);
        }
        const now = clock.now();
        const repo = reviewsRepository(trx);
        await repo.update(id, { overallRating: body.overallRating, updatedAt: now });
        await repo.insertRatingChange({
          reviewId: id,
          fromRating: r.overallRating,
          toRating: body.overallRating,
          reason: body.reason.trim(),
          changedBy: actor.userId,
          changedAt: now,
        });
        for (const to of [r.personId, r.reviewerPersonId]) {
          if (to && to !== actor.personId) await notifyPerson(trx, to, 'review.calibrated', id);
        }
        await audit.record(trx, actor, {
          action: 'review.calibrated',
          entityType: 'review',
          entityId: id,
          subjectPersonId: r.personId,
          before: { overallRating: r.overallRating },
          after: { overallRating: body.overallRating, reason: body.reason.trim() },
        });
      });
      return read(db, actor, id);
    },

    async requestInput(actor: Actor, id: string, body: RequestReviewInputBody): Promise<Review> {
      await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, 'requestInput');
        const repo = reviewsRepository(trx);
        const issues = body.personIds.flatMap((p, i) =>
          p === r.personId || p === r.reviewerPersonId
            ? [{ path: `/personIds/${i}`, message: 'the person or the reviewer' }]
            : [],
        );
        const people = await repo.activePeople(body.personIds);
        const found = new Set(people.map((p) => p.id));
        body.personIds.forEach((p, i) => {
          if (!found.has(p)) issues.push({ path: `/personIds/${i}`, message: 'not an active person' });
        });
        if (issues.length) {
          throw Invalid(
            'review.input_invalid',
            'Ask others: not the person, the reviewer or someone who has left.',
            issues,
          );
        }
        const now = clock.now();
        await repo.insertInputs(
          body.personIds.map((p) => ({
            reviewId: id,
            contributorPersonId: p,
            relation: body.relation,
            requestedBy: actor.userId,
            requestedAt: now,
          })),
        );
        await notifications.notifyMany(
          trx,
          people.map((p) => ({
            userId: p.userId,
            kind: 'review.input_requested',
            entityType: 'review_input',
            entityId: id,
            data: { person: r.personId, due: r.managerDue, cycle: r.cycleNameEn, cycleZh: r.cycleNameZh },
          })),
        );
        await audit.record(trx, actor, {
          action: 'review.input_requested',
          entityType: 'review',
          entityId: id,
          subjectPersonId: r.personId,
          after: { relation: body.relation, personIds: body.personIds },
        });
      });
      return read(db, actor, id);
    },

    async myInputs(actor: Actor): Promise<ReviewInputRequest[]> {
      if (!actor.personId) return [];
      const rows = await reviewsRepository(db).inputRequests({ contributorPersonId: actor.personId });
      return rows.map(inputView);
    },

    async answerInput(actor: Actor, id: string, body: ReviewInputBody): Promise<ReviewInputRequest> {
      if (!actor.personId) throw NotFound('review.input_not_found');
      const me = actor.personId;
      await db.transaction().execute(async (trx) => {
        const repo = reviewsRepository(trx);
        const [row] = await repo.inputRequests({ contributorPersonId: me, id });
        if (!row) throw NotFound('review.input_not_found');
        await repo.lockInput(id);
        if (!inputView(row).open) {
          throw Conflict('review.input_closed', 'The manager has handed this review on: input is closed.');
        }
        const k = row.scale.levels.length;
        if (body.rating !== null && body.rating > k) {
          throw Invalid('review.rating_invalid', `The rating is outside the scale 1–${k}.`, [
            { path: '/rating', message: `outside 1–${k}` },
          ]);
        }
        await repo.updateInput(id, {
          rating: body.rating,
          comment: body.comment.trim(),
          submittedAt: clock.now(),
        });
        // What was said is not in the audit trail: the answers are anonymous.
        await audit.record(trx, actor, {
          action: row.submittedAt ? 'review.input_changed' : 'review.input_given',
          entityType: 'review_input',
          entityId: id,
          after: { reviewId: row.reviewId, relation: row.relation },
        });
      });
      const [row] = await reviewsRepository(db).inputRequests({ contributorPersonId: me, id });
      return inputView(row!);
    },

    async amend(actor: Actor, id: string, body: AmendReviewBody): Promise<Review> {
      await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, 'amend');
        const k = r.scale.levels.length;
        if (body.overallRating !== undefined && body.overallRating > k) {
          throw Invalid('review.rating_invalid', `The overall rating is outside the scale 1–${k}.`, [
            { path: '/overallRating', message: `outside 1–${k}` },
          ]);
        }
        if (body.overallRating === undefined && body.developmentPlan === undefined && !body.comments) {
          throw Invalid('validation', 'Say what the amendment changes.', [
            { path: '/overallRating', message: 'nothing to amend' },
          ]);
        }
        const iso2 = (d: Date | null) => (d ? d.toISOString() : null);
        const snapshot: JsonObject = {
          version: r.version,
          status: r.status,
          selfRatings: r.selfRatings,
          selfComments: r.selfComments,
          managerRatings: r.managerRatings,
          managerComments: r.managerComments,
          developmentPlan: r.developmentPlan,
          overallRating: r.overallRating,
          formula: r.formula,
          meetingOn: r.meetingOn,
          meetingNotes: r.meetingNotes,
          managerSignedAt: iso2(r.managerSignedAt),
          personSignedAt: iso2(r.personSignedAt),
          personComment: r.personComment,
          personDisagrees: r.personDisagrees,
        };
        const now = clock.now();
        const repo = reviewsRepository(trx);
        await repo.insertVersion({
          reviewId: id,
          version: r.version,
          snapshot: json(snapshot),
          amendReason: body.reason.trim(),
          amendedBy: actor.userId,
          amendedAt: now,
        });
        const changes = {
          ...(body.overallRating !== undefined ? { overallRating: body.overallRating } : {}),
          ...(body.developmentPlan !== undefined ? { developmentPlan: body.developmentPlan } : {}),
          ...(body.comments ? { managerComments: json({ ...r.managerComments, ...body.comments }) } : {}),
        };
        const ok = await repo.transition(id, 'amend', {
          ...changes,
          version: r.version + 1,
          managerSignedAt: null,
          personSignedAt: null,
          personComment: null,
          personDisagrees: false,
          updatedAt: now,
        });
        if (!ok) throw Conflict('review.invalid_state', 'The review has moved on.');
        for (const to of [r.personId, r.reviewerPersonId]) {
          if (to && to !== actor.personId) await notifyPerson(trx, to, 'review.amended', id);
        }
        await audit.record(trx, actor, {
          action: 'review.amended',
          entityType: 'review',
          entityId: id,
          subjectPersonId: r.personId,
          before: { version: r.version, overallRating: r.overallRating },
          after: {
            version: r.version + 1,
            reason: body.reason.trim(),
            overallRating: body.overallRating ?? r.overallRating,
            developmentPlanChanged: body.developmentPlan !== undefined,
            comments: Object.keys(body.comments ?? {}),
          },
        });
      });
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
