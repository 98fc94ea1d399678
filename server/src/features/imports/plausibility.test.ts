import { describe, expect, it } from 'vitest';
import { PRESET_INDICATORS } from '../indicators/presets.js';
import { boundsOf, PRESET_BOUNDS } from '../indicators/bounds.js';
import { checkObservation, isWarning, type CheckedIndicator } from './plausibility.js';

const preset = (code: string): CheckedIndicator => {
  const p = PRESET_INDICATORS.find((i) => i.code === code)!;
  const scale = p.scale ?? 1;
  return {
    code,
    aggregation: p.aggregation,
    unit: p.unit,
    scale,
    bounds: boundsOf({ code, preset: true, aggregation: p.aggregation, unit: p.unit, scale }),
  };
};
const codeOf = (code: string, numerator: number, denominator: number) =>
  checkObservation({ line: 2, numerator, denominator }, preset(code))?.code ?? null;

describe('plausible observations', () => {
  it('has bounds for every preset indicator', () => {
    expect(PRESET_INDICATORS.map((p) => p.code).filter((c) => !PRESET_BOUNDS[c])).toEqual([]);
  });

  it('counts whole, within their denominator (proportions)', () => {
    expect(codeOf('CSAT', 9, 10)).toBeNull();
    expect(codeOf('CSAT', 0, 1)).toBeNull();
    expect(codeOf('CSAT', 1, 1.5)).toBe('not_whole');
    expect(codeOf('CSAT', 0.5, 1)).toBe('not_whole');
    expect(codeOf('CSAT', 11, 10)).toBe('above_denominator');
    expect(codeOf('CSAT', -3, 10)).toBe('negative');
    expect(codeOf('CSAT', 1, 0)).toBe('zero_denominator');
    expect(codeOf('CSAT', 1, -1)).toBe('negative');
    expect(codeOf('CSAT', 1, 2_000_000)).toBe('implausible_value');
    expect(codeOf('NPS', -10, 10)).toBeNull();
    expect(codeOf('NPS', -11, 10)).toBe('implausible_value');
    expect(codeOf('CES', 5, 10)).toBe('implausible_value'); // a mean of 1–7 ratings below 1
    expect(codeOf('CES', 45, 10)).toBeNull();
  });

  it('bounds durations per item: an error beyond the ceiling, a warning beyond the usual', () => {
    expect(codeOf('FRT', 15, 1)).toBeNull();
    expect(codeOf('FRT', 0, 1)).toBeNull();
    expect(codeOf('FRT', 1e23, 1)).toBe('implausible_value');
    expect(codeOf('FRT', 91 * 24 * 60, 1)).toBe('implausible_value');
    expect(codeOf('FRT', 15 * 24 * 60, 1)).toBe('unusual_value');
    expect(codeOf('FRT', -5, 1)).toBe('negative');
    expect(codeOf('AHT', 300 * 40, 40)).toBeNull();
    expect(codeOf('AHT', 5 * 3600, 1)).toBe('unusual_value');
    expect(codeOf('AHT', 25 * 3600, 1)).toBe('implausible_value');
    expect(codeOf('AHT', 600, 2.5)).toBe('not_whole');
    expect(codeOf('RESOLUTION_TIME', 24 * 100, 1)).toBe('unusual_value');
    expect(codeOf('RESOLUTION_TIME', 24 * 800, 1)).toBe('implausible_value');
    // A Chatwoot average re-weighted by its count: binary noise is not above the limit.
    expect(codeOf('FRT', Number(((20160 / 7) * 7).toPrecision(12)), 7)).toBeNull();
  });

  it('keeps money and units sensible', () => {
    expect(codeOf('ATV', 1234.5, 10)).toBeNull();
    expect(codeOf('ATV', -50, 10)).toBe('negative');
    expect(codeOf('ATV', 5e6, 1)).toBe('unusual_value');
    expect(codeOf('ATV', 5e9, 1)).toBe('implausible_value');
    expect(codeOf('UPT', 25, 10)).toBeNull();
    expect(codeOf('UPT', 2.5, 1)).toBe('not_whole');
    expect(codeOf('UPT', 600, 10)).toBe('unusual_value');
  });

  it('gives custom indicators bounds from their kind and unit', () => {
    const custom = (aggregation: 'proportion' | 'mean' | 'ratio', unit: 'percent' | 'minutes' | 'score') => {
      const scale = aggregation === 'proportion' ? 100 : 1;
      return {
        code: 'MY_KPI',
        aggregation,
        unit,
        scale,
        bounds: boundsOf({ code: 'MY_KPI', preset: false, aggregation, unit, scale }),
      };
    };
    expect(checkObservation({ numerator: 1, denominator: 1.5 }, custom('proportion', 'percent'))?.code).toBe(
      'not_whole',
    );
    expect(checkObservation({ numerator: 3, denominator: 2 }, custom('proportion', 'percent'))?.code).toBe(
      'above_denominator',
    );
    expect(checkObservation({ numerator: 1e9, denominator: 1 }, custom('mean', 'minutes'))?.code).toBe(
      'implausible_value',
    );
    expect(checkObservation({ numerator: -3, denominator: 1 }, custom('ratio', 'score'))).toBeNull();
    // A custom indicator that reuses a preset's code is not bound by the preset's row.
    expect(
      boundsOf({ code: 'AHT', preset: false, aggregation: 'ratio', unit: 'score', scale: 1 }).max,
    ).toBeNull();
  });

  it('refuses days outside 2000-01-01 to 2100-12-31 and tells warnings from errors', () => {
    const at = (occurredOn: string) =>
      checkObservation({ numerator: 1, denominator: 1, occurredOn }, preset('CSAT'))?.code ?? null;
    expect(at('1899-12-31')).toBe('date_out_of_range');
    expect(at('9999-12-31')).toBe('date_out_of_range');
    expect(at('2026-11-04')).toBeNull();
    expect(isWarning('unusual_value')).toBe(true);
    expect(isWarning('missing_staff')).toBe(true);
    expect(isWarning('implausible_value')).toBe(false);
  });
});
