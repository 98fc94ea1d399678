import { seesEveryone, type PersonAbilities } from '@frontline/contract';
import type { AnyActor } from '../../access/actor.js';
import { ALLOW, denyForbidden, denyNotFound, type Decision, type Relation } from '../../access/policy.js';
import { mayGiveFeedback } from '../feedback/feedback.policy.js';

/**
 * Who may do what about a person's record — stated once; the service guards with these decisions
 * and fills `abilities` from them. Pure: the service finds the relation.
 *
 * A record is changed by those who hold people.write and see everyone (hr_admin, admin) and by
 * the server itself; someone hidden from the actor answers 404.
 */
export function mayEditPerson(actor: AnyActor, rel: Relation): Decision {
  if (actor.kind === 'system') return ALLOW;
  if (rel === 'hidden') return denyNotFound('person.not_found');
  return actor.permissions.has('people.write') && seesEveryone(actor.roles)
    ? ALLOW
    : denyForbidden('People’s records are changed by those who see everyone.');
}

/** The abilities sent with a person: what the reader may do here and on the person's page. */
export function personAbilities(actor: AnyActor, rel: Relation): PersonAbilities {
  return {
    edit: mayEditPerson(actor, rel).ok,
    giveFeedback: actor.kind === 'user' && mayGiveFeedback(actor, rel).ok,
  };
}
