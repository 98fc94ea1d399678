import type { Kysely } from 'kysely';
import {
  permissionsOf,
  type CertificationOverview,
  type CertificationRecord,
  type CertificationRow,
  type CertificationSettings,
  type EvaluationCertificationMark,
  type GrantCertificationBody,
  type RevokeCertificationBody,
  type UpdateCertificationSettingsBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor, AnyActor } from '../../access/actor.js';
import { systemActor } from '../../access/actor.js';
import { enforce } from '../../access/policy.js';
import { localDate } from '../../lib/calendar.js';
import { certificationExpiringMail, mailLang } from '../../lib/mail-text.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { certificationRepository } from './certification.repository.js';
import {
  addMonths,
  automaticGrant,
  certificationAbilities,
  certificationStatus,
  countsUnderPolicy,
  decideCertification,
  isCertified,
  maySetSettings,
  missingFor,
  passesThreshold,
  seesAll,
} from './certification.policy.js';
import { assessorResults } from './certification.results.js';

const DAY = 86_400_000;
const mayScore = (roles: Parameters<typeof permissionsOf>[0]) =>
  permissionsOf(roles).has('assessments.score');
const key = (userId: string, code: string) => `${userId}|${code}`;

type Repo = ReturnType<typeof certificationRepository>;
type CertRow = Awaited<ReturnType<Repo['certifications']>>[number];
type SettingsRow = Awaited<ReturnType<Repo['settings']>>;

function settingsOut(s: SettingsRow): CertificationSettings {
  return {
    assessorCourseId: s.assessorCourseId,
    assessorCourseTitleEn: s.courseTitleEn,
    assessorCourseTitleZh: s.courseTitleZh,
    minAlpha: s.certMinAlpha,
    maxBiasPoints: s.certMaxBiasPoints,
    validityMonths: s.certValidityMonths,
    reminderDays: s.certReminderDays,
    uncertifiedPolicy: s.uncertifiedPolicy,
  };
}

function recordOut(c: CertRow): CertificationRecord {
  return {
    id: c.id,
    source: c.source,
    grantedAt: c.grantedAt.toISOString(),
    expiresAt: c.expiresAt.toISOString(),
    courseCompletedAt: c.courseCompletedAt?.toISOString() ?? null,
    calibrationSessionId: c.calibrationSessionId,
    calibrationSessionTitle: c.sessionTitle,
    alpha: c.alpha,
    biasPoints: c.biasPoints,
    reason: c.reason,
    grantedByName: c.grantedByName,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revokeReason: c.revokeReason,
  };
}

/** The latest certification of each assessor and family: the one granted last. */
function latestOf(certs: readonly CertRow[]): Map<string, CertRow> {
  const out = new Map<string, CertRow>();
  for (const c of certs) out.set(key(c.userId, c.scorecardCode), c); // ordered by grant
  return out;
}

/**
 * Assessor certification (#12 item 6). An assessor is certified for a scorecard family once they
 * completed the organisation's assessor course and a revealed calibration session on that scorecard
 * gave them a result past the threshold (the calibration feature's figures: certification.results.ts);
 * the grant is made on its own when the session is revealed or closed, when the course is completed,
 * when an evaluation of theirs is submitted or released, when the settings change and on the hourly
 * run (`remind`), and a lead may grant or revoke with a reason. Every grant and revocation is audited.
 * An evaluation records whether its assessor was certified at submit and at release; under the
 * 'not_counted' policy an uncertified assessor's released evaluation makes no observation.
 */
export function createCertificationService(deps: FeatureDeps) {
  const { db, audit, clock, access, notifications, mailer, calendar, publicUrl } = deps;

  /** Each assessor's result in each revealed session (of these users, or this session). */
  async function sessionResults(trx: Kysely<DB>, userIds?: readonly string[], sessionId?: string) {
    const repo = certificationRepository(trx);
    const sessions = await repo.revealedSessions(userIds, sessionId);
    const sids = sessions.map((s) => s.id);
    if (!sids.length) return [];
    const [interactions, assessors, scores] = await Promise.all([
      repo.interactions(sids),
      repo.sessionAssessors(sids),
      repo.scores(sids),
    ]);
    return sessions.map((s) => ({
      ...s,
      results: assessorResults({
        sessionId: s.id,
        sections: s.sections,
        interactionIds: interactions.filter((i) => i.sessionId === s.id).map((i) => i.id),
        assessors: assessors.filter((a) => a.sessionId === s.id),
        scores: scores.filter((r) => r.sessionId === s.id),
        revealedAt: s.revealedAt,
      }),
    }));
  }

  /** Makes the automatic grants now due (of these users, or from this session); returns how many. */
  async function sync(
    trx: Kysely<DB>,
    actor: AnyActor,
    opts: { userIds?: readonly string[]; sessionId?: string } = {},
  ): Promise<number> {
    const repo = certificationRepository(trx);
    const s = await repo.settings();
    if (!s.assessorCourseId) return 0;
    const now = clock.now();
    const users = (await repo.activeUsers(opts.userIds)).filter((u) => mayScore(u.roles) && u.personId);
    if (!users.length) return 0;
    const completions = new Map(
      (
        await repo.completions(
          s.assessorCourseId,
          users.map((u) => u.personId!),
        )
      ).map((c) => [c.personId, c.completedAt ? new Date(c.completedAt as Date) : null]),
    );
    const byId = new Map(users.map((u) => [u.id, u]));
    let granted = 0;
    for (const session of await sessionResults(trx, opts.userIds, opts.sessionId)) {
      for (const [userId, result] of session.results) {
        const u = byId.get(userId);
        if (!u) continue;
        const courseCompletedAt = completions.get(u.personId!) ?? null;
        const g = automaticGrant(
          {
            courseCompletedAt,
            revealedAt: session.revealedAt,
            result,
            threshold: { minAlpha: s.certMinAlpha, maxBiasPoints: s.certMaxBiasPoints },
            validityMonths: s.certValidityMonths,
          },
          now,
        );
        if (!g) continue;
        const id = await repo.insertCertification({
          userId,
          scorecardCode: session.code,
          source: 'automatic',
          grantedAt: g.grantedAt,
          expiresAt: g.expiresAt,
          courseCompletedAt,
          calibrationSessionId: session.id,
          alpha: result.alpha,
          biasPoints: result.biasPoints,
          reason: null,
          grantedBy: null,
          createdAt: now,
        });
        if (!id) continue;
        granted++;
        await audit.record(trx, actor, {
          action: 'certification.granted',
          entityType: 'assessor_certification',
          entityId: id,
          after: {
            userId,
            scorecardCode: session.code,
            source: 'automatic',
            grantedAt: g.grantedAt,
            expiresAt: g.expiresAt,
            courseCompletedAt,
            calibrationSessionId: session.id,
            alpha: result.alpha,
            biasPoints: result.biasPoints,
          },
        });
      }
    }
    return granted;
  }

  /** Is the user certified for the family at `now`, and by which certification? */
  async function certifiedNow(trx: Kysely<DB>, userId: string, code: string, reminderDays: number) {
    const latest = latestOf(await certificationRepository(trx).certifications([userId])).get(
      key(userId, code),
    );
    const status = certificationStatus(latest ?? null, clock.now(), reminderDays);
    return { certified: isCertified(status), certificationId: latest?.id ?? null };
  }

  async function overview(actor: Actor): Promise<CertificationOverview> {
    const repo = certificationRepository(db);
    const s = await repo.settings();
    const now = clock.now();
    const all = seesAll(actor);
    const userIds = all ? undefined : [actor.userId];
    const users = (await repo.activeUsers(userIds)).filter((u) => mayScore(u.roles));
    const families = new Map<string, { titleEn: string; titleZh: string; active: boolean }>();
    for (const f of await repo.families()) {
      const had = families.get(f.code);
      if (!had) families.set(f.code, { titleEn: f.titleEn, titleZh: f.titleZh, active: f.active });
      else if (f.active) had.active = true;
    }
    const certs = await repo.certifications(userIds);
    const latest = latestOf(certs);
    const completions = s.assessorCourseId
      ? new Map(
          (await repo.completions(s.assessorCourseId)).map((c) => [
            c.personId,
            c.completedAt ? new Date(c.completedAt as Date) : null,
          ]),
        )
      : new Map<string, Date | null>();
    const threshold = { minAlpha: s.certMinAlpha, maxBiasPoints: s.certMaxBiasPoints };
    const best = new Map<string, { passed: boolean; alpha: number | null; bias: number | null }>();
    for (const session of await sessionResults(db, userIds)) {
      for (const [userId, r] of session.results) {
        const k = key(userId, session.code);
        const b = best.get(k) ?? { passed: false, alpha: null, bias: null };
        best.set(k, {
          passed: b.passed || passesThreshold(threshold, r),
          alpha: r.alpha !== null && (b.alpha === null || r.alpha > b.alpha) ? r.alpha : b.alpha,
          bias:
            r.biasPoints !== null && (b.bias === null || Math.abs(r.biasPoints) < Math.abs(b.bias))
              ? r.biasPoints
              : b.bias,
        });
      }
    }
    const rows: CertificationRow[] = [];
    for (const u of users) {
      const courseAt = u.personId ? (completions.get(u.personId) ?? null) : null;
      for (const [code, f] of families) {
        const k = key(u.id, code);
        const cur = latest.get(k) ?? null;
        if (!f.active && !cur) continue;
        const b = best.get(k);
        const facts = { userId: u.id, revoked: (cur?.revokedAt ?? null) !== null, exists: cur !== null };
        rows.push({
          userId: u.id,
          assessorName: u.displayName,
          scorecardCode: code,
          scorecardTitleEn: f.titleEn,
          scorecardTitleZh: f.titleZh,
          status: certificationStatus(cur, now, s.certReminderDays),
          current: cur ? recordOut(cur) : null,
          missing: missingFor(courseAt !== null, b?.passed ?? false),
          courseCompletedAt: courseAt?.toISOString() ?? null,
          bestAlpha: b?.alpha ?? null,
          bestBiasPoints: b?.bias ?? null,
          history: certs.filter((c) => c.userId === u.id && c.scorecardCode === code).map(recordOut),
          abilities: certificationAbilities(actor, facts),
        });
      }
    }
    return { settings: settingsOut(s), rows, all };
  }

  const link = (path: string) => (publicUrl ? `${publicUrl.replace(/\/$/, '')}${path}` : null);

  return {
    overview,

    async getSettings(_actor: Actor): Promise<CertificationSettings> {
      return settingsOut(await certificationRepository(db).settings());
    },

    async updateSettings(
      actor: Actor,
      body: UpdateCertificationSettingsBody,
    ): Promise<CertificationSettings> {
      enforce(maySetSettings(actor));
      return db.transaction().execute(async (trx) => {
        const repo = certificationRepository(trx);
        const before = await repo.settings();
        if (body.assessorCourseId) {
          const c = await repo.course(body.assessorCourseId);
          if (!c || !c.active) {
            throw Invalid('certification.invalid_course', 'Choose an active course of the catalogue.', [
              { path: '/assessorCourseId', message: 'not an active course' },
            ]);
          }
        }
        const next = {
          assessorCourseId:
            body.assessorCourseId !== undefined ? body.assessorCourseId : before.assessorCourseId,
          certMinAlpha: body.minAlpha !== undefined ? body.minAlpha : before.certMinAlpha,
          certMaxBiasPoints: body.maxBiasPoints !== undefined ? body.maxBiasPoints : before.certMaxBiasPoints,
          certValidityMonths: body.validityMonths ?? before.certValidityMonths,
          certReminderDays: body.reminderDays ?? before.certReminderDays,
          uncertifiedPolicy: body.uncertifiedPolicy ?? before.uncertifiedPolicy,
        };
        await repo.updateSettings({ ...next, updatedAt: clock.now() });
        await audit.record(trx, actor, {
          action: 'certification_settings.updated',
          entityType: 'assessment_setting',
          entityId: null,
          before: settingsOut(before),
          after: next,
        });
        await sync(trx, actor);
        return settingsOut(await repo.settings());
      });
    },

    async grant(actor: Actor, body: GrantCertificationBody): Promise<CertificationRecord> {
      enforce(decideCertification(actor, 'grant', { userId: body.userId, revoked: false, exists: false }));
      return db.transaction().execute(async (trx) => {
        const repo = certificationRepository(trx);
        const s = await repo.settings();
        const [u] = await repo.activeUsers([body.userId]);
        if (!u || !mayScore(u.roles)) {
          throw Invalid('validation', 'Only an active user who may score can be certified.', [
            { path: '/userId', message: 'may not score' },
          ]);
        }
        if (!(await repo.scorecardCodeExists(body.scorecardCode))) {
          throw Invalid('scorecard.not_found', 'Unknown scorecard.', [
            { path: '/scorecardCode', message: 'not found' },
          ]);
        }
        const now = clock.now();
        const completion =
          s.assessorCourseId && u.personId
            ? (await repo.completions(s.assessorCourseId, [u.personId]))[0]
            : undefined;
        const courseCompletedAt = completion?.completedAt ? new Date(completion.completedAt as Date) : null;
        const expiresAt = addMonths(now, s.certValidityMonths);
        const reason = body.reason.trim();
        const id = (await repo.insertCertification({
          userId: u.id,
          scorecardCode: body.scorecardCode,
          source: 'manual',
          grantedAt: now,
          expiresAt,
          courseCompletedAt,
          calibrationSessionId: null,
          alpha: null,
          biasPoints: null,
          reason,
          grantedBy: actor.userId,
          createdAt: now,
        }))!;
        await audit.record(trx, actor, {
          action: 'certification.granted',
          entityType: 'assessor_certification',
          entityId: id,
          after: { userId: u.id, scorecardCode: body.scorecardCode, source: 'manual', expiresAt, reason },
        });
        const row = (await repo.certifications([u.id])).find((c) => c.id === id)!;
        return recordOut(row);
      });
    },

    async revoke(actor: Actor, id: string, body: RevokeCertificationBody): Promise<CertificationRecord> {
      return db.transaction().execute(async (trx) => {
        const repo = certificationRepository(trx);
        const row = await repo.certificationForUpdate(id);
        if (!row) throw NotFound('certification.not_found');
        enforce(
          decideCertification(actor, 'revoke', {
            userId: row.userId,
            revoked: row.revokedAt !== null,
            exists: true,
          }),
        );
        const reason = body.reason.trim();
        await repo.revoke(id, { revokedAt: clock.now(), revokedBy: actor.userId, revokeReason: reason });
        await audit.record(trx, actor, {
          action: 'certification.revoked',
          entityType: 'assessor_certification',
          entityId: id,
          before: { revokedAt: null },
          after: { userId: row.userId, scorecardCode: row.scorecardCode, reason },
        });
        return recordOut((await repo.certifications([row.userId])).find((c) => c.id === id)!);
      });
    },

    /** Marks of evaluations the actor may see the mark of: their own as assessor, a lead's, their reports'. */
    async evaluationMarks(actor: Actor, idsCsv: string): Promise<EvaluationCertificationMark[]> {
      const ids = [...new Set(idsCsv.split(',').map((x) => x.toLowerCase()))];
      const rows = await certificationRepository(db).marks(ids);
      const lead = seesAll(actor);
      const rel = lead
        ? new Map()
        : await access.relationsTo(actor, [...new Set(rows.map((r) => r.personId))]);
      return rows
        .filter((r) => lead || r.assessorUserId === actor.userId || rel.get(r.personId) === 'visible')
        .map((r) => ({
          evaluationId: r.evaluationId,
          certified: r.certified,
          counted: r.counted,
          stage: r.stage,
          recordedAt: r.recordedAt.toISOString(),
        }));
    },

    /**
     * Records, in the evaluation's transaction, whether its assessor is certified for its scorecard
     * now (making any automatic grant now due first), and whether it counts under the policy.
     * The assessments service calls it at submit and release; a release that does not count makes no observation.
     */
    async recordEvaluation(
      trx: Kysely<DB>,
      actor: AnyActor,
      evaluationId: string,
      stage: 'submitted' | 'released',
    ): Promise<{ certified: boolean; counted: boolean }> {
      const repo = certificationRepository(trx);
      const ev = await repo.evaluation(evaluationId);
      if (!ev) return { certified: true, counted: true };
      await sync(trx, actor, { userIds: [ev.assessorUserId] });
      const s = await repo.settings();
      const { certified, certificationId } = await certifiedNow(
        trx,
        ev.assessorUserId,
        ev.code,
        s.certReminderDays,
      );
      const counted = countsUnderPolicy(certified, s.uncertifiedPolicy);
      await repo.saveMark({
        evaluationId,
        certified,
        counted,
        certificationId,
        stage,
        recordedAt: clock.now(),
      });
      await audit.record(trx, actor, {
        action: 'evaluation.certification_recorded',
        entityType: 'evaluation',
        entityId: evaluationId,
        subjectPersonId: ev.personId,
        after: { stage, certified, counted, certificationId, policy: s.uncertifiedPolicy },
      });
      return { certified, counted };
    },

    /** Does the released evaluation count (no mark: it does)? */
    async counts(trx: Kysely<DB>, evaluationId: string): Promise<boolean> {
      return (await certificationRepository(trx).mark(evaluationId))?.counted ?? true;
    },

    /** After a calibration session is revealed or closed: its assessors' grants now due. */
    afterCalibration: (trx: Kysely<DB>, actor: AnyActor, sessionId: string) =>
      sync(trx, actor, { sessionId }),

    /** After someone completes a course: their grants now due (when it is the assessor course). */
    async afterCourse(trx: Kysely<DB>, actor: AnyActor, personId: string): Promise<number> {
      const users = (await certificationRepository(trx).activeUsers()).filter((u) => u.personId === personId);
      return users.length ? sync(trx, actor, { userIds: users.map((u) => u.id) }) : 0;
    },

    /**
     * The hourly run: grants now due, then a reminder of each certification ending within the lead
     * days to its assessor and its lead (the lead who granted it, else the session's lead): in-app, and
     * by e-mail to those who want reminders, each in their own language. One per certification per lead
     * period (reminder_sent keyed by the end date), however often it runs.
     */
    async remind(now: Date = clock.now()): Promise<{ granted: number; reminders: number; mails: number }> {
      const actor = systemActor('certification reminders');
      const granted = await db.transaction().execute((trx) => sync(trx, actor));
      const repo = certificationRepository(db);
      const s = await repo.settings();
      const until = new Date(now.getTime() + s.certReminderDays * DAY);
      const titles = new Map<string, { en: string; zh: string }>();
      for (const f of await repo.families()) {
        if (!titles.has(f.code)) titles.set(f.code, { en: f.titleEn, zh: f.titleZh });
      }
      const out = { granted, reminders: 0, mails: 0 };
      for (const c of await repo.expiring(now, until)) {
        const on = localDate(c.expiresAt, calendar.zone);
        const title = titles.get(c.scorecardCode) ?? { en: c.scorecardCode, zh: c.scorecardCode };
        const mails = await db.transaction().execute(async (trx) => {
          const r = certificationRepository(trx);
          if (!(await r.claimReminder('certification_expiring', c.id, on, now))) return null;
          const lead = c.grantedBy ?? c.sessionLeadUserId;
          const users = await r.usersById([...new Set([c.userId, ...(lead ? [lead] : [])])]);
          for (const u of users) {
            await notifications.notify(trx, u.id, {
              kind: 'reminder.certification_expiring',
              entityType: 'assessor_certification',
              entityId: c.id,
              data: {
                title: u.locale === 'zh-Hant' ? title.zh : title.en,
                name: c.assessorName,
                expiresOn: on,
                userId: c.userId,
                scorecardCode: c.scorecardCode,
              },
            });
          }
          return users
            .filter((u) => u.emailReminders)
            .map((u) => ({
              to: u.email,
              ...certificationExpiringMail(mailLang(u.locale), {
                assessor: c.assessorName,
                title: { en: title.en, zh: title.zh },
                endsOn: on,
                link: link('/certification'),
              }),
            }));
        });
        if (mails === null) continue;
        out.reminders++;
        for (const m of mails) {
          try {
            await mailer.send(m);
            out.mails++;
          } catch {
            // Best effort: the in-app notification is committed.
          }
        }
      }
      return out;
    },
  };
}

export type CertificationService = ReturnType<typeof createCertificationService>;
