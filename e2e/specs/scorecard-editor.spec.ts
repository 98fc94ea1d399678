import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '@frontline/contract';
import type { Browser, Locator, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';

// Patrick Chu, the demo's centre manager (assessments.manage), writes a small scorecard with a
// critical yes/no item and a 1–5 scale item; then changes the demo's shop-floor observation, which
// has evaluations, and sees it saved as version 2 with version 1 kept in its history; then the
// editor in Chinese at phone width, without sideways scrolling.
const MANAGER = 'patrick.chu';

/** Picks an option of a Mantine Select by its label. */
async function choose(scope: Locator, label: RegExp, option: string, page: Page) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('scorecard editor (issue #12 item 1)', () => {
  let browser: Browser;
  let floor: Scorecard;
  beforeAll(async () => {
    browser = await launch();
    const api = await apiAs(MANAGER);
    const cards = await api.call<Scorecard[]>('GET', '/api/v1/scorecards');
    floor = cards.find((c) => c.code === 'FLOOR-OBS')!;
  });
  afterAll(() => browser.close());

  it('creates a scorecard with a critical yes/no item and a 1–5 scale item', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs(MANAGER);
    await page.goto(`${baseUrl()}/scorecards`);
    await page.getByRole('heading', { level: 1, name: 'Scorecards' }).waitFor();
    await page.getByRole('link', { name: 'New scorecard' }).click();
    await page.getByRole('heading', { level: 1, name: 'New scorecard' }).waitFor();

    // Nothing filled in: the problems land on their fields, nested ones too.
    await page.getByRole('button', { name: 'Save' }).click();
    const s1 = page.getByRole('group', { name: /^Section 1/ });
    await expect.poll(() => page.getByLabel(/^Code/).getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => s1.getByLabel(/^Section title \(English\)/).getAttribute('aria-invalid'))
      .toBe('true');

    await page.getByLabel(/^Code/).fill('QA-CHAT-E2E');
    await page.getByLabel(/^Title \(English\)/).fill('Chat check');
    await page.getByLabel(/^Title \(Chinese\)/).fill('聊天檢查');
    await s1.getByLabel(/^Section title \(English\)/).fill('Greeting');
    await s1.getByLabel(/^Section title \(Chinese\)/).fill('問候');
    await expect.poll(() => s1.getByLabel(/^Key/).first().inputValue()).toBe('greeting');

    const i1 = page.getByRole('group', { name: /^Item 1\.1/ });
    await i1.getByLabel(/^Item text \(English\)/).fill('Confirms the customer’s identity');
    await i1.getByLabel(/^Item text \(Chinese\)/).fill('核實顧客身份');
    await expect.poll(() => i1.getByLabel(/^Key/).inputValue()).toBe('confirms_the_customer_s_identity');
    await choose(i1, /^Critical/, 'A miss fails the evaluation', page);
    await i1.getByLabel('May be answered N/A').uncheck();

    await s1.getByRole('button', { name: 'Add an item to Section 1' }).click();
    const i2 = page.getByRole('group', { name: /^Item 1\.2/ });
    await i2.getByLabel(/^Item text \(English\)/).fill('Explains clearly');
    await i2.getByLabel(/^Item text \(Chinese\)/).fill('解釋清楚');
    await choose(i2, /^Answer type/, 'Scale 1–5', page);
    await i2.getByLabel(/^Weight/).fill('3');
    const levels = ['Confusing', 'Patchy', 'Adequate', 'Clear', 'Exemplary'];
    const levelsZh = ['混亂', '零碎', '尚可', '清楚', '模範'];
    for (const [n, text] of levels.entries()) {
      await i2.getByLabel(new RegExp(`^Level ${n + 1} \\(English\\)`)).fill(text);
      await i2.getByLabel(new RegExp(`^Level ${n + 1} \\(Chinese\\)`)).fill(levelsZh[n]!);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'scorecard-editor-new-en');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.waitForURL(`${baseUrl()}/scorecards`);
    const card = page.getByRole('region', { name: 'Chat check' });
    await card.getByRole('heading', { name: 'Chat check · v1' }).waitFor();
    await card
      .getByText(/Confirms the customer’s identity — yes \/ no, weight 1 · fails the evaluation/)
      .waitFor();
    await card.getByText(/Explains clearly — scale 1–5, weight 3/).waitFor();
    await page.context().close();
  });

  it('changes a scorecard with evaluations: warned first, saved as version 2, version 1 in the history', async () => {
    expect(floor.evaluations).toBeGreaterThan(0);
    const title = floor.titleEn;
    const first = floor.sections[0]!.items[0]!;
    const page = await newPage(browser);
    await new LoginPage(page).signInAs(MANAGER);
    await page.goto(`${baseUrl()}/scorecards`);
    const region = page.getByRole('region', { name: title });
    await region.getByRole('link', { name: `Edit ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Change a scorecard' }).waitFor();

    const warning = page.getByRole('status').filter({ hasText: 'Saving makes version 2' });
    await warning.waitFor();
    await warning.getByText(`Evaluations already scored on version 1: ${floor.evaluations}.`).waitFor();
    const i1 = page.getByRole('group', { name: /^Item 1\.1/ });
    await i1.getByLabel(/^Weight/).fill(String(first.weight + 1));
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'scorecard-editor-version-en');
    await page.getByRole('button', { name: 'Save (version 2)' }).click();

    await page.waitForURL(`${baseUrl()}/scorecards`);
    await region.getByRole('heading', { name: `${title} · v2` }).waitFor();
    await region
      .getByText(`weight ${first.weight + 1}`)
      .first()
      .waitFor();
    await region.getByText('Versions (2)').click();
    const rows = region.getByRole('row');
    await rows.filter({ hasText: 'v2' }).filter({ hasText: 'In use' }).waitFor();
    await rows
      .filter({ hasText: 'v1' })
      .filter({ hasText: 'Retired' })
      .filter({ hasText: String(floor.evaluations) })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'scorecard-list-versions-en');
    await page.context().close();
  });

  it('opens the editor in Chinese at phone width without sideways scrolling', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs(MANAGER);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/scorecards/new`);
    await page.getByRole('heading', { level: 1, name: 'New scorecard' }).waitFor();
    // The language is the user's setting: switched here, and back at the end.
    await new AppShell(page).switchLanguage('繁中');
    await page.getByRole('heading', { level: 1, name: '新增評分表' }).waitFor();
    const i1 = page.getByRole('group', { name: /^項目 1\.1/ });
    await choose(i1, /^作答方式/, '1–5 級', page);
    await i1.getByLabel(/^第 5 級（中文）/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'scorecard-editor-zh-phone');

    await page.goto(`${baseUrl()}/scorecards`);
    await page.getByRole('heading', { level: 1, name: '評分表' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'scorecard-list-zh-phone');
    await new AppShell(page).switchLanguage('EN');
    await page.getByRole('heading', { level: 1, name: 'Scorecards' }).waitFor();
    await page.context().close();
  });
});
