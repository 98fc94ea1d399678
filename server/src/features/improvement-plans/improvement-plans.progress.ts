import type { Aggregation, IndicatorDirection, ObjectiveVerdict } from '@frontline/contract';
import { aboveStandard, belowStandard } from '../../lib/stats/figures.js';

/**
 * The verdict on an indicator objective from the person's figure since the plan started (ratio of
 * sums with its 95% interval, from the monitoring service): met only when the whole interval lies on
 * the right side of the target, not met only when it lies wholly on the wrong side; an interval
 * that straddles the target, or no interval at all (too little data), is not yet clear.
 */
export function objectiveVerdict(
  ind: { aggregation: Aggregation; direction: IndicatorDirection },
  figure: { low: number | null; high: number | null },
  target: number,
): ObjectiveVerdict {
  const iv = { low: figure.low, high: figure.high };
  if (aboveStandard(ind.aggregation, ind.direction, iv, target)) return 'met';
  if (belowStandard(ind.aggregation, ind.direction, iv, target)) return 'not_met';
  return 'not_yet_clear';
}
