import { describe, expect, it } from 'vitest';
import type { ReviewEvidence } from '@frontline/contract';
import { SCALE, templateBody } from '../../../test/reviews.js';
import {
  evidenceWarnings,
  ratedKeys,
  ratingIssues,
  templateIssues,
  weightedFormula,
} from './reviews.rating.js';

const sections = templateBody().sections;
const none: ReviewEvidence = {
  goals: [],
  indicators: [],
  assessments: [],
  feedback: [],
  training: [],
  coaching: [],
  checkins: [],
};
const csat = (standing: 'below' | 'meets' | 'unclear') => ({
  code: 'CSAT',
  nameEn: 'Customer satisfaction',
  nameZh: null,
  unit: 'percent' as const,
  decimals: 1,
  value: 80,
  n: 200,
  low: 74,
  high: 85,
  target: 90,
  standing,
});

describe('review ratings', () => {
  it('rates evidence sections by their key and competencies by section.item; text and plan are not rated', () => {
    expect(ratedKeys(sections)).toEqual(['goals', 'results', 'behaviours.listening', 'behaviours.ownership']);
  });

  it('computes the weighted formula over the rated sections, a competency section as the mean of its items', () => {
    // goals 30 × 3, results 40 × 2, behaviours 30 × (4 + 3) / 2
    expect(
      weightedFormula(sections, {
        goals: 3,
        results: 2,
        'behaviours.listening': 4,
        'behaviours.ownership': 3,
      }),
    ).toBe(2.75);
    // only what is rated counts: (30 × 5 + 40 × 1) / 70 = 2.714…
    expect(weightedFormula(sections, { goals: 5, results: 1 })).toBe(2.71);
    expect(weightedFormula(sections, {})).toBeNull();
  });

  it('refuses ratings off the scale or off the template, and comments on unknown sections', () => {
    expect(ratingIssues(sections, SCALE, { goals: 3, 'behaviours.listening': 5 }, { summary: 'ok' })).toEqual(
      [],
    );
    expect(ratingIssues(sections, SCALE, { goals: 6, results: 0, summary: 3 }, { nope: '' })).toEqual([
      { path: '/ratings/goals', message: 'outside the scale 1–5' },
      { path: '/ratings/results', message: 'outside the scale 1–5' },
      { path: '/ratings/summary', message: 'not a rated item of the template' },
      { path: '/comments/nope', message: 'not a section of the template' },
    ]);
  });

  it('checks a template: levels 1…k, meets on the scale, unique keys, items only on competencies', () => {
    expect(templateIssues(SCALE, sections, 'weighted')).toEqual([]);
    const bad = templateBody().sections.map((s) => ({ ...s }));
    bad[2]!.items = [];
    bad[0]!.items = [{ key: 'x', titleEn: 'X', titleZh: 'X', descriptionEn: '', descriptionZh: '' }];
    const scale = { meets: 3, levels: [SCALE.levels[0]!, { ...SCALE.levels[1]!, value: 3 }] };
    expect(templateIssues(scale, bad, 'weighted').map((i) => i.path)).toEqual([
      '/scale/levels/1/value',
      '/scale/meets',
      '/sections/0/items',
      '/sections/2/items',
    ]);
    const unweighted = sections.map((s) => ({ ...s, weight: 0 }));
    expect(templateIssues(SCALE, unweighted, 'weighted')).toEqual([
      { path: '/sections', message: 'the weighted rule needs a rated section with a weight' },
    ]);
    expect(templateIssues(SCALE, unweighted, 'judgement')).toEqual([]);
  });

  it('warns of "exceeds" on results whose interval lies below the standard, never on an unclear one', () => {
    const below = { ...none, indicators: [csat('below')] };
    expect(evidenceWarnings(sections, SCALE, { results: 4 }, {}, below)).toEqual([
      { kind: 'exceeds_below_standard', key: 'results', indicators: ['CSAT'] },
    ]);
    expect(evidenceWarnings(sections, SCALE, { results: 3 }, {}, below)).toEqual([]);
    expect(
      evidenceWarnings(sections, SCALE, { results: 5 }, {}, { ...none, indicators: [csat('unclear')] }),
    ).toEqual([]);
  });

  it('warns of "below" with no evidence at all, unless the manager wrote why', () => {
    expect(evidenceWarnings(sections, SCALE, { goals: 2, 'behaviours.listening': 1 }, {}, none)).toEqual([
      { kind: 'below_without_evidence', key: 'goals', indicators: [] },
      { kind: 'below_without_evidence', key: 'behaviours.listening', indicators: [] },
    ]);
    const said = { goals: 'Missed the sales goal twice.', behaviours: 'Talks over customers (QA 12 Mar).' };
    expect(evidenceWarnings(sections, SCALE, { goals: 2, 'behaviours.listening': 1 }, said, none)).toEqual(
      [],
    );
    const withGoal = {
      ...none,
      goals: [{ title: 'g', status: 'active', target: 1, progress: 0, period: 'x' }],
    };
    expect(evidenceWarnings(sections, SCALE, { goals: 2 }, {}, withGoal)).toEqual([]);
  });
});
