import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import { mayBeAssigned, mayDraw, mayManageSampling, mayOpenQueue } from './sampling.policy.js';

const actor = (roles: Role[]): Actor => ({
  kind: 'user',
  userId: 'u',
  personId: 'p',
  roles,
  permissions: permissionsOf(roles),
  sessionId: null,
  requestId: null,
  ip: null,
});

describe('sampling policy', () => {
  it('plans for assessments.manage; the queue for assessments.score; staff neither', () => {
    expect(mayManageSampling(actor(['staff', 'manager'])).ok).toBe(true);
    expect(mayManageSampling(actor(['staff', 'assessor'])).ok).toBe(false);
    expect(mayOpenQueue(actor(['staff', 'assessor'])).ok).toBe(true);
    expect(mayOpenQueue(actor(['staff'])).ok).toBe(false);
    expect(mayManageSampling(actor(['staff'])).ok).toBe(false);
  });
  it('a paused plan draws nothing (409)', () => {
    const d = mayDraw(actor(['staff', 'manager']), { active: false });
    expect(d.ok).toBe(false);
    expect(d.ok ? null : d.error().status).toBe(409);
  });
  it('never assigns a person to themself, and only within the assessor’s units', () => {
    const covered = new Set(['p1', 'p2']);
    expect(mayBeAssigned({ userId: 'u', personId: 'p1' }, 'p1', covered)).toBe(false);
    expect(mayBeAssigned({ userId: 'u', personId: 'p1' }, 'p2', covered)).toBe(true);
    expect(mayBeAssigned({ userId: 'u', personId: null }, 'p3', covered)).toBe(false);
    expect(mayBeAssigned({ userId: 'u', personId: null }, 'p2', undefined)).toBe(false);
  });
});
