import type { ErrorCode } from '@frontline/contract';
import { AppError, Forbidden, NotFound } from '../lib/errors.js';
import type { Actor } from './actor.js';

/**
 * Where a record's person stands to the actor — the one fact about the reporting line a policy
 * needs (access.relationTo finds it; policies never query):
 * - `self`: the actor's own record;
 * - `visible`: someone the actor may see — a direct or indirect report, or anyone at all for
 *   those who see everyone (hr_admin, admin);
 * - `hidden`: anyone else. A policy answers 404 for it, so ids cannot be probed.
 */
export type Relation = 'self' | 'visible' | 'hidden';

/** The relation for a record the actor is already known to see (one read through a scoped list or a check). */
export const seenRelation = (actor: Actor, personId: string): Relation =>
  actor.personId === personId ? 'self' : 'visible';

/**
 * A policy's answer: allowed, or the error that refuses it. The error is made only when it is
 * thrown, so computing abilities for a list costs nothing.
 */
export type Decision = { readonly ok: true } | { readonly ok: false; readonly error: () => AppError };

export const ALLOW: Decision = { ok: true };
export const deny = (error: () => AppError): Decision => ({ ok: false, error });
export const denyNotFound = (code: ErrorCode): Decision => deny(() => NotFound(code));
export const denyForbidden = (message?: string): Decision => deny(() => Forbidden('auth.forbidden', message));
export const denyConflict = (code: ErrorCode, message: string): Decision =>
  deny(() => new AppError(code, 409, message));

/** The first refusal among the checks, in order; else allowed. */
export function firstOf(...checks: (() => Decision)[]): Decision {
  for (const check of checks) {
    const d = check();
    if (!d.ok) return d;
  }
  return ALLOW;
}

/** Throws the refusal (the service's guard); does nothing when allowed. */
export function enforce(d: Decision): void {
  if (!d.ok) throw d.error();
}

/** The abilities object sent to the web: each action's decision, as a boolean. */
export function abilitiesOf<A extends string>(
  actions: readonly A[],
  decide: (action: A) => Decision,
): Record<A, boolean> {
  const out = {} as Record<A, boolean>;
  for (const a of actions) out[a] = decide(a).ok;
  return out;
}
