import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewTemplate } from '@frontline/contract';
import type { Browser, Locator, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { apiAs } from '../support/api';
import { seriousViolations } from '../support/axe';
import { baseUrl, launch, newPage, shot } from '../support/browser';

// Grace Ho (HR) opens Review templates from the administration menu and builds a half-year
// template: a four-level scale meeting at level 3, an indicators section, a competencies section
// with two competencies and a development plan, weighted 60/40. It shows in the list; a second one
// under the same code is refused on the code field; the template reads back on its own page; the
// page in Chinese at phone width.

/** Picks an option of a Mantine Select by its label. */
async function choose(scope: Locator, label: RegExp, option: RegExp, page: Page) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe('review templates (issue #13)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('HR creates a template with a four-level scale and a competencies section, and sees it in the list', async () => {
    const hr = await newPage(browser);
    await new LoginPage(hr).signInAs('hr');
    const shell = new AppShell(hr);
    await shell.adminGroup.getByRole('link', { name: 'Review templates' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Review templates' }).waitFor();
    const list = hr.getByRole('region', { name: 'Templates' });
    await list.getByRole('row', { name: /QUARTERLY/ }).waitFor();
    const form = hr.getByRole('region', { name: 'New template' });

    await form.getByRole('textbox', { name: /^Code/ }).fill('HALF-YEAR');
    await form.getByRole('textbox', { name: /^Title \(English\)/ }).fill('Half-year review');
    await form.getByRole('textbox', { name: /^Title \(Chinese\)/ }).fill('半年評核');

    // The scale: three levels to start with, a fourth added; "meets" at level 3.
    await form.getByRole('button', { name: 'Add a level' }).click();
    const levels = [
      ['Below expectations', '低於期望', 'Standards missed.', '未達標準。'],
      ['Partly meets', '部分符合', 'Some standards missed.', '部分標準未達。'],
      ['Meets expectations', '符合期望', 'Meets the standards of the role.', '達到職位的標準。'],
      ['Exceeds expectations', '超出期望', 'Above the standards.', '高於標準。'],
    ];
    for (const [i, [en, zh, dEn, dZh]] of levels.entries()) {
      const level = form.getByRole('group', { name: new RegExp(`^Level ${i + 1}\\b`) });
      await level.getByRole('textbox', { name: /^Label \(English\)/ }).fill(en!);
      await level.getByRole('textbox', { name: /^Label \(Chinese\)/ }).fill(zh!);
      await level.getByRole('textbox', { name: /^Description \(English\)/ }).fill(dEn!);
      await level.getByRole('textbox', { name: /^Description \(Chinese\)/ }).fill(dZh!);
    }
    await choose(form, /^Meets expectations at/, /^3 · Meets expectations/, hr);

    // Section 1: the indicators, weight 60 (its key follows the English title).
    const s1 = form.getByRole('group', { name: /^Section 1\b/ });
    await s1.getByRole('textbox', { name: /^Section title \(English\)/ }).fill('Service results');
    await s1.getByRole('textbox', { name: /^Section title \(Chinese\)/ }).fill('服務成績');
    expect(await s1.getByRole('textbox', { name: /^Key/ }).inputValue()).toBe('service_results');
    await s1.getByRole('textbox', { name: /^Weight/ }).fill('60');

    // Section 2: competencies, weight 40, two competencies.
    await form.getByRole('button', { name: 'Add a section' }).click();
    const s2 = form.getByRole('group', { name: /^Section 2\b/ });
    await choose(s2, /^Kind/, /^Competencies$/, hr);
    await s2.getByRole('textbox', { name: /^Section title \(English\)/ }).fill('Service behaviours');
    await s2.getByRole('textbox', { name: /^Section title \(Chinese\)/ }).fill('服務行為');
    await s2.getByRole('textbox', { name: /^Weight/ }).fill('40');
    await s2.getByRole('button', { name: /^Add a competency to Section 2/ }).click();
    for (const [i, [en, zh]] of [
      ['Customer focus', '以客為本'],
      ['Teamwork', '團隊合作'],
    ].entries()) {
      const item = s2.getByRole('group', { name: new RegExp(`^Competency 2\\.${i + 1}\\b`) });
      await item.getByRole('textbox', { name: /^Competency \(English\)/ }).fill(en!);
      await item.getByRole('textbox', { name: /^Competency \(Chinese\)/ }).fill(zh!);
    }

    // Section 3: the development plan, which has no weight.
    await form.getByRole('button', { name: 'Add a section' }).click();
    const s3 = form.getByRole('group', { name: /^Section 3\b/ });
    await choose(s3, /^Kind/, /^Development plan$/, hr);
    expect(await s3.getByRole('textbox', { name: /^Weight/ }).count()).toBe(0);
    await s3.getByRole('textbox', { name: /^Section title \(English\)/ }).fill('Development plan');
    await s3.getByRole('textbox', { name: /^Section title \(Chinese\)/ }).fill('發展計劃');

    await form
      .getByRole('status')
      .getByText(/^Weights add up to 100\./)
      .waitFor();
    await s2.getByText('40% of the formula').waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    await shot(hr, 'review-template-form-en');

    await form.getByRole('button', { name: 'Create the template' }).click();
    await form.getByText('Template Half-year review (HALF-YEAR) created.').waitFor();
    const row = list.getByRole('row', { name: /HALF-YEAR/ });
    await row.getByRole('cell', { name: 'Weighted formula' }).waitFor();
    expect(await row.getByRole('cell', { name: '3', exact: true }).count()).toBe(1);
    await row.getByText('Active').waitFor();

    // What the server holds.
    const api = await apiAs('hr');
    const saved = (await api.call<ReviewTemplate[]>('GET', '/api/v1/review-templates')).find(
      (x) => x.code === 'HALF-YEAR',
    );
    expect(saved).toMatchObject({
      titleEn: 'Half-year review',
      titleZh: '半年評核',
      ratingRule: 'weighted',
      active: true,
      scale: { meets: 3 },
    });
    expect(saved!.scale.levels.map((l) => [l.value, l.labelZh])).toEqual([
      [1, '低於期望'],
      [2, '部分符合'],
      [3, '符合期望'],
      [4, '超出期望'],
    ]);
    expect(saved!.sections.map((s) => [s.key, s.kind, s.weight])).toEqual([
      ['service_results', 'indicators', 60],
      ['service_behaviours', 'competencies', 40],
      ['development_plan', 'development', 0],
    ]);
    expect(saved!.sections[1]!.items!.map((i) => [i.key, i.titleZh])).toEqual([
      ['customer_focus', '以客為本'],
      ['teamwork', '團隊合作'],
    ]);

    // Starting from it copies it under a new code; the same code again is refused on the code field.
    await choose(form, /^Start from an existing template/, /^Half-year review \(HALF-YEAR\)/, hr);
    const code = form.getByRole('textbox', { name: /^Code/ });
    expect(await code.inputValue()).toBe('HALF-YEAR-2');
    await form
      .getByRole('status')
      .getByText(/^Weights add up to 100\./)
      .waitFor();
    await code.fill('HALF-YEAR');
    await form.getByRole('button', { name: 'Create the template' }).click();
    await form.getByText('A review template with that code exists already.').first().waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(hr)).toEqual([]);

    // The template on its own page, read-only.
    await row.getByRole('link', { name: 'Half-year review' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Template: Half-year review' }).waitFor();
    const scale = hr.getByRole('region', { name: 'Rating scale' }).first();
    await scale.getByRole('row', { name: /^3 Meets expectations Meets expectations/ }).waitFor();
    const sections = hr.getByRole('region', { name: 'Sections' }).first();
    await sections.getByText('Teamwork').waitFor();
    await sections.getByRole('row', { name: /Development plan.*Not rated/ }).waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    await shot(hr, 'review-template-view-en');
    // From there, a new template starts as its copy.
    await hr.getByRole('link', { name: 'Start a new template from this one' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Review templates' }).waitFor();
    await expect.poll(() => form.getByRole('textbox', { name: /^Code/ }).inputValue()).toBe('HALF-YEAR-2');
    expect(await form.getByRole('textbox', { name: /^Title \(Chinese\)/ }).inputValue()).toBe('半年評核');
    await hr.goBack();
    await hr.getByRole('heading', { level: 1, name: 'Template: Half-year review' }).waitFor();
    // Retired from new cycles, then offered again.
    await hr.getByRole('button', { name: 'Retire from new cycles' }).click();
    await hr.getByText(/^Retired templates are not offered for new cycles/).waitFor();
    await hr.getByText(/ · Inactive$/).waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    await hr.getByRole('button', { name: 'Offer for new cycles again' }).click();
    await hr.getByText(/ · Active$/).waitFor();
    expect(await hr.getByText(/^Retired templates are not offered/).count()).toBe(0);

    // In Chinese at phone width: the list and form, then the template.
    await new AppShell(hr).switchLanguage('繁中');
    await hr.setViewportSize({ width: 390, height: 844 });
    await hr.getByRole('heading', { level: 1, name: '範本：半年評核' }).waitFor();
    await hr.getByText('符合期望', { exact: true }).first().waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    expect(await noSidewaysScroll(hr)).toBe(true);
    await shot(hr, 'review-template-view-zh-phone');
    await hr.goto(`${baseUrl()}/review-templates`);
    await hr.getByRole('heading', { level: 1, name: '評核範本' }).waitFor();
    await hr.getByRole('region', { name: '範本' }).getByRole('link', { name: '半年評核' }).waitFor();
    await hr
      .getByRole('region', { name: '新範本' })
      .getByRole('status')
      .getByText(/^比重合計 1/)
      .waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    expect(await noSidewaysScroll(hr)).toBe(true);
    await shot(hr, 'review-templates-zh-phone');
    await new AppShell(hr).switchLanguage('EN');
    await hr.context().close();
  }, 240_000);
});
