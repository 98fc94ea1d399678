import { describe, expect, it } from 'vitest';
import type { ScorecardContent, ScorecardItem } from '@frontline/contract';
import { answerProblem, scorecardProblems, scoreEvaluation } from './assessments.score.js';

const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}`, zh: `第${n}級` }));
const item = (id: string, extra: Partial<ScorecardItem> = {}): ScorecardItem => ({
  id,
  textEn: id,
  textZh: id,
  type: 'yes_no_na',
  weight: 1,
  critical: 'none',
  naAllowed: true,
  ...extra,
});

/** Two sections: open (greet w2, verify w1 section-critical) and resolve (scale w4, points w3 of 5). */
const CARD: ScorecardContent = [
  {
    id: 'open',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [item('greet', { weight: 2 }), item('verify', { critical: 'section' })],
  },
  {
    id: 'resolve',
    titleEn: 'Resolution',
    titleZh: '解決',
    items: [
      item('explain', { type: 'scale_1_5', weight: 4, levels: LEVELS, naAllowed: false }),
      item('accuracy', { type: 'points', weight: 3, maxPoints: 5, critical: 'evaluation' }),
    ],
  },
];

describe('scoreEvaluation', () => {
  it('weights each item by its points possible', () => {
    // greet yes 2/2, verify yes 1/1, explain level 4 → 4 × 3/4 = 3 of 4, accuracy 4 of 5 → 3 × 0.8 = 2.4 of 3
    const r = scoreEvaluation(CARD, [
      { itemId: 'greet', value: 'yes' },
      { itemId: 'verify', value: 'yes' },
      { itemId: 'explain', value: 4 },
      { itemId: 'accuracy', value: 4 },
    ]);
    expect(r.earned).toBe(8.4);
    expect(r.possible).toBe(10);
    expect(r.percent).toBeCloseTo(84, 9);
    expect(r.criticalFailed).toBe(false);
    expect(r.sections.map((s) => [s.earned, s.possible])).toEqual([
      [3, 3],
      [5.4, 7],
    ]);
  });

  it('leaves N/A out of the denominator', () => {
    // greet N/A: opening 1 of 1; resolution level 5 = 4 of 4 and 5 of 5 points = 3 of 3 → 8 of 8
    const r = scoreEvaluation(CARD, [
      { itemId: 'greet', value: 'na' },
      { itemId: 'verify', value: 'yes' },
      { itemId: 'explain', value: 5 },
      { itemId: 'accuracy', value: 5 },
    ]);
    expect([r.earned, r.possible, r.percent]).toEqual([8, 8, 100]);
    expect(r.sections[0]!.items[0]).toMatchObject({ na: true, possible: 0, earned: 0 });
  });

  it('fails only the section for a section-critical miss', () => {
    // verify no (section-critical): opening earns 0 of 3; resolution level 3 = 2 of 4, 5 points = 3 of 3
    const r = scoreEvaluation(CARD, [
      { itemId: 'greet', value: 'yes' },
      { itemId: 'verify', value: 'no' },
      { itemId: 'explain', value: 3 },
      { itemId: 'accuracy', value: 5 },
    ]);
    expect(r.sections[0]).toMatchObject({ earned: 0, possible: 3, failed: true, percent: 0 });
    expect([r.earned, r.possible]).toEqual([5, 10]);
    expect(r.percent).toBe(50);
    expect(r.criticalFailed).toBe(false);
  });

  it('fails the whole evaluation for an evaluation-critical miss', () => {
    const r = scoreEvaluation(CARD, [
      { itemId: 'greet', value: 'yes' },
      { itemId: 'verify', value: 'yes' },
      { itemId: 'explain', value: 5 },
      { itemId: 'accuracy', value: 0 },
    ]);
    expect(r.criticalFailed).toBe(true);
    expect([r.earned, r.possible, r.percent]).toEqual([0, 10, 0]);
    expect(r.sections[1]!.items[1]!.criticalMissed).toBe(true);
  });

  it('counts a scale at level 2 or below as a critical miss', () => {
    const card: ScorecardContent = [
      {
        id: 's',
        titleEn: 'S',
        titleZh: 'S',
        items: [item('x', { type: 'scale_1_5', levels: LEVELS, critical: 'evaluation' }), item('y')],
      },
    ];
    expect(
      scoreEvaluation(card, [
        { itemId: 'x', value: 3 },
        { itemId: 'y', value: 'yes' },
      ]).percent,
    ).toBe(75);
    expect(
      scoreEvaluation(card, [
        { itemId: 'x', value: 2 },
        { itemId: 'y', value: 'yes' },
      ]).percent,
    ).toBe(0);
  });

  it('has no percentage when nothing was possible', () => {
    const r = scoreEvaluation(CARD.slice(0, 1), [
      { itemId: 'greet', value: 'na' },
      { itemId: 'verify', value: 'na' },
    ]);
    expect(r.percent).toBeNull();
  });
});

describe('answerProblem', () => {
  it('refuses values outside the item scale', () => {
    const scale = item('s', { type: 'scale_1_5', levels: LEVELS, naAllowed: false });
    expect(answerProblem(scale, 6)).not.toBeNull();
    expect(answerProblem(scale, 0)).not.toBeNull();
    expect(answerProblem(scale, 'yes')).not.toBeNull();
    expect(answerProblem(scale, 'na')).not.toBeNull();
    expect(answerProblem(scale, 5)).toBeNull();
    const pts = item('p', { type: 'points', maxPoints: 5 });
    expect(answerProblem(pts, 6)).not.toBeNull();
    expect(answerProblem(pts, -1)).not.toBeNull();
    expect(answerProblem(pts, 0)).toBeNull();
    expect(answerProblem(item('y'), 3)).not.toBeNull();
    expect(answerProblem(item('y'), 'na')).toBeNull();
  });
});

describe('scorecardProblems', () => {
  it('finds duplicate ids and missing levels', () => {
    const bad: ScorecardContent = [
      { id: 'a', titleEn: 'A', titleZh: 'A', items: [item('x'), item('x', { type: 'scale_1_5' })] },
    ];
    expect(scorecardProblems(bad).map((p) => p.path)).toEqual([
      '/sections/0/items/1/id',
      '/sections/0/items/1/levels',
    ]);
    expect(scorecardProblems(CARD)).toEqual([]);
  });
});
