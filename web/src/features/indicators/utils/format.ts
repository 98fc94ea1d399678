import type { Indicator, IndicatorUnit } from '@frontline/contract';

const SUFFIX: Partial<Record<IndicatorUnit, string>> = {
  percent: '%',
  seconds: ' s',
  minutes: ' min',
  hours: ' h',
  per_thousand: ' ‰',
};

/** A figure with its indicator's decimals and unit. */
export function formatValue(
  v: number | null | undefined,
  ind: Pick<Indicator, 'decimals' | 'unit'> | undefined,
  lang: string,
): string {
  if (v === null || v === undefined) return '—';
  const n = new Intl.NumberFormat(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
    maximumFractionDigits: ind?.decimals ?? 1,
    minimumFractionDigits: 0,
  }).format(v);
  return `${n}${(ind && SUFFIX[ind.unit]) ?? ''}`;
}
