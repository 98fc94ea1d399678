import type { ImprovementPlanAbilities, ImprovementPlanStatus } from '@frontline/contract';
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
import { canStep, RUNNING, type PlanStep } from './improvement-plans.states.js';

/**
 * Who may do what with an improvement plan — stated once; the service guards with these decisions
 * and fills `abilities` from them. Pure: the service finds the relation.
 *
 * A plan is seen only by the person, their reporting line (direct and skip-level managers) and
 * those who see everyone (hr_admin, admin); anyone else — a peer, another team's leader — gets 404.
 * - the leader side (improvement_plans.manage, the person seen, not oneself) starts, reviews,
 *   extends and closes (proposes the outcome);
 * - only the person acknowledges (anyone else: 404, as for feedback);
 * - HR (improvement_plans.sign_off, the person seen, not one's own plan) signs off the outcome.
 * A state that does not allow the step answers 409.
 */

export type PlanAction = 'acknowledge' | 'review' | 'extend' | 'close' | 'signOff';

/** The leader side of the person: 404 when hidden, 403 on oneself or without improvement_plans.manage. */
export function mayManagePlan(
  actor: Actor,
  rel: Relation,
  notFound: 'improvement_plans.not_found' | 'person.not_found' = 'improvement_plans.not_found',
): Decision {
  if (rel === 'hidden') return denyNotFound(notFound);
  if (rel === 'self') return denyForbidden('Nobody runs an improvement plan about themself.');
  if (!actor.permissions.has('improvement_plans.manage')) return denyForbidden();
  return ALLOW;
}

function maySignOff(actor: Actor, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('improvement_plans.not_found');
  if (rel === 'self') return denyForbidden('Nobody signs off their own improvement plan.');
  if (!actor.permissions.has('improvement_plans.sign_off')) {
    return denyForbidden("Only HR signs off an improvement plan's outcome.");
  }
  return ALLOW;
}

const STEP_OF: Record<Exclude<PlanAction, 'review' | 'signOff'>, PlanStep> = {
  acknowledge: 'acknowledge',
  extend: 'extend',
  close: 'close',
};

function stateAllows(status: ImprovementPlanStatus, action: PlanAction, extended: boolean): Decision {
  if (action === 'extend' && extended) {
    return denyConflict('improvement_plans.already_extended', 'A plan is extended once only.');
  }
  const ok =
    action === 'review'
      ? RUNNING.includes(status)
      : action === 'signOff'
        ? canStep('signOffCompleted', status)
        : canStep(STEP_OF[action], status);
  return ok
    ? ALLOW
    : denyConflict('improvement_plans.invalid_state', `A ${status} plan does not allow ${action}.`);
}

/** May the actor do `action` to this plan now? 404, then 403, then 409. */
export function decidePlan(
  actor: Actor,
  plan: { status: ImprovementPlanStatus; originalEndsOn: string | null },
  rel: Relation,
  action: PlanAction,
): Decision {
  const side = (): Decision => {
    if (action === 'acknowledge') {
      return rel === 'self' ? ALLOW : denyNotFound('improvement_plans.not_found');
    }
    if (action === 'signOff') return maySignOff(actor, rel);
    return mayManagePlan(actor, rel);
  };
  return firstOf(side, () => stateAllows(plan.status, action, plan.originalEndsOn !== null));
}

const ABILITIES: readonly PlanAction[] = ['acknowledge', 'review', 'extend', 'close', 'signOff'];

export function planAbilities(
  actor: Actor,
  plan: { status: ImprovementPlanStatus; originalEndsOn: string | null },
  rel: Relation,
): ImprovementPlanAbilities {
  return abilitiesOf(ABILITIES, (a) => decidePlan(actor, plan, rel, a));
}
