import { describe, expect, it } from 'vitest';
import { DEMO_MYSTERY } from '../../assessments/assessments.demo.js';
import { detectSource } from './index.js';
import { createMysteryShopParser, readAnswer, type ParsedVisit } from './mystery-shop.js';
import type { SourceSettings } from './types.js';

const settings: SourceSettings = {
  timeZone: 'Asia/Hong_Kong',
  dateOrder: 'ymd',
  mysteryShop: {
    scorecardId: 'card',
    code: 'MYSTERY-VISIT v1',
    sections: DEMO_MYSTERY,
    indicatorCode: 'MYSTERY_SHOP',
    indicatorMean: false,
    units: [{ id: 'u-cwb', code: 'CWB', nameEn: 'Causeway Bay', nameZh: '銅鑼灣店' }],
  },
};
const items = new Map(DEMO_MYSTERY[0]!.items.map((i) => [i.id, i]));

describe('mystery-shop visits: the parser', () => {
  it('reads yes/no, scales, points and N/A in both languages', () => {
    expect(readAnswer(items.get('greeted')!, '是')).toBe('yes');
    expect(readAnswer(items.get('greeted')!, 'N')).toBe('no');
    expect(readAnswer(items.get('add_on')!, '不適用')).toBe('na');
    expect(readAnswer(items.get('need')!, '4')).toBe(4);
    expect(readAnswer(items.get('knowledge')!, '')).toBeNull();
    expect(readAnswer(items.get('knowledge')!, 'five')).toBeUndefined();
  });

  it('scores a visit with the scorecard and yields its observation and its record', () => {
    const visits: ParsedVisit[] = [];
    const p = createMysteryShopParser(settings, (v) => visits.push(v));
    const header = [
      '到訪編號',
      '到訪日期',
      '店舖',
      '員工編號',
      'greeted',
      'Staff found what I needed',
      '產品問題獲正確解答',
      'add_on',
      'add_on 備註',
      'Comment',
    ];
    expect(p.header(header, 1)).toEqual([]);
    const r = p.row(
      ['V1', '2026-11-02 10:00', '銅鑼灣店', 'S301', 'yes', '3', '4', 'N/A', 'none', 'Fine'],
      2,
    );
    expect(r.issues).toEqual([]);
    // greeted 1 + need 2×½ + knowledge 2×⅘ = 3.6 of 1 + 2 + 2 (add-on N/A; thanks and tidy unanswered).
    expect(r.observations).toEqual([
      {
        line: 2,
        staff: { employeeNumber: 'S301' },
        indicatorCode: 'MYSTERY_SHOP',
        occurredAt: '2026-11-02T02:00:00Z',
        numerator: 3.6,
        denominator: 5,
        externalKey: 'mystery:V1',
      },
    ]);
    expect(r.records).toEqual([{ externalKey: 'mystery:V1', staff: { employeeNumber: 'S301' } }]);
    expect(visits[0]).toMatchObject({ storeUnitId: 'u-cwb', comment: 'Fine' });
    expect(visits[0]!.answers.find((a) => a.itemId === 'add_on')).toEqual({
      itemId: 'add_on',
      value: 'na',
      comment: 'none',
    });
  });

  it('gives row issues for values outside the scale, a missing visit id and an unknown store', () => {
    const p = createMysteryShopParser(settings);
    p.header(['Visit ID', 'Visit Date', 'Store', 'Staff', 'greeted', 'need', 'knowledge'], 1);
    const codes = (values: string[]) => p.row(values, 2).issues.map((i) => [i.code, i.column]);
    expect(codes(['V1', '2026-11-02', 'CWB', 'Ann', 'yes', '6', '3'])).toEqual([['out_of_scale', 'need']]);
    expect(codes(['V1', '2026-11-02', 'CWB', 'Ann', 'N/A', '3', '3'])).toEqual([['out_of_scale', 'greeted']]);
    expect(codes(['V1', '2026-11-02', 'CWB', 'Ann', 'yes', '3', ''])).toEqual([
      ['missing_value', 'knowledge'],
    ]);
    expect(codes(['', '2026-11-02', 'CWB', 'Ann', 'yes', '3', '3'])).toEqual([
      ['missing_visit_id', 'Visit ID'],
    ]);
    expect(codes(['V1', '2026-11-02', 'TST', 'Ann', 'yes', '3', '3'])).toEqual([['unknown_store', 'Store']]);
  });

  it('refuses unknown item columns at the header, and is detected from its header', () => {
    const p = createMysteryShopParser(settings);
    const issues = p.header(['Visit ID', 'Visit Date', 'Store', 'Staff', 'Smiled', 'Smiled comment'], 1);
    expect(issues.map((i) => [i.code, i.column ?? null])).toEqual([
      ['unknown_item_column', 'Smiled'],
      ['unknown_item_column', 'Smiled comment'],
      ['no_scorecard_items', null],
    ]);
    expect(detectSource(['Visit ID', 'Visit Date', 'Store', 'Staff Served', 'greeted'])).toBe('mystery_shop');
    expect(detectSource(['到訪編號', '到訪日期', '店舖', '服務員工'])).toBe('mystery_shop');
  });
});
