import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');
const screenshots = path.resolve(import.meta.dirname, '../screenshots');

export type Lang = 'en' | 'zh-Hant';

/** Debian's Chromium, headless, with no background traffic (the test machine may have no network). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context (no cookies) showing the app in `lang`. bypassCSP lets the tests inject
 * axe-core; the app's own CSP applies to everything else.
 */
export async function newPage(browser: Browser, lang: Lang = 'en'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: lang === 'en' ? 'en-GB' : 'zh-HK',
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
  await context.addInitScript((l) => {
    if (!localStorage.getItem('frontline.lang')) localStorage.setItem('frontline.lang', l);
  }, lang);
  const page = await context.newPage();
  // Waits only catch a page that never comes; speed is measured in bench/, so a loaded CI machine
  // gets room here (a person page took over 15 s to appear once under load).
  page.setDefaultTimeout(30_000);
  return page;
}

/** A full-page screenshot in e2e/screenshots/<name>.png (gitignored), for people to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

export const htmlLang = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang);
