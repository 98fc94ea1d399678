import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import {
  decideReview,
  reviewAbilities,
  reviewRelation,
  reviewVisibility,
  type ReviewState,
} from './reviews.policy.js';

const actor = (roles: Role[], personId: string | null = 'me'): Actor => ({
  kind: 'user',
  userId: 'u',
  personId,
  roles,
  permissions: permissionsOf(roles),
  sessionId: null,
  requestId: null,
  ip: null,
});
const at = (status: ReviewState['status'], signed: Partial<ReviewState> = {}): ReviewState => ({
  status,
  managerSignedAt: null,
  personSignedAt: null,
  ...signed,
});
const code = (d: ReturnType<typeof decideReview>) => (d.ok ? 'ok' : d.error().code);
const sup = actor(['staff', 'supervisor']);
const staff = actor(['staff']);
const hr = actor(['staff', 'hr_admin']);

describe('review policy', () => {
  it('finds the relation: the person, the reviewer, the line above, or hidden', () => {
    expect(reviewRelation(staff, { reviewerPersonId: 'boss' }, 'self')).toBe('self');
    expect(reviewRelation(sup, { reviewerPersonId: 'me' }, 'visible')).toBe('reviewer');
    // The reviewer stays the reviewer after moving out of the person's line.
    expect(reviewRelation(sup, { reviewerPersonId: 'me' }, 'hidden')).toBe('reviewer');
    expect(reviewRelation(hr, { reviewerPersonId: 'boss' }, 'visible')).toBe('line');
    expect(reviewRelation(staff, { reviewerPersonId: 'boss' }, 'hidden')).toBe('hidden');
    expect(reviewRelation(actor(['admin'], null), { reviewerPersonId: null }, 'visible')).toBe('line');
  });

  it('lets only the person write the self review, while it is open', () => {
    expect(code(decideReview(staff, at('self_review'), 'self', 'writeSelf'))).toBe('ok');
    expect(code(decideReview(staff, at('manager_review'), 'self', 'writeSelf'))).toBe('review.invalid_state');
    expect(code(decideReview(sup, at('self_review'), 'reviewer', 'writeSelf'))).toBe('auth.forbidden');
    expect(code(decideReview(hr, at('self_review'), 'line', 'writeSelf'))).toBe('auth.forbidden');
    expect(code(decideReview(staff, at('self_review'), 'hidden', 'writeSelf'))).toBe('review.not_found');
  });

  it("lets only the reviewer with reviews.conduct write the manager's review, until sign-off", () => {
    expect(code(decideReview(sup, at('self_review'), 'reviewer', 'writeManager'))).toBe('ok');
    expect(code(decideReview(sup, at('manager_review'), 'reviewer', 'writeManager'))).toBe('ok');
    expect(code(decideReview(sup, at('sign_off'), 'reviewer', 'writeManager'))).toBe('review.invalid_state');
    expect(code(decideReview(staff, at('manager_review'), 'reviewer', 'writeManager'))).toBe(
      'auth.forbidden',
    );
    expect(code(decideReview(hr, at('manager_review'), 'line', 'writeManager'))).toBe('auth.forbidden');
    expect(code(decideReview(staff, at('manager_review'), 'self', 'writeManager'))).toBe('auth.forbidden');
  });

  it('lets the person and the reviewer sign once each at sign-off; a signed review is locked', () => {
    expect(code(decideReview(staff, at('sign_off'), 'self', 'sign'))).toBe('ok');
    expect(code(decideReview(sup, at('sign_off'), 'reviewer', 'sign'))).toBe('ok');
    expect(code(decideReview(staff, at('sign_off', { personSignedAt: new Date() }), 'self', 'sign'))).toBe(
      'review.invalid_state',
    );
    expect(code(decideReview(hr, at('sign_off'), 'line', 'sign'))).toBe('auth.forbidden');
    expect(code(decideReview(staff, at('manager_review'), 'self', 'sign'))).toBe('review.invalid_state');
    for (const a of ['writeSelf', 'writeManager', 'recordMeeting', 'sign'] as const) {
      const rel = a === 'writeSelf' ? 'self' : 'reviewer';
      expect(code(decideReview(a === 'writeSelf' ? staff : sup, at('signed'), rel, a))).toBe('review.locked');
    }
    expect(reviewAbilities(sup, at('signed'), 'reviewer')).toEqual({
      writeSelf: false,
      writeManager: false,
      recordMeeting: false,
      sign: false,
      signAsPerson: false,
      calibrate: false,
      requestInput: false,
      // Locked, but an amendment (a new version) is possible.
      amend: true,
    });
    expect(reviewAbilities(staff, at('sign_off'), 'self')).toMatchObject({ sign: true, signAsPerson: true });
    expect(reviewAbilities(sup, at('sign_off'), 'reviewer')).toMatchObject({
      sign: true,
      signAsPerson: false,
    });
  });

  it("shows the self review once handed in and the manager's review from sign-off to the person", () => {
    const draft = { status: 'manager_review' as const, selfSubmittedAt: null };
    expect(reviewVisibility('reviewer', draft)).toEqual({ self: false, manager: true, evidence: true });
    expect(reviewVisibility('self', draft)).toEqual({ self: true, manager: false, evidence: false });
    expect(reviewVisibility('self', { status: 'sign_off', selfSubmittedAt: new Date() }).manager).toBe(true);
  });
  it('calibrates in sign-off before anyone signs: the reviewer and the line with reviews.conduct', () => {
    expect(code(decideReview(sup, at('sign_off'), 'reviewer', 'calibrate'))).toBe('ok');
    expect(code(decideReview(hr, at('sign_off'), 'line', 'calibrate'))).toBe('ok');
    expect(code(decideReview(staff, at('sign_off'), 'self', 'calibrate'))).toBe('auth.forbidden');
    expect(code(decideReview(staff, at('sign_off'), 'line', 'calibrate'))).toBe('auth.forbidden');
    expect(code(decideReview(sup, at('manager_review'), 'reviewer', 'calibrate'))).toBe(
      'review.invalid_state',
    );
    const oneSigned = at('sign_off', { personSignedAt: new Date() });
    expect(code(decideReview(sup, oneSigned, 'reviewer', 'calibrate'))).toBe('review.invalid_state');
    expect(code(decideReview(sup, at('signed'), 'reviewer', 'calibrate'))).toBe('review.locked');
  });

  it('asks for input until the manager hands the review on', () => {
    expect(code(decideReview(sup, at('self_review'), 'reviewer', 'requestInput'))).toBe('ok');
    expect(code(decideReview(sup, at('manager_review'), 'reviewer', 'requestInput'))).toBe('ok');
    expect(code(decideReview(sup, at('sign_off'), 'reviewer', 'requestInput'))).toBe('review.invalid_state');
    expect(code(decideReview(staff, at('self_review'), 'self', 'requestInput'))).toBe('auth.forbidden');
  });

  it('amends only a signed review, which is otherwise locked', () => {
    expect(code(decideReview(sup, at('signed'), 'reviewer', 'amend'))).toBe('ok');
    expect(code(decideReview(hr, at('signed'), 'line', 'amend'))).toBe('ok');
    expect(code(decideReview(sup, at('sign_off'), 'reviewer', 'amend'))).toBe('review.invalid_state');
    expect(code(decideReview(staff, at('signed'), 'self', 'amend'))).toBe('auth.forbidden');
    expect(code(decideReview(staff, at('signed'), 'hidden', 'amend'))).toBe('review.not_found');
    expect(reviewAbilities(sup, at('signed'), 'reviewer')).toMatchObject({ amend: true, calibrate: false });
  });
});
