import type { Kysely } from 'kysely';
import type {
  AttentionItem,
  AttentionList,
  AttentionQuery,
  Cell,
  DashboardPerson,
  DashboardQuery,
  Figure,
  Grain,
  IndicatorRef,
  ListObservationsQuery,
  ObservationView,
  OrgDashboard,
  Period,
  PersonDashboard,
  SeriesPoint,
  Signal,
  Standing,
  TeamDashboard,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { AccessService } from '../../access/access.service.js';
import { EVERYONE, onlyPerson } from '../../access/scope.js';
import { subtree } from '../../access/org-tree.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import {
  MAX_DATE,
  MIN_DATE,
  isDateInRange,
  lastCompleteWeeks,
  localDate,
  type Calendar,
} from '../../lib/calendar.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { attainmentPct } from '../goals/goal-math.js';
import { mayCoach } from '../coaching/coaching.policy.js';
import { mayManagePlan } from '../improvement-plans/improvement-plans.policy.js';
import { monitoringRepository, type SumRow } from './monitoring.repository.js';
import { addDays, periodCount, periodsBetween } from './periods.js';
import {
  aboveStandard,
  belowStandard,
  controlChart,
  interval,
  minimumSampleWarning,
  rankWithShrinkage,
  type ControlChart,
  type GroupSums,
} from '../../lib/stats/figures.js';

type IndicatorRow = Awaited<ReturnType<ReturnType<typeof monitoringRepository>['indicators']>>[number];
type UnitRow = Awaited<ReturnType<ReturnType<typeof monitoringRepository>['units']>>[number];
type TargetRow = Awaited<ReturnType<ReturnType<typeof monitoringRepository>['targetsOn']>>[number];

const MAX_PERIODS = 400;
const ZERO: GroupSums = { num: 0, den: 0, sq: 0, n: 0 };
const add = (a: GroupSums, b: GroupSums): GroupSums => ({
  num: a.num + b.num,
  den: a.den + b.den,
  sq: a.sq + b.sq,
  n: a.n + b.n,
});

interface PersonInfo {
  id: string;
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string | null;
  orgUnitId: string;
  jobRoleId: string | null;
  unitNameEn: string;
  unitNameZh: string | null;
  roleNameEn: string | null;
  roleNameZh: string | null;
}

const toRef = (i: IndicatorRow): IndicatorRef => ({
  id: i.id,
  code: i.code,
  nameEn: i.nameEn,
  nameZh: i.nameZh,
  unit: i.unit,
  direction: i.direction,
  aggregation: i.aggregation,
  decimals: i.decimals,
  minSample: i.minSample,
});

const toPerson = (p: PersonInfo): DashboardPerson => ({
  id: p.id,
  employeeNumber: p.employeeNumber,
  nameEn: `${p.givenNameEn} ${p.familyNameEn}`,
  nameZh: p.nameZh,
  orgUnitName: p.unitNameEn,
  orgUnitNameZh: p.unitNameZh,
  jobRoleName: p.roleNameEn,
  jobRoleNameZh: p.roleNameZh,
});

/** Standing from the evidence: below/above only when the whole 95% interval is past the target. */
export function standingOf(
  ind: IndicatorRow,
  fig: { value: number | null; low: number | null; high: number | null },
  target: number | null,
): Standing {
  if (fig.value === null) return 'no_data';
  if (target === null) return 'no_target';
  const iv = fig.low === null || fig.high === null ? null : { low: fig.low, high: fig.high };
  if (belowStandard(ind.aggregation, ind.direction, iv, target)) return 'below';
  if (aboveStandard(ind.aggregation, ind.direction, iv, target)) return 'above';
  if (iv === null) return 'unclear';
  const meets = ind.direction === 'higher_better' ? fig.value >= target : fig.value <= target;
  return meets ? 'meets' : 'unclear';
}

export function figureOf(ind: IndicatorRow, g: GroupSums, target: number | null): Figure {
  const iv = interval(ind.aggregation, g, ind.scale, { unit: ind.unit });
  const fig = { value: iv.value, low: iv.low, high: iv.high };
  return {
    ...fig,
    sample: g.den,
    lowSample: g.den > 0 && minimumSampleWarning(g.den, ind.minSample),
    target,
    attainment: attainmentPct(iv.value, target, ind.direction),
    standing: standingOf(ind, fig, target),
    ...(iv.low !== null ? { method: iv.method } : {}),
  };
}

function latestSignal(
  ind: IndicatorRow,
  chart: ControlChart,
  periods: Period[],
  within: number,
): Signal | null {
  for (let i = chart.points.length - 1; i >= Math.max(0, chart.points.length - within); i--) {
    const p = chart.points[i];
    const s = p?.signals[0];
    if (p && s) {
      const good = ind.direction === 'higher_better' ? s.side === 'up' : s.side === 'down';
      return { kind: s.rule, side: s.side, good, period: periods[i]?.label ?? p.label };
    }
  }
  return null;
}

/**
 * Dashboards and the "needs attention" queue. Every figure is Σnumerator ÷ Σdenominator over
 * observation_daily, shown with its sample size and 95% interval; "below standard" only when
 * the interval lies past the target; ranks use shrinkage; control charts mark real changes.
 */
export function createMonitoringService(deps: {
  db: Kysely<DB>;
  access: AccessService;
  audit: AuditService;
  clock: Clock;
  calendar?: Calendar;
}) {
  const { db, access, clock } = deps;
  const today = () => (deps.calendar ? deps.calendar.today() : localDate(clock.now(), 'UTC'));
  const repo = monitoringRepository(db);

  function checkRange(q: { from: string; to: string; grain?: Grain }): {
    from: string;
    to: string;
    grain: Grain;
    periods: Period[];
  } {
    // Checked by arithmetic before any work: a range is never enumerated to find it is too long.
    const grain = q.grain ?? 'week';
    for (const key of ['from', 'to'] as const) {
      if (!isDateInRange(q[key])) {
        throw Invalid('dashboard.bad_range', `The range must be real dates from ${MIN_DATE} to ${MAX_DATE}`, [
          { path: `/${key}`, message: `not a date from ${MIN_DATE} to ${MAX_DATE}` },
        ]);
      }
    }
    if (q.from > q.to) {
      throw Invalid('dashboard.bad_range', 'The range must have from ≤ to', [
        { path: '/from', message: 'from must not be after to' },
      ]);
    }
    if (periodCount(q.from, q.to, grain) > MAX_PERIODS) {
      throw Invalid('dashboard.bad_range', `At most ${MAX_PERIODS} periods: choose a longer grain`, [
        { path: '/grain', message: 'too many periods' },
      ]);
    }
    return { from: q.from, to: q.to, grain, periods: periodsBetween(q.from, q.to, grain) };
  }

  /** A person's standard: their job role's target, else the nearest org unit's up the tree. */
  function targetResolver(units: UnitRow[], targets: TargetRow[]) {
    const parent = new Map(units.map((u) => [u.id, u.parentId]));
    const byRole = new Map<string, TargetRow>();
    const byUnit = new Map<string, TargetRow>();
    for (const t of targets) {
      // newest effective first: keep the first seen
      if (t.jobRoleId && !byRole.has(`${t.indicatorId}:${t.jobRoleId}`)) {
        byRole.set(`${t.indicatorId}:${t.jobRoleId}`, t);
      }
      if (t.orgUnitId && !byUnit.has(`${t.indicatorId}:${t.orgUnitId}`)) {
        byUnit.set(`${t.indicatorId}:${t.orgUnitId}`, t);
      }
    }
    const forUnit = (indicatorId: string, unitId: string | null): TargetRow | null => {
      for (let u = unitId, depth = 0; u && depth < 64; u = parent.get(u) ?? null, depth++) {
        const t = byUnit.get(`${indicatorId}:${u}`);
        if (t) return t;
      }
      return null;
    };
    return {
      forPerson: (indicatorId: string, p: { jobRoleId: string | null; orgUnitId: string }) =>
        (p.jobRoleId ? byRole.get(`${indicatorId}:${p.jobRoleId}`) : undefined) ??
        forUnit(indicatorId, p.orgUnitId),
      forUnit,
    };
  }

  /** Per key: total sums per indicator and sums per period. */
  function fold(rows: SumRow[]) {
    const total = new Map<string, GroupSums>();
    const byPeriod = new Map<string, GroupSums>();
    for (const r of rows) {
      const g = { num: r.num, den: r.den, sq: r.sq, n: r.n };
      const k = `${r.key}|${r.indicatorId}`;
      total.set(k, add(total.get(k) ?? ZERO, g));
      const pk = `${k}|${r.period}`;
      byPeriod.set(pk, add(byPeriod.get(pk) ?? ZERO, g));
    }
    return { total, byPeriod };
  }

  function seriesOf(byPeriod: Map<string, GroupSums>, key: string, indicatorId: string, periods: Period[]) {
    return periods.map((p) => ({
      label: p.label,
      ...(byPeriod.get(`${key}|${indicatorId}|${periodKey(p)}`) ?? ZERO),
    }));
  }
  // Periods are keyed by their calendar start (the first period of a range may be clipped).
  const periodKeys = new Map<string, string>();
  function periodKey(p: Period): string {
    return periodKeys.get(p.label) ?? p.start;
  }

  function cellsFor(
    ind: IndicatorRow,
    keys: string[],
    folded: ReturnType<typeof fold>,
    periods: Period[],
    targetOf: (key: string) => number | null,
  ): Map<string, Cell> {
    const out = new Map<string, Cell>();
    const ranked = rankWithShrinkage(
      ind.aggregation,
      ind.direction,
      keys.map((k) => ({ id: k, ...(folded.total.get(`${k}|${ind.id}`) ?? ZERO) })),
      ind.scale,
      // The indicator's minimum sample sets the least prior strength: someone with half the
      // minimum sample counts for half their own evidence and half the group's.
      ind.minSample / 2,
    );
    const rankOf = new Map(ranked.map((r) => [r.id, r]));
    for (const k of keys) {
      const g = folded.total.get(`${k}|${ind.id}`) ?? ZERO;
      const series = seriesOf(folded.byPeriod, k, ind.id, periods);
      const chart = controlChart(ind.aggregation, series, { scale: ind.scale });
      const r = rankOf.get(k);
      out.set(k, {
        ...figureOf(ind, g, targetOf(k)),
        shrunk: g.den > 0 ? (r?.shrunk ?? null) : null,
        rank: g.den > 0 ? (r?.rank ?? null) : null,
        spark: chart.points.map((p) => p.value),
        signal: latestSignal(ind, chart, periods, 2),
      });
    }
    return out;
  }

  function weightedTarget(
    ind: IndicatorRow,
    members: { target: number | null; den: number }[],
  ): number | null {
    const withT = members.filter((m) => m.target !== null);
    if (withT.length === 0) return null;
    const w = withT.reduce((s, m) => s + m.den, 0);
    if (w === 0) return withT.reduce((s, m) => s + m.target!, 0) / withT.length;
    return withT.reduce((s, m) => s + m.target! * m.den, 0) / w;
  }

  function registerPeriods(periods: Period[], grain: Grain) {
    for (const p of periods) {
      // the calendar start of the period (date_trunc in SQL), even when clipped by the range
      periodKeys.set(p.label, calendarStart(p.start, grain));
    }
  }

  async function teamData(actor: Actor, q: DashboardQuery) {
    const range = checkRange(q);
    registerPeriods(range.periods, range.grain);
    const [units, indicators, targets] = await Promise.all([
      repo.units(),
      repo.indicators(),
      repo.targetsOn(range.to),
    ]);
    const scope = access.teamScope(actor);
    let unitIds: string[] | null = null;
    let unit: TeamDashboard['unit'] = null;
    if (q.unitId) {
      const u = units.find((x) => x.id === q.unitId);
      if (!u) throw NotFound('org_unit.not_found');
      unitIds = subtree(units, u.id);
      unit = { id: u.id, nameEn: u.nameEn, nameZh: u.nameZh };
    }
    const members = await repo.people(scope, unitIds);
    return { range, units, indicators, targets, members, unit };
  }

  return {
    async team(actor: Actor, q: DashboardQuery): Promise<TeamDashboard> {
      const { range, units, indicators, targets, members, unit } = await teamData(actor, q);
      const rows = await repo.sums(
        members.map((p) => ({ personId: p.id, key: p.id })),
        range.from,
        range.to,
        range.grain,
      );
      const folded = fold(rows);
      const usedIds = new Set(rows.map((r) => r.indicatorId));
      const used = indicators.filter((i) => usedIds.has(i.id));
      const targetsOf = targetResolver(units, targets);
      const memberById = new Map(members.map((m) => [m.id, m]));
      const cells = new Map<string, Map<string, Cell>>();
      const total: Record<string, Cell> = {};
      for (const ind of used) {
        const tOf = (personId: string) => {
          const p = memberById.get(personId);
          return p ? (targetsOf.forPerson(ind.id, p)?.standard ?? null) : null;
        };
        cells.set(
          ind.id,
          cellsFor(
            ind,
            members.map((m) => m.id),
            folded,
            range.periods,
            tOf,
          ),
        );
        // The group: Σ over people (ratio of sums, never a mean of people's ratios).
        const groupSeries = range.periods.map((p) => {
          let g = ZERO;
          for (const m of members) {
            g = add(g, folded.byPeriod.get(`${m.id}|${ind.id}|${periodKey(p)}`) ?? ZERO);
          }
          return { label: p.label, ...g };
        });
        const g = groupSeries.reduce((a, s) => add(a, s), ZERO);
        const chart = controlChart(ind.aggregation, groupSeries, { scale: ind.scale });
        const target = weightedTarget(
          ind,
          members.map((m) => ({ target: tOf(m.id), den: folded.total.get(`${m.id}|${ind.id}`)?.den ?? 0 })),
        );
        total[ind.id] = {
          ...figureOf(ind, g, target),
          shrunk: null,
          rank: null,
          spark: chart.points.map((p) => p.value),
          signal: latestSignal(ind, chart, range.periods, 2),
        };
      }
      return {
        from: range.from,
        to: range.to,
        grain: range.grain,
        unit,
        periods: range.periods,
        latestDay: await repo.latestDay(members.map((m) => m.id)),
        indicators: used.map(toRef),
        total,
        rows: members.map((m) => ({
          person: toPerson(m),
          cells: Object.fromEntries(used.map((ind) => [ind.id, cells.get(ind.id)!.get(m.id)!])),
        })),
      };
    },

    async org(actor: Actor, q: DashboardQuery): Promise<OrgDashboard> {
      const range = checkRange(q);
      registerPeriods(range.periods, range.grain);
      const [units, indicators, targets] = await Promise.all([
        repo.units(),
        repo.indicators(),
        repo.targetsOn(range.to),
      ]);
      const root = q.unitId ? units.find((u) => u.id === q.unitId) : units.find((u) => u.parentId === null);
      if (!root) throw NotFound('org_unit.not_found');
      const children = units.filter((u) => u.parentId === root.id);
      const parent = new Map(units.map((u) => [u.id, u.parentId]));
      // Each person counts under the child unit of `root` their own unit sits in.
      const childOf = (unitId: string): string | null => {
        for (let u: string | null = unitId, d = 0; u && d < 64; u = parent.get(u) ?? null, d++) {
          if (parent.get(u) === root.id) return u;
          if (u === root.id) return root.id;
        }
        return null;
      };
      const members = await repo.people(access.scope(actor), subtree(units, root.id));
      const groups = members.flatMap((p) => {
        const key = childOf(p.orgUnitId);
        return key ? [{ personId: p.id, key }] : [];
      });
      const rows = await repo.sums(groups, range.from, range.to, range.grain);
      const folded = fold(rows);
      const usedIds = new Set(rows.map((r) => r.indicatorId));
      const used = indicators.filter((i) => usedIds.has(i.id));
      const keyOf = new Map(groups.map((g) => [g.personId, g.key]));
      const membersOf = new Map<string, PersonInfo[]>();
      for (const m of members) {
        const k = keyOf.get(m.id);
        if (k) membersOf.set(k, [...(membersOf.get(k) ?? []), m]);
      }
      // People placed directly in the root unit get a row of their own, only when they have figures.
      const keys = [...children.map((c) => c.id), ...(rows.some((r) => r.key === root.id) ? [root.id] : [])];
      const targetsOf = targetResolver(units, targets);
      const total: Record<string, Cell> = {};
      const cellsByInd = new Map<string, Map<string, Cell>>();
      for (const ind of used) {
        const tOf = (key: string) => {
          const own = targetsOf.forUnit(ind.id, key)?.standard;
          if (own !== undefined) return own;
          const inUnit = membersOf.get(key) ?? [];
          return weightedTarget(
            ind,
            inUnit.map((m) => ({ target: targetsOf.forPerson(ind.id, m)?.standard ?? null, den: 1 })),
          );
        };
        cellsByInd.set(ind.id, cellsFor(ind, keys, folded, range.periods, tOf));
        const series = range.periods.map((p) => {
          let g = ZERO;
          for (const k of keys) g = add(g, folded.byPeriod.get(`${k}|${ind.id}|${periodKey(p)}`) ?? ZERO);
          return { label: p.label, ...g };
        });
        const g = series.reduce((a, s) => add(a, s), ZERO);
        const chart = controlChart(ind.aggregation, series, { scale: ind.scale });
        total[ind.id] = {
          ...figureOf(ind, g, targetsOf.forUnit(ind.id, root.id)?.standard ?? null),
          shrunk: null,
          rank: null,
          spark: chart.points.map((p) => p.value),
          signal: latestSignal(ind, chart, range.periods, 2),
        };
      }
      const byId = new Map(units.map((u) => [u.id, u]));
      return {
        from: range.from,
        to: range.to,
        grain: range.grain,
        unit: { id: root.id, nameEn: root.nameEn, nameZh: root.nameZh },
        periods: range.periods,
        latestDay: await repo.latestDay(members.map((m) => m.id)),
        indicators: used.map(toRef),
        total,
        rows: keys.map((k) => {
          const u = byId.get(k)!;
          return {
            unit: { id: u.id, code: u.code, kind: u.kind, nameEn: u.nameEn, nameZh: u.nameZh },
            people: membersOf.get(k)?.length ?? 0,
            cells: Object.fromEntries(used.map((ind) => [ind.id, cellsByInd.get(ind.id)!.get(k)!])),
          };
        }),
      };
    },

    /**
     * A person's dashboard, as `person`, with the view audited (someone else's figures). The
     * audit row is written only once the dashboard is built, so a refused request leaves none.
     */
    async viewPerson(actor: Actor, personId: string, q: DashboardQuery): Promise<PersonDashboard> {
      const dash = await this.person(actor, personId, q);
      if (actor.personId !== personId) {
        await deps.audit.record(db, actor, {
          action: 'performance.viewed',
          entityType: 'person',
          entityId: personId,
          subjectPersonId: personId,
          after: { from: dash.from, to: dash.to },
        });
      }
      return dash;
    },

    /**
     * A person's figures over a range. Writes nothing: other features build on it (check-in
     * agendas, coaching gaps, the performance file) inside requests that may still fail, and
     * audit their own actions; the dashboard route audits the view (viewPerson).
     */
    async person(actor: Actor, personId: string, q: DashboardQuery): Promise<PersonDashboard> {
      const range = checkRange(q);
      await access.requirePerson(actor, personId);
      registerPeriods(range.periods, range.grain);
      const [units, indicators, targets] = await Promise.all([
        repo.units(),
        repo.indicators(),
        repo.targetsOn(range.to),
      ]);
      const [me] = await repo.people(onlyPerson(personId), null);
      if (!me) throw NotFound('person.not_found');
      const team = await repo.people(EVERYONE, [me.orgUnitId]);
      const [mine, theirs] = await Promise.all([
        repo.sums([{ personId, key: 'me' }], range.from, range.to, range.grain),
        repo.sums(
          team.map((t) => ({ personId: t.id, key: 'team' })),
          range.from,
          range.to,
          range.grain,
        ),
      ]);
      const goals = await repo.goalsOverlapping(personId, range.from, range.to);
      const fm = fold(mine);
      const ft = fold(theirs);
      const targetsOf = targetResolver(units, targets);
      const used = indicators.filter(
        (i) => mine.some((r) => r.indicatorId === i.id) || goals.some((g) => g.indicatorId === i.id),
      );
      return {
        person: toPerson(me),
        from: range.from,
        to: range.to,
        grain: range.grain,
        latestDay: await repo.latestDay([personId]),
        indicators: used.map((ind) => {
          const t = targetsOf.forPerson(ind.id, me);
          const target = t?.standard ?? null;
          const cell = cellsFor(ind, ['me'], fm, range.periods, () => target).get('me')!;
          const series = seriesOf(fm.byPeriod, 'me', ind.id, range.periods);
          const chart = controlChart(ind.aggregation, series, { scale: ind.scale });
          const goal = goals.find((g) => g.indicatorId === ind.id && g.target !== null);
          const points: SeriesPoint[] = range.periods.map((p, i) => {
            const g = series[i] ?? { ...ZERO, label: p.label };
            const iv = interval(ind.aggregation, g, ind.scale, { unit: ind.unit });
            const cp = chart.points[i];
            return {
              label: p.label,
              start: p.start,
              end: p.end,
              value: iv.value,
              low: iv.low,
              high: iv.high,
              sample: g.den,
              centre: chart.centre,
              ucl: cp?.ucl ?? null,
              lcl: cp?.lcl ?? null,
              signals: (cp?.signals ?? []).map((s) => ({
                kind: s.rule,
                side: s.side,
                good: ind.direction === 'higher_better' ? s.side === 'up' : s.side === 'down',
                period: p.label,
              })),
            };
          });
          return {
            indicator: toRef(ind),
            figure: { ...cell, rank: null, shrunk: null },
            team: figureOf(ind, ft.total.get(`team|${ind.id}`) ?? ZERO, target),
            stretch: t?.stretch ?? null,
            goal: goal ? { id: goal.id, target: goal.target!, title: goal.title } : null,
            series: points,
          };
        }),
      };
    },

    /** A person's raw observations, newest first; a read by anyone but the person is audited. */
    async observations(actor: Actor, personId: string, q: ListObservationsQuery) {
      await access.requirePerson(actor, personId);
      const limit = q.limit ?? 50;
      const offset = q.offset ?? 0;
      const { rows, total } = await repo.observations(personId, q, limit, offset);
      const items: ObservationView[] = rows.map((r) => ({
        ...r,
        id: Number(r.id),
        createdAt: r.createdAt.toISOString(),
      }));
      // Raw figures of someone else: the read is audited, like the dashboard's (viewPerson).
      if (actor.personId !== personId) {
        await deps.audit.record(db, actor, {
          action: 'observations.viewed',
          entityType: 'person',
          entityId: personId,
          subjectPersonId: personId,
          after: {
            indicatorId: q.indicatorId ?? null,
            from: q.from ?? null,
            to: q.to ?? null,
            limit,
            offset,
          },
        });
      }
      return { items, total, limit, offset };
    },

    /**
     * The supervisor's queue: people in scope whose evidence says they are below standard over
     * the last four weeks, or whose weekly control chart shows a real change for the worse.
     */
    async attention(actor: Actor, q: AttentionQuery): Promise<AttentionList> {
      // By default the last four complete weeks: complete weeks have all their figures imported.
      const to = q.to ?? lastCompleteWeeks(today(), 4).to;
      const notBeforeMin = (d: string) => (d < MIN_DATE ? MIN_DATE : d);
      const from = q.from ?? notBeforeMin(addDays(to, -27));
      // The trend needs more history than the judgement: twelve weeks up to `to`.
      const trendFrom = notBeforeMin(addDays(to, -83));
      const dash = await this.team(actor, { from: trendFrom < from ? trendFrom : from, to, grain: 'week' });
      const recent = await this.team(actor, { from, to, grain: 'week' });
      const items: AttentionItem[] = [];
      const indicatorById = new Map(recent.indicators.map((i) => [i.id, i]));
      // What the reader may do about each person, from the coaching rules (the same ones guard it).
      const relations = await access.relationsTo(
        actor,
        recent.rows.map((r) => r.person.id),
      );
      for (const row of recent.rows) {
        if (row.person.id === actor.personId) continue;
        const rel = relations.get(row.person.id) ?? 'hidden';
        const startCoaching = mayCoach(actor, rel, 'person.not_found').ok;
        const startImprovementPlan = mayManagePlan(actor, rel, 'person.not_found').ok;
        for (const [indId, cell] of Object.entries(row.cells)) {
          const ind = indicatorById.get(indId);
          if (!ind) continue;
          const long = dash.rows.find((r) => r.person.id === row.person.id)?.cells[indId];
          const reasons: AttentionItem['reasons'] = [];
          if (cell.standing === 'below') reasons.push('below_standard');
          const signal = long?.signal ?? null;
          if (signal && !signal.good) reasons.push('deteriorating');
          if (reasons.length) {
            items.push({
              person: row.person,
              indicator: ind,
              reasons,
              figure: {
                value: cell.value,
                low: cell.low,
                high: cell.high,
                sample: cell.sample,
                lowSample: cell.lowSample,
                target: cell.target,
                attainment: cell.attainment,
                standing: cell.standing,
              },
              signal: signal && !signal.good ? signal : null,
              abilities: { startCoaching, startImprovementPlan },
            });
          }
        }
      }
      items.sort(
        (a, b) =>
          b.reasons.length - a.reasons.length || (a.figure.attainment ?? 0) - (b.figure.attainment ?? 0),
      );
      return { from, to, items };
    },
  };
}

function calendarStart(day: string, grain: Grain): string {
  // same as date_trunc in the SQL: ISO week from Monday, month, quarter
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (grain === 'day') return day;
  if (grain === 'month') return `${y}-${String(m).padStart(2, '0')}-01`;
  if (grain === 'quarter') return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}
export type MonitoringService = ReturnType<typeof createMonitoringService>;
