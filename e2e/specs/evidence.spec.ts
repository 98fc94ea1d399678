import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Evaluation, QaQueue, Scorecard, ScorecardItem } from '@frontline/contract';
import type { Browser, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';

const best = (i: ScorecardItem): Answer['value'] =>
  i.type === 'yes_no_na' ? 'yes' : i.type === 'scale_1_5' ? 5 : (i.maxPoints ?? 1);

// A 1×1 PNG, and a Windows program renamed .png (the server reads the bytes, not the name).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

/** The hidden file input behind "Attach files" (Mantine FileButton). */
const attach = (page: Page, name: string, mimeType: string, buffer: Buffer) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });

// Queenie Lai (quality assessor) attaches evidence to a draft evaluation of someone in her queue.
describe('evidence files on an evaluation (issue #12 item 2)', () => {
  let browser: Browser;
  let evaluation: Evaluation;
  beforeAll(async () => {
    browser = await launch();
    const queenie = await apiAs('queenie.lai');
    const queue = await queenie.call<QaQueue>('GET', '/api/v1/qa-queue');
    const item = queue.items[0];
    if (!item) throw new Error('Queenie has nothing in her QA queue');
    const card = await queenie.call<Scorecard>('GET', `/api/v1/scorecards/${item.scorecardId}`);
    // A key of its own, so the sample's progress (another spec) is not touched.
    evaluation = await queenie.call<Evaluation>('POST', '/api/v1/evaluations', {
      scorecardId: card.id,
      personId: item.person.id,
      channel: 'call',
      ticketKey: `e2e-evidence-${Date.now()}`,
      occurredOn: item.occurredOn,
      answers: card.sections.flatMap((s) => s.items).map((i) => ({ itemId: i.id, value: best(i) })),
    });
  });
  afterAll(() => browser.close());

  it('the assessor attaches a screenshot, a program is refused with the reason, and the file downloads', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('queenie.lai');
    await page.goto(`${baseUrl()}/evaluations/${evaluation.id}`);
    const files = page.getByRole('heading', { level: 2, name: 'Evidence files' });
    await files.waitFor();
    await page.getByText('No files attached.').waitFor();
    await page.getByText(/Images, PDF, audio or text; up to 5\.0 MB each\./).waitFor();

    await attach(page, 'screen.png', 'image/png', PNG);
    const table = page.getByRole('table', { name: 'Evidence files' });
    await table.getByRole('link', { name: 'screen.png' }).waitFor();
    await table.getByText('Image').waitFor();

    await attach(page, 'not-a-picture.png', 'image/png', EXE);
    await page.getByText('Only images, PDF, audio and text files can be attached.').waitFor();
    expect(await table.getByRole('link').count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('link', { name: 'screen.png' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('screen.png');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'evidence-en');
    await page.context().close();
  });

  it('in Chinese at phone width: the file is listed and removed, with no sideways scrolling', async () => {
    const zh = await newPage(browser, 'zh-Hant');
    await zh.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(zh).signInAs('queenie.lai');
    await new AppShell(zh).switchLanguage('繁中');
    await zh.goto(`${baseUrl()}/evaluations/${evaluation.id}`);
    await zh.getByRole('heading', { level: 2, name: '證據檔案' }).waitFor();
    await zh.getByRole('link', { name: 'screen.png' }).waitFor();
    await zh.getByText('圖片、PDF、音訊或文字；每個最多 5.0 MB。').waitFor();
    expect(await zh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(zh)).toEqual([]);
    await shot(zh, 'evidence-zh-phone');
    await zh.getByRole('button', { name: '移除 screen.png' }).click();
    await zh.getByText('未有附加檔案。').waitFor();
    await new AppShell(zh).switchLanguage('EN');
    await zh.context().close();
  });
});
