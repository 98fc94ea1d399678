import { seesEveryone } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import { ALLOW, denyForbidden, denyNotFound, type Decision, type Relation } from '../../access/policy.js';

/**
 * Who may record an observation by hand (a floor observation, a mystery-shop visit) — stated
 * once; the service guards with this decision. Pure: the service finds the relation. About a
 * person in the actor's scope (404 otherwise), with observations.write, and never about oneself
 * unless one sees everyone (HR and administrators keep their own records straight).
 */
export function mayRecordObservation(actor: Actor, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('person.not_found');
  if (!actor.permissions.has('observations.write')) return denyForbidden();
  if (rel === 'self' && !seesEveryone(actor.roles)) {
    return denyForbidden('You cannot record observations about yourself.');
  }
  return ALLOW;
}
