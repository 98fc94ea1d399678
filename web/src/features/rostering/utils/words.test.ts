import type { RosterWarning } from '@frontline/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { dutyOptions, hhmm, keptTimeText, parseHhmm, warningText } from './words';

const START = '2026-03-02'; // a Monday
const warning = (over: Partial<RosterWarning>): RosterWarning => ({
  rule: 'day-off',
  personId: '00000000-0000-4000-8000-0000000000b1',
  personName: 'Chan Tai Man',
  day: null,
  params: {},
  message: 'p1 works E on day 2, a day off.',
  ...over,
});
const say = (w: RosterWarning) => warningText(i18n.t, w, START, i18n.language);

describe('a roster warning in words', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('names the person and turns the plan day into a date', () => {
    expect(say(warning({ rule: 'day-off', day: 2 }))).toBe('Chan Tai Man is not available on 4 Mar 2026.');
  });

  it('says the limits from the params', () => {
    expect(say(warning({ rule: 'max-consecutive-shifts', day: 0, params: { limit: 6 } }))).toBe(
      'Chan Tai Man works more than 6 days in a row from 2 Mar 2026 (a rest day in every seven is required).',
    );
    expect(say(warning({ rule: 'max-total-minutes', params: { hours: 52.5, limit: 48 } }))).toBe(
      "Chan Tai Man is rostered 52.5 h, above the contract's 48 h.",
    );
    expect(say(warning({ rule: 'forbidden-succession', day: 7, params: { restHours: 11 } }))).toBe(
      'Chan Tai Man starts on 9 Mar 2026 less than 11 h after the previous shift ended.',
    );
  });

  it('says the hours left once coaching and training are kept', () => {
    expect(say(warning({ rule: 'max-total-minutes', params: { hours: 40, limit: 37.5, kept: 2.5 } }))).toBe(
      'Chan Tai Man is rostered 40 h, above the 37.5 h left of the contract once 2.5 h are kept for coaching and training.',
    );
  });

  it('says a missing skill as such', () => {
    expect(say(warning({ rule: 'max-shifts', params: { reason: 'skill' } }))).toBe(
      'Chan Tai Man is not trained for this duty.',
    );
  });

  it('says it in Traditional Chinese too', async () => {
    await i18n.changeLanguage('zh-Hant');
    const text = say(warning({ rule: 'day-off', day: 2 }));
    expect(text).toContain('Chan Tai Man');
    expect(text).toContain('不能上班');
    expect(text).toContain('2026');
  });
});

describe('time kept for coaching and training, in words', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });
  const course = {
    kind: 'training' as const,
    date: '2026-03-05',
    time: null,
    minutes: 90,
    titleEn: 'Handling complaints',
    titleZh: '處理投訴',
  };

  it('says what, when and how long, in both languages', async () => {
    expect(keptTimeText(i18n.t, course, 'en')).toBe('Handling complaints (course, 1.5 h), due 5 Mar 2026');
    expect(keptTimeText(i18n.t, { ...course, minutes: 0 }, 'en')).toBe(
      'Handling complaints (course, length not set), due 5 Mar 2026',
    );
    const checkin = {
      ...course,
      kind: 'checkin' as const,
      time: '10:30',
      minutes: 30,
      titleEn: null,
      titleZh: null,
    };
    expect(keptTimeText(i18n.t, checkin, 'en')).toBe('Check-in 5 Mar 2026 10:30 (0.5 h)');
    expect(keptTimeText(i18n.t, { ...checkin, kind: 'coaching', time: null }, 'en')).toBe(
      'Coaching follow-up 5 Mar 2026 (0.5 h)',
    );
    await i18n.changeLanguage('zh-Hant');
    const zh = keptTimeText(i18n.t, course, 'zh-Hant');
    expect(zh).toContain('處理投訴');
    expect(zh).toContain('1.5 小時');
  });
});

describe('times of day', () => {
  it('reads and writes HH:MM', () => {
    expect(parseHhmm('08:30')).toBe(510);
    expect(parseHhmm('24:00')).toBe(1440);
    expect(parseHhmm('25:00')).toBeNaN();
    expect(parseHhmm('')).toBeNaN();
    expect(hhmm(510)).toBe('08:30');
    expect(hhmm(1440)).toBe('24:00');
  });
});

describe('duties as choices', () => {
  it('give the code and the name in the reader’s language', () => {
    const duties = [{ id: 'd1', code: 'PHONE', nameEn: 'Phone queue', nameZh: '電話隊列' }];
    expect(dutyOptions(duties, 'en')).toEqual([{ value: 'd1', label: 'PHONE · Phone queue' }]);
    expect(dutyOptions(duties, 'zh-Hant')).toEqual([{ value: 'd1', label: 'PHONE · 電話隊列' }]);
  });
});
