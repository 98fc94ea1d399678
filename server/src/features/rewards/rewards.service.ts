import type { Kysely } from 'kysely';
import type {
  Award,
  AwardEvidence,
  CreateAwardBody,
  CreateRewardSchemeBody,
  EvaluationResult,
  Leaderboard,
  LeaderboardQuery,
  PersonAwards,
  PointsLeaderboard,
  PointsLeaderboardQuery,
  RewardScheme,
  RewardSchemeQuery,
  UpdateRewardSchemeBody,
} from '@frontline/contract';
import type { DB, RewardSchemeTable } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { FeatureDeps } from '../feature-deps.js';
import type { Selectable } from 'kysely';
import { Conflict, Invalid, NotFound, isUniqueViolation } from '../../lib/errors.js';
import { monitoringRepository } from '../monitoring/monitoring.repository.js';
import { MAX_DATE, MIN_DATE, isDateInRange } from '../../lib/calendar.js';
import { interval, rankWithShrinkage, type GroupSums } from '../../lib/stats/figures.js';
import { recognitionRepository } from '../feedback/feedback.repository.js';
import { unitTree } from '../../access/org-tree.js';
import { meetsRule, rankPoints, schemePeriod } from './reward-rules.js';
import { rewardsRepository } from './rewards.repository.js';
import { mayAward } from './rewards.policy.js';
import { enforce } from '../../access/policy.js';
import { json } from '../../db/json.js';

type SchemeRow = Selectable<RewardSchemeTable>;
type AwardRow = Awaited<ReturnType<ReturnType<typeof rewardsRepository>['award']>>;
type PersonRow = Awaited<ReturnType<ReturnType<typeof rewardsRepository>['people']>>[number];

const ZERO: GroupSums = { num: 0, den: 0, sq: 0, n: 0 };

const toScheme = (s: SchemeRow): RewardScheme => ({
  id: s.id,
  code: s.code,
  nameEn: s.nameEn,
  nameZh: s.nameZh,
  kind: s.kind,
  indicatorId: s.indicatorId,
  comparator: s.comparator,
  threshold: s.threshold,
  minSample: s.minSample,
  period: s.period,
  points: s.points,
  badge: s.badge,
  active: s.active,
  createdAt: s.createdAt.toISOString(),
});

const toAward = (a: AwardRow): Award => ({
  id: a.id,
  schemeId: a.schemeId,
  schemeCode: a.schemeCode,
  schemeName: a.schemeName,
  personId: a.personId,
  personName: a.personName,
  periodStart: a.periodStart,
  periodEnd: a.periodEnd,
  points: a.points,
  badge: a.badge,
  evidence: (a.evidence ?? {}) as AwardEvidence,
  reason: a.reason,
  awardedBy: a.awardedBy,
  createdAt: a.createdAt.toISOString(),
});

const toPerson = (p: PersonRow) => ({
  id: p.id,
  employeeNumber: p.employeeNumber,
  nameEn: `${p.givenNameEn} ${p.familyNameEn}`,
  nameZh: p.nameZh,
  orgUnitName: p.orgUnitName,
});

/**
 * Reward schemes: rules on an indicator (value against a threshold in display units, on at least
 * a minimum sample, per month or quarter) or manual; the awards they give (each shown on the
 * recognition wall); points and badges per person; leaderboards ranked with the dashboards' shrinkage.
 */
export function createRewardsService(deps: FeatureDeps) {
  const { db, access, audit, clock, notifications } = deps;

  async function requireScheme(executor: Kysely<DB>, id: string, lock = false) {
    const repo = rewardsRepository(executor);
    const s = lock ? await repo.schemeForUpdate(id) : await repo.scheme(id);
    if (!s) throw NotFound('reward_scheme.not_found');
    return s;
  }

  /** The people the actor may rank or reward: everyone, or their reports (never themself). */
  async function peopleInScope(actor: Actor, unitId: string | undefined) {
    let unitIds: string[] | null = null;
    if (unitId) {
      const tree = await unitTree(db);
      if (!tree.byId.has(unitId)) throw NotFound('org_unit.not_found');
      unitIds = tree.subtree(unitId);
    }
    const rows = await rewardsRepository(db).people(access.teamScope(actor), unitIds);
    return rows.filter((p) => p.id !== actor.personId);
  }

  async function indicator(id: string, executor: Kysely<DB> = db) {
    const ind = (await monitoringRepository(executor).indicators()).find((i) => i.id === id);
    if (!ind) throw NotFound('indicator.not_found');
    return ind;
  }

  async function totals(
    personIds: string[],
    indicatorId: string,
    from: string,
    to: string,
    executor: Kysely<DB> = db,
  ) {
    const rows = await monitoringRepository(executor).sums(
      personIds.map((personId) => ({ personId, key: personId })),
      from,
      to,
      'quarter',
      [indicatorId],
    );
    const out = new Map<string, GroupSums>();
    for (const r of rows) {
      const g = out.get(r.key) ?? ZERO;
      out.set(r.key, { num: g.num + r.num, den: g.den + r.den, sq: g.sq + r.sq, n: g.n + r.n });
    }
    return out;
  }

  /** Puts an award on the wall (in the person's own unit) and tells the person. */
  async function announce(
    trx: Kysely<DB>,
    award: { id: string; personId: string; points: number; badge: string | null },
    message: string,
    authorUserId: string | null,
  ) {
    const p = await rewardsRepository(trx).announceTarget(award.personId);
    await recognitionRepository(trx).insert({
      personId: award.personId,
      authorUserId,
      orgUnitId: p.orgUnitId,
      message,
      badge: award.badge,
      points: award.points,
      awardId: award.id,
      createdAt: clock.now(),
    });
    await notifications.notify(trx, p.userId, {
      kind: 'award.received',
      entityType: 'award',
      entityId: award.id,
      data: { points: award.points, badge: award.badge },
    });
  }

  const checkRange = (from: string, to: string) => {
    for (const [key, d] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isDateInRange(d)) {
        throw Invalid('validation', `The range must be real dates from ${MIN_DATE} to ${MAX_DATE}.`, [
          { path: `/${key}`, message: `not a date from ${MIN_DATE} to ${MAX_DATE}` },
        ]);
      }
    }
    if (from > to) {
      throw Invalid('validation', 'The range must have from ≤ to.', [
        { path: '/from', message: 'from must not be after to' },
      ]);
    }
  };

  return {
    async list(_actor: Actor, q: RewardSchemeQuery): Promise<RewardScheme[]> {
      return (await rewardsRepository(db).schemes(q.active)).map(toScheme);
    },

    async get(_actor: Actor, id: string): Promise<RewardScheme> {
      return toScheme(await requireScheme(db, id));
    },

    async create(actor: Actor, body: CreateRewardSchemeBody): Promise<RewardScheme> {
      const ind = body.kind === 'rule' ? await indicator(body.indicatorId) : null;
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await rewardsRepository(trx).insertScheme({
            code: body.code,
            nameEn: body.nameEn,
            nameZh: body.nameZh ?? null,
            kind: body.kind,
            indicatorId: body.kind === 'rule' ? body.indicatorId : null,
            comparator: body.kind === 'rule' ? body.comparator : null,
            threshold: body.kind === 'rule' ? body.threshold : null,
            // A rule without its own minimum takes the indicator's.
            minSample: body.kind === 'rule' ? (body.minSample ?? ind?.minSample ?? 0) : null,
            period: body.kind === 'rule' ? body.period : null,
            points: body.points,
            badge: body.badge ?? null,
            createdBy: actor.userId,
            createdAt: clock.now(),
          });
          await audit.record(trx, actor, {
            action: 'reward_scheme.created',
            entityType: 'reward_scheme',
            entityId: row.id,
            after: toScheme(row),
          });
          return toScheme(row);
        });
      } catch (err) {
        if (isUniqueViolation(err, 'reward_scheme_code_key')) {
          throw Conflict('reward_scheme.code_taken', 'Another scheme has this code.');
        }
        throw err;
      }
    },

    async update(actor: Actor, id: string, body: UpdateRewardSchemeBody): Promise<RewardScheme> {
      return db.transaction().execute(async (trx) => {
        const before = await requireScheme(trx, id, true);
        const row = await rewardsRepository(trx).updateScheme(id, {
          ...(body.nameEn !== undefined ? { nameEn: body.nameEn } : {}),
          ...(body.nameZh !== undefined ? { nameZh: body.nameZh } : {}),
          ...(body.points !== undefined ? { points: body.points } : {}),
          ...(body.badge !== undefined ? { badge: body.badge } : {}),
          ...(body.active !== undefined ? { active: body.active } : {}),
        });
        await audit.record(trx, actor, {
          action: 'reward_scheme.updated',
          entityType: 'reward_scheme',
          entityId: id,
          before: toScheme(before),
          after: toScheme(row),
        });
        return toScheme(row);
      });
    },

    /** Deletes a scheme that never gave an award; one that did is deactivated (its awards stay). */
    async remove(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await requireScheme(trx, id, true);
        const repo = rewardsRepository(trx);
        const used = (await repo.awardCount(id)) > 0;
        if (used) await repo.updateScheme(id, { active: false });
        else await repo.deleteScheme(id);
        await audit.record(trx, actor, {
          action: used ? 'reward_scheme.deactivated' : 'reward_scheme.deleted',
          entityType: 'reward_scheme',
          entityId: id,
          before: toScheme(before),
        });
      });
    },

    /**
     * Evaluates a rule scheme for one period over every person in the actor's scope. An award
     * needs value ≥ threshold (gte) or ≤ threshold (lte) AND sample ≥ the scheme's minimum; the
     * interval's bound is not required to clear the threshold (see meetsRule). Idempotent: a person
     * already awarded for the period is skipped (and the unique index forbids a second row).
     */
    async evaluate(actor: Actor, id: string, periodStart: string): Promise<EvaluationResult> {
      const people = await peopleInScope(actor, undefined);
      return db.transaction().execute(async (trx) => {
        const s = await requireScheme(trx, id, true);
        if (s.kind !== 'rule' || !s.indicatorId || !s.comparator || s.threshold === null || !s.period) {
          throw Invalid('validation', 'Only a rule scheme is evaluated; give manual awards one by one.', [
            { path: '/id', message: 'manual scheme' },
          ]);
        }
        if (!s.active) {
          throw Invalid('validation', 'The scheme is inactive.', [{ path: '/id', message: 'inactive' }]);
        }
        const period = schemePeriod(periodStart, s.period);
        if (!period) {
          throw Invalid('validation', `periodStart must be the first day of a ${s.period}.`, [
            { path: '/periodStart', message: `not the start of a ${s.period}` },
          ]);
        }
        const ind = await indicator(s.indicatorId, trx);
        const sums = await totals(
          people.map((p) => p.id),
          ind.id,
          period.start,
          period.end,
          trx,
        );
        const repo = rewardsRepository(trx);
        const already = await repo.awardedFor(s.id, period.start);
        const awarded: Award[] = [];
        let alreadyAwarded = 0;
        for (const p of people) {
          const g = sums.get(p.id) ?? ZERO;
          const iv = interval(ind.aggregation, g, ind.scale, { unit: ind.unit });
          const rule = { comparator: s.comparator, threshold: s.threshold, minSample: s.minSample };
          if (!meetsRule(rule, { value: iv.value, n: g.den })) continue;
          if (already.has(p.id)) {
            alreadyAwarded++;
            continue;
          }
          const evidence: AwardEvidence = {
            indicatorId: ind.id,
            value: iv.value,
            low: iv.low,
            high: iv.high,
            n: g.den,
            threshold: s.threshold,
            minSample: s.minSample ?? 0,
          };
          const made = await repo.insertAward({
            schemeId: s.id,
            personId: p.id,
            periodStart: period.start,
            periodEnd: period.end,
            points: s.points,
            badge: s.badge,
            evidence: json(evidence),
            reason: null,
            awardedBy: actor.userId,
            createdAt: clock.now(),
          });
          if (!made) {
            alreadyAwarded++;
            continue;
          }
          await announce(
            trx,
            { id: made.id, personId: p.id, points: s.points, badge: s.badge },
            `${s.nameEn} (${period.start} – ${period.end})`,
            null,
          );
          await audit.record(trx, actor, {
            action: 'award.given',
            entityType: 'award',
            entityId: made.id,
            subjectPersonId: p.id,
            after: { schemeId: s.id, periodStart: period.start, points: s.points, evidence },
          });
          awarded.push(toAward(await repo.award(made.id)));
        }
        await audit.record(trx, actor, {
          action: 'reward_scheme.evaluated',
          entityType: 'reward_scheme',
          entityId: s.id,
          after: { periodStart: period.start, evaluated: people.length, awarded: awarded.length },
        });
        return {
          schemeId: s.id,
          periodStart: period.start,
          periodEnd: period.end,
          evaluated: people.length,
          awarded,
          alreadyAwarded,
        };
      });
    },

    /** A manual award to someone in scope (never to oneself). */
    async award(actor: Actor, body: CreateAwardBody): Promise<Award> {
      enforce(mayAward(actor, await access.relationTo(actor, body.personId)));
      return db.transaction().execute(async (trx) => {
        const s = await requireScheme(trx, body.schemeId);
        if (s.kind !== 'manual' || !s.active) {
          throw Invalid('validation', 'Manual awards come from an active manual scheme.', [
            { path: '/schemeId', message: s.kind !== 'manual' ? 'rule scheme' : 'inactive' },
          ]);
        }
        const repo = rewardsRepository(trx);
        const made = await repo.insertAward({
          schemeId: s.id,
          personId: body.personId,
          periodStart: null,
          periodEnd: null,
          points: s.points,
          badge: s.badge,
          evidence: json({}),
          reason: body.reason,
          awardedBy: actor.userId,
          createdAt: clock.now(),
        });
        if (!made) throw Conflict('award.duplicate', 'This award was already given.');
        await announce(
          trx,
          { id: made.id, personId: body.personId, points: s.points, badge: s.badge },
          `${s.nameEn}: ${body.reason}`,
          actor.userId,
        );
        await audit.record(trx, actor, {
          action: 'award.given',
          entityType: 'award',
          entityId: made.id,
          subjectPersonId: body.personId,
          after: { schemeId: s.id, points: s.points, reason: body.reason },
        });
        return toAward(await repo.award(made.id));
      });
    },

    async personAwards(actor: Actor, personId: string): Promise<PersonAwards> {
      await access.requirePerson(actor, personId);
      const rows = await rewardsRepository(db).awardsOf(personId);
      const badges = new Map<string, number>();
      for (const r of rows) if (r.badge) badges.set(r.badge, (badges.get(r.badge) ?? 0) + 1);
      return {
        personId,
        totalPoints: rows.reduce((s, r) => s + r.points, 0),
        badges: [...badges.entries()].map(([badge, count]) => ({ badge, count })),
        items: rows.map(toAward),
      };
    },

    /**
     * People in scope on one indicator over [from, to], ranked by the same shrinkage as the
     * dashboards (prior strength at least half the indicator's minimum sample): a 3/3 does not top
     * a 96/100. Unranked (no data) last.
     */
    async leaderboard(actor: Actor, q: LeaderboardQuery): Promise<Leaderboard> {
      checkRange(q.from, q.to);
      const ind = await indicator(q.indicatorId);
      const people = await peopleInScope(actor, q.unitId);
      const ids = people.map((p) => p.id);
      const [sums, points] = await Promise.all([
        totals(ids, ind.id, q.from, q.to),
        rewardsRepository(db).pointsBetween(ids, q.from, q.to),
      ]);
      const ranked = rankWithShrinkage(
        ind.aggregation,
        ind.direction,
        people.map((p) => ({ id: p.id, ...(sums.get(p.id) ?? ZERO) })),
        ind.scale,
        ind.minSample / 2,
      );
      const byId = new Map(people.map((p) => [p.id, p]));
      return {
        indicator: {
          id: ind.id,
          code: ind.code,
          nameEn: ind.nameEn,
          nameZh: ind.nameZh,
          direction: ind.direction,
          minSample: ind.minSample,
        },
        from: q.from,
        to: q.to,
        rows: ranked.map((r) => {
          const g = sums.get(r.id) ?? ZERO;
          const iv = interval(ind.aggregation, g, ind.scale, { unit: ind.unit });
          return {
            person: toPerson(byId.get(r.id)!),
            value: iv.value,
            low: iv.low,
            high: iv.high,
            n: g.den,
            shrunk: g.den > 0 ? r.shrunk : null,
            rank: g.den > 0 ? r.rank : null,
            points: points.get(r.id)?.points ?? 0,
          };
        }),
      };
    },

    /** People in scope by award points in [from, to] (rule awards by period start, manual by day given). */
    async pointsLeaderboard(actor: Actor, q: PointsLeaderboardQuery): Promise<PointsLeaderboard> {
      checkRange(q.from, q.to);
      const people = await peopleInScope(actor, q.unitId);
      const points = await rewardsRepository(db).pointsBetween(
        people.map((p) => p.id),
        q.from,
        q.to,
      );
      const ranked = rankPoints(
        people.map((p) => ({
          id: p.id,
          p,
          points: points.get(p.id)?.points ?? 0,
          awards: points.get(p.id)?.awards ?? 0,
        })),
      );
      return {
        from: q.from,
        to: q.to,
        rows: ranked.map((r) => ({
          person: toPerson(r.p),
          points: r.points,
          awards: r.awards,
          rank: r.rank,
        })),
      };
    },
  };
}
export type RewardsService = ReturnType<typeof createRewardsService>;
