import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthStart, type Evaluation, type Scorecard, type TeamDashboard } from '@frontline/contract';
import type { Browser, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { appToday } from '../support/clock';

// Demo people: Queenie Lai (quality assessor, assigned to the contact centre), Brian Tse (voice agent),
// Patrick Chu (centre manager, arbitrates). The scorecard is the demo's contact review.
const ASSESSOR = 'queenie.lai';
const PERSON = 'brian.tse';
const ARBITRATOR = 'patrick.chu';

/** Brian's QA figure on the team dashboard this month, as his centre manager sees it. */
async function qaFigure(indicatorId: string) {
  const today = await appToday();
  const api = await apiAs(ARBITRATOR);
  const board = await api.call<TeamDashboard>(
    'GET',
    `/api/v1/dashboards/team?from=${monthStart(today)}&to=${today}&grain=month`,
  );
  const row = board.rows.find((r) => r.person.nameEn === 'Brian Tse');
  const cell = row?.cells[indicatorId];
  return { value: cell?.value ?? null, sample: cell?.sample ?? 0 };
}

/** Answers one item of the evaluation form: the radio of `answer` in the item's group. */
async function answer(page: Page, item: string | RegExp, choice: string) {
  await page.getByRole('radiogroup', { name: item }).getByText(choice, { exact: true }).click();
}

describe('assessments: score, release, dispute, arbitrate (issue #12)', () => {
  let browser: Browser;
  let card: Scorecard;
  beforeAll(async () => {
    browser = await launch();
    const assessor = await apiAs(ASSESSOR);
    const cards = await assessor.call<Scorecard[]>('GET', '/api/v1/scorecards?kind=qa_interaction');
    card = cards.find((c) => c.code === 'QA-CONTACT')!;
    if (!card) throw new Error('the demo contact-review scorecard is missing');
  });
  afterAll(() => browser.close());

  it('an assessor scores a call with a critical item missed; the person disputes it; the arbitrator accepts; the score follows', async () => {
    const before = await qaFigure(card.indicatorId!);
    // 1. the assessor scores Brian's call, missing the identity check, and releases it
    const qa = await newPage(browser);
    await new LoginPage(qa).signInAs(ASSESSOR);
    await qa.goto(`${baseUrl()}/evaluations/new`);
    await qa.getByRole('heading', { level: 1, name: 'New evaluation' }).waitFor();
    await qa.getByRole('combobox', { name: /^Scorecard/ }).click();
    await qa.getByRole('option', { name: /Contact review/ }).click();
    await qa.getByRole('combobox', { name: /^Person/ }).fill('Brian');
    await qa.getByRole('option', { name: /Brian Tse/ }).click();
    await qa.getByRole('textbox', { name: 'Ticket or interaction key' }).fill('ZD-E2E-1');
    await answer(qa, /Greets and gives their name/, 'Yes');
    await answer(qa, /Verifies the customer/, 'No');
    await answer(qa, /Finds the customer/, '4');
    await answer(qa, /Explains the answer clearly/, '4');
    await answer(qa, /Information given is accurate/, 'Yes');
    await answer(qa, /Summarises what happens next/, 'Yes');
    await answer(qa, /Tags the ticket/, 'Yes');
    await qa.getByRole('button', { name: 'Save draft' }).click();
    await qa.getByRole('heading', { level: 1, name: 'Evaluation' }).waitFor();
    await expect.poll(() => qa.getByTestId('evaluation-percent').textContent()).toBe('0%');
    await qa.getByText('Critical item missed').first().waitFor();
    await qa.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => qa.getByTestId('evaluation-status').textContent()).toBe('Submitted');
    await qa.waitForLoadState('networkidle');
    await qa.getByRole('button', { name: 'Release to the person' }).click();
    await qa.waitForLoadState('networkidle');
    await expect.poll(() => qa.getByTestId('evaluation-status').textContent()).toBe('Released');
    const url = qa.url();
    const id = url.split('/').pop()!;
    expect(await seriousViolations(qa)).toEqual([]);
    await qa.context().close();
    // the released score (a critical miss: no points) is on the team dashboard at once
    const released = await qaFigure(card.indicatorId!);
    expect(released.sample).toBeGreaterThan(before.sample);
    if (before.value !== null) expect(released.value!).toBeLessThan(before.value);

    // 2. Brian, in Chinese on a phone, sees it and disputes the identity check
    const staff = await newPage(browser, 'zh-Hant');
    await staff.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(staff).signInAs(PERSON);
    await new AppShell(staff).switchLanguage('繁中');
    await staff.goto(url);
    await staff.getByRole('heading', { level: 1, name: '評核' }).waitFor();
    await staff.getByText('未達關鍵項目').first().waitFor();
    await staff.getByRole('button', { name: '確認已閱' }).click();
    await staff.getByRole('checkbox', { name: '查閱帳戶前核實顧客身份' }).check();
    await staff.getByRole('textbox', { name: /^不同意的原因/ }).fill('來電者已通過語音認證，畫面有顯示。');
    await staff.getByRole('button', { name: '提交申訴' }).click();
    await staff.getByTestId('dispute-verify').getByText('待裁決').waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await shot(staff, 'evaluation-disputed-zh');
    await new AppShell(staff).switchLanguage('EN');
    await staff.context().close();

    // 3. the centre manager (not the assessor) accepts it from the queue
    const mgr = await newPage(browser);
    await new LoginPage(mgr).signInAs(ARBITRATOR);
    await mgr.goto(`${baseUrl()}/disputes`);
    await mgr.getByRole('heading', { level: 1, name: 'Disputed scores' }).waitFor();
    const row = mgr.getByTestId('dispute-verify').filter({ hasText: '來電者已通過語音認證' });
    await row.getByRole('combobox', { name: /^Decision/ }).click();
    await mgr.getByRole('option', { name: 'Accepted', exact: true }).click();
    await answer(mgr, 'New answer', 'Yes');
    await row.getByRole('textbox', { name: /^Reason for the decision/ }).fill('Voice ID passed in the IVR.');
    await row.getByRole('button', { name: 'Decide' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await seriousViolations(mgr)).toEqual([]);
    await mgr.context().close();

    // 4. the figure follows: version 2, no longer failed
    const api = await apiAs(PERSON);
    const ev = await api.call<Evaluation>('GET', `/api/v1/evaluations/${id}`);
    expect(ev.version).toBe(2);
    expect(ev.result.criticalFailed).toBe(false);
    expect(ev.result.percent).toBeGreaterThan(80);
    expect(ev.disputes[0]).toMatchObject({ status: 'accepted', newValue: 'yes' });
    // and the team dashboard's QA figure follows the new version: same points possible, more earned
    const decided = await qaFigure(card.indicatorId!);
    expect(decided.sample).toBe(released.sample);
    expect(decided.value!).toBeGreaterThan(released.value!);
  }, 180_000);
});
