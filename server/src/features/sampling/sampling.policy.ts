import { permissionsOf, type Role } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import { ALLOW, denyConflict, denyForbidden, type Decision } from '../../access/policy.js';

/**
 * Who may do what with QA sampling — stated once, pure.
 *
 * - Plans (list, create, change, pause, draw, see every assessor's progress): assessments.manage.
 * - A draw needs an active plan (409 when paused) and a period of the plan's kind (400).
 * - A plan's assessors: active users whose roles give assessments.score.
 * - An item goes to one of the plan's assessors whose assigned units cover the person, never to the
 *   person themself; with none, it stays unassigned (and the plan page says so).
 * - The queue: assessments.score, and only the caller's own items.
 * Staff (without these permissions) never see sampling.
 */

export function mayManageSampling(actor: Actor): Decision {
  return actor.permissions.has('assessments.manage') ? ALLOW : denyForbidden();
}

export function mayDraw(actor: Actor, plan: { active: boolean }): Decision {
  const m = mayManageSampling(actor);
  if (!m.ok) return m;
  return plan.active ? ALLOW : denyConflict('sampling.paused', 'This plan is paused; resume it to draw.');
}

export function mayOpenQueue(actor: Actor): Decision {
  return actor.permissions.has('assessments.score') ? ALLOW : denyForbidden();
}

/** May this user be a plan's assessor? */
export const mayAssess = (user: { roles: readonly Role[] }): boolean =>
  permissionsOf([...user.roles]).has('assessments.score');

/** May this assessor score this person in a draw: covered by the assessor's units, and not themself. */
export function mayBeAssigned(
  assessor: { userId: string; personId: string | null },
  personId: string,
  covered: ReadonlySet<string> | undefined,
): boolean {
  return assessor.personId !== personId && (covered?.has(personId) ?? false);
}
