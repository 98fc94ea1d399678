import type {
  ReviewEvidence,
  ReviewRatings,
  ReviewScale,
  ReviewSection,
  ReviewWarning,
} from '@frontline/contract';
import { EVIDENCE_SECTION_KINDS, isEvidenceKind, ratedKeys } from '@frontline/contract';
export { ratedKeys, sectionRating, weightedFormula } from '@frontline/contract';

/**
 * The arithmetic of a review, pure: which keys are rated, the weighted formula, and the evidence
 * check (ratings the period's evidence contradicts).
 */

/** Problems with a template's scale and sections, as JSON-pointer issues (empty: fine). */
export function templateIssues(
  scale: ReviewScale,
  sections: readonly ReviewSection[],
  rule: 'weighted' | 'judgement',
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  scale.levels.forEach((l, i) => {
    if (l.value !== i + 1) issues.push({ path: `/scale/levels/${i}/value`, message: `must be ${i + 1}` });
  });
  if (scale.meets > scale.levels.length) {
    issues.push({ path: '/scale/meets', message: 'not a level of the scale' });
  }
  const keys = new Set<string>();
  sections.forEach((s, i) => {
    if (keys.has(s.key)) issues.push({ path: `/sections/${i}/key`, message: 'used twice' });
    keys.add(s.key);
    if (s.kind === 'competencies') {
      if (!s.items?.length) {
        issues.push({ path: `/sections/${i}/items`, message: 'name at least one competency' });
      }
      const items = new Set<string>();
      (s.items ?? []).forEach((it, j) => {
        if (items.has(it.key)) issues.push({ path: `/sections/${i}/items/${j}/key`, message: 'used twice' });
        items.add(it.key);
      });
    } else if (s.items?.length) {
      issues.push({ path: `/sections/${i}/items`, message: 'only a competencies section lists items' });
    }
    if ((s.kind === 'text' || s.kind === 'development') && s.weight > 0) {
      issues.push({ path: `/sections/${i}/weight`, message: 'a section without a rating has no weight' });
    }
  });
  if (
    rule === 'weighted' &&
    !sections.some((s) => s.kind !== 'text' && s.kind !== 'development' && s.weight > 0)
  ) {
    issues.push({ path: '/sections', message: 'the weighted rule needs a rated section with a weight' });
  }
  return issues;
}

/** Ratings that are not rated keys of the template or not levels of its scale. */
export function ratingIssues(
  sections: readonly ReviewSection[],
  scale: ReviewScale,
  ratings: ReviewRatings,
  comments: Record<string, string>,
): { path: string; message: string }[] {
  const keys = new Set(ratedKeys(sections));
  const sectionKeys = new Set(sections.map((s) => s.key));
  const issues: { path: string; message: string }[] = [];
  for (const [k, v] of Object.entries(ratings)) {
    if (!keys.has(k)) issues.push({ path: `/ratings/${k}`, message: 'not a rated item of the template' });
    else if (!Number.isInteger(v) || v < 1 || v > scale.levels.length) {
      issues.push({ path: `/ratings/${k}`, message: `outside the scale 1–${scale.levels.length}` });
    }
  }
  for (const k of Object.keys(comments)) {
    if (!sectionKeys.has(k)) {
      issues.push({ path: `/comments/${k}`, message: 'not a section of the template' });
    }
  }
  return issues;
}

/** How much evidence the period holds for an evidence section. */
function evidenceCount(kind: (typeof EVIDENCE_SECTION_KINDS)[number], e: ReviewEvidence): number {
  switch (kind) {
    case 'goals':
      return e.goals.length;
    case 'indicators':
      return e.indicators.filter((i) => i.n > 0).length;
    case 'assessments':
      return e.assessments.length;
    case 'feedback':
      return e.feedback.length;
    case 'training':
      return e.training.length;
    case 'coaching':
      return e.coaching.length;
  }
}

/**
 * Ratings the evidence contradicts: "exceeds" (above the meets level) on the indicators section
 * while an indicator's whole interval lies below the standard; "below" with no evidence at all
 * (an evidence section with nothing in the period and no comment; a competency whose section has no comment).
 */
export function evidenceWarnings(
  sections: readonly ReviewSection[],
  scale: ReviewScale,
  ratings: ReviewRatings,
  comments: Record<string, string>,
  evidence: ReviewEvidence,
): ReviewWarning[] {
  const out: ReviewWarning[] = [];
  const noComment = (key: string) => !(comments[key] ?? '').trim();
  for (const s of sections) {
    if (isEvidenceKind(s.kind)) {
      const r = ratings[s.key];
      if (r === undefined) continue;
      if (s.kind === 'indicators' && r > scale.meets) {
        const below = evidence.indicators.filter((i) => i.standing === 'below').map((i) => i.code);
        if (below.length) out.push({ kind: 'exceeds_below_standard', key: s.key, indicators: below });
      }
      if (r < scale.meets && evidenceCount(s.kind, evidence) === 0 && noComment(s.key)) {
        out.push({ kind: 'below_without_evidence', key: s.key, indicators: [] });
      }
    } else if (s.kind === 'competencies') {
      for (const it of s.items ?? []) {
        const key = `${s.key}.${it.key}`;
        const r = ratings[key];
        if (r !== undefined && r < scale.meets && noComment(s.key)) {
          out.push({ kind: 'below_without_evidence', key, indicators: [] });
        }
      }
    }
  }
  return out;
}
