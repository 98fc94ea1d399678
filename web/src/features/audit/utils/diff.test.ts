import { describe, expect, it } from 'vitest';
import { diffRecords, showValue } from './diff';

describe('audit diff', () => {
  it('lists each field as added, removed, changed or the same', () => {
    const changes = diffRecords(
      { name: 'Ka Yan', status: 'active', managerId: 'm1', roles: ['staff'] },
      { name: 'Ka Yan', status: 'on_leave', roles: ['staff', 'supervisor'], email: 'k@x.hk' },
    );
    expect(changes).toEqual([
      { field: 'name', kind: 'same', before: 'Ka Yan', after: 'Ka Yan' },
      { field: 'status', kind: 'changed', before: 'active', after: 'on_leave' },
      { field: 'managerId', kind: 'removed', before: 'm1', after: undefined },
      { field: 'roles', kind: 'changed', before: ['staff'], after: ['staff', 'supervisor'] },
      { field: 'email', kind: 'added', before: undefined, after: 'k@x.hk' },
    ]);
  });

  it('shows a created record as all fields added, and a deleted one as all removed', () => {
    expect(diffRecords(null, { a: 1 })).toEqual([{ field: 'a', kind: 'added', before: undefined, after: 1 }]);
    expect(diffRecords({ a: 1 }, null)).toEqual([
      { field: 'a', kind: 'removed', before: 1, after: undefined },
    ]);
    expect(diffRecords(null, null)).toEqual([]);
    expect(diffRecords(1, 2)).toEqual([{ field: 'value', kind: 'changed', before: 1, after: 2 }]);
  });

  it('shows values as short text', () => {
    expect(showValue(null)).toBe('∅');
    expect(showValue('x')).toBe('x');
    expect(showValue({ a: [1] })).toBe('{"a":[1]}');
    expect(showValue(undefined)).toBe('');
  });
});
