import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import {
  addMonths,
  automaticGrant,
  certificationAbilities,
  certificationStatus,
  countsUnderPolicy,
  decideCertification,
  isCertified,
  missingFor,
  mayViewCertification,
  passesThreshold,
} from './certification.policy.js';

const actor = (userId: string, roles: Role[]): Actor => ({
  kind: 'user',
  userId,
  personId: null,
  roles,
  permissions: permissionsOf(roles),
  sessionId: null,
  requestId: null,
  ip: null,
});

const d = (s: string) => new Date(s);

describe('passesThreshold', () => {
  it('needs every criterion that is set', () => {
    expect(passesThreshold({ minAlpha: 0.8, maxBiasPoints: null }, { alpha: 0.8, biasPoints: 40 })).toBe(
      true,
    );
    expect(passesThreshold({ minAlpha: 0.8, maxBiasPoints: null }, { alpha: 0.79, biasPoints: 0 })).toBe(
      false,
    );
    expect(passesThreshold({ minAlpha: null, maxBiasPoints: 10 }, { alpha: null, biasPoints: -10 })).toBe(
      true,
    );
    expect(passesThreshold({ minAlpha: null, maxBiasPoints: 10 }, { alpha: 1, biasPoints: 10.5 })).toBe(
      false,
    );
    expect(passesThreshold({ minAlpha: 0.8, maxBiasPoints: 10 }, { alpha: 0.9, biasPoints: 12 })).toBe(false);
    expect(passesThreshold({ minAlpha: 0.8, maxBiasPoints: 10 }, { alpha: 0.9, biasPoints: -5 })).toBe(true);
  });
  it('an undefined figure or no criterion never passes', () => {
    expect(passesThreshold({ minAlpha: 0.8, maxBiasPoints: null }, { alpha: null, biasPoints: 0 })).toBe(
      false,
    );
    expect(passesThreshold({ minAlpha: null, maxBiasPoints: 5 }, { alpha: 1, biasPoints: null })).toBe(false);
    expect(passesThreshold({ minAlpha: null, maxBiasPoints: null }, { alpha: 1, biasPoints: 0 })).toBe(false);
  });
});

describe('addMonths', () => {
  it('adds calendar months, the day clamped to the month', () => {
    expect(addMonths(d('2026-01-31T09:00:00Z'), 1).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(addMonths(d('2026-03-15T00:00:00Z'), 12).toISOString()).toBe('2027-03-15T00:00:00.000Z');
    expect(addMonths(d('2026-11-30T12:00:00Z'), 3).toISOString()).toBe('2027-02-28T12:00:00.000Z');
  });
});

describe('certificationStatus', () => {
  const now = d('2026-12-01T00:00:00Z');
  it('reads certified, expiring within the lead days, expired, revoked, not certified', () => {
    expect(certificationStatus(null, now, 30)).toBe('not_certified');
    expect(certificationStatus({ expiresAt: d('2027-06-01T00:00:00Z'), revokedAt: null }, now, 30)).toBe(
      'certified',
    );
    expect(certificationStatus({ expiresAt: d('2026-12-31T00:00:00Z'), revokedAt: null }, now, 30)).toBe(
      'expiring',
    );
    expect(certificationStatus({ expiresAt: d('2026-12-01T00:00:00Z'), revokedAt: null }, now, 30)).toBe(
      'expired',
    );
    expect(
      certificationStatus(
        { expiresAt: d('2027-06-01T00:00:00Z'), revokedAt: d('2026-11-01T00:00:00Z') },
        now,
        30,
      ),
    ).toBe('revoked');
    expect(isCertified('expiring')).toBe(true);
    expect(isCertified('expired')).toBe(false);
  });
});

describe('policy and eligibility', () => {
  it('counts an uncertified evaluation only under count_marked', () => {
    expect(countsUnderPolicy(true, 'not_counted')).toBe(true);
    expect(countsUnderPolicy(false, 'count_marked')).toBe(true);
    expect(countsUnderPolicy(false, 'not_counted')).toBe(false);
  });
  it('says what is missing', () => {
    expect(missingFor(false, false)).toEqual(['course', 'calibration']);
    expect(missingFor(true, false)).toEqual(['calibration']);
    expect(missingFor(true, true)).toEqual([]);
  });
  const base = {
    courseCompletedAt: d('2026-10-01T00:00:00Z'),
    revealedAt: d('2026-11-01T00:00:00Z'),
    result: { alpha: 0.85, biasPoints: 2 },
    threshold: { minAlpha: 0.8, maxBiasPoints: null },
    validityMonths: 12,
  };
  it('grants from the later date for the validity', () => {
    expect(automaticGrant(base, d('2026-12-01T00:00:00Z'))).toEqual({
      grantedAt: d('2026-11-01T00:00:00Z'),
      expiresAt: d('2027-11-01T00:00:00Z'),
    });
  });
  it('grants nothing without the course, below the threshold, or when it has already run out', () => {
    const now = d('2026-12-01T00:00:00Z');
    expect(automaticGrant({ ...base, courseCompletedAt: null }, now)).toBeNull();
    expect(automaticGrant({ ...base, result: { alpha: 0.6, biasPoints: 0 } }, now)).toBeNull();
    expect(automaticGrant(base, d('2027-11-01T00:00:00Z'))).toBeNull();
  });
});

describe('who', () => {
  const lead = actor('u-lead', ['staff', 'manager']);
  const assessor = actor('u-a', ['staff', 'assessor']);
  const staff = actor('u-s', ['staff']);
  const facts = { userId: 'u-a', revoked: false, exists: true };
  it('a lead grants and revokes; revoking a revoked one is 409', () => {
    expect(decideCertification(lead, 'grant', facts).ok).toBe(true);
    expect(decideCertification(lead, 'revoke', facts).ok).toBe(true);
    const d2 = decideCertification(lead, 'revoke', { ...facts, revoked: true });
    expect(d2.ok ? 0 : d2.error().status).toBe(409);
  });
  it('an assessor sees their own but may not grant (403); someone else’s is 404', () => {
    expect(mayViewCertification(assessor, 'u-a').ok).toBe(true);
    const own = decideCertification(assessor, 'grant', facts);
    expect(own.ok ? 0 : own.error().status).toBe(403);
    const other = decideCertification(assessor, 'revoke', { ...facts, userId: 'u-b' });
    expect(other.ok ? 0 : other.error().status).toBe(404);
    expect(certificationAbilities(assessor, facts)).toEqual({ grant: false, revoke: false });
    expect(certificationAbilities(lead, facts)).toEqual({ grant: true, revoke: true });
  });
  it('staff see nothing of it', () => {
    expect(mayViewCertification(staff, 'u-a').ok).toBe(false);
  });
});
