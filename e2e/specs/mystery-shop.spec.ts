import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EvaluationSummary } from '@frontline/contract';
import { AppShell } from '../pages/AppShell';
import { ImportWizardPage } from '../pages/ImportWizardPage';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { appDates } from '../support/clock';

// Demo people: Ka Yan Lee (staff@, E1007) and Wing Sze Tang (E1008) on the Mong Kok floor, Stephen
// Leung (E1016) in Causeway Bay; the admin imports. The scorecard is the demo's mystery-shop visit.
const EN_HEADER =
  'Visit ID,Visit Date,Store,Staff Served,Staff ID,greeted,Staff found what I needed,knowledge,add_on,thanks,tidy,Comment';
const ZH_HEADER =
  '到訪編號,到訪日期,店舖,服務員工,員工編號,進店十秒內獲問候,店員了解我的需要,產品問題獲正確解答,獲推介附加產品,獲道謝及歡迎再光臨,店舖整潔,備註';

/** Three visits of this run (ids unique to it), dated a few days before the server's today. */
async function visitsFile(zh: boolean): Promise<{ file: string; ids: string[] }> {
  const { inDays } = await appDates();
  const run = `${zh ? 'ZH' : 'EN'}${Date.now().toString(36).toUpperCase()}`;
  const ids = [1, 2, 3].map((n) => `E2E-${run}-${n}`);
  const y = zh ? '是' : 'yes';
  const n = zh ? '否' : 'no';
  const na = zh ? '不適用' : 'N/A';
  const rows = [
    [
      ids[0],
      `${inDays(-3)} 11:05`,
      'ST-MK',
      'Ka Yan Lee',
      'E1007',
      y,
      5,
      5,
      y,
      y,
      y,
      'Helpful with the phone case.',
    ],
    [ids[1], `${inDays(-2)} 15:40`, 'Mong Kok Store', 'Wing Sze Tang', 'E1008', n, 3, 4, n, y, na, ''],
    [ids[2], `${inDays(-2)} 17:20`, 'ST-CWB', 'Stephen Leung', 'E1016', y, 5, 5, na, y, y, ''],
  ];
  const text = [zh ? ZH_HEADER : EN_HEADER, ...rows.map((r) => r.join(','))].join('\r\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-e2e-'));
  const file = path.join(dir, zh ? '神秘顧客.csv' : 'mystery-visits.csv');
  fs.writeFileSync(file, text);
  return { file, ids };
}

/** Upload → source detected → scorecard → check → import; the batch's id. */
async function importVisits(page: Page, file: string, zh: boolean): Promise<string> {
  const wizard = new ImportWizardPage(page);
  await wizard.openNew();
  await wizard.choose(file);
  await wizard.upload.click();
  await wizard.settings.waitFor();
  expect(await wizard.source.inputValue()).toBe(
    zh ? '神秘顧客到訪（每次到訪一列）' : 'Mystery-shopper visits (one row per visit)',
  );
  const scorecard = page.getByRole('combobox', { name: /^(Mystery-shop scorecard|神秘顧客評分表)/ });
  await scorecard.click();
  await page.getByRole('option', { name: /MYSTERY-VISIT v1/ }).click();
  expect(await scorecard.inputValue()).toMatch(zh ? /神秘顧客到訪/ : /Mystery-shopper visit/);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, zh ? 'mystery-shop-settings-zh' : 'mystery-shop-settings');
  await wizard.setTimeZone('Asia/Hong_Kong');
  await wizard.validate.click();
  await wizard.review.waitFor({ timeout: 30_000 });
  expect(await wizard.count(wizard.review, zh ? '已讀取紀錄' : 'Records read')).toBe(3);
  expect(await wizard.unmatched.count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await wizard.commit.click();
  await wizard.committed.waitFor({ timeout: 30_000 });
  await shot(page, zh ? 'mystery-shop-committed-zh' : 'mystery-shop-committed');
  return page.url().split('/').pop()!;
}

describe('mystery-shop visits imported through the import pipeline (#12 item 1)', () => {
  let browser: Browser;
  const files: string[] = [];
  const batches: string[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    // Leave the demo as it was: the visits go with their imports.
    const admin = await apiAs('admin');
    for (const id of batches.reverse()) {
      await admin.call('POST', `/api/v1/imports/${id}/undo`).catch(() => undefined);
    }
    for (const f of files) fs.rmSync(path.dirname(f), { recursive: true, force: true });
    await browser.close();
  });

  it('an admin imports a file of visits; the person served sees her visit among her evaluations', async () => {
    const { file, ids } = await visitsFile(false);
    files.push(file);
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('admin');
    batches.push(await importVisits(page, file, false));
    await page.context().close();

    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs('staff');
    await staff.goto(`${baseUrl()}/evaluations`);
    const row = staff
      .getByRole('row')
      .filter({ hasText: 'Mystery-shopper visit' })
      .filter({ hasText: '100%' });
    await row.first().waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    const mine = await (await apiAs('staff')).call<EvaluationSummary[]>('GET', '/api/v1/evaluations');
    const visit = mine.find((e) => e.channel === 'visit' && e.percent === 100);
    expect(visit?.status).toBe('released');
    await staff.goto(`${baseUrl()}/evaluations/${visit!.id}`);
    await staff.getByText(ids[0]!).first().waitFor();
    await shot(staff, 'mystery-shop-visit');
    await staff.context().close();
  }, 180_000);

  it('in Chinese at phone width, with Chinese headers, the same import works', async () => {
    const { file } = await visitsFile(true);
    files.push(file);
    const page = await newPage(browser, 'zh-Hant');
    await page.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(page).signInAs('admin');
    await new AppShell(page).switchLanguage('繁中');
    batches.push(await importVisits(page, file, true));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
    );
    expect(overflow).toBe(false);
    await new AppShell(page).switchLanguage('EN');
    await page.context().close();
  }, 180_000);
});
