import type { EvaluationStatus } from '@frontline/contract';

/**
 * Every change of an evaluation's status, in one table: the step, the statuses it may start from and
 * the status it leads to. The repository's `transition()` applies a step only from one of its
 * statuses (in the same UPDATE), so two requests racing on one evaluation cannot both win.
 *
 *   create ─► draft ─submit─► submitted ─release─► released
 *
 * A released evaluation changes only by a new version (an accepted dispute), never by a step.
 */
export const EVALUATION_STEPS = {
  submit: { from: ['draft'], to: 'submitted' },
  release: { from: ['submitted'], to: 'released' },
} as const satisfies Record<string, { from: readonly EvaluationStatus[]; to: EvaluationStatus }>;

export type EvaluationStep = keyof typeof EVALUATION_STEPS;
