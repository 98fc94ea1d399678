import type { CoachingEffect } from '@frontline/contract';
import { describe, expect, it } from 'vitest';
import { signed, verdictMessage } from './effect';

const base: CoachingEffect = {
  planId: '00000000-0000-4000-8000-000000000001',
  indicator: null,
  weeks: 8,
  before: { from: '2026-09-01', to: '2026-10-26' },
  after: { from: '2026-10-27', to: '2026-11-29' },
  coached: {
    before: { value: 80, low: 75, high: 85, sample: 100 },
    after: { value: 84, low: 80, high: 88, sample: 90 },
  },
  comparisonBasis: 'job_role',
  comparison: { k: 7, meanBefore: 82, meanAfter: 83, meanChange: 1 },
  rawChange: 4,
  did: { value: 3, low: -1.5, high: 7.5 },
  verdict: 'not_distinguishable',
  reason: null,
};
const fmt = (v: number) => v.toFixed(1);

describe('verdictMessage', () => {
  it('names the comparison group size when the effect is not distinguishable', () => {
    expect(verdictMessage(base, fmt)).toEqual({
      key: 'coaching.verdict.not_distinguishable',
      values: { k: 7, did: '+3.0', low: '−1.5', high: '+7.5' },
    });
  });

  it('words an improvement with its interval', () => {
    const m = verdictMessage({ ...base, verdict: 'improved', did: { value: 5, low: 1, high: 9 } }, fmt);
    expect(m.key).toBe('coaching.verdict.improved');
    expect(m.values.did).toBe('+5.0');
  });

  it('gives the reason when there is not enough data', () => {
    const m = verdictMessage(
      {
        ...base,
        verdict: 'insufficient_data',
        reason: 'comparison_too_small',
        did: { value: null, low: null, high: null },
      },
      fmt,
    );
    expect(m).toEqual({
      key: 'coaching.verdict.insufficient_data',
      values: { reason: 'coaching.reason.comparison_too_small', k: 7 },
    });
    expect(
      verdictMessage({ ...base, verdict: 'insufficient_data', reason: 'strange' }, fmt).values.reason,
    ).toBe('coaching.reason.unknown');
  });

  it('signs changes with a real minus', () => {
    expect(signed(-2, fmt)).toBe('−2.0');
    expect(signed(0, fmt)).toBe('0.0');
  });
});
