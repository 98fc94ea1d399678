import type { LeaveStatus } from '@frontline/contract';
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
 * Who may do what with leave — stated once; the service guards with these decisions. Pure.
 *
 * - A person's leave is seen by the person and their reporting line (and HR/admin); anyone else
 *   gets 404.
 * - One requests one's own leave; the leader side (rosters.manage) records a person's leave,
 *   approved at once, and approves or declines their requests — never their own.
 * - Leave is cancelled by the person or the leader side before it has ended; a declined or
 *   cancelled record is not changed again (409).
 */

export function mayReadLeave(rel: Relation): Decision {
  return rel === 'hidden' ? denyNotFound('leave.not_found') : ALLOW;
}

export function mayRequestLeave(actor: Actor, rel: Relation): Decision {
  if (rel === 'hidden') return denyNotFound('person.not_found');
  if (rel === 'self') return ALLOW;
  return actor.permissions.has('rosters.manage') ? ALLOW : denyForbidden();
}

export function mayDecideLeave(actor: Actor, rel: Relation, status: LeaveStatus): Decision {
  if (rel === 'hidden') return denyNotFound('leave.not_found');
  if (rel === 'self') return denyForbidden('Nobody approves their own leave: their leader does.');
  if (!actor.permissions.has('rosters.manage')) return denyForbidden();
  if (status !== 'requested') {
    return denyConflict('rostering.leave_decided', 'This leave has already been decided or cancelled.');
  }
  return ALLOW;
}

export function mayCancelLeave(
  actor: Actor,
  rel: Relation,
  leave: { status: LeaveStatus; endsOn: string },
  today: string,
): Decision {
  if (rel === 'hidden') return denyNotFound('leave.not_found');
  if (rel === 'visible' && !actor.permissions.has('rosters.manage')) return denyForbidden();
  if (leave.status === 'declined' || leave.status === 'cancelled') {
    return denyConflict('rostering.leave_decided', 'This leave has already been declined or cancelled.');
  }
  if (leave.endsOn < today) return denyConflict('rostering.leave_over', 'This leave has already ended.');
  return ALLOW;
}
