import type { CoachingEffect } from '@frontline/contract';

export const EFFECT_REASONS = [
  'no_focus_indicator',
  'not_started',
  'no_data_before',
  'no_data_after',
  'comparison_too_small',
] as const;

export interface VerdictMessage {
  key: string;
  values: Record<string, string | number>;
}

/** A change with its sign always shown: "+1.5", "−0.8" (the minus sign, not a hyphen). */
export function signed(v: number, format: (abs: number) => string): string {
  if (v === 0) return format(0);
  return `${v > 0 ? '+' : '−'}${format(Math.abs(v))}`;
}

/**
 * The verdict of a measured effect in plain words: which sentence (a translation key) and what goes in it.
 * `format` renders a magnitude in the indicator's unit.
 */
export function verdictMessage(effect: CoachingEffect, format: (abs: number) => string): VerdictMessage {
  const k = effect.comparison.k;
  const { value, low, high } = effect.did;
  if (effect.verdict === 'insufficient_data' || value === null) {
    const reason = (EFFECT_REASONS as readonly string[]).includes(effect.reason ?? '')
      ? (effect.reason as string)
      : 'unknown';
    return { key: 'coaching.verdict.insufficient_data', values: { reason: `coaching.reason.${reason}`, k } };
  }
  const values = {
    k,
    did: signed(value, format),
    low: low === null ? '—' : signed(low, format),
    high: high === null ? '—' : signed(high, format),
  };
  return { key: `coaching.verdict.${effect.verdict}`, values };
}
