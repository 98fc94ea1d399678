import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * The org tree (org units by parent), in one place: a unit's subtree and its site (the nearest
 * store or centre). Dashboards roll units up by subtree, recognition and rewards scope walls and
 * boards by site and subtree. Walks in memory over one read of the units (a few hundred rows);
 * a damaged tree (a loop) cannot make a walk run forever.
 */

/** What the walks need of a unit. */
export interface UnitLink {
  id: string;
  parentId: string | null;
}

const MAX_DEPTH = 64;

function childrenOf(units: readonly UnitLink[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  return children;
}

function walkDown(children: ReadonlyMap<string, string[]>, rootId: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The unit and every unit below it (ids; the root first). */
export function subtree(units: readonly UnitLink[], rootId: string): string[] {
  return walkDown(childrenOf(units), rootId);
}

/** The tree over these units: find a unit, its subtree, its site. */
export function orgTree<U extends UnitLink & { kind: string }>(units: readonly U[]) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = childrenOf(units);
  return {
    byId,
    /** The nearest ancestor-or-self of kind store or centre; the unit itself when there is none. */
    siteOf(unitId: string): string {
      for (let u: string | null = unitId, d = 0; u && d < MAX_DEPTH; u = byId.get(u)?.parentId ?? null, d++) {
        const k = byId.get(u)?.kind;
        if (k === 'store' || k === 'centre') return u;
      }
      return unitId;
    },
    /** The unit and every unit below it (ids; the root first). */
    subtree(rootId: string): string[] {
      return walkDown(children, rootId);
    },
  };
}
export type OrgTree = ReturnType<typeof orgTree<OrgTreeUnit>>;

/** A unit as unitTree reads it. */
export interface OrgTreeUnit {
  id: string;
  parentId: string | null;
  kind: string;
  nameEn: string;
  nameZh: string | null;
}

/** The whole org tree, read now. */
export async function unitTree(db: Kysely<DB>): Promise<OrgTree> {
  const units: OrgTreeUnit[] = await db
    .selectFrom('orgUnit')
    .select(['id', 'parentId', 'kind', 'nameEn', 'nameZh'])
    .execute();
  return orgTree(units);
}
