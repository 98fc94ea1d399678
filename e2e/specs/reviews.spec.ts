import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '@frontline/contract';
import type { Browser, Locator, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs } from '../support/api';
import { appDates } from '../support/clock';
import { baseUrl, launch, newPage, shot } from '../support/browser';

// Grace Ho (HR) launches a half-year review cycle for the contact centre's Voice Team; Jacky Ng
// (agent) writes his self review; Terence Wu (his team leader) writes the manager's review with the
// period's evidence beside it and sends it for sign-off; both sign and the review is locked. Then
// the review in Chinese at phone width; the signed review as a PDF in either language, and on
// Jacky's person page.

/** Picks an option of a Mantine Select by its label. */
async function choose(scope: Locator, label: RegExp, option: RegExp, page: Page) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('performance reviews (issue #13)', () => {
  let browser: Browser;
  let dates: Awaited<ReturnType<typeof appDates>>;
  /** The signed review of the first test (the PDF and person-page test reads it). */
  let signedReviewUrl = '';
  beforeAll(async () => {
    browser = await launch();
    dates = await appDates();
  });
  afterAll(() => browser.close());

  it('HR creates and launches a cycle; the agent writes a self review; the leader reviews with the evidence; both sign', async () => {
    // HR: a draft cycle for the Voice Team, then launched.
    const hr = await newPage(browser);
    await new LoginPage(hr).signInAs('hr');
    await hr.goto(`${baseUrl()}/review-cycles`);
    await hr.getByRole('heading', { level: 1, name: 'Review cycles' }).waitFor();
    const form = hr.getByRole('region', { name: 'New cycle' });
    await form.getByLabel(/^Name \(English\)/).fill('Voice Team half-year');
    await form.getByLabel(/^Name \(Chinese\)/).fill('語音組半年評核');
    await form.getByLabel(/^Period from/).fill(dates.inDays(-182));
    await form.getByLabel(/^Period to/).fill(dates.inDays(-1));
    await choose(form, /^Template/, /^Quarterly performance review/, hr);
    await form.getByLabel(/^Units/).click();
    await hr.getByRole('option', { name: 'Voice Team' }).click();
    await hr.keyboard.press('Escape');
    await form.getByLabel(/^Self review due/).fill(dates.inDays(7));
    await form.getByLabel(/^Manager review due/).fill(dates.inDays(14));
    await form.getByLabel(/^Calibration due/).fill(dates.inDays(18));
    await form.getByLabel(/^Sign-off due/).fill(dates.inDays(28));
    await form.getByRole('button', { name: /^Create the cycle/ }).click();
    const row = hr.getByRole('row', { name: /Voice Team half-year/ });
    await row.getByText('Draft').waitFor();
    await row.getByRole('button', { name: 'Launch' }).click();
    await row.getByText('Launched').waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    await shot(hr, 'review-cycles-en');
    await row.getByRole('link', { name: 'Voice Team half-year' }).click();
    const voice = hr.getByRole('row', { name: /^Voice Team/ });
    await voice.waitFor();
    expect(await seriousViolations(hr)).toEqual([]);
    await shot(hr, 'review-cycle-progress-en');
    await hr.context().close();

    // The agent's self review.
    const agent = await newPage(browser);
    await new LoginPage(agent).signInAs('agent');
    await agent.goto(`${baseUrl()}/reviews`);
    await agent.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await agent.getByRole('region', { name: 'My reviews' }).getByRole('link', { name: 'Jacky Ng' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Review of Jacky Ng' }).waitFor();
    const mine = agent.getByRole('region', { name: 'Your self review' });
    for (const [item, level] of [
      ['Service results', /^3 · Meets/],
      ['Agreed goals', /^3 · Meets/],
      ['Quality assessments', /^4 · Exceeds/],
      ['Customer focus', /^4 · Exceeds/],
      ['Teamwork', /^4 · Exceeds/],
      ['Policy and procedure', /^3 · Meets/],
    ] as const) {
      await choose(mine, new RegExp(`^Rating: ${item}`), level, agent);
    }
    await mine
      .getByRole('textbox', { name: 'Your text' })
      .fill('I want to move to the claims team next year.');
    await mine.getByRole('button', { name: 'Hand in to my manager' }).click();
    await agent.getByText('Manager review', { exact: true }).first().waitFor();
    expect(await seriousViolations(agent)).toEqual([]);
    const reviewUrl = agent.url();
    signedReviewUrl = reviewUrl;

    // The leader's review, with the self review beside each item and the evidence panel.
    const lead = await newPage(browser);
    await new LoginPage(lead).signInAs('lead');
    await lead.goto(reviewUrl);
    const evidence = lead.getByRole('region', { name: 'Evidence for the period' });
    await evidence
      .getByText(/n [\d,]+, 95% interval/)
      .first()
      .waitFor();
    const theirs = lead.getByRole('region', { name: 'Your review as manager' });
    await theirs.getByText('Self review: 4 · Exceeds expectations').first().waitFor();
    for (const [item, level] of [
      ['Service results', /^3 · Meets/],
      ['Agreed goals', /^3 · Meets/],
      ['Quality assessments', /^3 · Meets/],
      ['Customer focus', /^4 · Exceeds/],
      ['Teamwork', /^4 · Exceeds/],
      ['Policy and procedure', /^3 · Meets/],
    ] as const) {
      await choose(theirs, new RegExp(`^Rating: ${item}`), level, lead);
    }
    await theirs
      .getByRole('textbox', { name: /^Development plan/ })
      .fill('Claims handling course; shadow the claims team one day a month.');
    await choose(theirs, /^Overall rating/, /^3 · Meets/, lead);
    await theirs.getByText(/Weighted formula: 3\.\d\d/).waitFor();
    expect(await seriousViolations(lead)).toEqual([]);
    await shot(lead, 'review-manager-en');
    await theirs.getByRole('button', { name: 'Send for sign-off' }).click();
    await lead.getByRole('region', { name: 'Sign-off' }).waitFor();

    // Both sign: the agent with a comment, then the leader; the review is locked.
    await agent.reload();
    const agentSign = agent.getByRole('region', { name: 'Sign-off' });
    await agentSign.getByRole('textbox', { name: /^Your comment/ }).fill('Thank you; agreed.');
    await agentSign.getByRole('button', { name: 'Sign' }).click();
    await agentSign.getByText(/^Signed by the person: \d/).waitFor();
    await lead.reload();
    await lead.getByRole('region', { name: 'Sign-off' }).getByRole('button', { name: 'Sign' }).click();
    await lead.getByText('Signed by both: this review is locked.').waitFor();
    const api = await apiAs('lead');
    const id = reviewUrl.split('/').pop()!;
    const signed = await api.call<Review>('GET', `/api/v1/reviews/${id}`);
    expect(signed).toMatchObject({ status: 'signed', personComment: 'Thank you; agreed.' });
    expect(signed.manager?.overallRating).toBe(3);
    await expect(
      api.call('PUT', `/api/v1/reviews/${id}/manager`, {
        ratings: {},
        comments: {},
        developmentPlan: '',
        overallRating: null,
        submit: false,
      }),
    ).rejects.toThrow(/409 .*review\.locked/);
    await lead.context().close();

    // The person's signed review in Chinese at phone width.
    await agent.reload();
    await new AppShell(agent).switchLanguage('繁中');
    await agent.setViewportSize({ width: 390, height: 844 });
    await agent.getByRole('heading', { level: 1, name: '吳志傑的評核' }).waitFor();
    await agent.getByText('雙方已簽署：這份評核已鎖定。').waitFor();
    expect(await seriousViolations(agent)).toEqual([]);
    const overflow = await agent.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await shot(agent, 'review-signed-zh-phone');
    await new AppShell(agent).switchLanguage('EN');
    await agent.context().close();
  }, 240_000);

  it('the signed review downloads as a PDF in either language and is listed on the person page', async () => {
    expect(signedReviewUrl).not.toBe('');
    const lead = await newPage(browser);
    await new LoginPage(lead).signInAs('lead');
    await lead.goto(signedReviewUrl);
    await lead.getByText('Signed by both: this review is locked.').waitFor();
    const downloads = lead.getByRole('group', { name: 'Download the review as PDF' });
    for (const [name, lang] of [
      ['PDF (English)', 'en'],
      ['PDF (中文)', 'zh-Hant'],
    ] as const) {
      const link = downloads.getByRole('link', { name, exact: true });
      const [download] = await Promise.all([lead.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^review-[a-z0-9-]+-jacky-ng-voice-team-half-year\.pdf$/);
      const saved = fs.readFileSync((await download.path())!);
      expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const href = (await link.getAttribute('href'))!;
      expect(href).toContain(`lang=${lang}`);
      const res = await lead.request.get(`${baseUrl()}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
    }
    expect(await seriousViolations(lead)).toEqual([]);
    await shot(lead, 'review-pdf-links-en');

    // The person page lists the review: cycle (a link to it), stage and overall rating.
    const id = signedReviewUrl.split('/').pop()!;
    const review = await (await apiAs('lead')).call<Review>('GET', `/api/v1/reviews/${id}`);
    await lead.goto(`${baseUrl()}/people/${review.personId}`);
    const section = lead.getByRole('region', { name: 'Reviews', exact: true });
    const row = section.getByRole('row', { name: /Voice Team half-year/ });
    await row.getByText('Signed', { exact: true }).waitFor();
    await row.getByText('3 · Meets expectations').waitFor();
    expect(await seriousViolations(lead)).toEqual([]);
    await shot(lead, 'person-reviews-en');

    // In Chinese at phone width: the same section, and the review's PDF buttons.
    await new AppShell(lead).switchLanguage('繁中');
    await lead.setViewportSize({ width: 390, height: 844 });
    const zhSection = lead.getByRole('region', { name: '績效評核', exact: true });
    const zhRow = zhSection.getByRole('row', { name: /語音組半年評核/ });
    await zhRow.getByText('3 · 符合期望').waitFor();
    // After a resize or a navigation the layout settles asynchronously (responsive hooks re-render).
    const noOverflow = () =>
      lead
        .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth + 1, null, {
          timeout: 10_000,
        })
        .then(() => true)
        .catch(() => false);
    expect(await noOverflow()).toBe(true);
    expect(await seriousViolations(lead)).toEqual([]);
    await shot(lead, 'person-reviews-zh-phone');
    await zhRow.getByRole('link', { name: '語音組半年評核' }).click();
    const zhLinks = lead.getByRole('group', { name: '下載評核（PDF）' });
    await zhLinks.getByRole('link', { name: 'PDF（中文）' }).waitFor();
    await zhLinks.getByRole('link', { name: 'PDF（英文）' }).waitFor();
    expect(await noOverflow()).toBe(true);
    expect(await seriousViolations(lead)).toEqual([]);
    await shot(lead, 'review-pdf-links-zh-phone');
    await new AppShell(lead).switchLanguage('EN');
    await lead.context().close();
  }, 120_000);
});
