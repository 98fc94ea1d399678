import type { Kysely, Selectable } from 'kysely';
import type {
  Assignment,
  AssignmentQuery,
  CancelAssignmentBody,
  CompleteAssignmentBody,
  Course,
  CourseQuery,
  CreateAssignmentBody,
  CreateCourseBody,
  NeedsQuery,
  TrainingNeeds,
  UpdateCourseBody,
} from '@frontline/contract';
import type { CourseTable, DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { onlyPerson } from '../../access/scope.js';
import { enforce, seenRelation } from '../../access/policy.js';
import { Conflict, Invalid, NotFound, isUniqueViolation } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { createCertificationService } from '../certification/certification.service.js';
import { addDays } from '../../lib/calendar.js';
import { trainingRepository } from './training.repository.js';
import { itemNeeds } from './training.item-needs.js';
import { assignmentAbilities, decideAssignment, mayAssignTraining } from './training.policy.js';

type AssignmentRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof trainingRepository>['findAssignment']>>
>;

/** A course completed within this many days is not suggested again by the needs analysis. */
export const RECENT_COMPLETION_DAYS = 180;

/**
 * Training: the catalogue (training.catalogue manages it, everyone reads it), assignments to people in
 * scope (training.assign), completion and the training-needs analysis.
 *
 * Completion: the assigner side (training.assign, person in scope, not oneself) records a score and/or
 * evidence; passed = score ≥ the course's pass score when both are set. The person may complete their own
 * assignment with evidence only — a score is an assessment result entered by the assigner side, so a
 * self-declared pass cannot be claimed (a score from the person answers 403). Overdue = assigned and
 * due_on before today; it is computed in views, never stored.
 */
export function createTrainingService(deps: FeatureDeps) {
  const { db, access, audit, clock, calendar, notifications, monitoring } = deps;
  const certification = createCertificationService(deps);
  const today = () => calendar.today();

  function courseView(c: Selectable<CourseTable>, codes: Map<string, string>): Course {
    return {
      id: c.id,
      code: c.code,
      titleEn: c.titleEn,
      titleZh: c.titleZh,
      category: c.category,
      description: c.description,
      durationHours: c.durationHours,
      passScore: c.passScore,
      indicatorIds: c.indicatorIds,
      indicatorCodes: c.indicatorIds.map((i) => codes.get(i)).filter((x): x is string => !!x),
      active: c.active,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }

  async function courseOut(trx: Kysely<DB>, id: string): Promise<Course> {
    const repo = trainingRepository(trx);
    const c = await repo.course(id);
    if (!c) throw NotFound('course.not_found');
    return courseView(c, await repo.indicatorCodes(c.indicatorIds));
  }

  async function checkIndicators(trx: Kysely<DB>, ids: readonly string[] | undefined) {
    if (!ids?.length) return;
    const known = await trainingRepository(trx).indicatorCodes(ids);
    const missing = ids.filter((i) => !known.has(i));
    if (missing.length) {
      throw Invalid(
        'validation',
        'Unknown indicator.',
        missing.map((m) => ({ path: `/indicatorIds/${ids.indexOf(m)}`, message: 'not found' })),
      );
    }
  }

  /** An assignment as the actor reads it (one they are known to see). */
  function assignmentView(actor: Actor, r: AssignmentRow): Assignment {
    const open = r.status === 'assigned';
    return {
      id: r.id,
      course: {
        id: r.courseId,
        code: r.courseCode,
        titleEn: r.courseTitleEn,
        titleZh: r.courseTitleZh,
        category: r.courseCategory,
        passScore: r.coursePassScore,
      },
      personId: r.personId,
      personName: r.personName,
      assignedBy: r.assignedBy,
      dueOn: r.dueOn,
      reason: r.reason,
      coachingPlanId: r.coachingPlanId,
      status: r.status,
      overdue: open && r.dueOn !== null && r.dueOn < today(),
      completedAt: r.completedAt?.toISOString() ?? null,
      score: r.score,
      evidence: r.evidence,
      passed: r.passed,
      createdAt: r.createdAt.toISOString(),
      abilities: assignmentAbilities(actor, r, seenRelation(actor, r.personId)),
    };
  }

  async function assignmentOut(trx: Kysely<DB>, actor: Actor, id: string): Promise<Assignment> {
    const r = await trainingRepository(trx).findAssignment(id);
    if (!r) throw NotFound('training.not_found');
    return assignmentView(actor, r);
  }

  /** Locks an assignment; its person's relation to the actor, for the policy (404 when hidden). */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string) {
    const row = await trainingRepository(trx).assignmentForUpdate(id);
    if (!row) throw NotFound('training.not_found');
    return { row, rel: await access.bind(trx).relationTo(actor, row.personId) };
  }

  return {
    async listCourses(_actor: Actor, q: CourseQuery): Promise<Course[]> {
      const repo = trainingRepository(db);
      const rows = await repo.courses(q);
      const codes = await repo.indicatorCodes([...new Set(rows.flatMap((r) => r.indicatorIds))]);
      return rows.map((r) => courseView(r, codes));
    },

    async createCourse(actor: Actor, body: CreateCourseBody): Promise<Course> {
      try {
        return await db.transaction().execute(async (trx) => {
          await checkIndicators(trx, body.indicatorIds);
          const now = clock.now();
          const { id } = await trainingRepository(trx).insertCourse({
            code: body.code,
            titleEn: body.titleEn,
            titleZh: body.titleZh ?? null,
            category: body.category,
            description: body.description ?? '',
            durationHours: body.durationHours ?? null,
            passScore: body.passScore ?? null,
            indicatorIds: body.indicatorIds ?? [],
            createdAt: now,
            updatedAt: now,
          });
          const out = await courseOut(trx, id);
          await audit.record(trx, actor, {
            action: 'course.created',
            entityType: 'course',
            entityId: id,
            after: out,
          });
          return out;
        });
      } catch (e) {
        if (isUniqueViolation(e, 'course_code_key')) {
          throw Conflict('course.code_taken', 'That course code is taken.');
        }
        throw e;
      }
    },

    async updateCourse(actor: Actor, id: string, body: UpdateCourseBody): Promise<Course> {
      return db.transaction().execute(async (trx) => {
        const repo = trainingRepository(trx);
        const before = await repo.courseForUpdate(id);
        if (!before) throw NotFound('course.not_found');
        await checkIndicators(trx, body.indicatorIds);
        await repo.updateCourse(id, { ...body, updatedAt: clock.now() });
        const out = await courseOut(trx, id);
        const was: Record<string, unknown> = {};
        for (const k of Object.keys(body) as (keyof UpdateCourseBody)[]) was[k] = before[k];
        await audit.record(trx, actor, {
          action: 'course.updated',
          entityType: 'course',
          entityId: id,
          before: was,
          after: body,
        });
        return out;
      });
    },

    async listAssignments(actor: Actor, q: AssignmentQuery): Promise<Assignment[]> {
      const repo = trainingRepository(db);
      const filter = {
        status: q.status,
        overdueOn: q.overdue ? today() : undefined,
        coachingPlanId: q.coachingPlanId,
      };
      let rows: AssignmentRow[];
      if (q.personId || q.scope === 'person') {
        if (!q.personId) {
          throw Invalid('validation', 'Name the person.', [{ path: '/personId', message: 'required' }]);
        }
        await access.requirePerson(actor, q.personId);
        rows = await repo.listAssignments({ ...filter, scope: onlyPerson(q.personId) });
        if (q.personId !== actor.personId) {
          await audit.record(db, actor, {
            action: 'training.list_viewed',
            entityType: 'person',
            entityId: q.personId,
            subjectPersonId: q.personId,
          });
        }
      } else if (q.scope === 'mine') {
        rows = await repo.listAssignments({ ...filter, scope: onlyPerson(actor.personId) });
      } else {
        rows = await repo.listAssignments({
          ...filter,
          scope: q.scope === 'team' ? access.teamScope(actor) : access.scope(actor),
          excludePersonId: q.scope === 'team' ? actor.personId : null,
        });
      }
      return rows.map((r) => assignmentView(actor, r));
    },

    async assign(actor: Actor, body: CreateAssignmentBody): Promise<Assignment> {
      enforce(mayAssignTraining(actor, await access.relationTo(actor, body.personId)));
      if (body.dueOn && body.dueOn < today()) {
        throw Invalid('validation', 'The due date has passed.', [{ path: '/dueOn', message: 'in the past' }]);
      }
      return db.transaction().execute(async (trx) => {
        const repo = trainingRepository(trx);
        const course = await repo.course(body.courseId);
        if (!course || !course.active) {
          throw Invalid('course.not_found', 'No such active course.', [
            { path: '/courseId', message: 'not found' },
          ]);
        }
        if (body.coachingPlanId) {
          const plan = await repo.coachingPlanOf(body.coachingPlanId);
          if (!plan || plan.personId !== body.personId) {
            throw Invalid('coaching.not_found', 'The coaching plan is not this person’s.', [
              { path: '/coachingPlanId', message: 'not found' },
            ]);
          }
        }
        if (await repo.openAssignment(body.personId, body.courseId)) {
          throw Conflict('training.invalid_state', 'The course is already assigned to this person.');
        }
        const now = clock.now();
        const { id } = await repo.insertAssignment({
          courseId: body.courseId,
          personId: body.personId,
          assignedBy: actor.userId,
          dueOn: body.dueOn ?? null,
          reason: body.reason ?? null,
          coachingPlanId: body.coachingPlanId ?? null,
          status: 'assigned',
          completedAt: null,
          score: null,
          evidence: null,
          passed: null,
          createdAt: now,
          updatedAt: now,
        });
        if (body.personId !== actor.personId) {
          await notifications.notify(trx, await repo.userOf(body.personId), {
            kind: 'training.assigned',
            entityType: 'training_assignment',
            entityId: id,
            data: { course: course.code, dueOn: body.dueOn ?? null },
          });
        }
        const out = await assignmentOut(trx, actor, id);
        await audit.record(trx, actor, {
          action: 'training.assigned',
          entityType: 'training_assignment',
          entityId: id,
          subjectPersonId: body.personId,
          after: {
            courseId: body.courseId,
            dueOn: out.dueOn,
            reason: out.reason,
            coachingPlanId: out.coachingPlanId,
          },
        });
        return out;
      });
    },

    async complete(actor: Actor, id: string, body: CompleteAssignmentBody): Promise<Assignment> {
      return db.transaction().execute(async (trx) => {
        const { row, rel } = await forChange(trx, actor, id);
        const self = rel === 'self';
        // The person completes with evidence (a score from them is refused below: 403).
        if (self && body.score === undefined && !body.evidence) {
          throw Invalid('validation', 'Say how you completed it.', [
            { path: '/evidence', message: 'required' },
          ]);
        }
        enforce(decideAssignment(actor, row, rel, body.score !== undefined ? 'enterScore' : 'complete'));
        const now = clock.now();
        const completedAt = body.completedAt ? new Date(body.completedAt) : now;
        if (completedAt.getTime() > now.getTime()) {
          throw Invalid('validation', 'The completion is in the future.', [
            { path: '/completedAt', message: 'in the future' },
          ]);
        }
        const course = await trainingRepository(trx).course(row.courseId);
        const score = body.score ?? null;
        const passed =
          score !== null && course && course.passScore !== null ? score >= course.passScore : null;
        await trainingRepository(trx).updateAssignment(id, {
          status: 'completed',
          completedAt,
          score,
          evidence: body.evidence ?? null,
          passed,
          updatedAt: now,
        });
        await audit.record(trx, actor, {
          action: 'training.completed',
          entityType: 'training_assignment',
          entityId: id,
          subjectPersonId: row.personId,
          before: { status: row.status },
          after: { status: 'completed', completedAt, score, passed, evidence: body.evidence ?? null, self },
        });
        // The person's assessor certifications now due, when this is the assessor course (#12 item 6).
        await certification.afterCourse(trx, actor, row.personId);
        return assignmentOut(trx, actor, id);
      });
    },

    async cancel(actor: Actor, id: string, body: CancelAssignmentBody): Promise<Assignment> {
      return db.transaction().execute(async (trx) => {
        const { row, rel } = await forChange(trx, actor, id);
        enforce(decideAssignment(actor, row, rel, 'cancel'));
        await trainingRepository(trx).updateAssignment(id, { status: 'cancelled', updatedAt: clock.now() });
        await notifications.notify(trx, await trainingRepository(trx).userOf(row.personId), {
          kind: 'training.cancelled',
          entityType: 'training_assignment',
          entityId: id,
        });
        await audit.record(trx, actor, {
          action: 'training.cancelled',
          entityType: 'training_assignment',
          entityId: id,
          subjectPersonId: row.personId,
          before: { status: row.status },
          after: { status: 'cancelled', reason: body.reason },
        });
        return assignmentOut(trx, actor, id);
      });
    },

    /**
     * Training-needs analysis: for people in the actor's scope (not the actor), each indicator where the
     * evidence says they are below standard over [from, to] (default the last four weeks, as the attention
     * queue), with the active courses linked to that indicator that they are neither doing now nor completed
     * in the last RECENT_COMPLETION_DAYS days. Item needs: scorecard items a person of the actor's team
     * keeps missing in released official evaluations over the range, beside the team's rate (rule in
     * the contract, TrainingItemNeed), with the courses linked to the scorecard's indicator; `sources`
     * says what was used.
     */
    async needs(actor: Actor, q: NeedsQuery): Promise<TrainingNeeds> {
      const to = q.to ?? today();
      const from = q.from ?? addDays(to, -27);
      if (from > to) {
        throw Invalid('validation', 'The range ends before it starts.', [
          { path: '/from', message: 'after to' },
        ]);
      }
      const queue = await monitoring.attention(actor, { from, to });
      const below = queue.items.filter((i) => i.figure.standing === 'below');
      const repo = trainingRepository(db);
      const answers = await repo.itemAnswers({
        scope: access.teamScope(actor),
        excludePersonId: actor.personId,
        from,
        to,
      });
      const cards = await repo.scorecards([...new Set(answers.map((a) => a.scorecardId))]);
      const found = itemNeeds(answers, new Map(cards.map((c) => [c.id, c.sections])));
      const cardOf = new Map(cards.map((c) => [c.id, c]));
      const [courses, indicators, people] = await Promise.all([
        repo.courses({}),
        repo.indicators([...new Set(cards.map((c) => c.indicatorId).filter((x): x is string => !!x))]),
        repo.people([...new Set(found.map((f) => f.personId))]),
      ]);
      const indicatorOf = new Map(indicators.map((i) => [i.id, i]));
      const personOf = new Map(people.map((p) => [p.id, p]));
      const since = new Date(Date.parse(`${to}T00:00:00Z`) - RECENT_COMPLETION_DAYS * 86_400_000);
      const recent = await repo.recentCourses(
        [...new Set([...below.map((b) => b.person.id), ...found.map((f) => f.personId)])],
        since,
      );
      const taken = new Set(recent.map((r) => `${r.personId}|${r.courseId}`));
      const suggest = (personId: string, indicatorId: string | null) =>
        courses
          .filter(
            (c) => indicatorId && c.indicatorIds.includes(indicatorId) && !taken.has(`${personId}|${c.id}`),
          )
          .map((c) => ({
            id: c.id,
            code: c.code,
            titleEn: c.titleEn,
            titleZh: c.titleZh,
            category: c.category,
          }));
      return {
        from,
        to,
        sources: answers.length ? ['indicators', 'assessments'] : ['indicators'],
        itemNeeds: found.map((f) => {
          const card = cardOf.get(f.scorecardId)!;
          const section = card.sections.find((x) => x.id === f.sectionId);
          const item = section?.items.find((x) => x.id === f.itemId);
          const p = personOf.get(f.personId);
          const ind = card.indicatorId ? indicatorOf.get(card.indicatorId) : undefined;
          return {
            person: {
              id: f.personId,
              nameEn: p ? `${p.givenNameEn} ${p.familyNameEn}` : '',
              nameZh: p?.nameZh ?? null,
            },
            scorecard: { id: card.id, code: card.code, titleEn: card.titleEn, titleZh: card.titleZh },
            item: {
              sectionId: f.sectionId,
              itemId: f.itemId,
              textEn: item?.textEn ?? f.itemId,
              textZh: item?.textZh ?? f.itemId,
            },
            indicator: ind ? { id: ind.id, code: ind.code, nameEn: ind.nameEn, nameZh: ind.nameZh } : null,
            answered: f.answered,
            missed: f.missed,
            rate: f.rate,
            low: f.low,
            high: f.high,
            team: f.team,
            courses: suggest(f.personId, ind?.id ?? null),
          };
        }),
        items: below.map((b) => ({
          person: { id: b.person.id, nameEn: b.person.nameEn, nameZh: b.person.nameZh },
          indicator: {
            id: b.indicator.id,
            code: b.indicator.code,
            nameEn: b.indicator.nameEn,
            nameZh: b.indicator.nameZh,
          },
          figure: {
            value: b.figure.value,
            low: b.figure.low,
            high: b.figure.high,
            sample: b.figure.sample,
            target: b.figure.target,
          },
          courses: suggest(b.person.id, b.indicator.id),
        })),
      };
    },
  };
}
export type TrainingService = ReturnType<typeof createTrainingService>;
