import type { OrgUnit, PersonSummary } from '@frontline/contract';

export interface Node<T> {
  item: T;
  depth: number;
  children: Node<T>[];
}

/**
 * A forest from a flat list with parent links. Items whose parent is missing from the list become
 * roots (so a partial view still shows everything it holds). Siblings are ordered by `compare`.
 * A cycle in the data cannot loop: an item is placed once.
 */
export function buildForest<T>(
  items: readonly T[],
  id: (t: T) => string,
  parentId: (t: T) => string | null,
  compare: (a: T, b: T) => number = () => 0,
): Node<T>[] {
  const ids = new Set(items.map(id));
  const byParent = new Map<string | null, T[]>();
  for (const t of items) {
    const p = parentId(t);
    const key = p !== null && ids.has(p) && p !== id(t) ? p : null;
    byParent.set(key, [...(byParent.get(key) ?? []), t]);
  }
  const placed = new Set<string>();
  const grow = (parent: string | null, depth: number): Node<T>[] =>
    [...(byParent.get(parent) ?? [])]
      .sort(compare)
      .filter((t) => !placed.has(id(t)))
      .map((t) => {
        placed.add(id(t));
        return { item: t, depth, children: grow(id(t), depth + 1) };
      });
  const forest = grow(null, 0);
  // Items caught in a parent cycle are never reached from a root: show them as roots.
  for (const t of items) {
    if (!placed.has(id(t))) {
      placed.add(id(t));
      forest.push({ item: t, depth: 0, children: grow(id(t), 1) });
    }
  }
  return forest;
}

/** Depth-first order, for tables and selects that show a tree flat. */
export function flatten<T>(forest: Node<T>[]): Node<T>[] {
  return forest.flatMap((n) => [n, ...flatten(n.children)]);
}

export const unitForest = (units: readonly OrgUnit[]) =>
  buildForest(
    units,
    (u) => u.id,
    (u) => u.parentId,
    (a, b) => a.code.localeCompare(b.code),
  );

/** The reporting lines of the people in view: each person under their manager. */
export const reportingForest = (people: readonly PersonSummary[]) =>
  buildForest(
    people,
    (p) => p.id,
    (p) => p.managerId,
    (a, b) => a.nameEn.localeCompare(b.nameEn),
  );

/** Keeps only the branches that hold something (`keep` true for a unit or any unit below it). */
export function prune<T>(forest: Node<T>[], keep: (t: T) => boolean): Node<T>[] {
  return forest.flatMap((n) => {
    const children = prune(n.children, keep);
    return keep(n.item) || children.length > 0 ? [{ ...n, children }] : [];
  });
}

/** "Parent › Child" names for selects, in tree order. */
export function unitOptions(
  units: readonly OrgUnit[],
  name: (u: OrgUnit) => string,
): { value: string; label: string }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path = (u: OrgUnit): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let cur: OrgUnit | undefined = u; cur && !seen.has(cur.id); cur = byId.get(cur.parentId ?? '')) {
      seen.add(cur.id);
      out.unshift(name(cur));
    }
    return out;
  };
  return flatten(unitForest(units)).map(({ item }) => ({
    value: item.id,
    label: path(item).slice(-3).join(' › '),
  }));
}

/** The ids of a unit and every unit below it. */
export function descendantIds(units: readonly OrgUnit[], rootId: string): Set<string> {
  const out = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}
