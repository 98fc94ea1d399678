import { describe, expect, it } from 'vitest';
import { ACTORS, CASES, outcome, outcomeCode } from '../../../test/policy-cases.js';
import { decideFeedback, feedbackAbilities, mayGiveFeedback } from './feedback.policy.js';

const fresh = { acknowledgedAt: null, reply: null };

describe('feedback policy by role and relation', () => {
  // give feedback to the person
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
    'hr_admin on self': 403,
    'hr_admin on anyone': 'ok',
    'admin on anyone': 'ok',
    'staff-only lead on a report': 403,
  };
  it.each(CASES)('$name', ({ name, who, rel }) => {
    expect(outcome(mayGiveFeedback(ACTORS[who], rel))).toBe(expected[name]);
    // only the person answers their feedback, whoever else reads it
    const mine = rel === 'self';
    expect(feedbackAbilities(fresh, rel)).toEqual({ acknowledge: mine, reply: mine });
  });

  it('the person acknowledges once and replies once; to anyone else it is not found', () => {
    expect(feedbackAbilities({ acknowledgedAt: '2026-11-01T00:00:00Z', reply: null }, 'self')).toEqual({
      acknowledge: false,
      reply: true,
    });
    expect(feedbackAbilities({ acknowledgedAt: '2026-11-01T00:00:00Z', reply: 'Thanks' }, 'self')).toEqual({
      acknowledge: false,
      reply: false,
    });
    expect(outcomeCode(decideFeedback(fresh, 'visible', 'reply'))).toBe('404 feedback.not_found');
    expect(
      outcomeCode(decideFeedback({ acknowledgedAt: new Date(), reply: null }, 'self', 'acknowledge')),
    ).toBe('409 feedback.already_acknowledged');
    expect(outcomeCode(decideFeedback({ acknowledgedAt: null, reply: 'x' }, 'self', 'reply'))).toBe(
      '409 conflict',
    );
  });
});
