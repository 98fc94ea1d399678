import { describe, expect, it } from 'vitest';
import { ACTORS, CASES, outcome, outcomeCode } from '../../../test/policy-cases.js';
import {
  decideArbitration,
  decideEvaluation,
  evaluationAbilities,
  mayScore,
  mayViewEvaluation,
  type EvaluationFacts,
} from './assessments.policy.js';

const released = (more: Partial<EvaluationFacts> = {}): EvaluationFacts => ({
  status: 'released',
  purpose: 'official',
  author: false,
  acknowledged: false,
  windowOpen: true,
  imported: false,
  ...more,
});

describe('assessments policy by role and relation', () => {
  // scoring the person; seeing a released evaluation someone else wrote; deciding a dispute of it
  const expected: Record<string, ['ok' | number, 'ok' | number, 'ok' | number]> = {
    'staff on self': [403, 'ok', 403],
    'staff on a colleague': [404, 404, 404],
    'supervisor on self': [403, 'ok', 403],
    'supervisor on a direct report': ['ok', 'ok', 403],
    'supervisor on another team': [404, 404, 404],
    'manager on a skip-level report': ['ok', 'ok', 'ok'],
    'manager on another store': [404, 404, 404],
    'assessor on self': [403, 'ok', 403],
    'assessor on a colleague': [404, 404, 404],
    'hr_admin on self': [403, 'ok', 403],
    'hr_admin on anyone': [403, 'ok', 'ok'],
    'admin on anyone': ['ok', 'ok', 'ok'],
    'staff-only lead on a report': [403, 'ok', 403],
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    const a = ACTORS[who];
    const [score, view, arbitrate] = expected[name]!;
    expect(outcome(mayScore(a, rel))).toBe(score);
    expect(outcome(mayViewEvaluation(released(), rel))).toBe(view);
    expect(outcome(decideArbitration(a, { open: true, author: false }, rel))).toBe(arbitrate);
  });
});

describe('evaluations: who sees what, and the steps', () => {
  const sup = ACTORS.supervisor;
  it('hides drafts from everyone but their author, and calibration from everyone else', () => {
    expect(outcome(mayViewEvaluation(released({ status: 'draft' }), 'self'))).toBe(404);
    expect(outcome(mayViewEvaluation(released({ status: 'submitted' }), 'self'))).toBe(404);
    expect(outcome(mayViewEvaluation(released({ status: 'draft' }), 'visible'))).toBe(404);
    expect(outcome(mayViewEvaluation(released({ status: 'draft', author: true }), 'visible'))).toBe('ok');
    expect(outcome(mayViewEvaluation(released({ purpose: 'calibration' }), 'self'))).toBe(404);
    expect(outcome(mayViewEvaluation(released({ purpose: 'calibration' }), 'visible'))).toBe(404);
    // the author no longer sees it once the person is not theirs to score
    expect(outcome(mayViewEvaluation(released({ author: true }), 'hidden'))).toBe(404);
  });

  it('lets only the author change and submit a draft, and a scorer release a submitted one', () => {
    const draft = released({ status: 'draft', author: true });
    expect(evaluationAbilities(sup, draft, 'visible')).toEqual({
      edit: true,
      submit: true,
      release: false,
      acknowledge: false,
      dispute: false,
    });
    expect(
      outcome(decideEvaluation(sup, { ...draft, author: false, status: 'submitted' }, 'visible', 'edit')),
    ).toBe(403);
    expect(
      outcome(decideEvaluation(sup, { ...draft, author: false, status: 'submitted' }, 'visible', 'release')),
    ).toBe('ok');
    expect(
      outcome(decideEvaluation(ACTORS.staff, released({ status: 'submitted' }), 'visible', 'release')),
    ).toBe(403);
  });

  it('lets only the person acknowledge once and dispute within the window', () => {
    const staff = ACTORS.staff;
    expect(evaluationAbilities(staff, released(), 'self')).toMatchObject({
      acknowledge: true,
      dispute: true,
    });
    expect(outcome(decideEvaluation(sup, released(), 'visible', 'dispute'))).toBe(403);
    const late = decideEvaluation(staff, released({ windowOpen: false }), 'self', 'dispute');
    expect([outcome(late), outcomeCode(late)]).toEqual([409, '409 evaluation.dispute_window_closed']);
    const visit = decideEvaluation(staff, released({ imported: true }), 'self', 'dispute');
    expect([outcome(visit), outcomeCode(visit)]).toEqual([409, '409 evaluation.imported_visit']);
    expect(evaluationAbilities(staff, released({ imported: true }), 'self')).toMatchObject({
      acknowledge: true,
      dispute: false,
    });
    expect(outcome(decideEvaluation(staff, released({ acknowledged: true }), 'self', 'acknowledge'))).toBe(
      409,
    );
  });

  it('never lets the author arbitrate, and decides each dispute once', () => {
    const m = ACTORS.manager;
    expect(outcome(decideArbitration(m, { open: true, author: true }, 'visible'))).toBe(403);
    const again = decideArbitration(m, { open: false, author: false }, 'visible');
    expect([outcome(again), outcomeCode(again)]).toEqual([409, '409 dispute.already_decided']);
  });
});
