import type { IndicatorRef } from '@frontline/contract';

export type UnitOf = Pick<IndicatorRef, 'unit' | 'decimals'>;

/** The number locale of the language shown (Hong Kong conventions for Traditional Chinese). */
export function numberLocale(lang: string): string {
  return lang === 'zh-Hant' ? 'zh-HK' : 'en-GB';
}

function plain(v: number, decimals: number, lang: string): string {
  return new Intl.NumberFormat(numberLocale(lang), {
    maximumFractionDigits: decimals,
    minimumFractionDigits: 0,
  }).format(v);
}

/** Seconds as m:ss, or h:mm:ss from an hour up (rounded to the whole second). */
export function formatDuration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const s = Math.round(Math.abs(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${sec}` : `${sign}${m}:${sec}`;
}

/**
 * A figure with its indicator's unit and decimals: percent → "87.5%", seconds → "m:ss", minutes →
 * "12.5 min", hours → "3 h", currency → the currency format of the language (HKD unless told).
 */
export function formatFigure(
  v: number | null | undefined,
  ind: UnitOf | undefined,
  lang: string,
  currency = 'HKD',
): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const decimals = Math.max(0, Math.min(ind?.decimals ?? 1, 6));
  switch (ind?.unit) {
    case 'percent':
      return `${plain(v, decimals, lang)}%`;
    case 'seconds':
      return formatDuration(v);
    case 'minutes':
      return `${plain(v, decimals, lang)} min`;
    case 'hours':
      return `${plain(v, decimals, lang)} h`;
    case 'per_thousand':
      return `${plain(v, decimals, lang)}‰`;
    case 'currency':
      return new Intl.NumberFormat(numberLocale(lang), {
        style: 'currency',
        currency,
        maximumFractionDigits: decimals,
        minimumFractionDigits: decimals,
      }).format(v);
    case 'score':
    case 'count':
    case 'ratio':
    case 'points':
    case undefined:
      return plain(v, decimals, lang);
  }
}

/** A 95% interval as "low–high" in the indicator's unit; '' when either end is unknown. */
export function formatInterval(
  low: number | null | undefined,
  high: number | null | undefined,
  ind: UnitOf | undefined,
  lang: string,
): string {
  if (low === null || low === undefined || high === null || high === undefined) return '';
  return `${formatFigure(low, ind, lang)}–${formatFigure(high, ind, lang)}`;
}

/** The sample size as "n = 1,234". */
export function formatSample(n: number, lang: string): string {
  return `n = ${plain(n, 2, lang)}`;
}

/** Attainment (value as a share of target) as a whole percent, or '—'. */
export function formatAttainment(v: number | null | undefined, lang: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return `${plain(v, 0, lang)}%`;
}
