import { EVIDENCE_SECTION_KINDS, type ReviewRatings, type ReviewSection } from './reviews.contract.js';

/** The arithmetic of a review's ratings, shared by the server and the web (pure). */

export const isEvidenceKind = (k: ReviewSection['kind']): k is (typeof EVIDENCE_SECTION_KINDS)[number] =>
  (EVIDENCE_SECTION_KINDS as readonly string[]).includes(k);

/** The keys rated on the scale: an evidence section's key, or `section.item` for each competency. */
export function ratedKeys(sections: readonly ReviewSection[]): string[] {
  const out: string[] = [];
  for (const s of sections) {
    if (isEvidenceKind(s.kind)) out.push(s.key);
    else if (s.kind === 'competencies') for (const i of s.items ?? []) out.push(`${s.key}.${i.key}`);
  }
  return out;
}

/** A section's rating: its own (evidence kinds) or the mean of its rated items (competencies). */
export function sectionRating(s: ReviewSection, ratings: ReviewRatings): number | null {
  if (isEvidenceKind(s.kind)) return ratings[s.key] ?? null;
  if (s.kind !== 'competencies') return null;
  const xs = (s.items ?? [])
    .map((i) => ratings[`${s.key}.${i.key}`])
    .filter((x): x is number => x !== undefined);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Σ weight × section rating / Σ weight over the rated sections with a weight (2 decimals); null if none. */
export function weightedFormula(sections: readonly ReviewSection[], ratings: ReviewRatings): number | null {
  let num = 0;
  let den = 0;
  for (const s of sections) {
    const r = sectionRating(s, ratings);
    if (r === null || s.weight <= 0) continue;
    num += s.weight * r;
    den += s.weight;
  }
  return den > 0 ? Math.round((num / den) * 100) / 100 : null;
}
