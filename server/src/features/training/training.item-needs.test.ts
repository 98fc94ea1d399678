import { describe, expect, it } from 'vitest';
import type { ScorecardContent } from '@frontline/contract';
import { itemNeeds, type ItemAnswerCount } from './training.item-needs.js';

const card: ScorecardContent = [
  {
    id: 'open',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [
      {
        id: 'greet',
        textEn: 'Greets',
        textZh: '問候',
        type: 'yes_no_na',
        weight: 1,
        critical: 'none',
        naAllowed: true,
      },
      {
        id: 'needs',
        textEn: 'Finds the need',
        textZh: '了解需要',
        type: 'scale_1_5',
        weight: 2,
        critical: 'none',
        naAllowed: false,
        levels: [1, 2, 3, 4, 5].map((n) => ({ en: `L${n}`, zh: `L${n}` })),
      },
    ],
  },
];
const cards = new Map([['sc1', card]]);
const row = (personId: string, itemId: string, value: string | number, n: number): ItemAnswerCount => ({
  personId,
  scorecardId: 'sc1',
  sectionId: 'open',
  itemId,
  value,
  n,
});

describe('itemNeeds (hand-computed)', () => {
  it('lists a person whose Wilson lower bound is above the team rate, with the figures', () => {
    // greet: Ann 4 no of 5; Ben 0 of 5; Cat 0 of 5. Team 4 of 15 = 26.67 %.
    // Ann: p = 0.8, n = 5, z = 1.959964: centre = (0.8 + 0.384146) / 1.768292 = 0.669656,
    // half = 1.959964 × √(0.032 + 0.0384146) / 1.768292 = 0.294122 → [37.55 %, 96.38 %].
    const rows = [
      row('ann', 'greet', 'no', 4),
      row('ann', 'greet', 'yes', 1),
      row('ben', 'greet', 'yes', 5),
      row('cat', 'greet', 'yes', 5),
    ];
    const out = itemNeeds(rows, cards);
    expect(out).toHaveLength(1);
    const [ann] = out;
    expect(ann).toMatchObject({ personId: 'ann', itemId: 'greet', answered: 5, missed: 4, rate: 80 });
    expect(ann!.low).toBeCloseTo(37.553, 2);
    expect(ann!.high).toBeCloseTo(96.378, 2);
    expect(ann!.team).toEqual({ answered: 15, missed: 4, rate: (4 / 15) * 100 });
  });

  it('counts levels 1–2 as missed and 3 as not; leaves out fewer than 3 answers and a lower bound at or below the team', () => {
    // needs: Ann levels 1, 2, 2, 3 → 3 missed of 4; Ben 5, 5, 4, 4, 5, 4 → 0 of 6; Dan level 1 twice (2 answers only).
    // Team: 5 missed of 12 = 41.67 %. Ann: 75 %, Wilson low of 3/4 = 30.06 % ≤ 41.67 → not listed.
    const rows = [
      row('ann', 'needs', 1, 1),
      row('ann', 'needs', 2, 2),
      row('ann', 'needs', 3, 1),
      row('ben', 'needs', 5, 2),
      row('ben', 'needs', 4, 3),
      row('ben', 'needs', 5, 1),
      row('dan', 'needs', 1, 2),
    ];
    expect(itemNeeds(rows, cards)).toEqual([]);
    // With 20 more of Ben's good answers the team rate is 5 of 32 = 15.6 %, and Ann's 30.06 % is above it.
    const out = itemNeeds([...rows, row('ben', 'needs', 5, 20)], cards);
    // Dan (2 of 2 missed) is still left out: 2 answers are fewer than ITEM_NEED_MIN_ANSWERS.
    expect(out.map((o) => [o.personId, o.missed, o.answered])).toEqual([['ann', 3, 4]]);
    expect(out[0]!.low).toBeCloseTo(30.064, 2);
    expect(out[0]!.team.rate).toBeCloseTo(15.625, 6);
  });

  it('skips items no longer on the scorecard and unknown scorecards', () => {
    const rows = [row('ann', 'gone', 'no', 9), { ...row('ann', 'greet', 'no', 9), scorecardId: 'other' }];
    expect(itemNeeds(rows, cards)).toEqual([]);
  });
});
