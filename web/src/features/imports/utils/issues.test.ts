import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES } from '@frontline/contract';
import { i18n } from '../../../lib/i18n';
import en from '../../../locales/en.json';
import zh from '../../../locales/zh-Hant.json';
import { issueText } from './issues';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('issueText', () => {
  it('has text for every issue code in both languages', () => {
    const enText = en.importIssue as Record<string, string>;
    const zhText = zh.importIssue as Record<string, string>;
    expect(IMPORT_ISSUE_CODES.filter((c) => !enText[c] || !zhText[c])).toEqual([]);
  });

  it('translates the code and interpolates its params', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.t.bind(i18n);
    expect(
      issueText(t, {
        line: 1,
        column: 'Assignee',
        code: 'missing_column',
        message: 'Required column "Assignee" is missing',
        params: { column: 'Assignee' },
      }),
    ).toBe('The column “Assignee” is missing.');
    expect(
      issueText(t, {
        line: 4,
        column: 'Satisfaction Score',
        code: 'bad_value',
        message: 'x',
        params: { value: 'Meh' },
      }),
    ).toBe('Not an accepted value: “Meh”.');
    await i18n.changeLanguage('zh-Hant');
    expect(
      issueText(i18n.t.bind(i18n), {
        line: 4,
        column: 'Solved at',
        code: 'bad_date',
        message: 'x',
        params: { value: '31/31/2026' },
      }),
    ).toBe('日期無效：「31/31/2026」。');
  });

  it('falls back to the server’s message for a code without text', () => {
    const t = i18n.t.bind(i18n);
    expect(issueText(t, { code: 'nonsense' as 'bad_value', message: 'Server says no' })).toBe(
      'Server says no',
    );
  });
});
