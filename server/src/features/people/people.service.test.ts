import { describe, expect, it } from 'vitest';
import { findManagerCycle } from './people.service.js';

type Link = { id: string; managerId: string | null };
const links = (pairs: Record<string, string | null>): Link[] =>
  Object.entries(pairs).map(([id, managerId]) => ({ id, managerId }));

/** Every rotation of the list: the answer must not depend on the order of the rows. */
const rotations = <T>(xs: T[]): T[][] => xs.map((_, i) => [...xs.slice(i), ...xs.slice(0, i)]);

describe('findManagerCycle', () => {
  it('finds nothing in an empty list or a proper tree', () => {
    expect(findManagerCycle([])).toBeNull();
    const tree = links({ ceo: null, m1: 'ceo', m2: 'ceo', s1: 'm1', s2: 'm1', s3: 'm2', s4: 's3' });
    for (const order of rotations(tree)) expect(findManagerCycle(order)).toBeNull();
  });

  it('finds nothing in several separate trees that share managers', () => {
    const forest = links({ a: null, b: 'a', c: 'b', d: 'b', x: null, y: 'x', z: 'y' });
    for (const order of rotations(forest)) expect(findManagerCycle(order)).toBeNull();
  });

  it('treats a manager outside the list as the top of the line', () => {
    expect(findManagerCycle(links({ a: 'someone-else', b: 'a' }))).toBeNull();
  });

  it('finds a person who manages themselves', () => {
    expect(findManagerCycle(links({ boss: null, a: 'a' }))).toBe('a');
  });

  it('finds a two-person loop', () => {
    for (const order of rotations(links({ a: 'b', b: 'a', c: null }))) {
      expect(['a', 'b']).toContain(findManagerCycle(order));
    }
  });

  it('names someone in the loop, never someone who merely reports into it', () => {
    // d → a → b → c → a, and e → d
    const l = links({ e: 'd', d: 'a', a: 'b', b: 'c', c: 'a', f: null });
    for (const order of rotations(l)) {
      expect(['a', 'b', 'c']).toContain(findManagerCycle(order));
    }
  });

  it('finds a loop that sits after a long clean chain', () => {
    const chain: Link[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${i}`,
      managerId: i === 0 ? null : `p${i - 1}`,
    }));
    expect(findManagerCycle(chain)).toBeNull();
    const withLoop = [...chain, { id: 'x', managerId: 'y' }, { id: 'y', managerId: 'x' }];
    expect(['x', 'y']).toContain(findManagerCycle(withLoop));
  });

  it('finds a long loop', () => {
    const ring: Link[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `r${i}`,
      managerId: `r${(i + 1) % 1000}`,
    }));
    expect(findManagerCycle(ring)).toMatch(/^r\d+$/);
  });
});
