import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, CalibrationSession, Scorecard, ScorecardItem } from '@frontline/contract';
import type { Browser } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { seriousViolations } from '../support/axe';
import { apiAs, type ApiSession } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';

// Demo people: Patrick Chu (centre manager) leads; Queenie Lai (quality assessor), Kelvin Chan and
// Irene Kwok (supervisors) score. The scorecard is the demo's contact review.
const LEAD = 'patrick.chu';
const ASSESSORS = ['queenie.lai', 'supervisor', 'irene.kwok'];

/** A value for the item: `level` 0–4 read on its scale (yes/no: 0–1 no, else yes). */
function value(item: ScorecardItem, level: number): Answer['value'] {
  if (item.type === 'yes_no_na') return level >= 2 ? 'yes' : 'no';
  if (item.type === 'scale_1_5') return level + 1;
  return Math.round(((item.maxPoints ?? 1) * level) / 4);
}
const items = (card: Scorecard) => card.sections.flatMap((s) => s.items);

describe('calibration: three assessors score blind, the lead reveals alpha and bias (issue #12)', () => {
  let browser: Browser;
  let session: CalibrationSession;
  beforeAll(async () => {
    browser = await launch();
    const lead = await apiAs(LEAD);
    const cards = await lead.call<Scorecard[]>('GET', '/api/v1/scorecards?kind=qa_interaction');
    const card = cards.find((c) => c.code === 'QA-CONTACT');
    if (!card) throw new Error('the demo contact-review scorecard is missing');
    const scorers: ApiSession[] = [];
    for (const who of ASSESSORS) scorers.push(await apiAs(who));
    session = await lead.call<CalibrationSession>('POST', '/api/v1/calibration-sessions', {
      scorecardId: card.id,
      title: 'E2E calls',
      interactions: ['ZD-CAL-1', 'ZD-CAL-2', 'ZD-CAL-3', 'ZD-CAL-4', 'ZD-CAL-5'],
      assessorUserIds: scorers.map((s) => s.me.userId),
    });
    const base = `/api/v1/calibration-sessions/${session.id}/interactions`;
    for (const [i, inter] of session.interactions.entries()) {
      const level = (j: number) => (i + j) % 5;
      const bench = items(card).map((it, j) => ({ itemId: it.id, value: value(it, level(j)) }));
      await lead.call('PUT', `${base}/${inter.id}/benchmark`, { answers: bench });
      for (const [k, s] of scorers.entries()) {
        // The third assessor is a level more generous on every other item.
        const answers = items(card).map((it, j) => ({
          itemId: it.id,
          value: value(it, Math.min(4, level(j) + (k === 2 && j % 2 === 0 ? 1 : 0))),
        }));
        await s.call('PUT', `${base}/${inter.id}/scores`, { answers });
      }
    }
  });
  afterAll(() => browser.close());

  it('a calibration session of three assessors shows alpha and each one’s bias', async () => {
    // 1. blind: an assessor sees only their own scores, no figures
    const qa = await newPage(browser);
    await new LoginPage(qa).signInAs(ASSESSORS[0]!);
    await qa.goto(`${baseUrl()}/calibration/${session.id}`);
    await qa.getByRole('heading', { level: 1, name: 'E2E calls' }).waitFor();
    await qa.getByText('Scoring is blind').waitFor();
    expect(await qa.getByTestId('calibration-summary').count()).toBe(0);
    await qa.getByRole('button', { name: 'I have finished' }).click();
    await qa.waitForLoadState('networkidle');
    await qa.getByText('finished', { exact: false }).first().waitFor();
    await qa.context().close();

    // 2. the lead reveals from the list
    const lead = await newPage(browser);
    await new LoginPage(lead).signInAs(LEAD);
    await lead.goto(`${baseUrl()}/calibration`);
    await lead.getByRole('heading', { level: 1, name: 'Calibration' }).waitFor();
    await lead.getByRole('link', { name: 'E2E calls' }).click();
    await lead.getByRole('button', { name: 'Reveal scores' }).click();
    await lead.getByRole('dialog').getByRole('button', { name: 'Reveal scores' }).click();
    await lead.getByTestId('calibration-summary').waitFor();
    expect(await lead.getByTestId('calibration-summary').textContent()).toMatch(
      /The assessors agree well on \d+ of \d+ items\./,
    );
    const bias = lead.getByTestId('calibration-bias');
    await expect.poll(() => bias.locator('tbody tr').count()).toBe(3);
    await bias.getByText(/More generous than the benchmark by/).waitFor();
    await lead.getByRole('switch', { name: 'Show the numbers' }).check();
    await lead.getByRole('columnheader', { name: "Krippendorff's alpha" }).waitFor();
    expect(await seriousViolations(lead)).toEqual([]);
    await shot(lead, 'calibration-revealed');
    await lead.context().close();

    // 3. an assessor, in Chinese on a phone, sees the same figures
    const zh = await newPage(browser, 'zh-Hant');
    await zh.setViewportSize({ width: 390, height: 844 });
    await new LoginPage(zh).signInAs(ASSESSORS[2]!);
    await new AppShell(zh).switchLanguage('繁中');
    await zh.goto(`${baseUrl()}/calibration/${session.id}`);
    await zh.getByTestId('calibration-summary').waitFor();
    expect(await zh.getByTestId('calibration-summary').textContent()).toMatch(
      /評審員在 \d+ 個項目中有 \d+ 個意見一致/,
    );
    await zh
      .getByTestId('calibration-bias')
      .getByText(/比基準寬鬆/)
      .waitFor();
    expect(await seriousViolations(zh)).toEqual([]);
    await shot(zh, 'calibration-revealed-zh');
    await new AppShell(zh).switchLanguage('EN');
    await zh.context().close();

    // 4. the figures are the same on every read, and nothing reached the evaluations
    const api = await apiAs(LEAD);
    const a = await api.call<CalibrationSession>('GET', `/api/v1/calibration-sessions/${session.id}`);
    const b = await api.call<CalibrationSession>('GET', `/api/v1/calibration-sessions/${session.id}`);
    expect(a.results).toEqual(b.results);
    expect(a.results!.overall.alpha).not.toBeNull();
  }, 180_000);
});
