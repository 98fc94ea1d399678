import { quantile } from 'simple-statistics';
import type { IndicatorDirection, SmartCheck } from '@frontline/contract';

/** Σnumerator ÷ Σdenominator × scale, or null without data. */
export function ratioValue(numerator: number, denominator: number, scale: number): number | null {
  return denominator > 0 ? (numerator / denominator) * scale : null;
}

/** Positive when `to` is better than `from` in the indicator's direction. */
export function improvement(from: number, to: number, direction: IndicatorDirection): number {
  return direction === 'higher_better' ? to - from : from - to;
}

/** Attainment against target: actual ÷ target for higher-is-better, target ÷ actual for lower-is-better. */
export function attainmentPct(
  actual: number | null,
  target: number | null,
  direction: IndicatorDirection,
): number | null {
  if (actual === null || target === null) return null;
  const pct =
    direction === 'higher_better'
      ? target === 0
        ? null
        : (actual / target) * 100
      : actual === 0
        ? null
        : (target / actual) * 100;
  // A ratio past the range of a double has no meaning as a percentage (and JSON cannot carry ∞).
  return pct !== null && Number.isFinite(pct) ? pct : null;
}

export interface DayPoint {
  day: number; // days since the period start
  numerator: number;
  denominator: number;
}

/**
 * The value expected at the period end: a weighted least-squares line through the daily values
 * (weights = denominators), evaluated at the last day. With fewer than 3 days of data, the value
 * to date.
 */
export function projectToEnd(points: readonly DayPoint[], lastDay: number, scale: number): number | null {
  const usable = points.filter((p) => p.denominator > 0);
  const num = usable.reduce((s, p) => s + p.numerator, 0);
  const den = usable.reduce((s, p) => s + p.denominator, 0);
  const toDate = ratioValue(num, den, scale);
  if (usable.length < 3 || toDate === null) return toDate;
  let sw = 0;
  let sx = 0;
  let sy = 0;
  for (const p of usable) {
    const y = (p.numerator / p.denominator) * scale;
    sw += p.denominator;
    sx += p.denominator * p.day;
    sy += p.denominator * y;
  }
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let sxy = 0;
  for (const p of usable) {
    const y = (p.numerator / p.denominator) * scale;
    sxx += p.denominator * (p.day - mx) ** 2;
    sxy += p.denominator * (p.day - mx) * (y - my);
  }
  if (sxx === 0) return toDate;
  const slope = sxy / sxx;
  return my + slope * (lastDay - mx);
}

/** The 90th percentile of a list, or null when there are fewer than 3 values to judge by. */
export function p90(values: readonly number[]): number | null {
  return values.length >= 3 ? quantile([...values], 0.9) : null;
}

export interface SmartInput {
  kind: 'indicator' | 'qualitative';
  title: string;
  description: string;
  indicatorId: string | null;
  indicatorHasPolicy: boolean;
  direction: IndicatorDirection | null;
  unit: string | null;
  successCriteria: string | null;
  policyId: string | null;
  target: number | null;
  periodStart: string;
  periodEnd: string;
  baseline: number | null;
  teamImprovementP90: number | null;
}

const check = (
  name: SmartCheck['check'],
  status: SmartCheck['status'],
  reason: string,
  values: SmartCheck['values'] = {},
): SmartCheck => ({
  check: name,
  status,
  reason,
  values: Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v]),
  ),
});

/**
 * The SMART check shown while a goal is edited. Achievable is judged against the person's own
 * baseline and what the team managed: a goal that asks for more improvement than the top tenth
 * of the team achieved over the last period is flagged.
 */
export function smartCheck(g: SmartInput): SmartCheck[] {
  const out: SmartCheck[] = [];
  const words = `${g.title} ${g.description}`.trim().split(/\s+/).filter(Boolean).length;
  const cjk = (`${g.title}${g.description}`.match(/[\u3400-\u9fff]/g) ?? []).length;
  out.push(
    words >= 6 || cjk >= 8
      ? check('specific', 'pass', 'described')
      : check('specific', 'warn', 'too_short', { words }),
  );

  if (g.kind === 'indicator') {
    if (!g.indicatorId || g.target === null) {
      out.push(check('measurable', 'fail', 'needs_indicator_and_target'));
    } else out.push(check('measurable', 'pass', 'indicator_target', { target: g.target, unit: g.unit }));
  } else {
    out.push(
      (g.successCriteria ?? '').trim().length >= 10
        ? check('measurable', 'pass', 'criteria')
        : check('measurable', 'fail', 'needs_criteria'),
    );
  }

  if (g.kind !== 'indicator' || g.target === null || !g.direction) {
    out.push(
      check(
        'achievable',
        g.kind === 'indicator' ? 'fail' : 'pass',
        g.kind === 'indicator' ? 'needs_target' : 'agreed_by_both',
      ),
    );
  } else if (g.baseline === null) {
    out.push(check('achievable', 'warn', 'no_history'));
  } else {
    const asked = improvement(g.baseline, g.target, g.direction);
    if (asked <= 0) {
      out.push(check('achievable', 'pass', 'at_or_below_baseline', { baseline: g.baseline, asked }));
    } else if (g.teamImprovementP90 === null) {
      out.push(check('achievable', 'warn', 'no_team_history', { baseline: g.baseline, asked }));
    } else if (asked > Math.max(g.teamImprovementP90, 0)) {
      out.push(
        check('achievable', 'warn', 'beyond_top_decile', {
          baseline: g.baseline,
          asked,
          p90: g.teamImprovementP90,
        }),
      );
    } else {
      out.push(
        check('achievable', 'pass', 'within_team_range', {
          baseline: g.baseline,
          asked,
          p90: g.teamImprovementP90,
        }),
      );
    }
  }

  out.push(
    g.policyId || g.indicatorHasPolicy
      ? check('relevant', 'pass', 'linked_policy')
      : g.indicatorId
        ? check('relevant', 'warn', 'indicator_without_policy')
        : check('relevant', 'fail', 'needs_link'),
  );

  const days = (Date.parse(g.periodEnd) - Date.parse(g.periodStart)) / 86_400_000 + 1;
  if (!(days >= 1)) out.push(check('time_bound', 'fail', 'end_before_start'));
  else if (days > 366) out.push(check('time_bound', 'warn', 'longer_than_a_year', { days }));
  else out.push(check('time_bound', 'pass', 'dated', { days }));
  return out;
}
