import type { ImprovementPlanStatus } from '@frontline/contract';

/**
 * Every change of an improvement plan's status, in one table: the step, the statuses it may start
 * from and the status it leads to. The repository's `transition()` applies a step only from one of
 * its statuses (in the same UPDATE), so two requests racing on one plan cannot both win.
 *
 *   draft ─acknowledge─► active ─extend (once)─► extended
 *   active | extended ─close─► awaiting_sign_off ─signOff─► completed | not_met (the proposed outcome)
 */
export const PLAN_STEPS = {
  /** The person acknowledges the plan. */
  acknowledge: { from: ['draft'], to: 'active' },
  /** A new end date, once. */
  extend: { from: ['active'], to: 'extended' },
  /** The leader side proposes the outcome; HR is asked to sign it off. */
  close: { from: ['active', 'extended'], to: 'awaiting_sign_off' },
  /** HR signs off a proposed outcome of completed. */
  signOffCompleted: { from: ['awaiting_sign_off'], to: 'completed' },
  /** HR signs off a proposed outcome of not met. */
  signOffNotMet: { from: ['awaiting_sign_off'], to: 'not_met' },
} as const satisfies Record<string, { from: readonly ImprovementPlanStatus[]; to: ImprovementPlanStatus }>;

export type PlanStep = keyof typeof PLAN_STEPS;

/** True when `step` may start from `status`. */
export function canStep(step: PlanStep, status: ImprovementPlanStatus): boolean {
  return (PLAN_STEPS[step].from as readonly ImprovementPlanStatus[]).includes(status);
}

/** Reviews are recorded while the plan runs. */
export const RUNNING: readonly ImprovementPlanStatus[] = ['active', 'extended'];
