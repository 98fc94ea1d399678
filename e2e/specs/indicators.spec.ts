import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, shot } from '../support/browser';
import { LoginPage } from '../pages/LoginPage';

describe('indicator library, policies and targets (admin side)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('HR adds an indicator, a policy with a second version, and a job-role target', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).signInAs('hr');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });

    await nav.getByRole('link', { name: 'Indicators' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indicator library' }).waitFor();
    await page.getByLabel(/^Code/).fill('GIFT_WRAP');
    await page.getByLabel(/^Name \(English\)/).fill('Gift-wrap offered');
    await page.getByLabel(/^Name \(Chinese\)/).fill('主動提供禮品包裝');
    await page.getByLabel(/^Numerator/).fill('customers offered gift wrap');
    await page.getByLabel(/^Denominator/).fill('eligible purchases');
    await page.getByLabel(/^Formula/).fill('offered ÷ eligible purchases × 100');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: /Gift-wrap offered/ }).waitFor();
    await shot(page, 'indicators-en');

    await nav.getByRole('link', { name: 'Policies and standards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Policies and standards' }).waitFor();
    await page.getByLabel(/^Code/).fill('GIFT');
    await page.getByLabel(/^Title \(English\)/).fill('Gift-wrap standard');
    await page.getByLabel(/^Text \(English\)/).fill('Offer gift wrap with every eligible purchase.');
    await page.getByLabel(/^Effective from/).fill('2026-12-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Version 1, effective 2026-12-01').waitFor();
    await page.getByRole('button', { name: /Gift-wrap standard/ }).click();
    await page.getByRole('button', { name: 'New version' }).click();
    const panel = page.getByRole('region', { name: /Gift-wrap standard/ });
    await panel.getByLabel(/^Title \(English\)/).fill('Gift-wrap standard');
    await panel.getByLabel(/^Text \(English\)/).fill('Offer gift wrap with every purchase over HK$200.');
    await panel.getByLabel(/^Effective from/).fill('2027-01-01');
    await panel.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('Version 2, effective 2027-01-01').waitFor();

    await nav.getByRole('link', { name: 'Targets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Targets' }).waitFor();
    await page.getByRole('combobox', { name: /^Indicator/ }).click();
    await page.getByRole('option', { name: 'Gift-wrap offered' }).click();
    await page.getByRole('combobox', { name: /^Job role/ }).click();
    await page.getByRole('option', { name: 'Sales Associate' }).click();
    await page.getByLabel(/^Standard/).fill('70');
    await page.getByLabel(/^Stretch/).fill('85');
    await page.getByLabel(/^Effective from/).fill('2026-12-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Job role: Sales Associate' }).first().waitFor();
    await page.getByRole('cell', { name: '85%' }).waitFor();
    await shot(page, 'targets-en');
    await page.context().close();
  });
});
