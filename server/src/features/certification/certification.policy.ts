import type { CertificationAbilities, CertificationStatus, UncertifiedPolicy } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import {
  abilitiesOf,
  ALLOW,
  denyConflict,
  denyForbidden,
  denyNotFound,
  type Decision,
} from '../../access/policy.js';

/**
 * Assessor certification, the rules stated once (pure: the service finds the facts).
 *
 * - Eligible: the assessor course completed (not failed) AND a revealed calibration session on the
 *   scorecard gave the assessor a result past the threshold: every criterion the organisation set —
 *   alpha against the benchmark at least `minAlpha`, absolute bias at most `maxBiasPoints` (points of
 *   the item's scale out of 100). With neither criterion set no result passes (only a lead's grant).
 * - A certification runs from the later of the two dates for `validityMonths` calendar months; it is
 *   "expiring" within `reminderDays` of its end, "expired" after it, "revoked" once a lead revoked it.
 * - Policy: an uncertified assessor's evaluation counts (and is marked) under 'count_marked', and
 *   creates no observation under 'not_counted'.
 * - Who: a lead (assessments.manage) sees everyone, grants and revokes; an assessor sees their own
 *   rows only; anyone else's row or certification answers 404.
 */

export interface Threshold {
  minAlpha: number | null;
  maxBiasPoints: number | null;
}

export interface CalibrationResult {
  alpha: number | null;
  biasPoints: number | null;
}

export function passesThreshold(t: Threshold, r: CalibrationResult): boolean {
  if (t.minAlpha === null && t.maxBiasPoints === null) return false;
  if (t.minAlpha !== null && (r.alpha === null || !(r.alpha >= t.minAlpha))) return false;
  if (t.maxBiasPoints !== null && (r.biasPoints === null || !(Math.abs(r.biasPoints) <= t.maxBiasPoints))) {
    return false;
  }
  return true;
}

/** `months` calendar months after `from` (UTC), the day clamped to the month's last. */
export function addMonths(from: Date, months: number): Date {
  const out = new Date(from.getTime());
  out.setUTCDate(1);
  out.setUTCMonth(out.getUTCMonth() + months);
  const last = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
  out.setUTCDate(Math.min(from.getUTCDate(), last));
  return out;
}

const DAY = 86_400_000;

export interface CertificationFacts {
  expiresAt: Date;
  revokedAt: Date | null;
}

/** The status of the latest certification at `now` (null: never certified). */
export function certificationStatus(
  current: CertificationFacts | null,
  now: Date,
  reminderDays: number,
): CertificationStatus {
  if (!current) return 'not_certified';
  if (current.revokedAt !== null && current.revokedAt.getTime() <= now.getTime()) return 'revoked';
  if (current.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (current.expiresAt.getTime() - now.getTime() <= reminderDays * DAY) return 'expiring';
  return 'certified';
}

/** Is the assessor certified at `now` (certified or expiring)? */
export const isCertified = (s: CertificationStatus): boolean => s === 'certified' || s === 'expiring';

/** Does an evaluation count (become an observation)? */
export const countsUnderPolicy = (certified: boolean, policy: UncertifiedPolicy): boolean =>
  certified || policy === 'count_marked';

/** What is missing for a certification. */
export function missingFor(courseDone: boolean, calibrationPassed: boolean): ('course' | 'calibration')[] {
  return [
    ...(courseDone ? [] : (['course'] as const)),
    ...(calibrationPassed ? [] : (['calibration'] as const)),
  ];
}

/**
 * The certification a grant would make: from the later of the course completion and the session's
 * reveal, for the validity; null when either is missing, the result falls short, or it has run out.
 */
export function automaticGrant(
  input: {
    courseCompletedAt: Date | null;
    revealedAt: Date | null;
    result: CalibrationResult;
    threshold: Threshold;
    validityMonths: number;
  },
  now: Date,
): { grantedAt: Date; expiresAt: Date } | null {
  const { courseCompletedAt, revealedAt } = input;
  if (!courseCompletedAt || !revealedAt || !passesThreshold(input.threshold, input.result)) return null;
  const grantedAt = courseCompletedAt > revealedAt ? courseCompletedAt : revealedAt;
  if (grantedAt.getTime() > now.getTime()) return null;
  const expiresAt = addMonths(grantedAt, input.validityMonths);
  return expiresAt.getTime() > now.getTime() ? { grantedAt, expiresAt } : null;
}

export type CertificationAction = keyof CertificationAbilities;

const isLead = (actor: Actor) => actor.permissions.has('assessments.manage');

/** Sees everyone's rows (a lead) or only their own. */
export const seesAll = isLead;

/** May the actor see this assessor's certification? Someone else's: 404. */
export function mayViewCertification(actor: Actor, userId: string): Decision {
  return isLead(actor) || actor.userId === userId ? ALLOW : denyNotFound('certification.not_found');
}

/** Granting and revoking: a lead; revoking a revoked certification 409. */
export function decideCertification(
  actor: Actor,
  action: CertificationAction,
  facts: { userId: string; revoked: boolean; exists: boolean },
): Decision {
  const view = mayViewCertification(actor, facts.userId);
  if (!view.ok) return view;
  if (!isLead(actor)) return denyForbidden();
  if (action === 'revoke') {
    if (!facts.exists) {
      return denyConflict('certification.invalid_state', 'There is no certification to revoke.');
    }
    if (facts.revoked) {
      return denyConflict('certification.invalid_state', 'The certification is already revoked.');
    }
  }
  return ALLOW;
}

/** Changing the organisation's settings: a lead. */
export const maySetSettings = (actor: Actor): Decision => (isLead(actor) ? ALLOW : denyForbidden());

export const certificationAbilities = (
  actor: Actor,
  facts: { userId: string; revoked: boolean; exists: boolean },
): CertificationAbilities =>
  abilitiesOf(['grant', 'revoke'] as const, (a) => decideCertification(actor, a, facts));
