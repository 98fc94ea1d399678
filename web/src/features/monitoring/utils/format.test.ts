import { describe, expect, it } from 'vitest';
import { formatAttainment, formatDuration, formatFigure, formatInterval, formatSample } from './format';

const pct = { unit: 'percent', decimals: 1 } as const;

describe('formatFigure', () => {
  it('shows percentages with the indicator’s decimals', () => {
    expect(formatFigure(87.54, pct, 'en')).toBe('87.5%');
    expect(formatFigure(90, pct, 'en')).toBe('90%');
    expect(formatFigure(87.5, pct, 'zh-Hant')).toBe('87.5%');
  });

  it('shows seconds as m:ss, and h:mm:ss from an hour', () => {
    expect(formatFigure(65, { unit: 'seconds', decimals: 0 }, 'en')).toBe('1:05');
    expect(formatFigure(3725.4, { unit: 'seconds', decimals: 0 }, 'en')).toBe('1:02:05');
    expect(formatDuration(-30)).toBe('-0:30');
  });

  it('shows minutes, hours and per thousand with their unit', () => {
    expect(formatFigure(12.25, { unit: 'minutes', decimals: 1 }, 'en')).toBe('12.3 min');
    expect(formatFigure(3, { unit: 'hours', decimals: 0 }, 'en')).toBe('3 h');
    expect(formatFigure(1.5, { unit: 'per_thousand', decimals: 1 }, 'en')).toBe('1.5‰');
  });

  it('shows currency in the language’s format', () => {
    expect(formatFigure(1234.5, { unit: 'currency', decimals: 2 }, 'en')).toMatch(/HK\$\s?1,234\.50/);
    expect(formatFigure(1234.5, { unit: 'currency', decimals: 0 }, 'en', 'USD')).toMatch(
      /US\$\s?1,235|\$1,235/,
    );
  });

  it('shows plain numbers with thousands separators, and a dash for no value', () => {
    expect(formatFigure(12345.678, { unit: 'count', decimals: 0 }, 'en')).toBe('12,346');
    expect(formatFigure(null, pct, 'en')).toBe('—');
    expect(formatFigure(undefined, pct, 'en')).toBe('—');
  });
});

describe('intervals, samples and attainment', () => {
  it('writes an interval as low–high in the unit', () => {
    expect(formatInterval(82.14, 91.06, pct, 'en')).toBe('82.1%–91.1%');
    expect(formatInterval(60, 125, { unit: 'seconds', decimals: 0 }, 'en')).toBe('1:00–2:05');
    expect(formatInterval(null, 91, pct, 'en')).toBe('');
  });

  it('writes the sample size as n = …', () => {
    expect(formatSample(1234, 'en')).toBe('n = 1,234');
    expect(formatSample(7, 'zh-Hant')).toBe('n = 7');
  });

  it('writes attainment as a whole percent', () => {
    expect(formatAttainment(97.26, 'en')).toBe('97%');
    expect(formatAttainment(null, 'en')).toBe('—');
  });
});
