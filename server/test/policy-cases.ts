import { permissionsOf, type Role } from '@frontline/contract';
import type { Actor } from '../src/access/actor.js';
import type { Decision, Relation } from '../src/access/policy.js';

/**
 * Actors and relations for the policy unit tests (*.policy.test.ts, no database): who acts, and
 * how the record's person stands to them, as access.relationTo would find it.
 */
export function actorAs(roles: Role[], personId: string | null = 'p-actor'): Actor {
  return {
    kind: 'user',
    userId: `u-${personId ?? 'nobody'}`,
    personId,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}

export const ACTORS = {
  staff: actorAs(['staff']),
  supervisor: actorAs(['staff', 'supervisor']),
  manager: actorAs(['staff', 'manager']),
  assessor: actorAs(['staff', 'assessor']),
  hr_admin: actorAs(['staff', 'hr_admin']),
  /** An admin account without a person record. */
  admin: actorAs(['admin'], null),
  /** Someone with reports on the reporting line but only the staff role (no *.manage). */
  lead: actorAs(['staff']),
} as const;
export type Who = keyof typeof ACTORS;

/**
 * Each case: who acts and how the record's person stands to them. A direct and an indirect
 * (skip-level) report are both `visible`; so is anyone for hr_admin and admin.
 */
export interface RelationCase {
  name: string;
  who: Who;
  rel: Relation;
}
export const CASES: readonly RelationCase[] = [
  { name: 'staff on self', who: 'staff', rel: 'self' },
  { name: 'staff on a colleague', who: 'staff', rel: 'hidden' },
  { name: 'supervisor on self', who: 'supervisor', rel: 'self' },
  { name: 'supervisor on a direct report', who: 'supervisor', rel: 'visible' },
  { name: 'supervisor on another team', who: 'supervisor', rel: 'hidden' },
  { name: 'manager on a skip-level report', who: 'manager', rel: 'visible' },
  { name: 'manager on another store', who: 'manager', rel: 'hidden' },
  { name: 'assessor on self', who: 'assessor', rel: 'self' },
  { name: 'assessor on a colleague', who: 'assessor', rel: 'hidden' },
  { name: 'hr_admin on self', who: 'hr_admin', rel: 'self' },
  { name: 'hr_admin on anyone', who: 'hr_admin', rel: 'visible' },
  { name: 'admin on anyone', who: 'admin', rel: 'visible' },
  { name: 'staff-only lead on a report', who: 'lead', rel: 'visible' },
];

/** A decision as a short outcome: 'ok', or the HTTP status of the refusal. */
export function outcome(d: Decision): 'ok' | number {
  return d.ok ? 'ok' : d.error().status;
}

/** A decision as 'ok' or 'status code' (e.g. '409 goal.not_your_turn'). */
export function outcomeCode(d: Decision): string {
  if (d.ok) return 'ok';
  const e = d.error();
  return `${e.status} ${e.code}`;
}
