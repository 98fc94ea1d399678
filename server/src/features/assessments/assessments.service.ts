import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { ROLES, ROLE_PERMISSIONS, permissionsOf, seesEveryone } from '@frontline/contract';
import type {
  AcknowledgeBody,
  Answer,
  AnswerValue,
  AssessmentSettings,
  CreateEvaluationBody,
  CreateScorecardBody,
  DecideDisputeBody,
  Dispute,
  DisputeBody,
  DisputeQuery,
  Evaluation,
  EvaluationQuery,
  EvidenceFile,
  EvidenceList,
  EvaluationSummary,
  QueuedDispute,
  Scorecard,
  ScorecardContent,
  ScorecardKind,
  ScorablePerson,
  ScorecardQuery,
  ScoreResult,
  UpdateAssessmentSettingsBody,
  UpdateEvaluationBody,
  UpdateScorecardBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import { json } from '../../db/json.js';
import type { Actor } from '../../access/actor.js';
import { enforce, type Relation } from '../../access/policy.js';
import { AppError, Conflict, Invalid, NotFound, isUniqueViolation } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { createCertificationService } from '../certification/certification.service.js';
import { assessmentsRepository, type EvaluationRow } from './assessments.repository.js';
import {
  decideArbitration,
  decideEvaluation,
  evaluationAbilities,
  mayScore,
  mayViewEvaluation,
  type EvaluationFacts,
} from './assessments.policy.js';
import {
  answerProblem,
  checkAnswers,
  itemsOf,
  scorecardProblems,
  scoreEvaluation,
} from './assessments.score.js';
import { sniffEvidence } from './evidence-sniff.js';

/** The indicator a scorecard of each kind feeds unless it names one. */
export const DEFAULT_INDICATOR: Record<ScorecardKind, string> = {
  qa_interaction: 'QA_SCORE',
  floor_observation: 'FLOOR_OBS',
  mystery_shop: 'MYSTERY_SHOP',
};

const DAY = 86_400_000;

/** Roles whose holders may arbitrate a dispute (the notification of a new dispute goes to them). */
const ARBITER_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('assessments.arbitrate'));

/** The text of a scorecard or name in the reader's language (the notification's data is theirs). */
const inLocale = (locale: string, en: string, zh: string | null) => (locale === 'zh-Hant' && zh ? zh : en);

type ScorecardRow = NonNullable<Awaited<ReturnType<ReturnType<typeof assessmentsRepository>['scorecard']>>>;

/**
 * Assessments: scorecard templates (assessments.manage; a change to one with evaluations makes a new
 * version, the old one kept and retired), evaluations (assessments.score; draft → submitted → released,
 * steps in assessments.states.ts), the score computed here (assessments.score.ts), released official
 * evaluations written as observations of the scorecard's indicator (QA_SCORE is a mean of review
 * percentages: numerator the percentage, denominator 1; the others pool points earned over points
 * possible), acknowledgement and disputes within the organisation's window, and arbitration: an
 * accepted item makes a new version of the evaluation (old versions kept) and its observation follows.
 */
export function createAssessmentsService(deps: FeatureDeps) {
  /** Assessor certification (#12 item 6): the mark at submit and release, and whether a release counts. */
  const certification = createCertificationService(deps);
  const { db, access, audit, clock, notifications } = deps;

  /**
   * Notifications of the assessment steps, each written in its reader's language: the released
   * evaluation to the person (and to its assessor when someone else released it), a raised dispute
   * to those who may arbitrate it (never the assessor or the person; the people above the person
   * on the reporting line, else those who see everyone), a decided one to the person and the assessor.
   */
  /**
   * Who may arbitrate a dispute of the person: users whose roles allow it and who see the person,
   * never `not` (the assessor, the person); `line` marks those above the person on the reporting
   * line (the others see everyone).
   */
  async function arbitersOf(trx: Kysely<DB>, personId: string, not: readonly string[]) {
    const out: { id: string; locale: string; line: boolean }[] = [];
    for (const u of await assessmentsRepository(trx).usersWithRoles(ARBITER_ROLES, personId)) {
      if (not.includes(u.id)) continue;
      const everyone = seesEveryone(u.roles);
      const sees =
        everyone ||
        (u.personId !== null &&
          (await access.bind(trx).canSeePerson(
            {
              kind: 'user',
              userId: u.id,
              personId: u.personId,
              roles: u.roles,
              permissions: permissionsOf(u.roles),
              sessionId: null,
              requestId: null,
              ip: null,
            },
            personId,
          )));
      if (sees) out.push({ id: u.id, locale: u.locale, line: !everyone });
    }
    return out;
  }

  async function notifyEvaluation(
    trx: Kysely<DB>,
    to: { id: string; locale: string } | undefined | null,
    kind: string,
    ev: { id: string; scorecardTitleEn: string; scorecardTitleZh: string },
    data: Record<string, unknown> = {},
  ) {
    if (!to) return;
    await notifications.notify(trx, to.id, {
      kind,
      entityType: 'evaluation',
      entityId: ev.id,
      data: { ...data, title: inLocale(to.locale, ev.scorecardTitleEn, ev.scorecardTitleZh) },
    });
  }

  function scorecardView(s: ScorecardRow): Scorecard {
    return {
      id: s.id,
      code: s.code,
      version: s.version,
      kind: s.kind,
      titleEn: s.titleEn,
      titleZh: s.titleZh,
      indicatorId: s.indicatorId,
      indicatorCode: s.indicatorCode,
      sections: s.sections,
      active: s.active,
      previousId: s.previousId,
      evaluations: s.evaluations,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  async function scorecardOut(trx: Kysely<DB>, id: string): Promise<Scorecard> {
    const s = await assessmentsRepository(trx).scorecard(id);
    if (!s) throw NotFound('scorecard.not_found');
    return scorecardView(s);
  }

  function checkSections(sections: ScorecardContent) {
    const problems = scorecardProblems(sections);
    if (problems.length) throw Invalid('scorecard.invalid', 'The scorecard is not well formed.', problems);
  }

  async function checkIndicator(trx: Kysely<DB>, id: string | null | undefined) {
    if (id && !(await assessmentsRepository(trx).indicator(id))) {
      throw Invalid('indicator.not_found', 'Unknown indicator.', [
        { path: '/indicatorId', message: 'not found' },
      ]);
    }
  }

  /** The person's relation to the actor, widened by the assessor's assigned units. */
  async function relationOf(trx: Kysely<DB>, actor: Actor, personId: string): Promise<Relation> {
    const rel = await access.bind(trx).relationTo(actor, personId);
    if (rel !== 'hidden' || !actor.personId || !actor.permissions.has('assessments.score')) return rel;
    return (await assessmentsRepository(trx).isAssigned(actor.personId, personId)) ? 'visible' : 'hidden';
  }

  async function windowDays(trx: Kysely<DB>) {
    return (await assessmentsRepository(trx).settings()).disputeWindowDays;
  }

  function facts(
    actor: Actor,
    r: {
      status: EvaluationFacts['status'];
      purpose: EvaluationFacts['purpose'];
      assessorUserId: string;
      acknowledgedAt: Date | null;
      releasedAt: Date | null;
      visitKey: string | null;
    },
    days: number,
  ): EvaluationFacts {
    return {
      status: r.status,
      purpose: r.purpose,
      author: r.assessorUserId === actor.userId,
      acknowledged: r.acknowledgedAt !== null,
      windowOpen: r.releasedAt !== null && clock.now().getTime() <= r.releasedAt.getTime() + days * DAY,
      imported: r.visitKey !== null,
    };
  }

  function summaryView(r: EvaluationRow): EvaluationSummary {
    return {
      id: r.id,
      scorecard: {
        id: r.scorecardId,
        code: r.scorecardCode,
        kind: r.scorecardKind,
        titleEn: r.scorecardTitleEn,
        titleZh: r.scorecardTitleZh,
      },
      person: { id: r.personId, nameEn: r.personNameEn, nameZh: r.personNameZh },
      assessorName: r.assessorName,
      imported: r.visitKey !== null,
      channel: r.channel,
      occurredOn: r.occurredOn,
      status: r.status,
      version: r.version,
      percent: r.percent,
      criticalFailed: r.result.criticalFailed,
      acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
      openDisputes: r.openDisputes,
    };
  }

  async function evaluationOut(
    trx: Kysely<DB>,
    actor: Actor,
    id: string,
    rel?: Relation,
  ): Promise<Evaluation> {
    const repo = assessmentsRepository(trx);
    const r = await repo.findEvaluation(id);
    if (!r) throw NotFound('evaluation.not_found');
    const relation = rel ?? (await relationOf(trx, actor, r.personId));
    const days = await windowDays(trx);
    const f = facts(actor, r, days);
    enforce(mayViewEvaluation(f, relation));
    const [disputes, versions] = await Promise.all([repo.disputes(id), repo.versions(id)]);
    const arbiterRel = relation === 'self' ? 'self' : await access.bind(trx).relationTo(actor, r.personId);
    return {
      id: r.id,
      purpose: r.purpose,
      scorecard: {
        id: r.scorecardId,
        code: r.scorecardCode,
        version: r.scorecardVersion,
        kind: r.scorecardKind,
        titleEn: r.scorecardTitleEn,
        titleZh: r.scorecardTitleZh,
        sections: r.scorecardSections,
      },
      person: { id: r.personId, nameEn: r.personNameEn, nameZh: r.personNameZh },
      assessorName: r.assessorName,
      imported: r.visitKey !== null,
      channel: r.channel,
      ticketKey: r.ticketKey,
      occurredOn: r.occurredOn,
      evidenceText: r.evidenceText,
      evidenceUrl: r.evidenceUrl,
      status: r.status,
      version: r.version,
      answers: r.answers,
      result: r.result,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      releasedAt: r.releasedAt?.toISOString() ?? null,
      acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
      disputeUntil: r.releasedAt ? new Date(r.releasedAt.getTime() + days * DAY).toISOString() : null,
      disputes: disputes.map((d): Dispute => ({
        id: d.id,
        evaluationId: d.evaluationId,
        itemId: d.itemId,
        reason: d.reason,
        status: d.status,
        originalValue: d.originalValue,
        newValue: d.newValue,
        note: d.note,
        decidedAt: d.decidedAt?.toISOString() ?? null,
        createdAt: d.createdAt.toISOString(),
        abilities: {
          decide: decideArbitration(actor, { open: d.status === 'open', author: f.author }, arbiterRel).ok,
        },
      })),
      versions: versions.map((v) => ({
        version: v.version,
        percent: v.percent,
        reason: v.reason,
        createdAt: v.createdAt.toISOString(),
      })),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      abilities: evaluationAbilities(actor, f, relation),
    };
  }

  /** Locks an evaluation; its facts and the person's relation, for the policy. */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string) {
    const row = await assessmentsRepository(trx).evaluationForUpdate(id);
    if (!row) throw NotFound('evaluation.not_found');
    const rel = await relationOf(trx, actor, row.personId);
    return { row, rel, f: facts(actor, row, await windowDays(trx)) };
  }

  /** The observation a released official evaluation contributes (numerator, denominator), or null. */
  async function observationValue(trx: Kysely<DB>, indicatorId: string | null, result: ScoreResult) {
    if (!indicatorId || result.possible <= 0) return null;
    const ind = await assessmentsRepository(trx).indicator(indicatorId);
    if (!ind) return null;
    return ind.aggregation === 'mean'
      ? { indicatorId, numerator: result.percent ?? 0, denominator: 1 }
      : { indicatorId, numerator: result.earned, denominator: result.possible };
  }

  /** The evaluation's facts and relation once the actor may see it (404 otherwise). */
  async function viewable(trx: Kysely<DB>, actor: Actor, id: string) {
    const r = await assessmentsRepository(trx).findEvaluation(id);
    if (!r) throw NotFound('evaluation.not_found');
    const rel = await relationOf(trx, actor, r.personId);
    const f = facts(actor, r, await windowDays(trx));
    enforce(mayViewEvaluation(f, rel));
    return { f, rel };
  }

  const evidenceView = (e: {
    id: string;
    evaluationId: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    uploadedBy: string;
    createdAt: Date;
  }): EvidenceFile => ({
    ...e,
    contentType: e.contentType as EvidenceFile['contentType'],
    createdAt: e.createdAt.toISOString(),
  });

  const scorecardOfRow = async (trx: Kysely<DB>, scorecardId: string) => {
    const s = await assessmentsRepository(trx).scorecard(scorecardId);
    if (!s) throw NotFound('scorecard.not_found');
    return s;
  };

  return {
    async listScorecards(_actor: Actor, q: ScorecardQuery): Promise<Scorecard[]> {
      return (await assessmentsRepository(db).scorecards(q)).map(scorecardView);
    },

    async getScorecard(_actor: Actor, id: string): Promise<Scorecard> {
      return scorecardOut(db, id);
    },

    async createScorecard(actor: Actor, body: CreateScorecardBody): Promise<Scorecard> {
      checkSections(body.sections);
      try {
        return await db.transaction().execute(async (trx) => {
          const repo = assessmentsRepository(trx);
          await checkIndicator(trx, body.indicatorId);
          if ((await repo.latestVersion(body.code)) > 0) {
            throw Conflict('scorecard.code_taken', 'That scorecard code is taken.');
          }
          const indicatorId =
            body.indicatorId !== undefined
              ? body.indicatorId
              : ((await repo.indicatorByCode(DEFAULT_INDICATOR[body.kind]))?.id ?? null);
          const now = clock.now();
          const { id } = await repo.insertScorecard({
            code: body.code,
            version: 1,
            kind: body.kind,
            titleEn: body.titleEn,
            titleZh: body.titleZh,
            indicatorId,
            sections: json(body.sections),
            previousId: null,
            createdAt: now,
            updatedAt: now,
          });
          const out = await scorecardOut(trx, id);
          await audit.record(trx, actor, {
            action: 'scorecard.created',
            entityType: 'scorecard',
            entityId: id,
            after: { code: out.code, version: out.version, kind: out.kind, titleEn: out.titleEn },
          });
          return out;
        });
      } catch (e) {
        if (isUniqueViolation(e, 'scorecard_code_version_key')) {
          throw Conflict('scorecard.code_taken', 'That scorecard code is taken.');
        }
        throw e;
      }
    },

    /**
     * Changes a scorecard. Once evaluations use it, a change of its content (sections, indicator)
     * makes a new version — the old one kept, retired — so every evaluation keeps the items it was
     * scored on; titles and retiring change the version in place.
     */
    async updateScorecard(actor: Actor, id: string, body: UpdateScorecardBody): Promise<Scorecard> {
      if (body.sections) checkSections(body.sections);
      return db.transaction().execute(async (trx) => {
        const repo = assessmentsRepository(trx);
        const before = await repo.scorecardForUpdate(id);
        if (!before) throw NotFound('scorecard.not_found');
        await checkIndicator(trx, body.indicatorId);
        const now = clock.now();
        const contentChanges = body.sections !== undefined || body.indicatorId !== undefined;
        if (contentChanges && (await repo.hasEvaluations(id))) {
          const latest = await repo.latestVersion(before.code);
          if (latest !== before.version) {
            throw Conflict(
              'scorecard.code_taken',
              'A later version of this scorecard exists; change that one.',
            );
          }
          const { id: newId } = await repo.insertScorecard({
            code: before.code,
            version: before.version + 1,
            kind: before.kind,
            titleEn: body.titleEn ?? before.titleEn,
            titleZh: body.titleZh ?? before.titleZh,
            indicatorId: body.indicatorId !== undefined ? body.indicatorId : before.indicatorId,
            sections: json(body.sections ?? before.sections),
            active: body.active ?? true,
            previousId: before.id,
            createdAt: now,
            updatedAt: now,
          });
          await repo.updateScorecard(id, { active: false, updatedAt: now });
          const out = await scorecardOut(trx, newId);
          await audit.record(trx, actor, {
            action: 'scorecard.versioned',
            entityType: 'scorecard',
            entityId: newId,
            before: { id, version: before.version },
            after: { id: newId, version: out.version, changed: Object.keys(body) },
          });
          return out;
        }
        await repo.updateScorecard(id, {
          ...(body.titleEn !== undefined ? { titleEn: body.titleEn } : {}),
          ...(body.titleZh !== undefined ? { titleZh: body.titleZh } : {}),
          ...(body.indicatorId !== undefined ? { indicatorId: body.indicatorId } : {}),
          ...(body.sections !== undefined ? { sections: json(body.sections) } : {}),
          ...(body.active !== undefined ? { active: body.active } : {}),
          updatedAt: now,
        });
        const out = await scorecardOut(trx, id);
        await audit.record(trx, actor, {
          action: 'scorecard.updated',
          entityType: 'scorecard',
          entityId: id,
          before: { titleEn: before.titleEn, titleZh: before.titleZh, active: before.active },
          after: { changed: Object.keys(body) },
        });
        return out;
      });
    },

    async listEvaluations(actor: Actor, q: EvaluationQuery): Promise<EvaluationSummary[]> {
      const repo = assessmentsRepository(db);
      const scorer =
        actor.permissions.has('assessments.score') || actor.permissions.has('assessments.arbitrate');
      if (q.personId) {
        if ((await relationOf(db, actor, q.personId)) === 'hidden') throw NotFound('person.not_found');
      }
      const all = !q.scope;
      const wide = all || q.scope === 'team' || q.scope === 'written';
      const rows = await repo.listEvaluations({
        mine: all || q.scope === 'mine' ? actor.personId : null,
        writtenBy: all || q.scope === 'written' ? actor.userId : null,
        team: wide && scorer ? access.scope(actor) : null,
        assessorPersonId: wide && actor.permissions.has('assessments.score') ? actor.personId : null,
        teamRows: all || q.scope === 'team',
        personId: q.personId,
        status: q.status,
        scorecardId: q.scorecardId,
      });
      if (q.personId && q.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'evaluation.list_viewed',
          entityType: 'person',
          entityId: q.personId,
          subjectPersonId: q.personId,
        });
      }
      return rows.map(summaryView);
    },

    async getEvaluation(actor: Actor, id: string): Promise<Evaluation> {
      return evaluationOut(db, actor, id);
    },

    async createEvaluation(actor: Actor, body: CreateEvaluationBody): Promise<Evaluation> {
      return db.transaction().execute(async (trx) => {
        const rel = await relationOf(trx, actor, body.personId);
        enforce(mayScore(actor, rel));
        const card = await assessmentsRepository(trx).scorecard(body.scorecardId);
        if (!card || !card.active) {
          throw Invalid('scorecard.not_found', 'No such active scorecard.', [
            { path: '/scorecardId', message: 'not found' },
          ]);
        }
        const answers = body.answers ?? [];
        checkAnswers(card.sections, answers);
        const result = scoreEvaluation(card.sections, answers);
        const now = clock.now();
        const { id } = await assessmentsRepository(trx).insertEvaluation({
          scorecardId: card.id,
          personId: body.personId,
          assessorUserId: actor.userId,
          purpose: 'official',
          status: 'draft',
          channel: body.channel,
          ticketKey: body.ticketKey ?? null,
          occurredOn: body.occurredOn,
          evidenceText: body.evidenceText ?? null,
          evidenceUrl: body.evidenceUrl ?? null,
          answers: json(answers),
          result: json(result),
          percent: result.percent,
          submittedAt: null,
          releasedAt: null,
          acknowledgedAt: null,
          acknowledgeComment: null,
          observationId: null,
          createdAt: now,
          updatedAt: now,
        });
        await audit.record(trx, actor, {
          action: 'evaluation.created',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: body.personId,
          after: {
            scorecardId: card.id,
            channel: body.channel,
            occurredOn: body.occurredOn,
            answers: answers.length,
          },
        });
        return evaluationOut(trx, actor, id, rel);
      });
    },

    async updateEvaluation(actor: Actor, id: string, body: UpdateEvaluationBody): Promise<Evaluation> {
      return db.transaction().execute(async (trx) => {
        const { row, rel, f } = await forChange(trx, actor, id);
        enforce(decideEvaluation(actor, f, rel, 'edit'));
        const card = await scorecardOfRow(trx, row.scorecardId);
        const answers = body.answers ?? row.answers;
        if (body.answers) checkAnswers(card.sections, body.answers);
        const result = scoreEvaluation(card.sections, answers);
        await assessmentsRepository(trx).updateEvaluation(id, {
          ...(body.channel !== undefined ? { channel: body.channel } : {}),
          ...(body.ticketKey !== undefined ? { ticketKey: body.ticketKey } : {}),
          ...(body.occurredOn !== undefined ? { occurredOn: body.occurredOn } : {}),
          ...(body.evidenceText !== undefined ? { evidenceText: body.evidenceText } : {}),
          ...(body.evidenceUrl !== undefined ? { evidenceUrl: body.evidenceUrl } : {}),
          answers: json(answers),
          result: json(result),
          percent: result.percent,
          updatedAt: clock.now(),
        });
        await audit.record(trx, actor, {
          action: 'evaluation.updated',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: row.personId,
          before: { percent: row.percent },
          after: { changed: Object.keys(body), percent: result.percent },
        });
        return evaluationOut(trx, actor, id, rel);
      });
    },

    async submitEvaluation(actor: Actor, id: string): Promise<Evaluation> {
      return db.transaction().execute(async (trx) => {
        const { row, rel, f } = await forChange(trx, actor, id);
        enforce(decideEvaluation(actor, f, rel, 'submit'));
        const card = await scorecardOfRow(trx, row.scorecardId);
        const answered = new Set(row.answers.map((a) => a.itemId));
        const missing = [...itemsOf(card.sections).keys()].filter((k) => !answered.has(k));
        if (missing.length) {
          throw Invalid(
            'evaluation.incomplete',
            'Answer every item (N/A where it does not apply) before submitting.',
            missing.map((m) => ({ path: `/answers/${m}`, message: 'not answered' })),
          );
        }
        const now = clock.now();
        if (
          !(await assessmentsRepository(trx).transition(id, 'submit', { submittedAt: now, updatedAt: now }))
        ) {
          throw Conflict('evaluation.invalid_state', 'The evaluation is no longer a draft.');
        }
        await certification.recordEvaluation(trx, actor, id, 'submitted');
        await audit.record(trx, actor, {
          action: 'evaluation.submitted',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: row.personId,
          before: { status: row.status },
          after: { status: 'submitted', percent: row.percent },
        });
        return evaluationOut(trx, actor, id, rel);
      });
    },

    /** Releases to the person: version 1 is kept, and the score becomes an observation of the indicator. */
    async releaseEvaluation(actor: Actor, id: string): Promise<Evaluation> {
      return db.transaction().execute(async (trx) => {
        const repo = assessmentsRepository(trx);
        const { row, rel, f } = await forChange(trx, actor, id);
        enforce(decideEvaluation(actor, f, rel, 'release'));
        const card = await scorecardOfRow(trx, row.scorecardId);
        const now = clock.now();
        let observationId: number | null = null;
        // An uncertified assessor's evaluation makes no observation where the policy says so.
        const counted = (await certification.recordEvaluation(trx, actor, id, 'released')).counted;
        const obs =
          row.purpose === 'official' && counted
            ? await observationValue(trx, card.indicatorId, row.result)
            : null;
        if (obs) {
          observationId = Number(
            (
              await repo.insertObservation({
                personId: row.personId,
                occurredOn: row.occurredOn,
                externalKey: `evaluation:${id}`,
                ...obs,
              })
            ).id,
          );
        }
        if (!(await repo.transition(id, 'release', { releasedAt: now, observationId, updatedAt: now }))) {
          throw Conflict('evaluation.invalid_state', 'The evaluation is not submitted.');
        }
        await repo.insertVersion({
          evaluationId: id,
          version: row.version,
          answers: json(row.answers),
          result: json(row.result),
          percent: row.percent,
          reason: 'released',
          createdBy: actor.userId,
          createdAt: now,
        });
        await audit.record(trx, actor, {
          action: 'evaluation.released',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: row.personId,
          before: { status: row.status },
          after: { status: 'released', percent: row.percent, observationId },
        });
        if (row.purpose === 'official') {
          const ev = { id, scorecardTitleEn: card.titleEn, scorecardTitleZh: card.titleZh };
          await notifyEvaluation(trx, await repo.userOfPerson(row.personId), 'evaluation.released', ev);
          if (row.assessorUserId !== actor.userId) {
            await notifyEvaluation(
              trx,
              await repo.userLocale(row.assessorUserId),
              'evaluation.released_by_other',
              ev,
            );
          }
        }
        return evaluationOut(trx, actor, id, rel);
      });
    },

    async acknowledgeEvaluation(actor: Actor, id: string, body: AcknowledgeBody): Promise<Evaluation> {
      return db.transaction().execute(async (trx) => {
        const { row, rel, f } = await forChange(trx, actor, id);
        enforce(decideEvaluation(actor, f, rel, 'acknowledge'));
        const now = clock.now();
        await assessmentsRepository(trx).updateEvaluation(id, {
          acknowledgedAt: now,
          acknowledgeComment: body.comment ?? null,
          updatedAt: now,
        });
        await audit.record(trx, actor, {
          action: 'evaluation.acknowledged',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: row.personId,
          after: { comment: body.comment ?? null },
        });
        return evaluationOut(trx, actor, id, rel);
      });
    },

    /** The person disputes items, each once, within the window (409 after it). */
    async disputeEvaluation(actor: Actor, id: string, body: DisputeBody): Promise<Evaluation> {
      return db.transaction().execute(async (trx) => {
        const repo = assessmentsRepository(trx);
        const { row, rel, f } = await forChange(trx, actor, id);
        enforce(decideEvaluation(actor, f, rel, 'dispute'));
        const card = await scorecardOfRow(trx, row.scorecardId);
        const items = itemsOf(card.sections);
        const issues: { path: string; message: string }[] = [];
        const named = new Set<string>();
        body.items.forEach((d, i) => {
          if (!items.has(d.itemId)) {
            issues.push({ path: `/items/${i}/itemId`, message: 'not an item of this scorecard' });
          } else if (named.has(d.itemId)) issues.push({ path: `/items/${i}/itemId`, message: 'named twice' });
          named.add(d.itemId);
        });
        if (issues.length) throw Invalid('validation', 'A disputed item is not on the scorecard.', issues);
        const already = await repo.disputedItems(id);
        const again = body.items.filter((d) => already.has(d.itemId));
        if (again.length) {
          throw Conflict(
            'evaluation.already_disputed',
            `Already disputed: ${again.map((d) => d.itemId).join(', ')}.`,
          );
        }
        const values = new Map(row.answers.map((a) => [a.itemId, a.value]));
        const now = clock.now();
        await repo.insertDisputes(
          body.items.map((d) => ({
            evaluationId: id,
            itemId: d.itemId,
            reason: d.reason,
            originalValue: values.has(d.itemId) ? json<AnswerValue>(values.get(d.itemId)!) : null,
            newValue: null,
            note: null,
            decidedBy: null,
            decidedAt: null,
            createdAt: now,
          })),
        );
        await audit.record(trx, actor, {
          action: 'evaluation.disputed',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: row.personId,
          after: { items: body.items.map((d) => d.itemId) },
        });
        const person = await repo.findEvaluation(id);
        const arbiters = await arbitersOf(trx, row.personId, [row.assessorUserId, actor.userId]);
        const line = arbiters.filter((u) => u.line);
        for (const u of line.length ? line : arbiters) {
          await notifications.notify(trx, u.id, {
            kind: 'evaluation.dispute_raised',
            entityType: 'evaluation_dispute',
            entityId: id,
            data: {
              title: inLocale(u.locale, card.titleEn, card.titleZh),
              personName: person ? inLocale(u.locale, person.personNameEn, person.personNameZh) : '',
              count: body.items.length,
            },
          });
        }
        return evaluationOut(trx, actor, id, rel);
      });
    },

    /** The evidence files of an evaluation the actor may see (someone else's: 404). */
    async listEvidence(actor: Actor, id: string): Promise<EvidenceList> {
      const { f, rel } = await viewable(db, actor, id);
      return {
        items: (await assessmentsRepository(db).evidence(id)).map(evidenceView),
        maxBytes: (await assessmentsRepository(db).settings()).evidenceMaxBytes,
        canChange: decideEvaluation(actor, f, rel, 'edit').ok,
      };
    },

    /**
     * Attaches a file to a draft (its assessor only). The body is read chunk by chunk (the event loop
     * runs between chunks) and refused past the organisation's limit (413); its kind is taken from its
     * bytes (415 otherwise); nothing is stored unless all is well.
     */
    async uploadEvidence(
      actor: Actor,
      id: string,
      fileName: string,
      body: Readable | string | Buffer,
    ): Promise<EvidenceFile> {
      const before = await viewable(db, actor, id);
      enforce(decideEvaluation(actor, before.f, before.rel, 'edit'));
      const limit = (await assessmentsRepository(db).settings()).evidenceMaxBytes;
      const chunks: Buffer[] = [];
      const hash = createHash('sha256');
      let size = 0;
      const input = typeof body === 'string' || Buffer.isBuffer(body) ? [Buffer.from(body)] : body;
      for await (const chunk of input) {
        const c = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        size += c.length;
        if (size > limit) {
          if (!Array.isArray(input)) (input as Readable).destroy();
          throw new AppError(
            'evidence.too_large',
            413,
            `The file is larger than the limit of ${(limit / 1048576).toFixed(1)} MB.`,
          );
        }
        hash.update(c);
        chunks.push(c);
      }
      if (size === 0) throw Invalid('evidence.empty', 'The file is empty.');
      const content = Buffer.concat(chunks, size);
      const contentType = sniffEvidence(content, fileName);
      if (!contentType) {
        throw new AppError(
          'evidence.unsupported_type',
          415,
          'Only images, PDF, audio and text files are taken.',
        );
      }
      return db.transaction().execute(async (trx) => {
        const { row, rel, f } = await forChange(trx, actor, id);
        enforce(decideEvaluation(actor, f, rel, 'edit'));
        const repo = assessmentsRepository(trx);
        const sha256 = hash.digest('hex');
        const { id: fileId } = await repo.insertEvidence({
          evaluationId: id,
          fileName,
          contentType,
          sizeBytes: size,
          sha256,
          content,
          uploadedBy: actor.userId,
          createdAt: clock.now(),
        });
        await audit.record(trx, actor, {
          action: 'evaluation.evidence_added',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: row.personId,
          after: { fileId, fileName, contentType, sizeBytes: size, sha256 },
        });
        const out = (await repo.evidence(id)).find((e) => e.id === fileId);
        if (!out) throw NotFound('evidence.not_found');
        return evidenceView(out);
      });
    },

    /** The bytes of one evidence file, with its name and kind, for whoever may see the evaluation. */
    async downloadEvidence(actor: Actor, id: string, fileId: string) {
      await viewable(db, actor, id);
      const file = await assessmentsRepository(db).evidenceFile(id, fileId);
      if (!file) throw NotFound('evidence.not_found');
      return {
        fileName: file.fileName,
        contentType: file.contentType,
        body: Buffer.from(file.content),
      };
    },

    /** Removes a file from a draft (its assessor only); audited. */
    async deleteEvidence(actor: Actor, id: string, fileId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const { row, rel, f } = await forChange(trx, actor, id);
        enforce(mayViewEvaluation(f, rel));
        enforce(decideEvaluation(actor, f, rel, 'edit'));
        const gone = await assessmentsRepository(trx).deleteEvidence(id, fileId);
        if (!gone) throw NotFound('evidence.not_found');
        await audit.record(trx, actor, {
          action: 'evaluation.evidence_removed',
          entityType: 'evaluation',
          entityId: id,
          subjectPersonId: row.personId,
          before: {
            fileId,
            fileName: gone.fileName,
            contentType: gone.contentType,
            sizeBytes: gone.sizeBytes,
            sha256: gone.sha256,
          },
        });
      });
    },

    async listDisputes(actor: Actor, q: DisputeQuery): Promise<QueuedDispute[]> {
      const repo = assessmentsRepository(db);
      const rows = await repo.queue({
        scope: access.teamScope(actor),
        notAuthor: actor.userId,
        notPerson: actor.personId,
        status: q.status,
      });
      const evs = new Map(
        (await repo.evaluationsByIds([...new Set(rows.map((r) => r.evaluationId))])).map((e) => [e.id, e]),
      );
      return rows.flatMap((d) => {
        const ev = evs.get(d.evaluationId);
        if (!ev) return [];
        const item = itemsOf(ev.scorecardSections).get(d.itemId);
        return [
          {
            dispute: {
              id: d.id,
              evaluationId: d.evaluationId,
              itemId: d.itemId,
              reason: d.reason,
              status: d.status,
              originalValue: d.originalValue,
              newValue: d.newValue,
              note: d.note,
              decidedAt: d.decidedAt?.toISOString() ?? null,
              createdAt: d.createdAt.toISOString(),
              abilities: { decide: d.status === 'open' },
            },
            evaluation: summaryView(ev),
            item: {
              textEn: item?.textEn ?? d.itemId,
              textZh: item?.textZh ?? d.itemId,
              type: item?.type ?? 'yes_no_na',
            },
          },
        ];
      });
    },

    /**
     * Decides a dispute once (409 after). Accepted or partly accepted with a new answer: a new version of
     * the evaluation (old versions kept), its score computed again and its observation updated.
     */
    async decideDispute(actor: Actor, disputeId: string, body: DecideDisputeBody): Promise<Evaluation> {
      return db.transaction().execute(async (trx) => {
        const repo = assessmentsRepository(trx);
        const d = await repo.disputeForUpdate(disputeId);
        if (!d) throw NotFound('dispute.not_found');
        const row = await repo.evaluationForUpdate(d.evaluationId);
        if (!row) throw NotFound('dispute.not_found');
        const rel = await access.bind(trx).relationTo(actor, row.personId);
        enforce(
          decideArbitration(
            actor,
            { open: d.status === 'open', author: row.assessorUserId === actor.userId },
            rel,
          ),
        );
        const changes = body.outcome !== 'rejected';
        if (changes && body.value === undefined) {
          throw Invalid('validation', 'Give the item’s new answer.', [
            { path: '/value', message: 'required' },
          ]);
        }
        const card = await scorecardOfRow(trx, row.scorecardId);
        const item = itemsOf(card.sections).get(d.itemId);
        if (changes && item) {
          const problem = answerProblem(item, body.value!);
          if (problem) {
            throw Invalid('evaluation.score_out_of_scale', 'The new answer is outside the item’s scale.', [
              { path: '/value', message: problem },
            ]);
          }
        }
        const now = clock.now();
        if (
          !(await repo.decideDispute(disputeId, {
            status: body.outcome,
            newValue: changes ? json<AnswerValue>(body.value!) : null,
            note: body.note,
            decidedBy: actor.userId,
            decidedAt: now,
          }))
        ) {
          throw Conflict('dispute.already_decided', 'This dispute has been decided.');
        }
        let version = row.version;
        if (changes) {
          const answers: Answer[] = row.answers.some((a) => a.itemId === d.itemId)
            ? row.answers.map((a) => (a.itemId === d.itemId ? { ...a, value: body.value! } : a))
            : [...row.answers, { itemId: d.itemId, value: body.value! }];
          const result = scoreEvaluation(card.sections, answers);
          version = row.version + 1;
          let observationId = row.observationId;
          const obs =
            row.purpose === 'official' && (await certification.counts(trx, row.id))
              ? await observationValue(trx, card.indicatorId, result)
              : null;
          if (observationId !== null) {
            if (obs) await repo.updateObservation(observationId, obs.numerator, obs.denominator);
            else {
              await repo.deleteObservation(observationId);
              observationId = null;
            }
          } else if (obs) {
            observationId = Number(
              (
                await repo.insertObservation({
                  personId: row.personId,
                  occurredOn: row.occurredOn,
                  externalKey: `evaluation:${row.id}`,
                  ...obs,
                })
              ).id,
            );
          }
          await repo.updateEvaluation(row.id, {
            answers: json(answers),
            result: json(result),
            percent: result.percent,
            version,
            observationId,
            updatedAt: now,
          });
          await repo.insertVersion({
            evaluationId: row.id,
            version,
            answers: json(answers),
            result: json(result),
            percent: result.percent,
            reason: `dispute ${body.outcome}: ${d.itemId}`,
            createdBy: actor.userId,
            createdAt: now,
          });
        }
        await audit.record(trx, actor, {
          action: 'evaluation.dispute_decided',
          entityType: 'evaluation',
          entityId: row.id,
          subjectPersonId: row.personId,
          before: { itemId: d.itemId, value: d.originalValue, version: row.version, percent: row.percent },
          after: { outcome: body.outcome, value: changes ? body.value! : null, version, note: body.note },
        });
        const ev = { id: row.id, scorecardTitleEn: card.titleEn, scorecardTitleZh: card.titleZh };
        const decided = { outcome: body.outcome, itemId: d.itemId };
        const personUser = await repo.userOfPerson(row.personId);
        await notifyEvaluation(trx, personUser, 'evaluation.dispute_decided', ev, decided);
        if (row.assessorUserId !== personUser?.id) {
          await notifyEvaluation(
            trx,
            await repo.userLocale(row.assessorUserId),
            'evaluation.dispute_decided_assessor',
            ev,
            decided,
          );
        }
        return evaluationOut(trx, actor, row.id, rel === 'visible' ? 'visible' : undefined);
      });
    },

    async listScorable(actor: Actor): Promise<ScorablePerson[]> {
      return assessmentsRepository(db).scorable(access.scope(actor), actor.personId, actor.personId);
    },

    async getSettings(_actor: Actor): Promise<AssessmentSettings> {
      const repo = assessmentsRepository(db);
      const s = await repo.settings();
      return {
        disputeWindowDays: s.disputeWindowDays,
        evidenceMaxBytes: s.evidenceMaxBytes,
        assessorUnits: await repo.assessorUnits(),
      };
    },

    async updateSettings(actor: Actor, body: UpdateAssessmentSettingsBody): Promise<AssessmentSettings> {
      return db.transaction().execute(async (trx) => {
        const repo = assessmentsRepository(trx);
        const before = await repo.settings();
        const beforeUnits = await repo.assessorUnits();
        if (body.assessorUnits) {
          const people = await repo.unknownPeople([
            ...new Set(body.assessorUnits.map((u) => u.assessorPersonId)),
          ]);
          const units = await repo.unknownUnits([...new Set(body.assessorUnits.map((u) => u.orgUnitId))]);
          if (people.length || units.length) {
            throw Invalid(
              'request.unknown_reference',
              'Unknown person or unit.',
              body.assessorUnits.flatMap((u, i) => [
                ...(people.includes(u.assessorPersonId)
                  ? [{ path: `/assessorUnits/${i}/assessorPersonId`, message: 'not found' }]
                  : []),
                ...(units.includes(u.orgUnitId)
                  ? [{ path: `/assessorUnits/${i}/orgUnitId`, message: 'not found' }]
                  : []),
              ]),
            );
          }
          await repo.replaceAssessorUnits(body.assessorUnits);
        }
        const now = clock.now();
        await repo.updateSettings(body.disputeWindowDays ?? before.disputeWindowDays, now);
        if (body.evidenceMaxBytes !== undefined) await repo.updateEvidenceLimit(body.evidenceMaxBytes, now);
        const after = await repo.settings();
        const out = {
          disputeWindowDays: after.disputeWindowDays,
          evidenceMaxBytes: after.evidenceMaxBytes,
          assessorUnits: await repo.assessorUnits(),
        };
        await audit.record(trx, actor, {
          action: 'assessment_settings.updated',
          entityType: 'assessment_setting',
          entityId: null,
          before: {
            disputeWindowDays: before.disputeWindowDays,
            evidenceMaxBytes: before.evidenceMaxBytes,
            assessorUnits: beforeUnits,
          },
          after: out,
        });
        return out;
      });
    },
  };
}
export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
