import { describe, expect, it } from 'vitest';
import type { GoalStatus } from '@frontline/contract';
import { ACTORS, actorAs, CASES, outcome, outcomeCode } from '../../../test/policy-cases.js';
import {
  decideGoal,
  goalAbilities,
  goalSide,
  mayCreateGoal,
  mayWorkOnGoals,
  type GoalFacts,
} from './goals.policy.js';

const goal = (status: GoalStatus, extra: Partial<GoalFacts> = {}): GoalFacts => ({
  status,
  staffAcceptedAt: null,
  supervisorAcceptedAt: null,
  ...extra,
});
const AT = '2026-11-01T09:00:00.000Z';
const NONE = {
  edit: false,
  propose: false,
  accept: false,
  decline: false,
  activate: false,
  close: false,
  closeAchieved: false,
  cancel: false,
};

describe('goals policy: sides by role and relation', () => {
  // side taken; whether one may work on the goals at all; a new goal for the person
  const expected: Record<string, [string | null, 'ok' | number, 'ok' | number]> = {
    'staff on self': ['staff', 'ok', 'ok'],
    'staff on a colleague': [null, 404, 404],
    'supervisor on self': ['staff', 'ok', 'ok'],
    'supervisor on a direct report': ['supervisor', 'ok', 'ok'],
    'supervisor on another team': [null, 404, 404],
    'manager on a skip-level report': ['supervisor', 'ok', 'ok'],
    'manager on another store': [null, 404, 404],
    'assessor on self': ['staff', 'ok', 'ok'],
    'assessor on a colleague': [null, 404, 404],
    'hr_admin on self': ['staff', 'ok', 'ok'],
    'hr_admin on anyone': ['supervisor', 'ok', 'ok'],
    'admin on anyone': ['supervisor', 'ok', 'ok'],
    'staff-only lead on a report': [null, 403, 403],
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    const a = ACTORS[who];
    expect([goalSide(a, rel), outcome(mayWorkOnGoals(a, rel)), outcome(mayCreateGoal(a, rel))]).toEqual(
      expected[name],
    );
  });

  it('someone else’s goal is 404 with the code asked for (goal or person)', () => {
    expect(outcomeCode(mayWorkOnGoals(ACTORS.staff, 'hidden'))).toBe('404 goal.not_found');
    expect(outcomeCode(mayWorkOnGoals(ACTORS.staff, 'hidden', 'person.not_found'))).toBe(
      '404 person.not_found',
    );
    expect(outcomeCode(mayCreateGoal(ACTORS.supervisor, 'hidden'))).toBe('404 person.not_found');
  });
});

describe('goals policy: abilities by side and state', () => {
  type Abilities = typeof NONE;
  /** Nothing without a side; else what the staff side or the supervisor side may do. */
  const bySide = (side: string | null, staff: Partial<Abilities>, supervisor: Partial<Abilities>) =>
    side === null ? NONE : { ...NONE, ...(side === 'staff' ? staff : supervisor) };
  const states: [string, GoalFacts, Partial<Abilities>, Partial<Abilities>][] = [
    ['a draft', goal('draft'), { edit: true, propose: true }, { edit: true, propose: true, cancel: true }],
    [
      'proposed by the staff side',
      goal('proposed', { staffAcceptedAt: AT }),
      { edit: true },
      { edit: true, accept: true, decline: true, cancel: true },
    ],
    [
      'proposed by the supervisor side',
      goal('proposed', { supervisorAcceptedAt: AT }),
      { edit: true, accept: true, decline: true },
      { edit: true, cancel: true },
    ],
    ['agreed', goal('agreed'), { edit: true }, { edit: true, activate: true, close: true, cancel: true }],
    [
      'active, figures not settled',
      goal('active', { verdict: 'not_distinguishable' }),
      { edit: true },
      { edit: true, close: true, cancel: true },
    ],
    [
      'active, figures say achieved',
      goal('active', { verdict: 'achieved' }),
      { edit: true },
      { edit: true, close: true, closeAchieved: true, cancel: true },
    ],
    [
      'awaiting its outcome',
      goal('awaiting_outcome'),
      { edit: true },
      { edit: true, close: true, closeAchieved: true, cancel: true },
    ],
  ];
  for (const [state, facts, staff, supervisor] of states) {
    it.each(CASES)(`${state}: $name`, ({ who, rel }) => {
      const a = ACTORS[who];
      expect(goalAbilities(a, facts, rel)).toEqual(bySide(goalSide(a, rel), staff, supervisor));
    });
  }

  it.each(['achieved', 'missed', 'cancelled'] as const)('a %s goal is closed for everyone', (status) => {
    for (const { who, rel } of CASES) expect(goalAbilities(ACTORS[who], goal(status), rel)).toEqual(NONE);
  });
});

describe('goals policy: the guard’s answers', () => {
  const sup = ACTORS.supervisor;
  const staff = ACTORS.staff;

  it('the side that proposed waits for the other (409 not your turn)', () => {
    const byStaff = goal('proposed', { staffAcceptedAt: AT });
    expect(outcomeCode(decideGoal(staff, byStaff, 'self', 'accept'))).toBe('409 goal.not_your_turn');
    expect(outcomeCode(decideGoal(staff, byStaff, 'self', 'decline'))).toBe('409 goal.not_your_turn');
    expect(outcomeCode(decideGoal(sup, byStaff, 'visible', 'accept'))).toBe('ok');
  });

  it('only a proposed goal is accepted or declined; only a draft is proposed', () => {
    expect(outcomeCode(decideGoal(sup, goal('draft'), 'visible', 'accept'))).toBe(
      '409 goal.invalid_transition',
    );
    expect(outcomeCode(decideGoal(sup, goal('active'), 'visible', 'decline'))).toBe(
      '409 goal.invalid_transition',
    );
    expect(outcomeCode(decideGoal(staff, goal('proposed'), 'self', 'propose'))).toBe(
      '409 goal.invalid_transition',
    );
  });

  it('the staff side never starts, closes or cancels (403); the supervisor side does when the state allows', () => {
    for (const action of ['activate', 'close', 'closeAchieved', 'cancel'] as const) {
      expect(outcomeCode(decideGoal(staff, goal('agreed', { ended: true }), 'self', action))).toBe(
        '403 auth.forbidden',
      );
      expect(outcomeCode(decideGoal(sup, goal('agreed', { ended: true }), 'visible', action))).toBe('ok');
    }
    expect(outcomeCode(decideGoal(sup, goal('draft'), 'visible', 'activate'))).toBe(
      '409 goal.invalid_transition',
    );
    expect(outcomeCode(decideGoal(sup, goal('draft'), 'visible', 'close'))).toBe(
      '409 goal.invalid_transition',
    );
    expect(outcomeCode(decideGoal(sup, goal('missed'), 'visible', 'cancel'))).toBe(
      '409 goal.invalid_transition',
    );
  });

  it('"achieved" before the end only when the figures settle it', () => {
    const active = (extra: Partial<GoalFacts>) =>
      decideGoal(sup, goal('active', extra), 'visible', 'closeAchieved');
    expect(outcomeCode(active({ ended: false, verdict: null }))).toBe('409 goal.outcome_too_early');
    expect(outcomeCode(active({ ended: false, verdict: 'too_few' }))).toBe('409 goal.outcome_too_early');
    expect(outcomeCode(active({ ended: false, verdict: 'achieved' }))).toBe('ok');
    expect(outcomeCode(active({ ended: true, verdict: 'missed' }))).toBe('ok');
    expect(outcomeCode(decideGoal(sup, goal('awaiting_outcome'), 'visible', 'closeAchieved'))).toBe('ok');
  });

  it('hidden is 404 before anything else; the refusal order is 404, 403, 409', () => {
    expect(outcomeCode(decideGoal(sup, goal('achieved'), 'hidden', 'cancel'))).toBe('404 goal.not_found');
    expect(outcomeCode(decideGoal(ACTORS.lead, goal('achieved'), 'visible', 'edit'))).toBe(
      '403 auth.forbidden',
    );
    expect(outcomeCode(decideGoal(staff, goal('achieved'), 'self', 'cancel'))).toBe('403 auth.forbidden');
  });

  it('the agreement needs goals.write; without it a supervisor may still start, close and cancel', () => {
    const noWrite = {
      ...actorAs(['staff', 'supervisor']),
      permissions: new Set(['goals.read', 'goals.manage'] as const),
    };
    expect(outcome(mayCreateGoal(noWrite, 'visible'))).toBe(403);
    expect(goalAbilities(noWrite, goal('proposed', { staffAcceptedAt: AT }), 'visible')).toEqual({
      ...NONE,
      cancel: true,
    });
  });
});
