import { describe, expect, it } from 'vitest';
import { createLazyCompiles } from './lazy-compile.js';

describe('createLazyCompiles', () => {
  it('makes a function on its first call only, and the same one afterwards', () => {
    const compiles = createLazyCompiles();
    let made = 0;
    const double = compiles.lazy(() => {
      made++;
      return (x: number) => x * 2;
    });
    expect(made).toBe(0);
    expect(compiles.pending()).toBe(1);
    expect(double(2)).toBe(4);
    expect(double(5)).toBe(10);
    expect(made).toBe(1);
    expect(compiles.pending()).toBe(0);
  });

  it('warm() compiles what is still pending, and a failing compile rejects it', async () => {
    const compiles = createLazyCompiles();
    const made: string[] = [];
    const a = compiles.lazy(() => (made.push('a'), () => 'a'));
    compiles.lazy(() => (made.push('b'), () => 'b'));
    a();
    expect(await compiles.warm()).toBe(1);
    expect(made).toEqual(['a', 'b']);
    compiles.lazy(() => {
      throw new Error('bad schema');
    });
    await expect(compiles.warm()).rejects.toThrow('bad schema');
  });
});
