import type { AssignmentAbilities, AssignmentStatus } from '@frontline/contract';
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
 * Who may do what with training assignments — stated once; the service guards with these
 * decisions and fills `abilities` from them. Pure: the service finds the relation.
 *
 * Assigning a course: training.assign and the person in scope (oneself included). The assigner
 * side (training.assign, the person in scope, not oneself) completes with a score, or cancels;
 * the person completes their own with evidence only. Someone else's assignment answers 404; one
 * no longer open answers 409.
 */

export type AssignmentAction = keyof AssignmentAbilities;

/** Assign a course to the person: 404 when hidden, 403 without training.assign. */
export function mayAssignTraining(actor: Actor, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('person.not_found');
  return actor.permissions.has('training.assign') ? ALLOW : denyForbidden();
}

const VERB: Record<AssignmentAction, string> = {
  complete: 'completed',
  enterScore: 'completed',
  cancel: 'cancelled',
};

function side(actor: Actor, rel: Relation, action: AssignmentAction): Decision {
  if (rel === 'hidden') return denyNotFound('training.not_found');
  if (rel === 'self') {
    if (action === 'complete') return ALLOW;
    return denyForbidden(
      action === 'cancel'
        ? 'Nobody cancels their own training.'
        : 'The score is entered by the person who assigned the training.',
    );
  }
  return actor.permissions.has('training.assign') ? ALLOW : denyForbidden();
}

/** May the actor do `action` to this assignment now? 404, then 403, then 409. */
export function decideAssignment(
  actor: Actor,
  a: { status: AssignmentStatus },
  rel: Relation,
  action: AssignmentAction,
): Decision {
  return firstOf(
    () => side(actor, rel, action),
    () =>
      a.status === 'assigned'
        ? ALLOW
        : denyConflict('training.invalid_state', `A ${a.status} assignment cannot be ${VERB[action]}.`),
  );
}

const ACTIONS: readonly AssignmentAction[] = ['complete', 'enterScore', 'cancel'];

/** The abilities sent with an assignment. */
export function assignmentAbilities(
  actor: Actor,
  a: { status: AssignmentStatus },
  rel: Relation,
): AssignmentAbilities {
  return abilitiesOf(ACTIONS, (x) => decideAssignment(actor, a, rel, x));
}
