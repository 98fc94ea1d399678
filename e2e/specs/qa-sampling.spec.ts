import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { baseUrl, launch, newPage, shot } from '../support/browser';

// Demo: Patrick Chu (centre manager) runs the plan "Kowloon contact reviews" (4 a month, drawn for the
// app clock's month); Queenie Lai (quality assessor) has two of her items done (sampling.demo.ts).
describe('QA sampling: the plan states its precision, the assessor works her queue (issue #12 item 3)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the lead sees the precision in words, the statistics on request and every assessor’s progress', async () => {
    const lead = await newPage(browser);
    await new LoginPage(lead).signInAs('patrick.chu');
    await lead.goto(`${baseUrl()}/sampling`);
    await lead.getByRole('heading', { level: 1, name: 'QA sampling' }).waitFor();
    await lead.getByRole('link', { name: 'Kowloon contact reviews' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Kowloon contact reviews' }).waitFor();
    await lead
      .getByText(/With 4 evaluations a month, a person's monthly QA score is known to about ±\d+ points\./)
      .waitFor();
    await lead.getByRole('button', { name: 'Show the statistics' }).click();
    await lead.getByText(/Half-width of a 95% interval = z × sd ÷ √n = 1\.96 × /).waitFor();
    await lead
      .getByText(/2 of \d+ done/)
      .first()
      .waitFor();
    await lead.getByRole('cell', { name: 'Queenie Lai' }).first().waitFor();
    expect(await seriousViolations(lead)).toEqual([]);
    await shot(lead, 'sampling-plan');
    await lead.context().close();
  });

  it('the assessor, in Chinese at phone width, sees her queue and Score opens the form prefilled', async () => {
    const zh = await newPage(browser, 'zh-Hant');
    await zh.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(zh).signInAs('queenie.lai');
    await new AppShell(zh).switchLanguage('繁中');
    await zh.goto(`${baseUrl()}/qa-queue`);
    await zh.getByRole('heading', { level: 1, name: '我的質素評核隊列' }).waitFor();
    await zh.getByText(/已完成 2 \/ \d+/).waitFor();
    expect(await seriousViolations(zh)).toEqual([]);
    await shot(zh, 'qa-queue-zh');
    const score = zh.getByRole('link', { name: /^為 .+ 評分，/ }).first();
    const label = (await score.getAttribute('aria-label')) ?? '';
    const key = label.split('，').at(-1)!;
    await score.click();
    await zh.waitForURL(/\/evaluations\/new\?/);
    await zh.getByRole('heading', { level: 1 }).waitFor();
    await expect
      .poll(() =>
        zh
          .locator('input[value]')
          .evaluateAll((els, k) => els.some((e) => (e as HTMLInputElement).value === k), key),
      )
      .toBe(true);
    await new AppShell(zh).switchLanguage('EN');
    await zh.context().close();
  });
});
