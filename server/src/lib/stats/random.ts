/**
 * A seeded pseudo-random number generator for resampling (bootstrap intervals). Statistics code never
 * calls Math.random or reads the clock: the caller passes a seed (or a generator made from one), so the
 * same data and the same seed always give the same interval, in tests and on screen.
 */

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/**
 * mulberry32: a small 32-bit generator (period 2³²), plenty for bootstrap resampling of a few thousand
 * draws. `seed` is taken as an unsigned 32-bit integer (fractions and higher bits are dropped).
 */
export function seededRandom(seed: number): RandomSource {
  let s = Math.trunc(seed) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n) from a random source. */
export function randomIndex(random: RandomSource, n: number): number {
  const i = Math.floor(random() * n);
  return i < n ? i : n - 1;
}
