import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
export const DEMO_PASSWORD = 'frontline-demo';
const screenshots = path.resolve(import.meta.dirname, '../screenshots');

/** Debian's Chromium, headless, with no background traffic (the machine has no network). */
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

export async function newPage(browser: Browser, lang: 'en' | 'zh-Hant' = 'en'): Promise<Page> {
  // bypassCSP lets the tests inject axe-core; the app's own CSP stays on for everything else.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: lang === 'en' ? 'en-GB' : 'zh-HK',
    bypassCSP: true,
  });
  await context.addInitScript((l) => localStorage.setItem('frontline.lang', l), lang);
  return context.newPage();
}

export async function login(page: Page, who: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel(/E-mail|電郵/).fill(`${who}@demo.frontline.test`);
  await page.getByLabel(/^(Password|密碼)/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|登入)$/ }).click();
  await page.waitForURL(`${baseUrl()}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axe(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(): Promise<{
          violations: {
            id: string;
            impact: string;
            help: string;
            nodes: { target: string[]; failureSummary?: string }[];
          }[];
        }>;
      };
    };
    return (await w.axe.run()).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('')}`),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Signs in through the API (with the CSRF flow) for test set-up, and returns a fetch that keeps the session. */
export async function apiAs(who: string) {
  let cookie = '';
  const keep = (res: Response) => {
    const set = res.headers.getSetCookie();
    const jar = new Map(
      cookie
        .split('; ')
        .filter(Boolean)
        .map((c) => c.split('=') as [string, string]),
    );
    for (const c of set) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=') as [string, string];
      if (v) jar.set(k, v);
      else jar.delete(k);
    }
    cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  };
  const s = await fetch(`${baseUrl()}/api/v1/auth/session`);
  keep(s);
  let csrf = ((await s.json()) as { csrfToken: string }).csrfToken;
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
    body: JSON.stringify({ email: `${who}@demo.frontline.test`, password: DEMO_PASSWORD }),
  });
  keep(login);
  csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  return async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl()}${url}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}
