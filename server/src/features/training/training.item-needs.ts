import { ITEM_NEED_MIN_ANSWERS, type AnswerValue, type ScorecardContent } from '@frontline/contract';
import { wilson } from '../../lib/stats/figures.js';
import { itemsOf, missed } from '../assessments/assessments.score.js';

/** How many times one person gave one answer to one item of one scorecard. */
export interface ItemAnswerCount {
  personId: string;
  scorecardId: string;
  sectionId: string;
  itemId: string;
  value: string | number;
  n: number;
}

/** A person's misses of an item, beside the team's, with the person's Wilson interval (percent). */
export interface ItemMissRate {
  personId: string;
  scorecardId: string;
  sectionId: string;
  itemId: string;
  answered: number;
  missed: number;
  rate: number;
  low: number;
  high: number;
  team: { answered: number; missed: number; rate: number };
}

/**
 * Item needs (pure): for each person and scorecard item, answered = evaluations that answered it,
 * missed = those the scoring counts as missed (no, level 1 or 2, 0 points); the team = everyone in the
 * rows. Listed when answered ≥ ITEM_NEED_MIN_ANSWERS and the lower bound of the person's 95 % Wilson
 * interval is above the team's rate. Items no longer on the scorecard are skipped. Highest rate first.
 */
export function itemNeeds(
  rows: readonly ItemAnswerCount[],
  sectionsOf: ReadonlyMap<string, ScorecardContent>,
): ItemMissRate[] {
  const items = new Map([...sectionsOf].map(([id, sections]) => [id, itemsOf(sections)]));
  const person = new Map<string, { row: ItemAnswerCount; answered: number; missed: number }>();
  const team = new Map<string, { answered: number; missed: number }>();
  for (const r of rows) {
    const item = items.get(r.scorecardId)?.get(r.itemId);
    if (!item) continue;
    const miss = missed(item, r.value as AnswerValue) ? r.n : 0;
    const itemKey = `${r.scorecardId}|${r.sectionId}|${r.itemId}`;
    const t = team.get(itemKey) ?? { answered: 0, missed: 0 };
    t.answered += r.n;
    t.missed += miss;
    team.set(itemKey, t);
    const key = `${r.personId}|${itemKey}`;
    const p = person.get(key) ?? { row: r, answered: 0, missed: 0 };
    p.answered += r.n;
    p.missed += miss;
    person.set(key, p);
  }
  const out: ItemMissRate[] = [];
  for (const p of person.values()) {
    if (p.answered < ITEM_NEED_MIN_ANSWERS) continue;
    const t = team.get(`${p.row.scorecardId}|${p.row.sectionId}|${p.row.itemId}`)!;
    const teamRate = (t.missed / t.answered) * 100;
    const b = wilson(p.missed, p.answered);
    if (!b || b.low * 100 <= teamRate) continue;
    out.push({
      personId: p.row.personId,
      scorecardId: p.row.scorecardId,
      sectionId: p.row.sectionId,
      itemId: p.row.itemId,
      answered: p.answered,
      missed: p.missed,
      rate: (p.missed / p.answered) * 100,
      low: b.low * 100,
      high: b.high * 100,
      team: { answered: t.answered, missed: t.missed, rate: teamRate },
    });
  }
  return out.sort(
    (a, b) =>
      b.rate - a.rate ||
      b.answered - a.answered ||
      a.personId.localeCompare(b.personId) ||
      a.itemId.localeCompare(b.itemId),
  );
}
