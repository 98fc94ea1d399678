import { describe, expect, it } from 'vitest';
import { gapText } from './coaching.service.js';

describe('the gap in words', () => {
  const csat = { code: 'CSAT', unit: 'percent', decimals: 1 };
  it('reads figure, sample, interval and standard', () => {
    expect(gapText(csat, { value: 77.68, low: 69.1, high: 84.44, sample: 112, target: 90 })).toBe(
      'CSAT 77.7% (n 112, 69.1–84.4) vs standard 90.0%',
    );
  });
  it('says when there is no data or no standard', () => {
    expect(gapText(csat, { value: null, low: null, high: null, sample: 0, target: 90 })).toBe(
      'CSAT: no data in the last 4 weeks',
    );
    expect(
      gapText(
        { code: 'AHT', unit: 'seconds', decimals: 0 },
        { value: 312, low: null, high: null, sample: 4, target: null },
      ),
    ).toBe('AHT 312 (n 4) vs no standard set');
  });
});
