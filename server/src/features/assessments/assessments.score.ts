import type {
  Answer,
  AnswerValue,
  ItemResult,
  ScorecardContent,
  ScorecardItem,
  ScoreResult,
  SectionResult,
} from '@frontline/contract';
import { Invalid } from '../../lib/errors.js';

/**
 * An evaluation's score, from the scorecard and the answers (pure; the server computes it, the web
 * only shows it).
 *
 * Each item's weight is its points possible. Earned = weight × fraction, where the fraction is
 * yes 1 / no 0, level v of 1–5 (v − 1) ÷ 4, points v ÷ max. N/A (or an unanswered item) leaves the
 * item out of the points possible. A critical item is missed when answered no, at level 1 or 2, or
 * with 0 points: a section-critical miss makes its section earn 0, an evaluation-critical miss the
 * whole evaluation; the points possible stay, so the percentage is 0 (or lower), not undefined.
 * Percent = earned ÷ possible × 100, null when nothing was possible.
 */

/** Why an answer does not fit its item (null: it fits). */
export function answerProblem(item: ScorecardItem, value: AnswerValue): string | null {
  if (value === 'na') return item.naAllowed ? null : 'N/A is not allowed for this item';
  switch (item.type) {
    case 'yes_no_na':
      return value === 'yes' || value === 'no' ? null : 'expected yes, no or na';
    case 'scale_1_5':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
        ? null
        : 'expected a level from 1 to 5';
    case 'points': {
      const max = item.maxPoints ?? 1;
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
        ? null
        : `expected points from 0 to ${max}`;
    }
  }
}

function fraction(item: ScorecardItem, value: AnswerValue): number {
  if (item.type === 'yes_no_na') return value === 'yes' ? 1 : 0;
  if (item.type === 'scale_1_5') return ((value as number) - 1) / 4;
  return (value as number) / (item.maxPoints ?? 1);
}

/** An answered item missed: no, level 1 or 2, or 0 points (the training-needs analysis counts these too). */
export function missed(item: ScorecardItem, value: AnswerValue): boolean {
  if (item.type === 'yes_no_na') return value === 'no';
  if (item.type === 'scale_1_5') return (value as number) <= 2;
  return value === 0;
}

const pct = (earned: number, possible: number) => (possible > 0 ? (earned / possible) * 100 : null);
/** Sums of weights (decimals) without binary noise in the output. */
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

export function scoreEvaluation(sections: ScorecardContent, answers: readonly Answer[]): ScoreResult {
  const byItem = new Map(answers.map((a) => [a.itemId, a.value]));
  let criticalFailed = false;
  const out: SectionResult[] = sections.map((s) => {
    let failed = false;
    const items: ItemResult[] = s.items.map((item) => {
      const value = byItem.get(item.id) ?? null;
      if (value === null || value === 'na') {
        return { itemId: item.id, value, earned: 0, possible: 0, na: value === 'na', criticalMissed: false };
      }
      const criticalMissed = item.critical !== 'none' && missed(item, value);
      if (criticalMissed && item.critical === 'section') failed = true;
      if (criticalMissed && item.critical === 'evaluation') criticalFailed = true;
      return {
        itemId: item.id,
        value,
        earned: tidy(item.weight * fraction(item, value)),
        possible: item.weight,
        na: false,
        criticalMissed,
      };
    });
    const possible = tidy(items.reduce((a, i) => a + i.possible, 0));
    const earned = failed ? 0 : tidy(items.reduce((a, i) => a + i.earned, 0));
    return { sectionId: s.id, earned, possible, percent: pct(earned, possible), failed, items };
  });
  const possible = tidy(out.reduce((a, s) => a + s.possible, 0));
  const earned = criticalFailed ? 0 : tidy(out.reduce((a, s) => a + s.earned, 0));
  return { earned, possible, percent: pct(earned, possible), criticalFailed, sections: out };
}

/** The items of a scorecard, by id. */
export function itemsOf(sections: ScorecardContent): Map<string, ScorecardItem> {
  return new Map(sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
}

/** Problems of a scorecard's structure the schema cannot state (duplicate ids, missing levels). */
export function scorecardProblems(sections: ScorecardContent): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const seenSections = new Set<string>();
  const seenItems = new Set<string>();
  sections.forEach((s, si) => {
    if (seenSections.has(s.id)) out.push({ path: `/sections/${si}/id`, message: 'duplicate section id' });
    seenSections.add(s.id);
    s.items.forEach((item, ii) => {
      const at = `/sections/${si}/items/${ii}`;
      if (seenItems.has(item.id)) out.push({ path: `${at}/id`, message: 'duplicate item id' });
      seenItems.add(item.id);
      if (item.type === 'scale_1_5' && !item.levels) {
        out.push({ path: `${at}/levels`, message: 'a scale item describes its five levels' });
      }
      if (item.type === 'points' && !item.maxPoints) {
        out.push({ path: `${at}/maxPoints`, message: 'a points item has its highest points' });
      }
    });
  });
  return out;
}

/** The answers checked against the scorecard: known items, once each, values within each item's scale. */
export function checkAnswers(sections: ScorecardContent, answers: readonly Answer[]) {
  const items = itemsOf(sections);
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  answers.forEach((a, i) => {
    const item = items.get(a.itemId);
    if (!item) issues.push({ path: `/answers/${i}/itemId`, message: 'not an item of this scorecard' });
    else if (seen.has(a.itemId)) issues.push({ path: `/answers/${i}/itemId`, message: 'answered twice' });
    else {
      const problem = answerProblem(item, a.value);
      if (problem) issues.push({ path: `/answers/${i}/value`, message: problem });
    }
    seen.add(a.itemId);
  });
  if (issues.length) {
    const scale = issues.some((x) => x.path.endsWith('/value'));
    throw Invalid(
      scale ? 'evaluation.score_out_of_scale' : 'validation',
      scale ? 'A score is outside its item’s scale.' : 'An answer names no item of this scorecard.',
      issues,
    );
  }
}
