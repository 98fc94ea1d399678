import type { Kysely } from 'kysely';
import {
  permissionsOf,
  type CalibrationAnswersBody,
  type CalibrationCandidate,
  type CalibrationSession,
  type CalibrationSessionSummary,
  type CreateCalibrationBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { enforce } from '../../access/policy.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { checkAnswers } from '../assessments/assessments.score.js';
import { calibrationRepository } from './calibration.repository.js';
import {
  calibrationAbilities,
  decideCalibration,
  mayLead,
  mayViewCalibration,
  visibleScores,
  type CalibrationAction,
  type CalibrationFacts,
} from './calibration.policy.js';
import { calibrationResults } from './calibration.results.js';
import { createCertificationService } from '../certification/certification.service.js';

/** May the user take part as an assessor (an active user whose roles give assessments.score)? */
const mayScoreRoles = (roles: Parameters<typeof permissionsOf>[0]) =>
  permissionsOf(roles).has('assessments.score');

/**
 * Calibration sessions (#12 item 5): the lead (assessments.manage) picks a scorecard version, the
 * interactions and the assessors; the assessors score blind while the session is open and say when
 * they have finished; the lead sets a benchmark answer per interaction and reveals, after which all of
 * them see every score side by side with the benchmark, and the agreement and bias figures
 * (calibration.results.ts). Scores live in calibration_score, never in evaluation: they never become
 * observations, never reach the person evaluated and never count in figures.
 */
export function createCalibrationService(deps: FeatureDeps) {
  const { db, audit, clock } = deps;
  const certification = createCertificationService(deps);

  async function factsOf(
    trx: Kysely<DB>,
    actor: Actor,
    s: { id: string; status: CalibrationFacts['status']; leadUserId: string },
  ): Promise<CalibrationFacts> {
    const me = await calibrationRepository(trx).isAssessor(s.id, actor.userId);
    return {
      status: s.status,
      lead: s.leadUserId === actor.userId,
      assessor: me !== undefined,
      finished: (me?.finishedAt ?? null) !== null,
    };
  }

  async function sessionOut(trx: Kysely<DB>, actor: Actor, id: string): Promise<CalibrationSession> {
    const repo = calibrationRepository(trx);
    const s = await repo.find(id);
    if (!s) throw NotFound('calibration.not_found');
    const f = await factsOf(trx, actor, s);
    enforce(mayViewCalibration(f));
    const [interactions, assessors] = await Promise.all([repo.interactions(id), repo.assessors(id)]);
    const seen = visibleScores(f);
    let results: CalibrationSession['results'] = null;
    const own = await repo.scores([id]);
    const scores = own
      .filter((r) =>
        seen === 'all' ? true : seen === 'own' ? !r.benchmark && r.userId === actor.userId : r.benchmark,
      )
      .map((r) => ({
        interactionId: r.interactionId,
        userId: r.benchmark ? null : r.userId,
        answers: r.answers,
      }));
    if (seen === 'all') {
      const sessions = await repo.revealedSessionsOf(assessors.map((a) => a.userId));
      const past = await repo.scores(sessions.filter((p) => p.id !== id).map((p) => p.id));
      results = calibrationResults({
        sessionId: id,
        sections: s.scorecardSections,
        interactionIds: interactions.map((i) => i.id),
        assessors: assessors.map((a) => ({ userId: a.userId, name: a.name })),
        scores: [...own, ...past],
        sessions,
      });
    }
    return {
      id: s.id,
      title: s.title,
      status: s.status,
      scorecard: {
        id: s.scorecardId,
        code: s.scorecardCode,
        version: s.scorecardVersion,
        titleEn: s.scorecardTitleEn,
        titleZh: s.scorecardTitleZh,
        sections: s.scorecardSections,
      },
      leadUserId: s.leadUserId,
      leadName: s.leadName,
      lead: f.lead,
      interactions,
      assessors: assessors.map((a) => ({
        userId: a.userId,
        name: a.name,
        finishedAt: a.finishedAt?.toISOString() ?? null,
      })),
      scores,
      results,
      createdAt: s.createdAt.toISOString(),
      revealedAt: s.revealedAt?.toISOString() ?? null,
      closedAt: s.closedAt?.toISOString() ?? null,
      abilities: calibrationAbilities(actor, f),
    };
  }

  /** Locks the session and checks the action (404, 403, 409), in the transaction. */
  async function guard(trx: Kysely<DB>, actor: Actor, id: string, action: CalibrationAction) {
    const row = await calibrationRepository(trx).forUpdate(id);
    if (!row) throw NotFound('calibration.not_found');
    enforce(decideCalibration(actor, await factsOf(trx, actor, row), action));
    return row;
  }

  async function saveAnswers(
    actor: Actor,
    id: string,
    interactionId: string,
    body: CalibrationAnswersBody,
    benchmark: boolean,
  ): Promise<CalibrationSession> {
    return db.transaction().execute(async (trx) => {
      const repo = calibrationRepository(trx);
      const row = await guard(trx, actor, id, benchmark ? 'benchmark' : 'score');
      if (!(await repo.interactionOf(id, interactionId))) throw NotFound('calibration.not_found');
      const scorecard = await repo.scorecard(row.scorecardId);
      checkAnswers(scorecard!.sections, body.answers);
      await repo.saveScore({
        sessionId: id,
        interactionId,
        userId: actor.userId,
        benchmark,
        answers: body.answers,
        now: clock.now(),
      });
      // The answers themselves are not in the log (a calibration score is not a person's record).
      await audit.record(trx, actor, {
        action: benchmark ? 'calibration.benchmark_set' : 'calibration.scored',
        entityType: 'calibration_session',
        entityId: id,
        after: { interactionId, answered: body.answers.length },
      });
      return sessionOut(trx, actor, id);
    });
  }

  async function move(actor: Actor, id: string, action: 'reveal' | 'close'): Promise<CalibrationSession> {
    return db.transaction().execute(async (trx) => {
      const row = await guard(trx, actor, id, action);
      const to = action === 'reveal' ? 'revealed' : 'closed';
      await calibrationRepository(trx).setStatus(id, row.status, to, clock.now());
      await audit.record(trx, actor, {
        action: action === 'reveal' ? 'calibration.revealed' : 'calibration.closed',
        entityType: 'calibration_session',
        entityId: id,
        before: { status: row.status },
        after: { status: to },
      });
      // Its assessors' certifications now due (#12 item 6).
      await certification.afterCalibration(trx, actor, id);
      return sessionOut(trx, actor, id);
    });
  }

  return {
    async listSessions(actor: Actor): Promise<CalibrationSessionSummary[]> {
      const rows = await calibrationRepository(db).listFor(actor.userId);
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        scorecard: {
          id: r.scorecardId,
          code: r.scorecardCode,
          titleEn: r.scorecardTitleEn,
          titleZh: r.scorecardTitleZh,
        },
        leadName: r.leadName,
        lead: r.leadUserId === actor.userId,
        interactions: r.interactionCount,
        assessors: r.assessorCount,
        finished: r.finishedCount,
        createdAt: r.createdAt.toISOString(),
        revealedAt: r.revealedAt?.toISOString() ?? null,
      }));
    },

    async listCandidates(actor: Actor): Promise<CalibrationCandidate[]> {
      enforce(mayLead(actor));
      const users = await calibrationRepository(db).activeUsers();
      return users
        .filter((u) => u.id !== actor.userId && mayScoreRoles(u.roles))
        .map((u) => ({ userId: u.id, name: u.displayName }));
    },

    async createSession(actor: Actor, body: CreateCalibrationBody): Promise<CalibrationSession> {
      enforce(mayLead(actor));
      return db.transaction().execute(async (trx) => {
        const repo = calibrationRepository(trx);
        const scorecard = await repo.scorecard(body.scorecardId);
        if (!scorecard) {
          throw Invalid('scorecard.not_found', 'Unknown scorecard.', [
            { path: '/scorecardId', message: 'not found' },
          ]);
        }
        const users = new Map((await repo.activeUsers(body.assessorUserIds)).map((u) => [u.id, u]));
        const issues = body.assessorUserIds.flatMap((uid, i) => {
          const u = users.get(uid);
          if (uid === actor.userId) {
            return [{ path: `/assessorUserIds/${i}`, message: 'the lead is not an assessor' }];
          }
          if (!u || !mayScoreRoles(u.roles)) {
            return [{ path: `/assessorUserIds/${i}`, message: 'may not score' }];
          }
          return [];
        });
        if (issues.length) {
          throw Invalid(
            'calibration.invalid_assessor',
            'Every assessor must be someone else who may score.',
            issues,
          );
        }
        const labels = body.interactions.map((l) => l.trim());
        if (new Set(labels).size !== labels.length || labels.some((l) => !l)) {
          throw Invalid('validation', 'Each interaction needs its own label.', [
            { path: '/interactions', message: 'labels must be distinct' },
          ]);
        }
        const id = await repo.insertSession({
          scorecardId: body.scorecardId,
          leadUserId: actor.userId,
          title: body.title.trim(),
          interactions: labels,
          assessorUserIds: body.assessorUserIds,
          now: clock.now(),
        });
        await audit.record(trx, actor, {
          action: 'calibration.created',
          entityType: 'calibration_session',
          entityId: id,
          after: {
            scorecardId: body.scorecardId,
            title: body.title.trim(),
            interactions: labels.length,
            assessorUserIds: body.assessorUserIds,
          },
        });
        return sessionOut(trx, actor, id);
      });
    },

    async getSession(actor: Actor, id: string): Promise<CalibrationSession> {
      return sessionOut(db, actor, id);
    },

    score(actor: Actor, id: string, interactionId: string, body: CalibrationAnswersBody) {
      return saveAnswers(actor, id, interactionId, body, false);
    },

    setBenchmark(actor: Actor, id: string, interactionId: string, body: CalibrationAnswersBody) {
      return saveAnswers(actor, id, interactionId, body, true);
    },

    async finish(actor: Actor, id: string): Promise<CalibrationSession> {
      return db.transaction().execute(async (trx) => {
        await guard(trx, actor, id, 'finish');
        await calibrationRepository(trx).setFinished(id, actor.userId, clock.now());
        await audit.record(trx, actor, {
          action: 'calibration.finished',
          entityType: 'calibration_session',
          entityId: id,
        });
        return sessionOut(trx, actor, id);
      });
    },

    reveal: (actor: Actor, id: string) => move(actor, id, 'reveal'),
    close: (actor: Actor, id: string) => move(actor, id, 'close'),
  };
}

export type CalibrationService = ReturnType<typeof createCalibrationService>;
