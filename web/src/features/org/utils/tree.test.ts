import { describe, expect, it } from 'vitest';
import type { OrgUnit, PersonSummary } from '@frontline/contract';
import { buildForest, descendantIds, flatten, prune, reportingForest, unitForest, unitOptions } from './tree';

const unit = (id: string, parentId: string | null, code = id): OrgUnit => ({
  id,
  parentId,
  kind: 'team',
  code,
  nameEn: `Unit ${id}`,
  nameZh: `單位${id}`,
  timezone: 'Asia/Hong_Kong',
  headcount: 0,
});
const person = (id: string, managerId: string | null, nameEn = id): PersonSummary => ({
  id,
  employeeNumber: `E${id}`,
  nameEn,
  nameZh: null,
  orgUnitId: 'u',
  orgUnitName: 'U',
  orgUnitNameZh: null,
  jobRoleId: null,
  jobRoleName: null,
  jobRoleNameZh: null,
  managerId,
  status: 'active',
});

describe('org trees', () => {
  const units = [unit('c', 'b', 'C'), unit('a', null, 'A'), unit('b', 'a', 'B'), unit('d', 'a', 'AA')];

  it('builds the unit tree from parent ids, siblings ordered by code', () => {
    const forest = unitForest(units);
    expect(forest.map((n) => n.item.id)).toEqual(['a']);
    expect(forest[0]?.children.map((n) => n.item.id)).toEqual(['d', 'b']);
    expect(flatten(forest).map((n) => [n.item.id, n.depth])).toEqual([
      ['a', 0],
      ['d', 1],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('makes people whose manager is out of view the roots of the reporting lines', () => {
    // a supervisor sees themselves and their team, but not their own manager
    const people = [person('sup', 'boss', 'Sup'), person('x', 'sup', 'Xia'), person('y', 'sup', 'Amy')];
    const forest = reportingForest(people);
    expect(forest.map((n) => n.item.id)).toEqual(['sup']);
    expect(forest[0]?.children.map((n) => n.item.nameEn)).toEqual(['Amy', 'Xia']);
  });

  it('never loops on a cycle in the data', () => {
    const forest = buildForest(
      [
        { id: '1', p: '2' },
        { id: '2', p: '1' },
      ],
      (x) => x.id,
      (x) => x.p,
    );
    expect(flatten(forest)).toHaveLength(2);
  });

  it('prunes the branches that hold nothing', () => {
    const kept = prune(unitForest(units), (u) => u.id === 'c');
    expect(flatten(kept).map((n) => n.item.id)).toEqual(['a', 'b', 'c']);
  });

  it('labels units with their path for selects, and finds everything below a unit', () => {
    const options = unitOptions(units, (u) => u.code);
    expect(options.map((o) => o.label)).toEqual(['A', 'A › AA', 'A › B', 'A › B › C']);
    expect([...descendantIds(units, 'b')].sort()).toEqual(['b', 'c']);
  });
});
