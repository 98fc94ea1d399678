import type { ReviewAbilities, ReviewStatus } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import {
  abilitiesOf,
  ALLOW,
  denyConflict,
  denyForbidden,
  denyNotFound,
  firstOf,
  type Decision,
  type Relation,
} from '../../access/policy.js';

/**
 * Who may do what with a review — stated once; the service guards with these decisions and fills
 * `abilities` from them. Pure: the service finds the relation.
 *
 * - `self`: the reviewed person. Writes the self review while it is open, reads the manager's
 *   review once it reaches sign-off, signs (with a comment, recording disagreement if they wish).
 * - `reviewer`: the manager the review is assigned to (reviews.conduct). Reads the self review once
 *   submitted, writes the manager review, records the meeting, signs.
 * - `line`: anyone else who sees the person (a manager above, hr_admin, admin): reads everything.
 * - `hidden`: everyone else: 404, so ids cannot be probed.
 *
 * Calibration (the overall rating changed with a reason) and asking peers or the assessor for input
 * are for the reviewer and the reporting line with reviews.conduct; so is amending a signed review.
 *
 * A signed review is locked: every change but an amendment answers 409 review.locked.
 */
export type ReviewRelation = 'self' | 'reviewer' | 'line' | 'hidden';
export type ReviewAction =
  'writeSelf' | 'writeManager' | 'recordMeeting' | 'sign' | 'calibrate' | 'requestInput' | 'amend';

/** The relation of the actor to a review from the reporting-line relation and the reviewer. */
export function reviewRelation(
  actor: Actor,
  review: { reviewerPersonId: string | null },
  rel: Relation,
): ReviewRelation {
  if (rel === 'self') return 'self';
  if (actor.personId !== null && review.reviewerPersonId === actor.personId) return 'reviewer';
  return rel === 'visible' ? 'line' : 'hidden';
}

export interface ReviewState {
  status: ReviewStatus;
  managerSignedAt: Date | null;
  personSignedAt: Date | null;
}

const locked = (r: ReviewState, action: ReviewAction): Decision =>
  r.status === 'signed' && action !== 'amend'
    ? denyConflict('review.locked', 'A signed review is locked.')
    : ALLOW;

const inStatus = (r: ReviewState, allowed: readonly ReviewStatus[], what: string): Decision =>
  allowed.includes(r.status)
    ? ALLOW
    : denyConflict('review.invalid_state', `The review is at ${r.status}: ${what} is not possible now.`);

function side(actor: Actor, rel: ReviewRelation, action: ReviewAction): Decision {
  if (rel === 'hidden') return denyNotFound('review.not_found');
  if (action === 'writeSelf') {
    return rel === 'self' ? ALLOW : denyForbidden('Only the person writes their self review.');
  }
  if (action === 'sign') {
    return rel === 'self' || (rel === 'reviewer' && actor.permissions.has('reviews.conduct'))
      ? ALLOW
      : denyForbidden('The person and their reviewer sign a review.');
  }
  if (action === 'calibrate' || action === 'requestInput' || action === 'amend') {
    if (rel === 'self') return denyForbidden('The reviewer and the reporting line do this.');
    return actor.permissions.has('reviews.conduct') ? ALLOW : denyForbidden();
  }
  if (rel !== 'reviewer') return denyForbidden('Only the reviewer writes the manager review.');
  if (!actor.permissions.has('reviews.conduct')) return denyForbidden();
  return ALLOW;
}

function stage(r: ReviewState, rel: ReviewRelation, action: ReviewAction): Decision {
  switch (action) {
    case 'writeSelf':
      return inStatus(r, ['self_review'], 'writing the self review');
    case 'writeManager':
      return inStatus(r, ['self_review', 'manager_review'], "writing the manager's review");
    case 'recordMeeting':
      return inStatus(r, ['manager_review', 'sign_off'], 'recording the meeting');
    case 'sign': {
      const s = inStatus(r, ['sign_off'], 'signing');
      if (!s.ok) return s;
      const signed = rel === 'self' ? r.personSignedAt : r.managerSignedAt;
      return signed ? denyConflict('review.invalid_state', 'Already signed.') : ALLOW;
    }
    case 'calibrate': {
      const s = inStatus(r, ['sign_off'], 'calibration');
      if (!s.ok) return s;
      return r.personSignedAt || r.managerSignedAt
        ? denyConflict('review.invalid_state', 'Calibration is before anyone signs.')
        : ALLOW;
    }
    case 'requestInput':
      return inStatus(r, ['self_review', 'manager_review'], 'asking for input');
    case 'amend':
      return inStatus(r, ['signed'], 'amending (only a signed review is amended)');
  }
}

/** May the actor do `action` to this review now? 404, then 403, then 409. */
export function decideReview(
  actor: Actor,
  r: ReviewState,
  rel: ReviewRelation,
  action: ReviewAction,
): Decision {
  return firstOf(
    () => side(actor, rel, action),
    () => locked(r, action),
    () => stage(r, rel, action),
  );
}

const ABILITIES: readonly ReviewAction[] = [
  'writeSelf',
  'writeManager',
  'recordMeeting',
  'sign',
  'calibrate',
  'requestInput',
  'amend',
];

/** What the review allows now (starting an improvement plan is the plans' rule, added by the service). */
export function reviewAbilities(
  actor: Actor,
  r: ReviewState,
  rel: ReviewRelation,
): Omit<ReviewAbilities, 'startImprovementPlan'> {
  const out = abilitiesOf(ABILITIES, (a) => decideReview(actor, r, rel, a));
  return { ...out, signAsPerson: out.sign && rel === 'self' };
}

/** What a reader sees: the self review once submitted (or their own); the manager's from sign-off on (or theirs). */
export function reviewVisibility(
  rel: ReviewRelation,
  r: { status: ReviewStatus; selfSubmittedAt: Date | null },
) {
  return {
    self: rel === 'self' || r.selfSubmittedAt !== null,
    manager: rel !== 'self' || r.status === 'sign_off' || r.status === 'signed',
    /** The evidence panel and the evidence check are for the manager side. */
    evidence: rel !== 'self',
  };
}
