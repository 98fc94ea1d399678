import { describe, expect, it } from 'vitest';
import { ACTORS, CASES, outcome, outcomeCode } from '../../../test/policy-cases.js';
import { decidePlan, mayManagePlan, planAbilities } from './improvement-plans.policy.js';

const ACTIVE = { status: 'active' as const, originalEndsOn: null };
const AWAITING = { status: 'awaiting_sign_off' as const, originalEndsOn: null };
const DRAFT = { status: 'draft' as const, originalEndsOn: null };

describe('improvement-plan policy by role and relation', () => {
  // [start a plan (the leader side), HR sign-off of an awaiting plan, acknowledge a draft]
  const expected: Record<string, ['ok' | number, 'ok' | number, 'ok' | number]> = {
    'staff on self': [403, 403, 'ok'],
    'staff on a colleague': [404, 404, 404],
    'supervisor on self': [403, 403, 'ok'],
    'supervisor on a direct report': ['ok', 403, 404],
    'supervisor on another team': [404, 404, 404],
    'manager on a skip-level report': ['ok', 403, 404],
    'manager on another store': [404, 404, 404],
    'assessor on self': [403, 403, 'ok'],
    'assessor on a colleague': [404, 404, 404],
    'hr_admin on self': [403, 403, 'ok'],
    'hr_admin on anyone': ['ok', 'ok', 404],
    'admin on anyone': ['ok', 'ok', 404],
    'staff-only lead on a report': [403, 403, 404],
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    const a = ACTORS[who];
    const [manage, signOff, ack] = expected[name]!;
    expect(outcome(mayManagePlan(a, rel))).toBe(manage);
    expect(outcome(decidePlan(a, AWAITING, rel, 'signOff'))).toBe(signOff);
    expect(outcome(decidePlan(a, DRAFT, rel, 'acknowledge'))).toBe(ack);
    const lead = manage === 'ok';
    expect(planAbilities(a, ACTIVE, rel)).toEqual({
      acknowledge: false,
      review: lead,
      extend: lead,
      close: lead,
      signOff: false,
    });
  });

  it('orders its answers 404, 403, 409', () => {
    const sup = ACTORS.supervisor;
    expect(outcomeCode(decidePlan(sup, DRAFT, 'hidden', 'review'))).toBe('404 improvement_plans.not_found');
    expect(outcomeCode(decidePlan(sup, DRAFT, 'self', 'review'))).toBe('403 auth.forbidden');
    expect(outcomeCode(decidePlan(sup, DRAFT, 'visible', 'review'))).toBe(
      '409 improvement_plans.invalid_state',
    );
    expect(outcomeCode(decidePlan(sup, ACTIVE, 'visible', 'review'))).toBe('ok');
    expect(outcomeCode(decidePlan(sup, AWAITING, 'visible', 'signOff'))).toBe('403 auth.forbidden');
    expect(outcomeCode(decidePlan(ACTORS.hr_admin, ACTIVE, 'visible', 'signOff'))).toBe(
      '409 improvement_plans.invalid_state',
    );
  });

  it('extends once: a plan with an original end date refuses a second extension (409)', () => {
    const sup = ACTORS.supervisor;
    expect(outcome(decidePlan(sup, ACTIVE, 'visible', 'extend'))).toBe('ok');
    const extended = { status: 'extended' as const, originalEndsOn: '2026-12-31' };
    expect(outcomeCode(decidePlan(sup, extended, 'visible', 'extend'))).toBe(
      '409 improvement_plans.already_extended',
    );
    // an extended plan is still reviewed and closed
    expect(outcome(decidePlan(sup, extended, 'visible', 'review'))).toBe('ok');
    expect(outcome(decidePlan(sup, extended, 'visible', 'close'))).toBe('ok');
  });

  it.each(['completed', 'not_met'] as const)('a %s plan is closed to everyone', (status) => {
    for (const { who, rel } of CASES) {
      expect(planAbilities(ACTORS[who], { status, originalEndsOn: null }, rel)).toEqual({
        acknowledge: false,
        review: false,
        extend: false,
        close: false,
        signOff: false,
      });
    }
  });
});
