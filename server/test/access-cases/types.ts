import type { Role } from '@frontline/contract';
import type { TestApp } from '../http.js';
import type { Org } from '../factories.js';

/** Shared shapes of the access matrix (server/test/access-matrix.db.test.ts); one file of cases per feature. */
export type Who = 'staff' | 'supervisor' | 'manager' | 'assessor' | 'hr_admin' | 'admin';
export const ACTOR_ROLES: Record<Who, Role[]> = {
  staff: ['staff'],
  supervisor: ['staff', 'supervisor'],
  manager: ['staff', 'manager'],
  assessor: ['staff', 'assessor'],
  hr_admin: ['staff', 'hr_admin'],
  admin: ['admin'],
};

export interface Ctx {
  t: TestApp;
  org: Org;
  seq: () => number;
  fixtures: { indicatorId: string; policyId: string };
}
export interface Call {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  fresh?: boolean; // needs its own session (the call ends or changes it)
}
export interface Case {
  /** The record is a person's, so record-level scope applies. */
  person?: boolean;
  /** On one's own record the answer is 403: always (supervisor-side actions), or unless one sees everyone. */
  selfForbidden?: 'always' | 'unless_sees_everyone';
  ok: number[];
  /** When the answer depends on who asks beyond permission and person scope (e.g. an import's owner). */
  okFor?: (who: Who) => number[];
  build(ctx: Ctx, targetPersonId: string, who: Who | 'anonymous'): Promise<Call> | Call;
}
