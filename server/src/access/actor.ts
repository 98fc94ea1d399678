import type { Permission, Role } from '@frontline/contract';

/** Who is acting, passed as the first argument to every service method. */
export interface Actor {
  kind: 'user';
  userId: string;
  personId: string | null;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  sessionId: string | null;
  requestId: string | null;
  ip: string | null;
}

/** The server itself (seeding, CLI, first-run set-up before a user exists). */
export interface SystemActor {
  kind: 'system';
  /** The user the event concerns, when known (a sign-in), else null. */
  userId: string | null;
  requestId: string | null;
  ip: string | null;
  reason: string;
}

export type AnyActor = Actor | SystemActor;

export function systemActor(reason: string): SystemActor {
  return { kind: 'system', userId: null, requestId: null, ip: null, reason };
}
