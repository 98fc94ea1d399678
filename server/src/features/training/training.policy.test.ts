import { describe, expect, it } from 'vitest';
import { ACTORS, CASES, outcome, outcomeCode } from '../../../test/policy-cases.js';
import { assignmentAbilities, decideAssignment, mayAssignTraining } from './training.policy.js';

describe('training policy by role and relation', () => {
  // assign a course to the person; abilities on an open assignment
  const expected: Record<
    string,
    ['ok' | number, { complete: boolean; enterScore: boolean; cancel: boolean }]
  > = {
    'staff on self': [403, { complete: true, enterScore: false, cancel: false }],
    'staff on a colleague': [404, { complete: false, enterScore: false, cancel: false }],
    'supervisor on self': ['ok', { complete: true, enterScore: false, cancel: false }],
    'supervisor on a direct report': ['ok', { complete: true, enterScore: true, cancel: true }],
    'supervisor on another team': [404, { complete: false, enterScore: false, cancel: false }],
    'manager on a skip-level report': ['ok', { complete: true, enterScore: true, cancel: true }],
    'manager on another store': [404, { complete: false, enterScore: false, cancel: false }],
    'assessor on self': [403, { complete: true, enterScore: false, cancel: false }],
    'assessor on a colleague': [404, { complete: false, enterScore: false, cancel: false }],
    'hr_admin on self': ['ok', { complete: true, enterScore: false, cancel: false }],
    'hr_admin on anyone': ['ok', { complete: true, enterScore: true, cancel: true }],
    'admin on anyone': ['ok', { complete: true, enterScore: true, cancel: true }],
    'staff-only lead on a report': [403, { complete: false, enterScore: false, cancel: false }],
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    const a = ACTORS[who];
    const [assign, abilities] = expected[name]!;
    expect(outcome(mayAssignTraining(a, rel))).toBe(assign);
    expect(assignmentAbilities(a, { status: 'assigned' }, rel)).toEqual(abilities);
  });

  it('a completed or cancelled assignment is closed to everyone', () => {
    for (const status of ['completed', 'cancelled'] as const) {
      for (const { who, rel } of CASES) {
        expect(assignmentAbilities(ACTORS[who], { status }, rel)).toEqual({
          complete: false,
          enterScore: false,
          cancel: false,
        });
      }
    }
  });

  it('answers 404, then 403 (own score, own cancel), then 409', () => {
    const staff = ACTORS.staff;
    expect(outcomeCode(decideAssignment(staff, { status: 'completed' }, 'hidden', 'complete'))).toBe(
      '404 training.not_found',
    );
    expect(outcomeCode(decideAssignment(staff, { status: 'assigned' }, 'self', 'enterScore'))).toBe(
      '403 auth.forbidden',
    );
    expect(outcomeCode(decideAssignment(staff, { status: 'assigned' }, 'self', 'cancel'))).toBe(
      '403 auth.forbidden',
    );
    expect(outcomeCode(decideAssignment(staff, { status: 'completed' }, 'self', 'complete'))).toBe(
      '409 training.invalid_state',
    );
    expect(outcomeCode(mayAssignTraining(ACTORS.supervisor, 'hidden'))).toBe('404 person.not_found');
  });
});
