import type { CoachingAbilities, CoachingStatus } from '@frontline/contract';
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
import { mayAssignTraining } from '../training/training.policy.js';

/**
 * Who may do what with a coaching plan — stated once; the service guards with these decisions
 * and fills `abilities` from them. Pure: the service finds the relation.
 *
 * Reading a plan is for the person and anyone who sees them. Changing it is for the coach side:
 * someone who sees the person (their manager, a skip-level manager, hr_admin, admin), holds
 * coaching.manage and is not the person — nobody coaches themself (403). Someone else's plan
 * answers 404; a plan that is no longer active answers 409.
 */

export type CoachingAction = 'edit' | 'addSession' | 'complete' | 'cancel' | 'assignCourse';

/** The coach side of the person: 404 when hidden, 403 on oneself or without coaching.manage. */
export function mayCoach(
  actor: Actor,
  rel: Relation,
  notFound: 'coaching.not_found' | 'person.not_found' = 'coaching.not_found',
): Decision {
  if (rel === 'hidden') return denyNotFound(notFound);
  if (rel === 'self') return denyForbidden('Nobody coaches themself: the coach side edits a plan.');
  if (!actor.permissions.has('coaching.manage')) return denyForbidden();
  return ALLOW;
}

const VERB: Record<CoachingAction, string> = {
  edit: 'changed',
  addSession: 'given a session',
  complete: 'completed',
  cancel: 'cancelled',
  assignCourse: 'given a course',
};

const activeFor = (status: CoachingStatus, action: CoachingAction): Decision =>
  status === 'active'
    ? ALLOW
    : denyConflict('coaching.invalid_state', `A ${status} coaching plan cannot be ${VERB[action]}.`);

/** May the actor do `action` to this plan now? 404, then 403, then 409. */
export function decideCoaching(
  actor: Actor,
  plan: { status: CoachingStatus },
  rel: Relation,
  action: CoachingAction,
): Decision {
  // A course for the plan follows the training rules (training.assign, the person in scope).
  const side = action === 'assignCourse' ? mayAssignTraining(actor, rel) : mayCoach(actor, rel);
  return firstOf(
    () => side,
    () => activeFor(plan.status, action),
  );
}

const ABILITIES: readonly Exclude<keyof CoachingAbilities, 'startImprovementPlan'>[] = [
  'edit',
  'complete',
  'cancel',
  'assignCourse',
];

/** The abilities sent with a plan. `edit` covers sessions too (the same rule). */
export function coachingAbilities(
  actor: Actor,
  plan: { status: CoachingStatus },
  rel: Relation,
): CoachingAbilities {
  return abilitiesOf(ABILITIES, (a) => decideCoaching(actor, plan, rel, a));
}
