import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';
import { DEMO_PASSWORD, demoEmail } from '../support/api';

/** The sign-in page, in either language. */
export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto(`${baseUrl()}/login`);
    await this.heading.waitFor();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get email(): Locator {
    return this.page.getByRole('textbox', { name: /^(E-mail|電郵)/ });
  }
  get password(): Locator {
    return this.page.getByLabel(/^(Password|密碼)/);
  }
  get submit(): Locator {
    return this.page.getByRole('button', { name: /^(Sign in|登入)$/ });
  }
  get error(): Locator {
    return this.page.getByRole('alert');
  }
  get demoBanner(): Locator {
    return this.page.getByRole('note', { name: /Demo organisation|示範機構/ });
  }

  async signIn(who: string, password = DEMO_PASSWORD): Promise<void> {
    await this.email.fill(demoEmail(who));
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits for the home page. */
  async signInAs(who: string): Promise<void> {
    await this.goto();
    await this.signIn(who);
    await this.page.waitForURL(`${baseUrl()}/`);
    await this.page.getByRole('heading', { level: 1, name: /Welcome|歡迎/ }).waitFor();
  }
}
