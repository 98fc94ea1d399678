/**
 * QA sampling (#12 item 3), pure: how many interactions to draw from each channel (proportional
 * allocation, at least one per channel where n allows, without replacement), the draw itself from a
 * seeded random source, and how precisely n evaluations pin down a person's period score.
 */
import { randomIndex, type RandomSource } from './random.js';

/**
 * Splits `n` draws over channels with `available[channel]` interactions each, proportionally
 * (largest remainder on the quotas n·cᵢ/N), every non-empty channel getting at least one when n is at
 * least the number of non-empty channels (else the n largest channels get one each), never more than
 * a channel holds. When n ≥ N every interaction is taken. Ties go to the channel named first.
 */
export function allocate(available: Readonly<Record<string, number>>, n: number): Record<string, number> {
  const names = Object.keys(available)
    .filter((c) => (available[c] ?? 0) > 0)
    .sort();
  const out: Record<string, number> = Object.fromEntries(names.map((c) => [c, 0]));
  const total = names.reduce((s, c) => s + available[c]!, 0);
  const want = Math.max(0, Math.floor(n));
  if (want >= total) {
    for (const c of names) out[c] = available[c]!;
    return out;
  }
  if (want < names.length) {
    const biggest = [...names].sort((a, b) => available[b]! - available[a]! || (a < b ? -1 : 1));
    for (const c of biggest.slice(0, want)) out[c] = 1;
    return out;
  }
  const quota = (c: string) => (want * available[c]!) / total;
  for (const c of names) out[c] = Math.min(available[c]!, Math.max(1, Math.floor(quota(c))));
  let sum = names.reduce((s, c) => s + out[c]!, 0);
  while (sum < want) {
    // The channel furthest below its quota that still has interactions left.
    const next = names
      .filter((c) => out[c]! < available[c]!)
      .sort((a, b) => quota(b) - out[b]! - (quota(a) - out[a]!) || (a < b ? -1 : 1))[0]!;
    out[next]! += 1;
    sum += 1;
  }
  while (sum > want) {
    // Only when the minimum of one pushed past n: take from the channel furthest above its quota.
    const next = names
      .filter((c) => out[c]! > 1)
      .sort((a, b) => out[b]! - quota(b) - (out[a]! - quota(a)) || (a < b ? -1 : 1))[0]!;
    out[next]! -= 1;
    sum -= 1;
  }
  return out;
}

/** `k` distinct elements of `items` at random (partial Fisher–Yates), in the order drawn. */
export function drawWithoutReplacement<T>(items: readonly T[], k: number, random: RandomSource): T[] {
  const pool = [...items];
  const take = Math.min(Math.max(0, Math.floor(k)), pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + randomIndex(random, pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}

/**
 * A stratified sample of one person's interactions: `allocate` per channel, then a draw without
 * replacement inside each channel (channels in name order, items in the order given — the caller sorts
 * them by a stable key so the same seed gives the same sample).
 */
export function stratifiedSample<T extends { channel: string }>(
  items: readonly T[],
  n: number,
  random: RandomSource,
): T[] {
  const byChannel = new Map<string, T[]>();
  for (const it of items) byChannel.set(it.channel, [...(byChannel.get(it.channel) ?? []), it]);
  const counts = Object.fromEntries([...byChannel].map(([c, list]) => [c, list.length]));
  const plan = allocate(counts, n);
  return Object.keys(plan)
    .sort()
    .flatMap((c) => drawWithoutReplacement(byChannel.get(c)!, plan[c]!, random));
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * The half-width of a 95% interval of a person's period score (the mean of n evaluations) when
 * evaluations of one person spread with standard deviation `sd` around the person's true score:
 * z₀.₉₇₅ · sd / √n. Points in, points out.
 */
export function halfWidth95(sd: number, n: number): number {
  if (!(n >= 1) || !(sd >= 0)) return Number.NaN;
  return (Z95 * sd) / Math.sqrt(n);
}

/**
 * The spread of scores between evaluations of the same person: the pooled within-person standard
 * deviation √(Σ(x − x̄ₚ)² / (N − P)) over the groups (one per person) with their own means x̄ₚ;
 * null when fewer than `minDf` degrees of freedom remain (N − P).
 */
export function pooledWithinSd(
  groups: readonly (readonly number[])[],
  minDf = 10,
): { sd: number; n: number; people: number; df: number } | null {
  let ss = 0;
  let n = 0;
  let people = 0;
  for (const g of groups) {
    if (g.length === 0) continue;
    const mean = g.reduce((s, x) => s + x, 0) / g.length;
    for (const x of g) ss += (x - mean) ** 2;
    n += g.length;
    people += 1;
  }
  const df = n - people;
  if (df < Math.max(1, minDf)) return null;
  return { sd: Math.sqrt(ss / df), n, people, df };
}

/** The start and end (inclusive, ISO dates) of a period: 'YYYY-MM' a month, 'YYYY-Www' an ISO week. */
export function periodRange(period: string): { kind: 'month' | 'week'; start: string; end: string } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return {
      kind: 'month',
      start: `${m[1]}-${m[2]}-01`,
      end: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`,
    };
  }
  const w = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/.exec(period);
  if (w) {
    const y = Number(w[1]);
    const week = Number(w[2]);
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday1 = Date.UTC(y, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
    const start = new Date(monday1 + (week - 1) * 7 * 86_400_000);
    const end = new Date(start.getTime() + 6 * 86_400_000);
    if (week === 53 && periodOf(start.toISOString().slice(0, 10), 'week') !== period) return null;
    return { kind: 'week', start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
  }
  return null;
}

/** The period ('YYYY-MM' or ISO 'YYYY-Www') holding an ISO date. */
export function periodOf(day: string, kind: 'month' | 'week'): string {
  if (kind === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const y = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(y, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${y}-W${String(week).padStart(2, '0')}`;
}
