import {
  ratedKeys,
  type Person,
  type Review,
  type ReviewCycle,
  type ReviewInputRequest,
} from '@frontline/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs, personOf, type ApiSession } from '../support/api';
import { appDates } from '../support/clock';
import { baseUrl, launch, newPage, shot } from '../support/browser';

// A store's quarterly cycle (issue #13): Kelvin Chan (supervisor) asks three of Ka Yan Lee's
// colleagues for input; one answers on the page, two through the API, and only then are the
// answers shown, without names. The store manager changes Ka Yan's overall rating in the
// calibration view with a reason, which the review keeps. After both sign, Kelvin amends the
// signed review: version 1 is kept with the reason. Then the calibration view in Chinese at phone
// width.

/** Picks an option of a Mantine Select by its label. */
async function choose(scope: Locator, label: RegExp, option: RegExp, page: Page) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe('review input, calibration and amendment (issue #13)', () => {
  let browser: Browser;
  let cycle: ReviewCycle;
  let review: Review;
  let hr: ApiSession;
  beforeAll(async () => {
    browser = await launch();
    const dates = await appDates();
    hr = await apiAs('hr');
    const kaYan: Person = await personOf('staff');
    const templates = await hr.call<{ id: string; code: string }[]>('GET', '/api/v1/review-templates');
    const template = templates.find((t) => t.code === 'QUARTERLY');
    expect(template).toBeDefined();
    cycle = await hr.call<ReviewCycle>('POST', '/api/v1/review-cycles', {
      nameEn: 'Store quarterly review',
      nameZh: '門市季度評核',
      periodFrom: dates.inDays(-91),
      periodTo: dates.inDays(-1),
      templateId: template!.id,
      population: { orgUnitIds: [kaYan.orgUnitId], jobRoleIds: [], hiredOnOrBefore: null },
      selfDue: dates.inDays(7),
      managerDue: dates.inDays(14),
      calibrationDue: dates.inDays(18),
      signOffDue: dates.inDays(28),
    });
    await hr.call('POST', `/api/v1/review-cycles/${cycle.id}/launch`);
    const staff = await apiAs('staff');
    const mine = await staff.call<Review[]>('GET', '/api/v1/reviews?scope=mine');
    const found = mine.find((r) => r.cycleId === cycle.id);
    expect(found).toBeDefined();
    review = found!;
  });
  afterAll(() => browser.close());

  it('input from three colleagues, shown without names; a calibration change with its reason; an amendment as version 2', async () => {
    const reviewUrl = `${baseUrl()}/reviews/${review.id}`;

    // Kelvin asks three colleagues for input.
    const sup = await newPage(browser);
    await new LoginPage(sup).signInAs('supervisor');
    await sup.goto(reviewUrl);
    const inputs = sup.getByRole('region', { name: 'Input from others' });
    await inputs.getByLabel('Who to ask').click();
    for (const name of ['Wing Sze Tang', 'Jason Yip', 'Cherry Lau']) {
      await sup.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    }
    await sup.keyboard.press('Escape');
    await inputs.getByRole('button', { name: 'Ask for input' }).click();
    await inputs.getByText('0 of 3 asked have answered.').waitFor();
    await inputs.getByText('Answers are shown, without names, once at least 3 have answered.').waitFor();
    expect(await seriousViolations(sup)).toEqual([]);

    // Wing Sze answers on her page of requests.
    const peer = await newPage(browser);
    await new LoginPage(peer).signInAs('wingsze.tang');
    await peer.goto(`${baseUrl()}/review-inputs`);
    await peer.getByRole('heading', { level: 1, name: 'Input asked of you' }).waitFor();
    const ask = peer.getByRole('region', { name: 'Ka Yan Lee' });
    await choose(ask, /^Your rating/, /^4 · Exceeds/, peer);
    await ask
      .getByRole('textbox', { name: /^What you have seen of their work/ })
      .fill('Always covers the fitting rooms when we are short.');
    await ask.getByRole('button', { name: 'Send my input' }).click();
    await ask.getByRole('button', { name: 'Update my input' }).waitFor();
    expect(await seriousViolations(peer)).toEqual([]);
    await shot(peer, 'review-inputs-en');
    await peer.context().close();

    // Two answers in, the reviewer still sees none of them.
    const jason = await apiAs('jason.yip');
    const [jasonAsk] = (await jason.call<ReviewInputRequest[]>('GET', '/api/v1/review-inputs')).filter(
      (r) => r.reviewId === review.id,
    );
    await jason.call('PUT', `/api/v1/review-inputs/${jasonAsk!.id}`, {
      rating: 3,
      comment: 'Knows the stock well; slow at the till at peak.',
    });
    await sup.reload();
    await inputs.getByText('2 of 3 asked have answered.').waitFor();
    expect(await inputs.getByText('Always covers the fitting rooms').count()).toBe(0);

    const cherry = await apiAs('cherry.lau');
    const [cherryAsk] = (await cherry.call<ReviewInputRequest[]>('GET', '/api/v1/review-inputs')).filter(
      (r) => r.reviewId === review.id,
    );
    await cherry.call('PUT', `/api/v1/review-inputs/${cherryAsk!.id}`, {
      rating: null,
      comment: 'Patient with older customers.',
    });
    await sup.reload();
    await inputs.getByText('3 of 3 asked have answered.').waitFor();
    await inputs.getByText('Always covers the fitting rooms when we are short.').waitFor();
    await inputs.getByText('Patient with older customers.').waitFor();
    await inputs.getByText('No rating').waitFor();
    expect(await seriousViolations(sup)).toEqual([]);
    await shot(sup, 'review-input-answers-en');

    // The self review and the manager's review, through the API, to reach sign-off.
    const keys = ratedKeys(review.template.sections);
    const rate = (v: number) => Object.fromEntries(keys.map((k) => [k, v]));
    const staff = await apiAs('staff');
    await staff.call('PUT', `/api/v1/reviews/${review.id}/self`, {
      ratings: rate(4),
      comments: {},
      submit: true,
    });
    const kelvin = await apiAs('supervisor');
    await kelvin.call('PUT', `/api/v1/reviews/${review.id}/manager`, {
      ratings: rate(4),
      comments: {},
      developmentPlan: 'Till training at peak hours.',
      overallRating: 4,
      submit: true,
    });

    // The store manager calibrates: Kelvin's ratings beside the others', and a change with its reason.
    const mgr = await newPage(browser);
    await new LoginPage(mgr).signInAs('manager');
    await mgr.goto(`${baseUrl()}/review-cycles/${cycle.id}/calibration`);
    await mgr.getByRole('heading', { level: 1, name: 'Calibration: Store quarterly review' }).waitFor();
    const byManager = mgr.getByRole('table', { name: 'Overall ratings per manager' });
    await byManager.getByRole('row', { name: /Kelvin Chan/ }).waitFor();
    const row = mgr
      .getByRole('table', { name: 'Reviews', exact: true })
      .getByRole('row', { name: /Ka Yan Lee/ });
    await row.getByText('4 · Exceeds expectations').waitFor();
    expect(await seriousViolations(mgr)).toEqual([]);
    await shot(mgr, 'review-calibration-en');
    await row.getByRole('button', { name: 'Change' }).click();
    const dialog = mgr.getByRole('dialog', { name: 'Change the rating in calibration' });
    await choose(dialog, /^Overall rating/, /^3 · Meets/, mgr);
    await dialog
      .getByRole('textbox', { name: /^Reason for the change/ })
      .fill('Her figures are at the store standard, not above it.');
    await dialog.getByRole('button', { name: 'Save the change' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('3 · Meets expectations').waitFor();
    await mgr.context().close();

    // The review keeps the change with its reason; both sign; Kelvin amends the signed review.
    await sup.reload();
    const history = sup.getByRole('region', { name: 'Calibration and versions' });
    await history
      .getByText(/Exceeds expectations → 3 · Meets expectations by .*: Her figures are at the store standard/)
      .waitFor();
    await staff.call('POST', `/api/v1/reviews/${review.id}/sign`, {});
    await kelvin.call('POST', `/api/v1/reviews/${review.id}/sign`, {});
    await sup.reload();
    await history.getByRole('button', { name: 'Amend the signed review' }).click();
    const amend = sup.getByRole('dialog', { name: 'Amend the signed review' });
    await amend
      .getByRole('textbox', { name: /^Reason for the amendment/ })
      .fill('The sales figures for the last month were corrected.');
    await choose(amend, /^Overall rating/, /^4 · Exceeds/, sup);
    await amend.getByRole('button', { name: 'Amend and ask both to sign again' }).click();
    await amend.waitFor({ state: 'hidden' });
    await history.getByText('Version 2').waitFor();
    const v1 = history
      .getByRole('table', { name: 'Earlier signed versions' })
      .getByRole('row', { name: /^1 / });
    await v1.getByText('3 · Meets expectations').waitFor();
    await v1.getByText(/The sales figures for the last month were corrected\./).waitFor();
    const after = await kelvin.call<Review>('GET', `/api/v1/reviews/${review.id}`);
    expect(after.status).toBe('sign_off');
    expect(after.version).toBe(2);
    expect(await seriousViolations(sup)).toEqual([]);
    await shot(sup, 'review-versions-en');

    // An improvement plan can start from the review: the form says so and has the person.
    await sup.getByRole('link', { name: 'Start an improvement plan' }).click();
    await sup.getByRole('heading', { level: 1, name: 'Start an improvement plan' }).waitFor();
    await sup.getByText(/^Started from a performance review/).waitFor();
    await expect
      .poll(() => sup.getByRole('textbox', { name: 'Staff member' }).inputValue())
      .toBe('Ka Yan Lee');

    // The calibration view in Chinese at phone width: no sideways scrolling, axe clean.
    await new AppShell(sup).switchLanguage('繁中');
    await sup.setViewportSize({ width: 390, height: 844 });
    await sup.goto(`${baseUrl()}/review-cycles/${cycle.id}/calibration`);
    await sup.getByRole('heading', { level: 1, name: '校準：門市季度評核' }).waitFor();
    // The reviewer by their Chinese name.
    await sup
      .getByRole('table', { name: '各主管的整體評分分佈' })
      .getByRole('row', { name: /陳家樂/ })
      .waitFor();
    expect(await noOverflow(sup)).toBe(true);
    expect(await seriousViolations(sup)).toEqual([]);
    await shot(sup, 'review-calibration-zh-phone');
    await new AppShell(sup).switchLanguage('EN');
    await sup.context().close();
  }, 240_000);
});
