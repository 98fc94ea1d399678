import type { ActionItemAbilities, CheckinAbilities, CheckinStatus, ErrorCode } from '@frontline/contract';
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
 * Who may do what with check-ins and action items — stated once; the service guards with these
 * decisions and fills `abilities` from them. Pure: the service finds the relation.
 *
 * A check-in is held by the leader side: someone who sees the person (their manager, a
 * skip-level manager, hr_admin, admin), holds checkins.manage and is not the person (403 on
 * oneself). The person reads it, without the private notes. Someone else's answers 404; a state
 * that does not allow the change answers 409. An action item is edited by the leader side and
 * ticked by the leader side or its owner.
 */

/** The leader side of the person: 403 on oneself, 404 when hidden, 403 without checkins.manage. */
export function mayLead(actor: Actor, rel: Relation, notFound: ErrorCode = 'person.not_found'): Decision {
  if (rel === 'self') {
    return denyForbidden('A check-in is held by the leader side, not by the person themself.');
  }
  if (rel === 'hidden') return denyNotFound(notFound);
  return actor.permissions.has('checkins.manage') ? ALLOW : denyForbidden();
}

/**
 * - edit: notes (any check-in not cancelled);
 * - move: scheduled time, duration, place (planned only);
 * - refreshAgenda, hold, cancel: planned only;
 * - seePrivate: the private notes (the leader side, whatever the state).
 */
export type CheckinAction = 'edit' | 'move' | 'refreshAgenda' | 'hold' | 'cancel' | 'seePrivate';

function stateAllows(status: CheckinStatus, action: CheckinAction): Decision {
  const conflict = (message: string) => denyConflict('checkin.invalid_state', message);
  switch (action) {
    case 'seePrivate':
      return ALLOW;
    case 'edit':
      return status === 'cancelled' ? conflict('A cancelled check-in cannot be changed.') : ALLOW;
    case 'move':
      return status === 'planned' ? ALLOW : conflict('Only a planned check-in can be moved.');
    case 'refreshAgenda':
      return status === 'planned' ? ALLOW : conflict('Only a planned check-in has an agenda to refresh.');
    case 'hold':
      return status === 'planned' ? ALLOW : conflict(`A ${status} check-in cannot be held.`);
    case 'cancel':
      return status === 'planned' ? ALLOW : conflict(`A ${status} check-in cannot be cancelled.`);
  }
}

/** May the actor do `action` to this check-in now? 403 on oneself, 404 when hidden, 403, 409. */
export function decideCheckin(
  actor: Actor,
  c: { status: CheckinStatus },
  rel: Relation,
  action: CheckinAction,
): Decision {
  return firstOf(
    () => mayLead(actor, rel, 'checkin.not_found'),
    () => stateAllows(c.status, action),
  );
}

const CHECKIN_ABILITIES: readonly (keyof CheckinAbilities)[] = [
  'edit',
  'refreshAgenda',
  'hold',
  'cancel',
  'seePrivate',
];

/** The abilities sent with a check-in. */
export function checkinAbilities(
  actor: Actor,
  c: { status: CheckinStatus },
  rel: Relation,
): CheckinAbilities {
  return abilitiesOf(CHECKIN_ABILITIES, (a) => decideCheckin(actor, c, rel, a));
}

/** A change to an action item: `edit` (title, due date) or `toggle` (done or undone). */
export type ActionItemAction = keyof ActionItemAbilities;

/**
 * May the actor change this action item? Its owner may tick it even when its person is hidden
 * from them; anyone else who cannot see the person gets 404; others but the leader side, 403.
 */
export function decideActionItem(
  actor: Actor,
  item: { ownerPersonId: string },
  rel: Relation,
  action: ActionItemAction,
): Decision {
  const owner = actor.personId !== null && item.ownerPersonId === actor.personId;
  if (rel === 'hidden' && !owner) return denyNotFound('action_item.not_found');
  if (action === 'toggle' && owner) return ALLOW;
  return mayLead(actor, rel).ok
    ? ALLOW
    : denyForbidden('Only the owner may tick this item; only the leader side may edit it.');
}

const ITEM_ABILITIES: readonly ActionItemAction[] = ['edit', 'toggle'];

/** The abilities sent with an action item. */
export function actionItemAbilities(
  actor: Actor,
  item: { ownerPersonId: string },
  rel: Relation,
): ActionItemAbilities {
  return abilitiesOf(ITEM_ABILITIES, (a) => decideActionItem(actor, item, rel, a));
}
