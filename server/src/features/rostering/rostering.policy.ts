import type { Actor } from '../../access/actor.js';
import {
  ALLOW,
  denyConflict,
  denyForbidden,
  denyNotFound,
  type Decision,
  type Relation,
} from '../../access/policy.js';

/**
 * Who may do what in work allocation — stated once; the service guards with these decisions.
 * Pure: the service finds the relation.
 *
 * - A plan belongs to its owner (the leader who started it). It is seen and changed by the owner,
 *   the owner's reporting line and HR/admin, with rosters.manage; anyone else gets 404. The people
 *   on a plan see their own published shifts in My roster, never the plan.
 * - A person's roster profile (contract, skills, availability, preferences) is read by the person
 *   and their reporting line; it is set by the leader side (rosters.manage), never by oneself.
 * - While the optimiser works on a plan, nothing else changes it (409); a change made on an old
 *   view of the plan answers 409 (the version moved).
 */

export function mayManagePlan(actor: Actor, ownerRelation: Relation): Decision {
  if (ownerRelation === 'hidden') return denyNotFound('rostering.not_found');
  if (!actor.permissions.has('rosters.manage')) return denyNotFound('rostering.not_found');
  return ALLOW;
}

export function mayReadProfile(rel: Relation): Decision {
  return rel === 'hidden' ? denyNotFound('person.not_found') : ALLOW;
}

export function maySetProfile(actor: Actor, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('person.not_found');
  if (rel === 'self') {
    return denyForbidden("Nobody sets their own contract: it is set by the person's leader.");
  }
  if (!actor.permissions.has('rosters.manage')) return denyForbidden();
  return ALLOW;
}

/** A change to a plan: not while the optimiser runs, and only on the version the user saw. */
export function mayChangePlan(plan: { version: number }, seenVersion: number, solving: boolean): Decision {
  if (solving) {
    return denyConflict('rostering.solve_running', 'The optimiser is working on this plan; wait or stop it.');
  }
  if (plan.version !== seenVersion) {
    return denyConflict('rostering.plan_changed', 'Someone else changed this plan meanwhile; reload it.');
  }
  return ALLOW;
}
