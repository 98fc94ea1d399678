import { describe, expect, it } from 'vitest';
import { ACTORS, CASES, outcome, outcomeCode } from '../../../test/policy-cases.js';
import { coachingAbilities, decideCoaching, mayCoach } from './coaching.policy.js';

describe('coaching policy by role and relation', () => {
  // the coach side (a new plan); abilities on an active plan
  const expected: Record<string, ['ok' | number, { edit: boolean; assignCourse: boolean }]> = {
    'staff on self': [403, { edit: false, assignCourse: false }],
    'staff on a colleague': [404, { edit: false, assignCourse: false }],
    // a supervisor may assign themself a course from their own plan (training's rule), not coach it
    'supervisor on self': [403, { edit: false, assignCourse: true }],
    'supervisor on a direct report': ['ok', { edit: true, assignCourse: true }],
    'supervisor on another team': [404, { edit: false, assignCourse: false }],
    'manager on a skip-level report': ['ok', { edit: true, assignCourse: true }],
    'manager on another store': [404, { edit: false, assignCourse: false }],
    'assessor on self': [403, { edit: false, assignCourse: false }],
    'assessor on a colleague': [404, { edit: false, assignCourse: false }],
    'hr_admin on self': [403, { edit: false, assignCourse: true }],
    'hr_admin on anyone': ['ok', { edit: true, assignCourse: true }],
    'admin on anyone': ['ok', { edit: true, assignCourse: true }],
    'staff-only lead on a report': [403, { edit: false, assignCourse: false }],
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    const a = ACTORS[who];
    const [coach, ab] = expected[name]!;
    expect(outcome(mayCoach(a, rel))).toBe(coach);
    expect(coachingAbilities(a, { status: 'active' }, rel)).toEqual({
      edit: ab.edit,
      complete: ab.edit,
      cancel: ab.edit,
      assignCourse: ab.assignCourse,
    });
  });

  it.each(['completed', 'cancelled'] as const)('a %s plan is closed to everyone', (status) => {
    for (const { who, rel } of CASES) {
      expect(coachingAbilities(ACTORS[who], { status }, rel)).toEqual({
        edit: false,
        complete: false,
        cancel: false,
        assignCourse: false,
      });
    }
  });

  it('answers 404, then 403 on oneself, then 409 for a closed plan', () => {
    const sup = ACTORS.supervisor;
    expect(outcomeCode(decideCoaching(sup, { status: 'completed' }, 'hidden', 'edit'))).toBe(
      '404 coaching.not_found',
    );
    expect(outcomeCode(mayCoach(sup, 'hidden', 'person.not_found'))).toBe('404 person.not_found');
    expect(outcomeCode(decideCoaching(sup, { status: 'completed' }, 'self', 'complete'))).toBe(
      '403 auth.forbidden',
    );
    expect(outcomeCode(decideCoaching(sup, { status: 'completed' }, 'visible', 'addSession'))).toBe(
      '409 coaching.invalid_state',
    );
    expect(outcomeCode(decideCoaching(sup, { status: 'active' }, 'visible', 'addSession'))).toBe('ok');
  });
});
