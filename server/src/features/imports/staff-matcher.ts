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

export interface MatchResult {
  personId: string | null;
  /** How it was matched, or why not. */
  how: 'employee_number' | 'email' | 'alias' | 'name' | 'ambiguous' | 'none';
  suggestions: string[];
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
 * Matches staff references to people: by employee number, e-mail, a remembered alias, then by
 * full name (English in either order, or the Chinese name) when exactly one person has it.
 * Anything else is left for the user, with up to three suggestions by shared name parts.
 */
export function createStaffMatcher(people: readonly MatchCandidate[], aliases: ReadonlyMap<string, string>) {
  const byEmp = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  const tokens = new Map<string, Set<string>>();
  const addName = (name: string, id: string) => {
    const k = norm(name);
    if (!k) return;
    const set = byName.get(k) ?? new Set<string>();
    set.add(id);
    byName.set(k, set);
  };
  for (const p of people) {
    byEmp.set(norm(p.employeeNumber).replace(/ /g, ''), p.id);
    if (p.email) byEmail.set(p.email.trim().toLowerCase(), p.id);
    addName(`${p.givenNameEn} ${p.familyNameEn}`, p.id);
    addName(`${p.familyNameEn} ${p.givenNameEn}`, p.id);
    if (p.nameZh) addName(p.nameZh, p.id);
    tokens.set(
      p.id,
      new Set(
        norm(`${p.givenNameEn} ${p.familyNameEn} ${p.nameZh ?? ''}`)
          .split(' ')
          .filter(Boolean),
      ),
    );
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
    const alias = aliases.get(staffKey);
    if (alias && tokens.has(alias)) return { personId: alias, how: 'alias', suggestions: [] };
    if (ref.name) {
      const ids = byName.get(norm(ref.name));
      if (ids?.size === 1) return { personId: [...ids][0]!, how: 'name', suggestions: [] };
      if (ids && ids.size > 1) return { personId: null, how: 'ambiguous', suggestions: [...ids].slice(0, 3) };
    }
    return { personId: null, how: 'none', suggestions: suggest(ref) };
  };
}
