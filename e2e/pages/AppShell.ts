import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** The frame around every signed-in page: header, navigation, main. */
export class AppShell {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: /Main navigation|主選單/ });
  }
  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name, exact: typeof name === 'string' });
  }
  get adminGroup(): Locator {
    return this.nav.getByRole('group', { name: /Administration|管理/ });
  }
  get h1(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get languageSwitch(): Locator {
    return this.page.getByRole('radiogroup', { name: /Language|語言/ }).first();
  }

  async go(path: string): Promise<void> {
    await this.page.goto(`${baseUrl()}${path}`);
    await this.h1.waitFor();
  }

  async open(link: string | RegExp, heading: string | RegExp = link): Promise<void> {
    await this.navLink(link).click();
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  async switchLanguage(to: 'EN' | '繁中'): Promise<void> {
    await this.page.getByText(to, { exact: true }).first().click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /Account menu of|帳戶選單/ }).click();
    await this.page.getByRole('menuitem', { name: /Sign out|登出/ }).click();
  }
}
