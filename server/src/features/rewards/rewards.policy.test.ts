import { describe, expect, it } from 'vitest';
import { ACTORS, CASES, outcome } from '../../../test/policy-cases.js';
import { mayAward } from './rewards.policy.js';

describe('rewards policy by role and relation', () => {
  // a manual award to the person
  const expected: Record<string, 'ok' | number> = {
    'staff on self': 403,
    'staff on a colleague': 404,
    'supervisor on self': 403,
    'supervisor on a direct report': 403, // supervisors recognise; rewards are the manager's
    'supervisor on another team': 404,
    'manager on a skip-level report': 'ok',
    'manager on another store': 404,
    'assessor on self': 403,
    'assessor on a colleague': 404,
    'hr_admin on self': 403,
    'hr_admin on anyone': 'ok',
    'admin on anyone': 'ok',
    'staff-only lead on a report': 403,
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    expect(outcome(mayAward(ACTORS[who], rel))).toBe(expected[name]);
  });

  it('says why an award to oneself is refused', () => {
    const d = mayAward(ACTORS.manager, 'self');
    expect(d.ok ? null : d.error().message).toBe('Awards are for someone else.');
  });
});
