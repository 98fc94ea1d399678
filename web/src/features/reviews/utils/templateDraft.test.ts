import {
  CreateReviewTemplateBody,
  REVIEW_RATING_RULES,
  REVIEW_SECTION_KINDS,
  type ReviewTemplate,
} from '@frontline/contract';
import { Value } from 'typebox/value';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { applyServerErrors, contractErrors } from '../../../lib/form';
import { i18n } from '../../../lib/i18n';
import en from '../../../locales/en.json';
import zh from '../../../locales/zh-Hant.json';
import {
  draftFromTemplate,
  emptyTemplateDraft,
  freeCode,
  keyFrom,
  newItem,
  newSection,
  serverIssueKey,
  templateBodyOf,
  templateProblems,
  weightShare,
  weightTotal,
  withKind,
  withoutLevel,
  type TemplateDraft,
} from './templateDraft';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const level = (value: number, en: string, zh: string) => ({
  value,
  labelEn: en,
  labelZh: zh,
  descriptionEn: `${en}.`,
  descriptionZh: `${zh}。`,
});

const SAVED: ReviewTemplate = {
  id: '00000000-0000-4000-8000-0000000000c1',
  code: 'QUARTERLY',
  titleEn: 'Quarterly performance review',
  titleZh: '季度績效評核',
  ratingRule: 'judgement',
  active: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  scale: {
    meets: 2,
    levels: [level(1, 'Below', '低於期望'), level(2, 'Meets', '符合期望'), level(3, 'Exceeds', '超出期望')],
  },
  sections: [
    { key: 'results', kind: 'indicators', titleEn: 'Service results', titleZh: '服務成績', weight: 60 },
    {
      key: 'behaviours',
      kind: 'competencies',
      titleEn: 'Service behaviours',
      titleZh: '服務行為',
      weight: 40,
      items: [
        {
          key: 'customer_focus',
          titleEn: 'Customer focus',
          titleZh: '以客為本',
          descriptionEn: 'Listens.',
          descriptionZh: '聆聽。',
        },
      ],
    },
    { key: 'summary', kind: 'text', titleEn: 'Summary', titleZh: '總結', weight: 0 },
  ],
};

/** A complete, valid draft: the saved template copied under a free code. */
const valid = (): TemplateDraft => draftFromTemplate(SAVED, ['QUARTERLY']);

describe('the review-template draft', () => {
  it('copies a saved template under a free code, and sends back the same scale and sections', () => {
    const d = draftFromTemplate(SAVED, ['QUARTERLY', 'quarterly-2']);
    expect(d.code).toBe('QUARTERLY-3');
    expect(d.scale.meets).toBe('2');
    const body = templateBodyOf(d);
    expect(body).toEqual({
      code: 'QUARTERLY-3',
      titleEn: SAVED.titleEn,
      titleZh: SAVED.titleZh,
      scale: SAVED.scale,
      sections: SAVED.sections,
      ratingRule: 'judgement',
    });
    expect(Value.Check(CreateReviewTemplateBody, body)).toBe(true);
    expect(templateProblems(d)).toEqual({});
  });

  it('numbers the levels, trims text, sends no weight for unrated kinds and items only on competencies', () => {
    const d = valid();
    d.code = '  NEW-1 ';
    d.scale.levels[0]!.labelEn = '  Below  ';
    d.sections[0] = { ...d.sections[0]!, items: [newItem()] };
    d.sections[2] = { ...d.sections[2]!, weight: 25 };
    d.sections[1]!.weight = 12.5;
    const body = templateBodyOf(d);
    expect(body.code).toBe('NEW-1');
    expect(body.scale.levels.map((l) => l.value)).toEqual([1, 2, 3]);
    expect(body.scale.levels[0]!.labelEn).toBe('Below');
    expect(body.sections[0]).not.toHaveProperty('items');
    expect(body.sections[1]!.weight).toBe(12.5);
    expect(body.sections[2]!.weight).toBe(0);
    // A weight being typed (text) is not a number yet; an empty one is left for the schema.
    d.sections[1]!.weight = '';
    expect(templateBodyOf(d).sections[1]!.weight).toBe('');
  });

  it('marks every empty field of a blank template (beyond the first eight errors of the schema check)', () => {
    const errors = contractErrors(i18n.t, CreateReviewTemplateBody, emptyTemplateDraft(), templateBodyOf, {
      deep: true,
      extra: templateProblems,
    });
    expect(errors).toMatchObject({
      code: 'Fill this in.',
      titleEn: 'Fill this in.',
      'scale.levels.0.labelEn': 'Fill this in.',
      'scale.levels.2.labelZh': 'Fill this in.',
      'sections.0.key': 'Fill this in.',
      'sections.0.titleZh': 'Fill this in.',
    });
    expect(Object.keys(errors)).toHaveLength(3 + 3 * 2 + 3);
    expect(errors).not.toHaveProperty('scale.meets');
    const d = valid();
    d.sections[0]!.key = '1st';
    expect(
      contractErrors(i18n.t, CreateReviewTemplateBody, d, templateBodyOf, { deep: true })['sections.0.key'],
    ).toBe('Use letters, digits, dot, dash or underscore, starting with a letter or digit.');
  });

  it('finds what the server would refuse: keys used twice, competencies without items, no weight under the weighted rule', () => {
    const d = valid();
    d.sections.push({ ...newSection('goals'), key: 'results', titleEn: 'Goals', titleZh: '目標' });
    d.sections[1]!.items.push({ ...newItem(), key: 'customer_focus', titleEn: 'Care', titleZh: '關懷' });
    expect(templateProblems(d)).toEqual({
      'sections.3.key': 'reviewTemplates.form.keyTwice',
      'sections.1.items.1.key': 'reviewTemplates.form.keyTwice',
    });
    const noItems = valid();
    noItems.sections[1]!.items = [];
    expect(templateProblems(noItems)).toEqual({ 'sections.1.items': 'reviewTemplates.form.needItems' });
    const unweighted = valid();
    unweighted.sections[0]!.weight = 0;
    unweighted.sections[1]!.weight = '';
    expect(templateProblems(unweighted)).toEqual({});
    unweighted.ratingRule = 'weighted';
    expect(templateProblems(unweighted)).toEqual({ sections: 'reviewTemplates.form.needWeight' });
  });

  it('adds up the weights of the rated sections and gives each its share', () => {
    const d = valid();
    d.sections[2] = { ...d.sections[2]!, weight: 50 }; // text: never counted
    expect(weightTotal(d)).toBe(100);
    expect(weightShare(d, 0)).toBe(60);
    expect(weightShare(d, 2)).toBeNull();
    d.sections[1]!.weight = '2';
    d.sections[0]!.weight = 'x';
    expect(weightTotal(d)).toBe(2);
    expect(weightShare(d, 1)).toBe(100);
    expect(weightShare(d, 0)).toBeNull();
  });

  it('changes a kind: unrated kinds lose their weight, competencies get a first item', () => {
    const s = newSection('indicators');
    s.weight = 30;
    expect(withKind(s, 'text')).toMatchObject({ kind: 'text', weight: 0, items: [] });
    expect(withKind(withKind(s, 'text'), 'goals').weight).toBe(1);
    expect(withKind(s, 'assessments').weight).toBe(30);
    expect(withKind(s, 'competencies').items).toHaveLength(1);
  });

  it('keeps "meets" on its level when a level is removed', () => {
    const d = valid(); // meets at 2 of 3
    expect(withoutLevel(d, 0)).toMatchObject({ meets: '1' });
    expect(withoutLevel(d, 1).meets).toBe('2');
    expect(withoutLevel(d, 2).meets).toBe('2');
    d.scale.meets = '3';
    expect(withoutLevel(d, 2).meets).toBe('2');
    expect(withoutLevel(d, 0).levels).toHaveLength(2);
  });

  it('makes keys from English titles and codes that are free', () => {
    expect(keyFrom('1:1 Customer focus!')).toBe('customer_focus');
    expect(keyFrom('以客為本')).toBe('');
    expect(freeCode('NEW', ['OLD'])).toBe('NEW');
    expect(freeCode('A'.repeat(40), ['A'.repeat(40)])).toBe(`${'A'.repeat(38)}-2`);
  });
});

describe("the server's template issues on the form", () => {
  const problem = (issues: { path: string; message: string }[]) =>
    new ApiError(400, 'review_template.invalid', {
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      code: 'review_template.invalid',
      issues,
    });
  const issues = [
    { path: '/scale/meets', message: 'not a level of the scale' },
    { path: '/sections/1/items/0/key', message: 'used twice' },
    { path: '/sections/2/weight', message: 'a section without a rating has no weight' },
    { path: '/sections', message: 'the weighted rule needs a rated section with a weight' },
  ];

  it('lands each issue on the field its path names', () => {
    const setFieldError = vi.fn();
    const n = applyServerErrors(
      { getValues: () => valid() as unknown as Record<string, unknown>, setFieldError },
      problem(issues),
      i18n.t,
      {},
      true,
    );
    expect(n).toBe(4);
    expect(setFieldError.mock.calls.map((c) => c[0])).toEqual([
      'scale.meets',
      'sections.1.items.0.key',
      'sections.2.weight',
      'sections',
    ]);
  });

  it("says what each of the server's messages means, in both languages", async () => {
    const keys = issues.map((i) => serverIssueKey(i.message));
    expect(keys).toEqual([
      'reviewTemplates.form.meetsLevel',
      'reviewTemplates.form.keyTwice',
      'reviewTemplates.form.noWeight',
      'reviewTemplates.form.needWeight',
    ]);
    expect(serverIssueKey('only a competencies section lists items')).toBe(
      'reviewTemplates.form.onlyCompetencies',
    );
    expect(serverIssueKey('something else')).toBeNull();
    expect(i18n.t('reviewTemplates.form.keyTwice')).toBe('This key is used twice; make each one different.');
    await i18n.changeLanguage('zh-Hant');
    expect(i18n.t('reviewTemplates.form.keyTwice')).toBe('此識別碼重複使用；請使每個都不相同。');
  });
});

describe('the review-template texts', () => {
  it('name every section kind and rating rule, with help, in both languages', () => {
    for (const tree of [en.reviewTemplates, zh.reviewTemplates]) {
      for (const k of REVIEW_SECTION_KINDS) {
        expect(typeof tree.kind[k], k).toBe('string');
        expect(typeof tree.kindHelp[k], k).toBe('string');
      }
      for (const r of REVIEW_RATING_RULES) {
        expect(typeof tree.rule[r], r).toBe('string');
        expect(typeof tree.ruleHelp[r], r).toBe('string');
      }
    }
  });
});
