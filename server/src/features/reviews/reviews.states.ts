import type { ReviewStatus } from '@frontline/contract';

/**
 * Every change of a review's status, in one table: the step, the statuses it may start from and the
 * status it leads to. The repository's `transition()` applies a step only from one of its statuses
 * (in the same UPDATE), so two requests racing on one review cannot both win.
 *
 *   launch ─► self_review ─submitSelf─► manager_review ─submitManager─► sign_off ─signBoth─► signed
 *                   └──────────────submitManager (self review due date passed)──────┘
 *
 * A signed review is locked; an amendment keeps the signed version and sends the new one back to
 * sign-off (signed ─amend─► sign_off), to be signed again by both.
 */
export const REVIEW_STEPS = {
  submitSelf: { from: ['self_review'], to: 'manager_review' },
  submitManager: { from: ['self_review', 'manager_review'], to: 'sign_off' },
  signBoth: { from: ['sign_off'], to: 'signed' },
  amend: { from: ['signed'], to: 'sign_off' },
} as const satisfies Record<string, { from: readonly ReviewStatus[]; to: ReviewStatus }>;

export type ReviewStep = keyof typeof REVIEW_STEPS;
