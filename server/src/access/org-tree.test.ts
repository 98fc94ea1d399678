import { describe, expect, it } from 'vitest';
import { orgTree, subtree } from './org-tree.js';

//          company
//         /       \
//     region      centre
//     /    \          \
//  store1  store2     teamC
//    |
//  teamA
const UNITS = [
  { id: 'company', parentId: null, kind: 'company' },
  { id: 'region', parentId: 'company', kind: 'region' },
  { id: 'store1', parentId: 'region', kind: 'store' },
  { id: 'teamA', parentId: 'store1', kind: 'team' },
  { id: 'store2', parentId: 'region', kind: 'store' },
  { id: 'centre', parentId: 'company', kind: 'centre' },
  { id: 'teamC', parentId: 'centre', kind: 'team' },
];

describe('org tree', () => {
  it('gives a unit and everything below it, root first', () => {
    expect(subtree(UNITS, 'region')).toEqual(['region', 'store2', 'store1', 'teamA']);
    expect(subtree(UNITS, 'company').sort()).toEqual(UNITS.map((u) => u.id).sort());
    expect(subtree(UNITS, 'teamA')).toEqual(['teamA']);
    expect(orgTree(UNITS).subtree('centre')).toEqual(['centre', 'teamC']);
  });

  it('finds the site of a unit: the nearest store or centre at or above it, else the unit', () => {
    const tree = orgTree(UNITS);
    expect(tree.siteOf('teamA')).toBe('store1');
    expect(tree.siteOf('store2')).toBe('store2');
    expect(tree.siteOf('teamC')).toBe('centre');
    expect(tree.siteOf('region')).toBe('region');
    expect(tree.byId.get('teamA')?.parentId).toBe('store1');
  });

  it('ends its walks on a damaged tree (a loop)', () => {
    const loop = [
      { id: 'a', parentId: 'b', kind: 'team' },
      { id: 'b', parentId: 'a', kind: 'team' },
    ];
    expect(subtree(loop, 'a').sort()).toEqual(['a', 'b']);
    expect(orgTree(loop).siteOf('a')).toBe('a');
  });
});
