import { describe, expect, it } from 'vitest';
import { systemActor } from '../../access/actor.js';
import { ACTORS, CASES, outcome } from '../../../test/policy-cases.js';
import { mayEditPerson, personAbilities } from './people.policy.js';

describe('people policy by role and relation', () => {
  // change the record; abilities
  const expected: Record<string, ['ok' | number, { edit: boolean; giveFeedback: boolean }]> = {
    'staff on self': [403, { edit: false, giveFeedback: false }],
    'staff on a colleague': [404, { edit: false, giveFeedback: false }],
    'supervisor on self': [403, { edit: false, giveFeedback: false }],
    'supervisor on a direct report': [403, { edit: false, giveFeedback: true }],
    'supervisor on another team': [404, { edit: false, giveFeedback: false }],
    'manager on a skip-level report': [403, { edit: false, giveFeedback: true }],
    'manager on another store': [404, { edit: false, giveFeedback: false }],
    'assessor on self': [403, { edit: false, giveFeedback: false }],
    'assessor on a colleague': [404, { edit: false, giveFeedback: false }],
    'hr_admin on self': ['ok', { edit: true, giveFeedback: false }],
    'hr_admin on anyone': ['ok', { edit: true, giveFeedback: true }],
    'admin on anyone': ['ok', { edit: true, giveFeedback: true }],
    'staff-only lead on a report': [403, { edit: false, giveFeedback: false }],
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    const [edit, abilities] = expected[name]!;
    expect(outcome(mayEditPerson(ACTORS[who], rel))).toBe(edit);
    expect(personAbilities(ACTORS[who], rel)).toEqual(abilities);
  });

  it('the server itself changes any record', () => {
    expect(personAbilities(systemActor('seed'), 'visible')).toEqual({ edit: true, giveFeedback: false });
  });
});
