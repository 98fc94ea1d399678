import type { Actor } from '../../access/actor.js';
import { ALLOW, denyForbidden, denyNotFound, type Decision, type Relation } from '../../access/policy.js';

/**
 * Who may give a manual award — stated once; the service guards with this decision. Pure: the
 * service finds the relation. Awards are for someone else: a person in the actor's scope (404
 * otherwise, so ids cannot be probed), never oneself, and only with rewards.manage.
 */
export function mayAward(actor: Actor, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('person.not_found');
  if (rel === 'self') return denyForbidden('Awards are for someone else.');
  return actor.permissions.has('rewards.manage') ? ALLOW : denyForbidden();
}
