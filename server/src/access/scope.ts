import { sql, type RawBuilder } from 'kysely';
import { seesEveryone, type Role } from '@frontline/contract';
import { reportIdsQuery } from './access.repository.js';

/**
 * Who a list may show — the one shape every feature scopes its lists with (access.scope and
 * friends make it; `inScope` turns it into SQL):
 * - everyone (hr_admin, admin, the system), or
 * - some people: `self` (one person, usually the actor) and/or everyone who reports to
 *   `reportsOf`, directly or indirectly. Neither set: nobody.
 */
export type Scope =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'people'; readonly self: string | null; readonly reportsOf: string | null };

export const EVERYONE: Scope = { kind: 'everyone' };
export const NOBODY: Scope = { kind: 'people', self: null, reportsOf: null };

/**
 * What a user with these roles may see: everyone, or themself and their reports. Access.scope
 * uses it for the actor; imports use it for the user who made a batch or a remembered match.
 */
export function scopeFor(roles: readonly Role[], personId: string | null): Scope {
  if (seesEveryone(roles)) return EVERYONE;
  return { kind: 'people', self: personId, reportsOf: personId };
}

/** One person only (e.g. "mine"). */
export const onlyPerson = (personId: string | null): Scope => ({
  kind: 'people',
  self: personId,
  reportsOf: null,
});

/** True when the scope cannot hold anyone: a list can answer empty without asking the database. */
export const isEmptyScope = (s: Scope) => s.kind === 'people' && !s.self && !s.reportsOf;

/**
 * The condition "`column` holds a person in the scope", for `.where(inScope(scope, 'g.personId'))`
 * or inside a `sql` template. The empty set is handled here, once: it is `false`.
 */
export function inScope(scope: Scope, column: string): RawBuilder<boolean> {
  if (scope.kind === 'everyone') return sql<boolean>`true`;
  const col = sql.ref(column);
  const ors: RawBuilder<boolean>[] = [];
  if (scope.self) ors.push(sql<boolean>`${col} = ${scope.self}`);
  if (scope.reportsOf) ors.push(sql<boolean>`${col} in ${reportIdsQuery(scope.reportsOf)}`);
  if (ors.length === 0) return sql<boolean>`false`;
  return ors.length === 1 ? ors[0]! : sql<boolean>`(${sql.join(ors, sql` or `)})`;
}
