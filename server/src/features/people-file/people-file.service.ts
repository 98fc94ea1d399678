import type { PerformanceFileQuery } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { indicatorRepository, observationRepository } from '../indicators/indicators.repository.js';
import { ratioValue } from '../goals/goal-math.js';
import { peopleRepository } from '../people/people.repository.js';
import { addDays, localDate, startOfLocalDay } from '../../lib/calendar.js';
import { peopleFileRepository } from './people-file.repository.js';
import { createImprovementPlansService } from '../improvement-plans/improvement-plans.service.js';
import { renderCsv, renderPdf, type FileData, type FileLang } from './people-file.render.js';

/**
 * A person's performance file (documented results) as PDF or CSV: goals, indicators over a range
 * (default the last 3 months), feedback, check-ins held (shared notes only), coaching, training,
 * evaluations, improvement plans and signed reviews.
 * The person themself and anyone who sees them may export it; every export is audited.
 */
export function createPeopleFileService(deps: FeatureDeps) {
  const { db, access, audit, clock, calendar, monitoring } = deps;
  const improvementPlans = createImprovementPlansService(deps);

  async function collect(actor: Actor, personId: string, q: PerformanceFileQuery): Promise<FileData> {
    await access.requirePerson(actor, personId);
    const zone = await calendar.zoneOf(personId);
    const today = localDate(clock.now(), zone);
    const startOfDay = (iso: string) => startOfLocalDay(iso, zone);
    const day = (d: Date | null) => (d ? localDate(d, zone) : null);
    const to = q.to ?? today;
    const from = q.from ?? addDays(to, -91);
    if (from > to) {
      throw Invalid('validation', 'The range must have from ≤ to.', [{ path: '/from', message: 'after to' }]);
    }
    const p = await peopleRepository(db).findById(personId);
    if (!p) throw NotFound('person.not_found');
    const repo = peopleFileRepository(db);
    const fromTs = startOfDay(from);
    const toTs = startOfDay(addDays(to, 1));
    const [dash, goals, feedback, checkins, plans, training, evaluations, reviews] = await Promise.all([
      monitoring.person(actor, personId, { from, to, grain: 'month' }),
      repo.goals(personId, from, to),
      repo.feedback(personId, fromTs, toTs),
      repo.heldCheckins(personId, fromTs, toTs),
      repo.coachingPlans(personId, from, to),
      repo.training(personId, fromTs),
      repo.evaluations(personId, from, to),
      repo.signedReviews(personId, from, to),
    ]);
    const sessions = await repo.coachingSessions(plans.map((x) => x.id));
    // Improvement plans that overlap the range (the same visibility as the file: the person, their line, HR).
    const pips = (await improvementPlans.forFile(actor, personId)).filter(
      (x) => x.startsOn <= to && x.endsOn >= from,
    );
    const focusOf = new Map(plans.map((x) => [x.id, x.indicatorName ?? x.focusSkill ?? '']));
    const goalRows = [];
    for (const g of goals) {
      let progress: number | null = null;
      if (g.kind === 'indicator' && g.indicatorId) {
        const ind = await indicatorRepository(db).findById(g.indicatorId);
        const end = g.periodEnd < today ? g.periodEnd : today;
        const [s] = ind ? await observationRepository(db).sums([personId], ind.id, g.periodStart, end) : [];
        progress = s && ind ? ratioValue(Number(s.numerator), Number(s.denominator), ind.scale) : null;
      }
      goalRows.push({
        title: g.title,
        status: g.status,
        target: g.target,
        progress: progress === null ? null : Math.round(progress * 100) / 100,
        period: `${g.periodStart}..${g.periodEnd}`,
      });
    }
    return {
      person: {
        nameEn: `${p.givenNameEn} ${p.familyNameEn}`,
        nameZh: p.nameZh,
        employeeNumber: p.employeeNumber,
        unitEn: p.orgUnitName,
        unitZh: p.orgUnitNameZh,
        roleEn: p.jobRoleName,
        roleZh: p.jobRoleNameZh,
      },
      from,
      to,
      generatedAt: clock.now().toISOString(),
      goals: goalRows,
      indicators: dash.indicators.map((i) => ({
        code: i.indicator.code,
        unit: i.indicator.unit,
        decimals: i.indicator.decimals,
        nameEn: i.indicator.nameEn,
        nameZh: i.indicator.nameZh,
        value: i.figure.value,
        n: i.figure.sample,
        low: i.figure.low,
        high: i.figure.high,
        target: i.figure.target,
        standing: i.figure.standing,
      })),
      feedback: feedback.map((f) => ({
        date: localDate(f.createdAt, zone),
        kind: f.kind,
        body: f.body,
        reply: f.reply,
      })),
      checkins: checkins.map((k) => ({ date: day(k.heldAt) ?? '', sharedNotes: k.sharedNotes })),
      coaching: plans.map((x) => ({
        started: x.startedOn,
        status: x.status,
        focus: x.indicatorName ?? x.focusSkill ?? '',
        goal: x.growGoal,
        outcome: x.outcome,
      })),
      sessions: sessions.map((s) => ({
        date: s.heldOn,
        focus: focusOf.get(s.planId) ?? '',
        notes: s.notes,
        nextSteps: s.nextSteps,
      })),
      improvementPlans: pips.map((x) => ({
        starts: x.startsOn,
        ends: x.endsOn,
        status: x.status,
        reason: x.reason,
        objectives: x.objectives.map((o) =>
          o.kind === 'indicator'
            ? `${o.indicatorCode ?? ''} ${o.target ?? ''}: ${o.description}`
            : `${o.description} (${o.successCriteria ?? ''})`,
        ),
        support: x.support,
        reviews: x.checkpoints
          .filter((c) => c.reviewedAt)
          .map((c) => ({ date: c.dueOn, notes: c.notes ?? '', verdicts: c.progress.map((g) => g.verdict) })),
        outcomeNote: x.outcomeNote,
      })),
      evaluations: evaluations.map((e) => ({
        date: e.occurredOn,
        scorecard: e.titleEn,
        scorecardZh: e.titleZh,
        percent: e.percent,
        criticalFailed: e.result.criticalFailed,
        assessor: e.displayName,
        version: e.version,
      })),
      reviews: reviews.map((r) => {
        const level = r.scale.levels.find((l) => l.value === r.overallRating);
        return {
          cycleEn: r.nameEn,
          cycleZh: r.nameZh,
          periodFrom: r.periodFrom,
          periodTo: r.periodTo,
          overall: r.overallRating,
          overallLabelEn: level?.labelEn ?? null,
          overallLabelZh: level?.labelZh ?? null,
          managerSigned: day(r.managerSignedAt),
          personSigned: day(r.personSignedAt),
          personDisagrees: r.personDisagrees,
        };
      }),
      training: training.map((t) => ({
        course: t.titleEn,
        courseZh: t.titleZh,
        status: t.status,
        due: t.dueOn,
        completed: day(t.completedAt),
        score: t.score,
      })),
    };
  }

  async function exported(
    actor: Actor,
    personId: string,
    format: 'pdf' | 'csv',
    d: FileData,
    lang: FileLang,
  ) {
    await db.transaction().execute((trx) =>
      audit.record(trx, actor, {
        action: 'performance_file.exported',
        entityType: 'person',
        entityId: personId,
        subjectPersonId: personId,
        after: { format, from: d.from, to: d.to, lang },
      }),
    );
  }

  const fileName = (d: FileData, ext: string) =>
    `performance-file-${d.person.employeeNumber.replace(/[^A-Za-z0-9_-]/g, '_')}-${d.to}.${ext}`;

  return {
    /** The file's data (also a review's evidence for its period): the person must be visible. */
    collect,
    async pdf(actor: Actor, personId: string, q: PerformanceFileQuery) {
      const d = await collect(actor, personId, q);
      const lang = q.lang ?? 'en';
      const body = await renderPdf(d, lang);
      await exported(actor, personId, 'pdf', d, lang);
      return { body, fileName: fileName(d, 'pdf') };
    },
    async csv(actor: Actor, personId: string, q: PerformanceFileQuery) {
      const d = await collect(actor, personId, q);
      const lang = q.lang ?? 'en';
      const body = renderCsv(d, lang);
      await exported(actor, personId, 'csv', d, lang);
      return { body, fileName: fileName(d, 'csv') };
    },
  };
}
export type PeopleFileService = ReturnType<typeof createPeopleFileService>;
