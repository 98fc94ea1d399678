import { describe, expect, it } from 'vitest';
import { ACTORS, CASES, outcome } from '../../../test/policy-cases.js';
import { mayRecordObservation } from './indicators.policy.js';

describe('indicators policy by role and relation', () => {
  // record an observation about the person by hand
  const expected: Record<string, 'ok' | number> = {
    'staff on self': 403,
    'staff on a colleague': 404,
    'supervisor on self': 403,
    'supervisor on a direct report': 'ok',
    'supervisor on another team': 404,
    'manager on a skip-level report': 'ok',
    'manager on another store': 404,
    'assessor on self': 403,
    'assessor on a colleague': 404,
    'hr_admin on self': 'ok',
    'hr_admin on anyone': 'ok',
    'admin on anyone': 'ok',
    'staff-only lead on a report': 403,
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    expect(outcome(mayRecordObservation(ACTORS[who], rel))).toBe(expected[name]);
  });
});
