import type {
  CreateScorecardBody,
  CriticalKind,
  ItemType,
  Scorecard,
  ScorecardKind,
  ScorecardSection,
} from '@frontline/contract';
import { numberValue } from '../../../lib/form';

/**
 * The scorecard editor's draft: the contract's sections and items as the form holds them (numbers
 * as typed, five levels always kept, a React key per row), and the body the server takes.
 */

export interface LevelDraft {
  en: string;
  zh: string;
}

export type ItemDraft = {
  /** React's key for the row (never sent). */
  key: string;
  id: string;
  /** The id was typed by hand: it no longer follows the English text. */
  idEdited: boolean;
  textEn: string;
  textZh: string;
  type: ItemType;
  weight: number | string;
  maxPoints: number | string;
  levels: LevelDraft[];
  critical: CriticalKind;
  naAllowed: boolean;
};

export type SectionDraft = {
  key: string;
  id: string;
  idEdited: boolean;
  titleEn: string;
  titleZh: string;
  items: ItemDraft[];
};

export type ScorecardDraft = {
  code: string;
  kind: ScorecardKind;
  titleEn: string;
  titleZh: string;
  /** '' for the kind's default indicator (a new scorecard) or none. */
  indicatorId: string | null;
  sections: SectionDraft[];
};

let counter = 0;
const newKey = () => `row-${++counter}`;

/**
 * An id key from English text: lower case letters and digits joined by '_', at most 40 characters
 * ('' when the text has none, e.g. Chinese only).
 */
export function slugKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
}

/** `base`, or `base_2`, `base_3`… the first not in `taken` ('' stays ''). */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (base === '' || !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, 40 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The list with the element at `from` moved by `by` places (unchanged when it would leave the list). */
export function moved<T>(list: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x as T);
  return out;
}

export const emptyLevels = (): LevelDraft[] => Array.from({ length: 5 }, () => ({ en: '', zh: '' }));

export const newItem = (): ItemDraft => ({
  key: newKey(),
  id: '',
  idEdited: false,
  textEn: '',
  textZh: '',
  type: 'yes_no_na',
  weight: 1,
  maxPoints: 10,
  levels: emptyLevels(),
  critical: 'none',
  naAllowed: true,
});

export const newSection = (): SectionDraft => ({
  key: newKey(),
  id: '',
  idEdited: false,
  titleEn: '',
  titleZh: '',
  items: [newItem()],
});

export const emptyDraft = (): ScorecardDraft => ({
  code: '',
  kind: 'qa_interaction',
  titleEn: '',
  titleZh: '',
  indicatorId: null,
  sections: [newSection()],
});

/** A saved scorecard as a draft to edit. */
export function draftOf(card: Scorecard): ScorecardDraft {
  return {
    code: card.code,
    kind: card.kind,
    titleEn: card.titleEn,
    titleZh: card.titleZh,
    indicatorId: card.indicatorId,
    sections: card.sections.map((s) => ({
      key: newKey(),
      id: s.id,
      idEdited: true,
      titleEn: s.titleEn,
      titleZh: s.titleZh,
      items: s.items.map((i) => ({
        key: newKey(),
        id: i.id,
        idEdited: true,
        textEn: i.textEn,
        textZh: i.textZh,
        type: i.type,
        weight: i.weight,
        maxPoints: i.maxPoints ?? 10,
        levels: i.levels ? i.levels.map((l) => ({ ...l })) : emptyLevels(),
        critical: i.critical,
        naAllowed: i.naAllowed,
      })),
    })),
  };
}

/** The sections as the contract has them: trimmed text, numbers, levels only on scale items, max points only on points items. */
export function sectionsOf(draft: ScorecardDraft): ScorecardSection[] {
  return draft.sections.map((s) => ({
    id: s.id.trim(),
    titleEn: s.titleEn.trim(),
    titleZh: s.titleZh.trim(),
    items: s.items.map((i) => ({
      id: i.id.trim(),
      textEn: i.textEn.trim(),
      textZh: i.textZh.trim(),
      type: i.type,
      weight: numberValue(i.weight),
      ...(i.type === 'points' ? { maxPoints: numberValue(i.maxPoints) } : {}),
      ...(i.type === 'scale_1_5'
        ? { levels: i.levels.map((l) => ({ en: l.en.trim(), zh: l.zh.trim() })) }
        : {}),
      critical: i.critical,
      naAllowed: i.naAllowed,
    })),
  }));
}

/** The body of a new scorecard (the indicator left out picks the kind's default). */
export function createBodyOf(draft: ScorecardDraft): CreateScorecardBody {
  return {
    code: draft.code.trim(),
    kind: draft.kind,
    titleEn: draft.titleEn.trim(),
    titleZh: draft.titleZh.trim(),
    ...(draft.indicatorId ? { indicatorId: draft.indicatorId } : {}),
    sections: sectionsOf(draft),
  };
}

/** Ids used twice (section ids among sections, item ids across the scorecard): the fields to mark. */
export function duplicateIds(draft: ScorecardDraft): string[] {
  const out: string[] = [];
  const sections = new Set<string>();
  const items = new Set<string>();
  draft.sections.forEach((s, si) => {
    const sid = s.id.trim();
    if (sid && sections.has(sid)) out.push(`sections.${si}.id`);
    sections.add(sid);
    s.items.forEach((i, ii) => {
      const iid = i.id.trim();
      if (iid && items.has(iid)) out.push(`sections.${si}.items.${ii}.id`);
      items.add(iid);
    });
  });
  return out;
}

/** Every item id of the draft but the one at (si, ii). */
export function otherItemIds(draft: ScorecardDraft, si: number, ii: number): Set<string> {
  const out = new Set<string>();
  draft.sections.forEach((s, a) =>
    s.items.forEach((i, b) => {
      if (a !== si || b !== ii) out.add(i.id);
    }),
  );
  return out;
}

/** Every section id of the draft but the one at `si`. */
export const otherSectionIds = (draft: ScorecardDraft, si: number): Set<string> =>
  new Set(draft.sections.filter((_, a) => a !== si).map((s) => s.id));
