import { describe, expect, it } from 'vitest';
import { objectiveVerdict } from './improvement-plans.progress.js';

describe('objectiveVerdict: met / not met only when the interval says so', () => {
  const up = { aggregation: 'proportion', direction: 'higher_better' } as const;
  const down = { aggregation: 'mean', direction: 'lower_better' } as const;

  it('higher is better: met above, not met below, not yet clear when the interval straddles the target', () => {
    expect(objectiveVerdict(up, { low: 91, high: 95 }, 90)).toBe('met');
    expect(objectiveVerdict(up, { low: 70, high: 85 }, 90)).toBe('not_met');
    expect(objectiveVerdict(up, { low: 85, high: 93 }, 90)).toBe('not_yet_clear');
  });

  it('lower is better: the sides swap', () => {
    expect(objectiveVerdict(down, { low: 100, high: 120 }, 150)).toBe('met');
    expect(objectiveVerdict(down, { low: 160, high: 200 }, 150)).toBe('not_met');
    expect(objectiveVerdict(down, { low: 140, high: 160 }, 150)).toBe('not_yet_clear');
  });

  it('no interval (too little data) is never not met', () => {
    expect(objectiveVerdict(up, { low: null, high: null }, 90)).toBe('not_yet_clear');
  });
});
