import type {
  CreateReviewTemplateBody,
  ReviewRatingRule,
  ReviewSectionKind,
  ReviewTemplate,
} from '@frontline/contract';
import { numberValue } from '../../../lib/form';
import { slugKey, uniqueKey } from '../../assessments/utils/scorecardDraft';

/**
 * The review-template editor's draft: the contract's body as the form holds it (numbers as typed,
 * the "meets" level as the Select's text, a React key per row, items kept while a section's kind
 * is changed), the body the server takes, and the checks the server makes (templateIssues) so they
 * show before sending. The draft has the body's shape, so an issue path such as
 * `/sections/1/items/0/key` names the field `sections.1.items.0.key`.
 */

export interface LevelDraft {
  /** React's key for the row (never sent). */
  uid: string;
  labelEn: string;
  labelZh: string;
  descriptionEn: string;
  descriptionZh: string;
}

export interface ItemDraft {
  uid: string;
  key: string;
  /** The key was typed by hand: it no longer follows the English title. */
  keyEdited: boolean;
  titleEn: string;
  titleZh: string;
  descriptionEn: string;
  descriptionZh: string;
}

export interface SectionDraft {
  uid: string;
  kind: ReviewSectionKind;
  key: string;
  keyEdited: boolean;
  titleEn: string;
  titleZh: string;
  weight: number | string;
  items: ItemDraft[];
}

export type TemplateDraft = {
  code: string;
  titleEn: string;
  titleZh: string;
  scale: { levels: LevelDraft[]; meets: string | null };
  sections: SectionDraft[];
  ratingRule: ReviewRatingRule;
};

export const MIN_LEVELS = 2;
export const MAX_LEVELS = 10;
export const MAX_SECTIONS = 20;
export const MAX_ITEMS = 30;

let counter = 0;
const newUid = () => `tpl-${++counter}`;

/** Kinds with no rating: no weight, never counted in the formula. */
export const isUnrated = (kind: ReviewSectionKind): boolean => kind === 'text' || kind === 'development';

/** A section key from English text: a-z, 0-9 and _, from a letter ('' when none). */
export const keyFrom = (text: string): string => slugKey(text).replace(/^[^a-z]+/, '');

export const newLevel = (): LevelDraft => ({
  uid: newUid(),
  labelEn: '',
  labelZh: '',
  descriptionEn: '',
  descriptionZh: '',
});

export const newItem = (): ItemDraft => ({
  uid: newUid(),
  key: '',
  keyEdited: false,
  titleEn: '',
  titleZh: '',
  descriptionEn: '',
  descriptionZh: '',
});

export const newSection = (kind: ReviewSectionKind = 'indicators'): SectionDraft => ({
  uid: newUid(),
  kind,
  key: '',
  keyEdited: false,
  titleEn: '',
  titleZh: '',
  weight: isUnrated(kind) ? 0 : 1,
  items: kind === 'competencies' ? [newItem()] : [],
});

/** A blank template: a three-level scale meeting at 2, one evidence section, the weighted rule. */
export const emptyTemplateDraft = (): TemplateDraft => ({
  code: '',
  titleEn: '',
  titleZh: '',
  scale: { levels: [newLevel(), newLevel(), newLevel()], meets: '2' },
  sections: [newSection()],
  ratingRule: 'weighted',
});

/** `code`, or `code-2`, `code-3`… the first not taken (at most 40 characters). */
export function freeCode(code: string, taken: readonly string[]): string {
  const used = new Set(taken.map((c) => c.toLowerCase()));
  if (!used.has(code.toLowerCase())) return code;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${code.slice(0, 40 - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A saved template as the start of a new one: everything copied, under a free code (the saved one
 * numbered on) so it can be sent as it is once the titles say what is new.
 */
export function draftFromTemplate(t: ReviewTemplate, takenCodes: readonly string[]): TemplateDraft {
  return {
    code: freeCode(t.code, takenCodes),
    titleEn: t.titleEn,
    titleZh: t.titleZh,
    scale: {
      levels: t.scale.levels.map((l) => ({
        uid: newUid(),
        labelEn: l.labelEn,
        labelZh: l.labelZh,
        descriptionEn: l.descriptionEn,
        descriptionZh: l.descriptionZh,
      })),
      meets: String(t.scale.meets),
    },
    sections: t.sections.map((s) => ({
      uid: newUid(),
      kind: s.kind,
      key: s.key,
      keyEdited: true,
      titleEn: s.titleEn,
      titleZh: s.titleZh,
      weight: s.weight,
      items: (s.items ?? []).map((i) => ({
        uid: newUid(),
        key: i.key,
        keyEdited: true,
        titleEn: i.titleEn,
        titleZh: i.titleZh,
        descriptionEn: i.descriptionEn,
        descriptionZh: i.descriptionZh,
      })),
    })),
    ratingRule: t.ratingRule,
  };
}

/**
 * The body the server takes: trimmed text, levels numbered 1, 2, …, weights as numbers (0 for a
 * section without a rating), items only on a competencies section.
 */
export function templateBodyOf(d: TemplateDraft): CreateReviewTemplateBody {
  return {
    code: d.code.trim(),
    titleEn: d.titleEn.trim(),
    titleZh: d.titleZh.trim(),
    scale: {
      levels: d.scale.levels.map((l, i) => ({
        value: i + 1,
        labelEn: l.labelEn.trim(),
        labelZh: l.labelZh.trim(),
        descriptionEn: l.descriptionEn.trim(),
        descriptionZh: l.descriptionZh.trim(),
      })),
      meets: d.scale.meets === null || d.scale.meets === '' ? Number.NaN : Number(d.scale.meets),
    },
    sections: d.sections.map((s) => ({
      key: s.key.trim(),
      kind: s.kind,
      titleEn: s.titleEn.trim(),
      titleZh: s.titleZh.trim(),
      weight: isUnrated(s.kind) ? 0 : numberValue(s.weight),
      ...(s.kind === 'competencies'
        ? {
            items: s.items.map((i) => ({
              key: i.key.trim(),
              titleEn: i.titleEn.trim(),
              titleZh: i.titleZh.trim(),
              descriptionEn: i.descriptionEn.trim(),
              descriptionZh: i.descriptionZh.trim(),
            })),
          }
        : {}),
    })),
    ratingRule: d.ratingRule,
  };
}

/** A weight as a number, 0 while it is not one (empty, being typed). */
const weightOf = (s: SectionDraft): number => {
  if (isUnrated(s.kind)) return 0;
  const w = typeof s.weight === 'number' ? s.weight : Number(s.weight);
  return Number.isFinite(w) && w > 0 ? w : 0;
};

/** The sum of the weights of the rated sections (what the formula divides by). */
export const weightTotal = (d: TemplateDraft): number =>
  Math.round(d.sections.reduce((sum, s) => sum + weightOf(s), 0) * 100) / 100;

/** A section's share of the formula in per cent (null: not counted). */
export function weightShare(d: TemplateDraft, index: number): number | null {
  const s = d.sections[index];
  const total = weightTotal(d);
  if (!s || total <= 0 || weightOf(s) <= 0) return null;
  return Math.round((weightOf(s) / total) * 1000) / 10;
}

/**
 * What the server checks beyond the schema (templateIssues), as translation keys per field; and
 * every required text left empty, since the schema check reports only its first eight errors and a
 * blank template has more.
 */
export function templateProblems(d: TemplateDraft): Record<string, string> {
  const out: Record<string, string> = {};
  const need = (path: string, value: string) => {
    if (value.trim() === '') out[path] = 'validation.required';
  };
  need('code', d.code);
  need('titleEn', d.titleEn);
  need('titleZh', d.titleZh);
  d.scale.levels.forEach((l, li) => {
    need(`scale.levels.${li}.labelEn`, l.labelEn);
    need(`scale.levels.${li}.labelZh`, l.labelZh);
  });
  const keys = new Set<string>();
  d.sections.forEach((s, si) => {
    need(`sections.${si}.key`, s.key);
    need(`sections.${si}.titleEn`, s.titleEn);
    need(`sections.${si}.titleZh`, s.titleZh);
    if (s.kind === 'competencies') {
      s.items.forEach((it, ii) => {
        need(`sections.${si}.items.${ii}.key`, it.key);
        need(`sections.${si}.items.${ii}.titleEn`, it.titleEn);
        need(`sections.${si}.items.${ii}.titleZh`, it.titleZh);
      });
    }
    const key = s.key.trim();
    if (key && keys.has(key)) out[`sections.${si}.key`] = 'reviewTemplates.form.keyTwice';
    keys.add(key);
    if (s.kind !== 'competencies') return;
    if (s.items.length === 0) out[`sections.${si}.items`] = 'reviewTemplates.form.needItems';
    const items = new Set<string>();
    s.items.forEach((it, ii) => {
      const k = it.key.trim();
      if (k && items.has(k)) out[`sections.${si}.items.${ii}.key`] = 'reviewTemplates.form.keyTwice';
      items.add(k);
    });
  });
  if (d.ratingRule === 'weighted' && weightTotal(d) <= 0) out.sections = 'reviewTemplates.form.needWeight';
  return out;
}

/**
 * The translation key for a message of the server's template check (templateIssues), so its field
 * shows what is wrong in the user's language; null for messages it does not know.
 */
export function serverIssueKey(message: string): string | null {
  const m = message.trim().toLowerCase();
  if (m === 'used twice') return 'reviewTemplates.form.keyTwice';
  if (m === 'name at least one competency') return 'reviewTemplates.form.needItems';
  if (m === 'a section without a rating has no weight') return 'reviewTemplates.form.noWeight';
  if (m.startsWith('the weighted rule needs')) return 'reviewTemplates.form.needWeight';
  if (m === 'not a level of the scale') return 'reviewTemplates.form.meetsLevel';
  if (m === 'only a competencies section lists items') return 'reviewTemplates.form.onlyCompetencies';
  return null;
}

/** The keys of the other sections (for a new key that does not clash). */
export const otherSectionKeys = (d: TemplateDraft, si: number): Set<string> =>
  new Set(d.sections.filter((_, i) => i !== si).map((s) => s.key.trim()));

/** The keys of the other items of one section. */
export const otherItemKeys = (d: TemplateDraft, si: number, ii: number): Set<string> =>
  new Set((d.sections[si]?.items ?? []).filter((_, i) => i !== ii).map((i) => i.key.trim()));

/** A key following the English title, unique among `taken` ('' when the title has no letters). */
export const keyFollowing = (title: string, taken: ReadonlySet<string>): string =>
  uniqueKey(keyFrom(title), taken);

/** The section after its kind changed: no weight for an unrated kind, one item for competencies. */
export function withKind(s: SectionDraft, kind: ReviewSectionKind): SectionDraft {
  return {
    ...s,
    kind,
    weight: isUnrated(kind) ? 0 : isUnrated(s.kind) ? 1 : s.weight,
    items: kind === 'competencies' && s.items.length === 0 ? [newItem()] : s.items,
  };
}

/** The scale after removing level `index`: "meets" stays on the same level, or the nearest one. */
export function withoutLevel(d: TemplateDraft, index: number): TemplateDraft['scale'] {
  const levels = d.scale.levels.filter((_, i) => i !== index);
  const meets = Number(d.scale.meets);
  let next = meets;
  if (Number.isFinite(meets) && meets > index + 1) next = meets - 1;
  if (next > levels.length) next = levels.length;
  return { levels, meets: Number.isFinite(next) && next >= 1 ? String(next) : null };
}
