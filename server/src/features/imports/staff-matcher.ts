import type { StaffRef } from './sources/types.js';

/** A person the importer may attribute rows to (already limited to the importer's scope). */
export interface MatchCandidate {
  id: string;
  employeeNumber: string;
  email: string | null;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string | null;
}

/** A remembered match (staff_alias) the service found usable for this importer. */
export interface RememberedMatch {
  personId: string;
  /** The user who made it by hand, and when. */
  createdBy: string;
  createdAt: Date;
  /** Made by the importer themself. */
  mine: boolean;
}

export interface MatchResult {
  personId: string | null;
  /** How it was matched, or why not. */
  how: 'employee_number' | 'email' | 'alias' | 'name' | 'ambiguous' | 'none';
  suggestions: string[];
  /** For `alias`: the remembered match used. */
  remembered?: RememberedMatch;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,'’"()\-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The identity of a staff reference within a file: employee number first, then e-mail, then
 * the name as written. Rows with the same key are the same person; a key is what a user matches
 * by hand and what is remembered (staff_alias) for the next import from that source.
 */
export function staffKeyOf(ref: StaffRef): string | null {
  if (ref.employeeNumber?.trim()) return `emp:${norm(ref.employeeNumber).replace(/ /g, '')}`;
  if (ref.email?.trim()) return `email:${ref.email.trim().toLowerCase()}`;
  if (ref.name?.trim()) return `name:${norm(ref.name)}`;
  return null;
}

/**
 * Matches staff references to people in the importer's scope (`people`): by employee number,
 * e-mail, then full name (English in either order, or the Chinese name) when exactly one person
 * in scope has it, then by a remembered match. A remembered match never overrides an exact
 * identity: it is not used when the reference's employee number or e-mail belongs to anyone
 * (`everyone`, in scope or not), and when the name is someone's exact name it may only choose
 * among the people bearing that name. It must point into the importer's scope; when several
 * remembered matches disagree, the importer's own wins, else none is used. Anything else is left
 * for the user, with up to three suggestions by shared name parts.
 */
export function createStaffMatcher(
  people: readonly MatchCandidate[],
  opts: {
    aliases?: ReadonlyMap<string, readonly RememberedMatch[]>;
    /** Everyone's identities, in scope or not (default: `people`). */
    everyone?: readonly MatchCandidate[];
  } = {},
) {
  const aliases = opts.aliases ?? new Map<string, RememberedMatch[]>();
  const byEmp = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  const tokens = new Map<string, Set<string>>();
  const addName = (index: Map<string, Set<string>>, name: string, id: string) => {
    const k = norm(name);
    if (!k) return;
    const set = index.get(k) ?? new Set<string>();
    set.add(id);
    index.set(k, set);
  };
  for (const p of people) {
    byEmp.set(norm(p.employeeNumber).replace(/ /g, ''), p.id);
    if (p.email) byEmail.set(p.email.trim().toLowerCase(), p.id);
    addName(byName, `${p.givenNameEn} ${p.familyNameEn}`, p.id);
    addName(byName, `${p.familyNameEn} ${p.givenNameEn}`, p.id);
    if (p.nameZh) addName(byName, p.nameZh, p.id);
    tokens.set(
      p.id,
      new Set(
        norm(`${p.givenNameEn} ${p.familyNameEn} ${p.nameZh ?? ''}`)
          .split(' ')
          .filter(Boolean),
      ),
    );
  }
  // Exact identities of everyone, whoever may see them.
  const anyEmp = new Set<string>();
  const anyEmail = new Set<string>();
  const anyName = new Map<string, Set<string>>();
  for (const p of opts.everyone ?? people) {
    anyEmp.add(norm(p.employeeNumber).replace(/ /g, ''));
    if (p.email) anyEmail.add(p.email.trim().toLowerCase());
    addName(anyName, `${p.givenNameEn} ${p.familyNameEn}`, p.id);
    addName(anyName, `${p.familyNameEn} ${p.givenNameEn}`, p.id);
    if (p.nameZh) addName(anyName, p.nameZh, p.id);
  }

  function remembered(ref: StaffRef, staffKey: string): RememberedMatch | 'ambiguous' | null {
    if (ref.employeeNumber && anyEmp.has(norm(ref.employeeNumber).replace(/ /g, ''))) return null;
    if (ref.email && anyEmail.has(ref.email.trim().toLowerCase())) return null;
    const namesakes = ref.name ? anyName.get(norm(ref.name)) : undefined;
    const usable = (aliases.get(staffKey) ?? []).filter(
      (a) => tokens.has(a.personId) && (!namesakes || namesakes.has(a.personId)),
    );
    if (usable.length === 0) return null;
    const mine = usable.find((a) => a.mine);
    if (mine) return mine;
    const targets = new Set(usable.map((a) => a.personId));
    if (targets.size > 1) return 'ambiguous';
    // The same target remembered by several people: the earliest says since when.
    return usable.reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
  }

  function suggest(ref: StaffRef): string[] {
    const words = new Set(
      norm(`${ref.name ?? ''} ${(ref.email ?? '').split('@')[0] ?? ''}`)
        .split(' ')
        .filter((w) => w.length > 1),
    );
    if (words.size === 0) return [];
    const scored: { id: string; score: number }[] = [];
    for (const [id, t] of tokens) {
      let score = 0;
      for (const w of words) if (t.has(w)) score++;
      if (score > 0) scored.push({ id, score });
    }
    return scored
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, 3)
      .map((s) => s.id);
  }

  return function match(ref: StaffRef, staffKey: string): MatchResult {
    if (ref.employeeNumber) {
      const id = byEmp.get(norm(ref.employeeNumber).replace(/ /g, ''));
      if (id) return { personId: id, how: 'employee_number', suggestions: [] };
    }
    if (ref.email) {
      const id = byEmail.get(ref.email.trim().toLowerCase());
      if (id) return { personId: id, how: 'email', suggestions: [] };
    }
    const ids = ref.name ? byName.get(norm(ref.name)) : undefined;
    if (ids?.size === 1) return { personId: [...ids][0]!, how: 'name', suggestions: [] };
    const alias = remembered(ref, staffKey);
    if (alias && alias !== 'ambiguous') {
      return { personId: alias.personId, how: 'alias', suggestions: [], remembered: alias };
    }
    if (ids && ids.size > 1) return { personId: null, how: 'ambiguous', suggestions: [...ids].slice(0, 3) };
    if (alias === 'ambiguous') {
      const options = [...new Set((aliases.get(staffKey) ?? []).map((a) => a.personId))];
      return {
        personId: null,
        how: 'ambiguous',
        suggestions: options.filter((id) => tokens.has(id)).slice(0, 3),
      };
    }
    return { personId: null, how: 'none', suggestions: suggest(ref) };
  };
}
