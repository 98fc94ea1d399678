import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { accessRepository } from '../../access/access.repository.js';
import { EVERYONE, NOBODY, scopeFor, type Scope } from '../../access/scope.js';
import type { StaffRef } from './sources/types.js';
import { importsRepository, type StaffRow } from './imports.repository.js';
import { createStaffMatcher, type RememberedMatch } from './staff-matcher.js';

/** The people a user may attribute rows to: everyone, or themself and their reports. */
async function scopeOfUser(db: Kysely<DB>, userId: string): Promise<Scope> {
  const user = await importsRepository(db).user(userId);
  return user ? scopeFor(user.roles, user.personId) : NOBODY;
}

/**
 * Remembered matches of a source that an import by `importerId` may use: the importer's own,
 * and those of makers inside the importer's scope (everyone's, for someone who sees everyone);
 * each only while its target is still in its maker's scope. The matcher then also requires the
 * target to be in the importer's scope and no exact identity to contradict it.
 */
async function usableAliases(
  db: Kysely<DB>,
  source: string,
  importerId: string | null,
): Promise<Map<string, RememberedMatch[]>> {
  const out = new Map<string, RememberedMatch[]>();
  if (!importerId) return out;
  const rows = await importsRepository(db).aliases(source);
  if (rows.length === 0) return out;
  const importerScope = await scopeOfUser(db, importerId);
  const inScopeOf = accessRepository(db).contains;
  const usable = new Map<string, boolean>(); // "maker|person" → usable
  for (const r of rows) {
    const mine = r.createdBy === importerId;
    const makerScope = scopeFor(r.roles, r.makerPerson);
    const key = `${r.createdBy}|${r.personId}`;
    if (!usable.has(key)) {
      // The maker is the importer or inside the importer's scope, and the target is still
      // inside the maker's scope.
      const makerInside =
        mine ||
        (!!r.makerPerson && makerScope.kind === 'people' && (await inScopeOf(importerScope, r.makerPerson)));
      usable.set(
        key,
        (mine || importerScope.kind === 'everyone' || makerInside) &&
          (await inScopeOf(makerScope, r.personId)),
      );
    }
    if (!usable.get(key)) continue;
    const list = out.get(r.alias) ?? [];
    list.push({ personId: r.personId, createdBy: r.createdBy, createdAt: r.createdAt, mine });
    out.set(r.alias, list);
  }
  return out;
}

/**
 * Matches a file's staff to people, as the one who imports it may: by employee number, e-mail,
 * unique full name, then a remembered match; the importer may attribute rows only to people in
 * their own scope. Unmatched staff get suggestions, stored with the batch for the review.
 */
export async function matchFileStaff(
  db: Kysely<DB>,
  batch: { id: string; createdBy: string | null },
  source: string,
  staff: ReadonlyMap<string, { ref: StaffRef; rows: number }>,
): Promise<StaffRow[]> {
  const repo = importsRepository(db);
  const user = batch.createdBy ? await repo.user(batch.createdBy) : undefined;
  const scope = batch.createdBy === null ? EVERYONE : user ? scopeFor(user.roles, user.personId) : NOBODY;
  const match = createStaffMatcher(await repo.identities(scope), {
    aliases: await usableAliases(db, source, batch.createdBy),
    everyone: await repo.identities(null),
  });
  return [...staff].map(([staffKey, s]) => {
    const m = match(s.ref, staffKey);
    return {
      batchId: batch.id,
      staffKey,
      name: s.ref.name ?? null,
      email: s.ref.email ?? null,
      employeeNumber: s.ref.employeeNumber ?? null,
      rows: s.rows,
      personId: m.personId,
      aliasBy: m.remembered?.createdBy ?? null,
      aliasAt: m.remembered?.createdAt ?? null,
      suggestions: m.personId ? [] : m.suggestions,
    };
  });
}

/** A matcher over everyone currently employed, by exact identities only (the push API). */
export async function exactMatcher(db: Kysely<DB>) {
  const people = await importsRepository(db).identities(EVERYONE);
  return createStaffMatcher(people);
}
