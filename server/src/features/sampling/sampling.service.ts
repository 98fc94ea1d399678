import type { Kysely } from 'kysely';
import {
  SAMPLING_ALTERNATIVES,
  type CreateSamplingPlanBody,
  type DrawSampleBody,
  type QaQueue,
  type SampleItem,
  type SamplingCandidate,
  type SamplingDraw,
  type SamplingPlan,
  type SamplingPlanSummary,
  type SamplingPrecision,
  type SamplingPrecisionQuery,
  type SamplingPeriodQuery,
  type UpdateSamplingPlanBody,
} from '@frontline/contract';
import type { DB, SamplingDrawPerson } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { enforce } from '../../access/policy.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { seededRandom } from '../../lib/stats/random.js';
import {
  halfWidth95,
  periodOf,
  periodRange,
  pooledWithinSd,
  stratifiedSample,
  Z95,
} from '../../lib/stats/sampling.js';
import type { FeatureDeps } from '../feature-deps.js';
import { samplingRepository, type SamplingRepository } from './sampling.repository.js';
import { mayAssess, mayBeAssigned, mayDraw, mayManageSampling, mayOpenQueue } from './sampling.policy.js';

/** The spread assumed (points) when the organisation has too few released evaluations to measure it. */
export const ASSUMED_SD = 15;
/** Released evaluations needed (and degrees of freedom within people) before the spread is measured. */
export const MIN_EVALUATIONS = 20;
const MIN_DF = 10;

/** A 32-bit seed from the plan and the period (FNV-1a), so a draw without a seed is still repeatable. */
export function defaultSeed(planId: string, period: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${planId}|${period}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

type PlanRow = NonNullable<Awaited<ReturnType<SamplingRepository['findPlan']>>>;
type ItemRow = Awaited<ReturnType<SamplingRepository['items']>>[number];

/**
 * QA sampling (#12 item 3): plans of n evaluations per person per period on a QA scorecard; a
 * period's draw (once per plan and period: drawing again answers the same draw) of each person's
 * imported interactions, stratified by channel with the seeded random, assigned round-robin to the
 * plan's assessors who may score the person (never the person themself); the assessor's queue; and
 * the precision in words (lib/stats/sampling.ts). Every change is audited in its transaction.
 */
export function createSamplingService(deps: FeatureDeps) {
  const { db, audit, clock, calendar } = deps;

  async function precisionOf(trx: Kysely<DB>, scorecardCode: string, n: number): Promise<SamplingPrecision> {
    const groups = await samplingRepository(trx).releasedScores(scorecardCode);
    const evaluations = groups.reduce((s, g) => s + g.length, 0);
    const pooled = evaluations >= MIN_EVALUATIONS ? pooledWithinSd(groups, MIN_DF) : null;
    const sd = pooled?.sd ?? ASSUMED_SD;
    const row = (k: number) => ({ n: k, halfWidth: halfWidth95(sd, k) });
    return {
      ...row(n),
      alternatives: [...new Set([...SAMPLING_ALTERNATIVES, n])].sort((a, b) => a - b).map(row),
      sd,
      sdSource: pooled ? 'observed' : 'assumed',
      evaluations,
      people: groups.length,
      z: Z95,
    };
  }

  async function summaries(trx: Kysely<DB>, rows: PlanRow[]): Promise<SamplingPlanSummary[]> {
    const assessors = await samplingRepository(trx).assessorsOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      scorecard: {
        id: r.scorecardId,
        code: r.scorecardCode,
        version: r.scorecardVersion,
        titleEn: r.scorecardTitleEn,
        titleZh: r.scorecardTitleZh,
      },
      perPerson: r.perPerson,
      periodKind: r.periodKind,
      orgUnit: r.orgUnitId
        ? { id: r.orgUnitId, nameEn: r.unitNameEn ?? '', nameZh: r.unitNameZh ?? r.unitNameEn ?? '' }
        : null,
      channels: r.channels,
      active: r.active,
      assessors: assessors.filter((a) => a.planId === r.id).map((a) => ({ userId: a.userId, name: a.name })),
      createdAt: r.createdAt.toISOString(),
    }));
  }

  function itemOut(r: ItemRow): SampleItem {
    return {
      id: r.id,
      person: { id: r.personId, nameEn: r.personNameEn, nameZh: r.personNameZh ?? r.personNameEn },
      assessor: r.assessorUserId ? { userId: r.assessorUserId, name: r.assessorName ?? '' } : null,
      channel: r.channel,
      interactionKey: r.interactionKey,
      batchId: r.batchId,
      occurredOn: r.occurredOn,
      dueOn: r.periodEnd,
      evaluation:
        r.evaluationId && r.evaluationStatus ? { id: r.evaluationId, status: r.evaluationStatus } : null,
      done: r.done,
    };
  }

  function progress(items: readonly { done: boolean }[]) {
    return { done: items.filter((i) => i.done).length, planned: items.length };
  }

  async function drawOut(trx: Kysely<DB>, planId: string, period: string): Promise<SamplingDraw | null> {
    const repo = samplingRepository(trx);
    const d = await repo.findDraw(planId, period);
    if (!d) return null;
    const items = (await repo.items({ drawIds: [d.id] })).map(itemOut);
    const people = await repo.planPeopleByIds(d.people.map((p) => p.personId));
    const names = new Map(people.map((p) => [p.id, p]));
    const byAssessor = new Map<string, { userId: string | null; name: string | null; items: SampleItem[] }>();
    for (const it of items) {
      const k = it.assessor?.userId ?? '';
      const e = byAssessor.get(k) ?? {
        userId: it.assessor?.userId ?? null,
        name: it.assessor?.name ?? null,
        items: [],
      };
      e.items.push(it);
      byAssessor.set(k, e);
    }
    return {
      id: d.id,
      period: d.period,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      seed: Number(d.seed),
      perPerson: d.perPerson,
      drawnAt: d.drawnAt.toISOString(),
      drawnBy: d.drawnByName,
      progress: progress(items),
      people: d.people.map((p) => {
        const mine = items.filter((i) => i.person.id === p.personId);
        const n = names.get(p.personId);
        return {
          personId: p.personId,
          nameEn: n?.nameEn ?? '',
          nameZh: n?.nameZh ?? n?.nameEn ?? '',
          available: p.available,
          planned: p.planned,
          drawn: p.drawn,
          done: mine.filter((i) => i.done).length,
          unassigned: mine.filter((i) => i.assessor === null).length,
        };
      }),
      assessors: [...byAssessor.values()]
        .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'))
        .map((a) => ({ userId: a.userId, name: a.name, ...progress(a.items) })),
      items,
    };
  }

  async function planOut(trx: Kysely<DB>, id: string, period?: string): Promise<SamplingPlan> {
    const repo = samplingRepository(trx);
    const row = await repo.findPlan(id);
    if (!row) throw NotFound('sampling.not_found');
    const [summary] = await summaries(trx, [row]);
    const currentPeriod = periodOf(calendar.today(), row.periodKind);
    const periods = await repo.periods(id);
    // Without a period asked for: the current one once drawn, until then the latest drawn (so on the
    // first day of a month the lead still sees last month's work, and the current period to draw).
    const shown = period ?? (periods.includes(currentPeriod) ? currentPeriod : (periods[0] ?? currentPeriod));
    return {
      ...summary!,
      precision: await precisionOf(trx, row.scorecardCode, row.perPerson),
      currentPeriod,
      draw: await drawOut(trx, id, shown),
      periods,
    };
  }

  /** Checks the scorecard (an active QA one), the unit and the assessors; 400 and nothing changed. */
  async function checkPlan(
    repo: SamplingRepository,
    body: { scorecardId?: string; orgUnitId?: string | null; assessorUserIds?: readonly string[] },
  ) {
    if (body.scorecardId !== undefined) {
      const card = await repo.scorecard(body.scorecardId);
      if (!card || !card.active || card.kind !== 'qa_interaction') {
        throw Invalid('scorecard.not_found', 'No such active QA scorecard.', [
          { path: '/scorecardId', message: 'not found' },
        ]);
      }
    }
    if (body.orgUnitId && !(await repo.unitExists(body.orgUnitId))) {
      throw Invalid('org_unit.not_found', 'Unknown unit.', [{ path: '/orgUnitId', message: 'not found' }]);
    }
    if (body.assessorUserIds) {
      const users = await repo.activeUsers(body.assessorUserIds);
      const ok = new Set(users.filter(mayAssess).map((u) => u.id));
      const bad = body.assessorUserIds.flatMap((u, i) => (ok.has(u) ? [] : [i]));
      if (bad.length) {
        throw Invalid(
          'sampling.invalid_assessor',
          'Each assessor must be an active user who may score.',
          bad.map((i) => ({ path: `/assessorUserIds/${i}`, message: 'not an assessor' })),
        );
      }
    }
  }

  return {
    async listPlans(actor: Actor): Promise<SamplingPlanSummary[]> {
      enforce(mayManageSampling(actor));
      return summaries(db, await samplingRepository(db).listPlans());
    },

    async listAssessors(actor: Actor): Promise<SamplingCandidate[]> {
      enforce(mayManageSampling(actor));
      const users = await samplingRepository(db).activeUsers();
      return users.filter(mayAssess).map((u) => ({ userId: u.id, name: u.displayName }));
    },

    async precision(actor: Actor, q: SamplingPrecisionQuery): Promise<SamplingPrecision> {
      enforce(mayManageSampling(actor));
      const card = await samplingRepository(db).scorecard(q.scorecardId);
      if (!card) {
        throw Invalid('scorecard.not_found', 'No such scorecard.', [
          { path: '/scorecardId', message: 'not found' },
        ]);
      }
      return precisionOf(db, card.code, q.perPerson ?? 4);
    },

    async getPlan(actor: Actor, id: string, q: SamplingPeriodQuery): Promise<SamplingPlan> {
      enforce(mayManageSampling(actor));
      return planOut(db, id, q.period);
    },

    async createPlan(actor: Actor, body: CreateSamplingPlanBody): Promise<SamplingPlan> {
      enforce(mayManageSampling(actor));
      return db.transaction().execute(async (trx) => {
        const repo = samplingRepository(trx);
        await checkPlan(repo, body);
        const { id } = await repo.insertPlan({
          title: body.title,
          scorecardId: body.scorecardId,
          perPerson: body.perPerson,
          periodKind: body.periodKind,
          orgUnitId: body.orgUnitId ?? null,
          channels: body.channels ?? [],
          createdBy: actor.userId,
          now: clock.now(),
        });
        await repo.replaceAssessors(id, body.assessorUserIds);
        await audit.record(trx, actor, {
          action: 'sampling.plan_created',
          entityType: 'sampling_plan',
          entityId: id,
          after: { ...body, channels: body.channels ?? [], orgUnitId: body.orgUnitId ?? null },
        });
        return planOut(trx, id);
      });
    },

    async updatePlan(actor: Actor, id: string, body: UpdateSamplingPlanBody): Promise<SamplingPlan> {
      enforce(mayManageSampling(actor));
      return db.transaction().execute(async (trx) => {
        const repo = samplingRepository(trx);
        const before = await repo.lockPlan(id);
        if (!before) throw NotFound('sampling.not_found');
        await checkPlan(repo, body);
        const beforeAssessors = (await repo.assessorsOf([id])).map((a) => a.userId);
        const { assessorUserIds, ...fields } = body;
        await repo.updatePlan(id, { ...fields, now: clock.now() });
        if (assessorUserIds) await repo.replaceAssessors(id, assessorUserIds);
        await audit.record(trx, actor, {
          action: 'sampling.plan_updated',
          entityType: 'sampling_plan',
          entityId: id,
          before: {
            title: before.title,
            perPerson: before.perPerson,
            periodKind: before.periodKind,
            orgUnitId: before.orgUnitId,
            channels: before.channels,
            active: before.active,
            assessorUserIds: beforeAssessors,
          },
          after: body,
        });
        return planOut(trx, id);
      });
    },

    /**
     * Draws the period's sample once: for each person of the plan, n of their imported interactions in
     * the period at random (stratified by channel; all of them when fewer), each assigned round-robin to
     * an assessor of the plan who may score the person. A second call answers the same draw, unchanged.
     */
    async draw(actor: Actor, id: string, body: DrawSampleBody): Promise<SamplingPlan> {
      return db.transaction().execute(async (trx) => {
        const repo = samplingRepository(trx);
        const plan = await repo.lockPlan(id);
        enforce(mayManageSampling(actor));
        if (!plan) throw NotFound('sampling.not_found');
        const range = periodRange(body.period);
        if (!range || range.kind !== plan.periodKind) {
          throw Invalid(
            'sampling.invalid_period',
            `The period must be a ${plan.periodKind} ('YYYY-MM' or 'YYYY-Www').`,
            [{ path: '/period', message: 'not a period of this plan' }],
          );
        }
        if (await repo.findDraw(id, body.period)) return planOut(trx, id, body.period);
        enforce(mayDraw(actor, plan));
        const seed = body.seed ?? defaultSeed(id, body.period);
        const random = seededRandom(seed);
        const people = await repo.planPeople(plan);
        const interactions = await repo.interactions(
          people.map((p) => p.id),
          range.start,
          range.end,
          plan.channels,
        );
        const assessors = await repo.assessorsOf([id]);
        const coverage = await repo.coverage(id);
        let turn = 0;
        const lines: SamplingDrawPerson[] = [];
        const items: Parameters<SamplingRepository['insertItems']>[0] = [];
        const drawId = (
          await repo.insertDraw({
            planId: id,
            period: body.period,
            periodStart: range.start,
            periodEnd: range.end,
            seed,
            perPerson: plan.perPerson,
            people: [],
            drawnBy: actor.userId,
            now: clock.now(),
          })
        )?.id;
        if (!drawId) return planOut(trx, id, body.period);
        for (const p of people) {
          const own = interactions.filter((i) => i.personId === p.id);
          const drawn = stratifiedSample(own, plan.perPerson, random);
          lines.push({ personId: p.id, available: own.length, planned: plan.perPerson, drawn: drawn.length });
          drawn.forEach((it, position) => {
            // Round-robin over the plan's assessors, skipping those who may not score this person.
            let assessor: string | null = null;
            for (let k = 0; k < assessors.length; k++) {
              const a = assessors[(turn + k) % assessors.length]!;
              if (mayBeAssigned(a, p.id, coverage.get(a.userId))) {
                assessor = a.userId;
                turn = (turn + k + 1) % assessors.length;
                break;
              }
            }
            items.push({
              drawId,
              personId: p.id,
              assessorUserId: assessor,
              channel: it.channel,
              interactionKey: it.key,
              batchId: it.batchId,
              occurredOn: it.occurredOn,
              position,
            });
          });
        }
        await repo.insertItems(items);
        await repo.setDrawPeople(drawId, lines);
        await audit.record(trx, actor, {
          action: 'sampling.drawn',
          entityType: 'sampling_plan',
          entityId: id,
          after: {
            period: body.period,
            seed,
            people: lines.length,
            items: items.length,
            short: lines.filter((l) => l.drawn < l.planned).length,
            unassigned: items.filter((i) => i.assessorUserId === null).length,
          },
        });
        return planOut(trx, id, body.period);
      });
    },

    /**
     * The caller's items of a period (default: the periods holding today, or when none is drawn yet the
     * latest one with items), with progress per person.
     */
    async queue(actor: Actor, q: SamplingPeriodQuery): Promise<QaQueue> {
      enforce(mayOpenQueue(actor));
      const repo = samplingRepository(db);
      const today = calendar.today();
      let draws = await repo.drawsWithItemsFor(
        actor.userId,
        q.period ? { period: q.period } : { day: today },
      );
      if (!q.period && draws.length === 0) {
        // Nothing drawn yet for the periods holding today: the latest period the caller has items in.
        const latest = await repo.latestPeriodWithItemsFor(actor.userId, today);
        if (latest) draws = await repo.drawsWithItemsFor(actor.userId, { period: latest });
      }
      const rows = await repo.items({ drawIds: draws.map((d) => d.id), assessorUserId: actor.userId });
      const items = rows.map((r) => ({
        ...itemOut(r),
        plan: { id: r.planId, title: r.planTitle },
        scorecardId: r.scorecardId,
      }));
      const people = new Map<string, QaQueue['people'][number]>();
      for (const it of items) {
        const e = people.get(it.person.id) ?? {
          personId: it.person.id,
          nameEn: it.person.nameEn,
          nameZh: it.person.nameZh,
          done: 0,
          planned: 0,
        };
        e.planned += 1;
        if (it.done) e.done += 1;
        people.set(it.person.id, e);
      }
      return {
        period: q.period ?? draws[0]?.period ?? periodOf(today, 'month'),
        periodEnd: draws.length
          ? draws
              .map((d) => d.periodEnd)
              .sort()
              .at(-1)!
          : periodRange(periodOf(today, 'month'))!.end,
        progress: progress(items),
        people: [...people.values()].sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
        items,
      };
    },
  };
}

export type SamplingService = ReturnType<typeof createSamplingService>;
