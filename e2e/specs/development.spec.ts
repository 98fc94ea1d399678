import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionList, Course, Person } from '@frontline/contract';
import type { Browser } from 'playwright-core';
import { AttentionPage } from '../pages/AttentionPage';
import { CheckinPage } from '../pages/CheckinPage';
import { CoachingPage } from '../pages/CoachingPage';
import { FeedbackSection } from '../pages/FeedbackSection';
import { LoginPage } from '../pages/LoginPage';
import { TrainingPage } from '../pages/TrainingPage';
import { apiAs, personOf } from '../support/api';
import { baseUrl, launch, newPage, shot } from '../support/browser';
import { appDates } from '../support/clock';

// The demo history is generated up to yesterday: the last four complete weeks in Kelvin Chan's queue.
let FROM = '';
let TO = '';
let dates: Awaited<ReturnType<typeof appDates>>;

describe('people development: from "Needs attention" to a measured coaching outcome (issue #5)', () => {
  let browser: Browser;
  let person: Person;
  let indicator: AttentionList['items'][number]['indicator'];
  let course: Course;
  beforeAll(async () => {
    browser = await launch();
    dates = await appDates();
    ({ from: FROM, to: TO } = dates.recent);
    // pick, at test time, someone in the supervisor's queue (rather than a hard-coded name)
    const sup = await apiAs('supervisor');
    const queue = await sup.call<AttentionList>('GET', `/api/v1/attention?from=${FROM}&to=${TO}`);
    const entry = queue.items.find((i) => i.person.id !== sup.me.personId);
    if (!entry) throw new Error('nobody in the supervisor’s "Needs attention" queue');
    person = await sup.call<Person>('GET', `/api/v1/people/${entry.person.id}`);
    indicator = entry.indicator;
    if (!person.email) throw new Error(`${person.nameEn} has no e-mail to sign in with`);
    // a course on that indicator, added to the catalogue by HR for this run
    const hr = await apiAs('hr');
    course = await hr.call<Course>('POST', '/api/v1/courses', {
      code: `E2E-${Date.now()}`,
      titleEn: `Closing the gap on ${indicator.code}`,
      titleZh: `改善${indicator.code}`,
      category: 'service_skills',
      description: 'A short e-learning module with a practical on the shop floor.',
      durationHours: 2,
      passScore: 70,
      indicatorIds: [indicator.id],
    });
  });
  afterAll(() => browser.close());

  it('the supervisor gives feedback and starts coaching; the person acknowledges and trains; the outcome is recorded', async () => {
    const feedbackText = `Your ${indicator.nameEn} has been below the standard for four weeks; let us look at it together.`;

    // 1. the supervisor sees the person in "Needs attention" and gives improvement feedback with evidence
    const sup = await newPage(browser);
    await new LoginPage(sup).signInAs('supervisor');
    const attention = await new AttentionPage(sup).goto(FROM, TO);
    await attention.row(person.nameEn).first().waitFor();
    await sup.goto(`${baseUrl()}/people/${person.id}`);
    await sup.getByRole('heading', { level: 1, name: person.nameEn }).waitFor();
    const feedback = new FeedbackSection(sup);
    await feedback.give('Improvement', feedbackText, indicator.nameEn);
    await feedback.item(feedbackText).getByText('Not yet confirmed as read').waitFor();

    // 2. coaching starts from that queue entry, prefilled; a course is assigned from the plan
    await attention.goto(FROM, TO);
    await attention.startCoaching(person.nameEn, indicator.nameEn).click();
    await sup.getByRole('heading', { level: 1, name: 'Start coaching' }).waitFor();
    await expect
      .poll(() => sup.getByRole('textbox', { name: 'Staff member' }).inputValue())
      .toBe(person.nameEn);
    const coaching = new CoachingPage(sup);
    await coaching.start(`Bring ${indicator.nameEn} back to the standard within eight weeks.`, person.nameEn);
    await coaching.status.getByText('Needs attention').waitFor();
    await coaching.assignCourse(new RegExp(course.code), dates.inDays(10));
    await coaching.courses.getByText(course.titleEn).waitFor();
    await sup.getByRole('region', { name: 'Measured effect' }).getByRole('status').waitFor();
    await shot(sup, 'coaching-plan');
    const planUrl = sup.url();

    // 3. the person confirms the feedback as read and completes the course with evidence
    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs(person.email ?? '');
    await staff
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'My feedback' })
      .click();
    await staff.getByRole('heading', { level: 1, name: 'My feedback' }).waitFor();
    const mine = new FeedbackSection(staff);
    await mine.item(feedbackText).getByText(indicator.code, { exact: false }).first().waitFor();
    await mine.item(feedbackText).getByRole('button', { name: 'Confirm I have read this' }).click();
    await mine
      .item(feedbackText)
      .getByText(/Read and confirmed/)
      .waitFor();
    await staff
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Training' })
      .click();
    const training = new TrainingPage(staff);
    await training.myRow(course.titleEn).waitFor();
    await training.completeMine(
      course.titleEn,
      'Finished the module and practised with two customers on 3 December.',
    );
    await training.myRow(course.titleEn).getByText('Completed', { exact: true }).waitFor();
    await shot(staff, 'training-completed');
    await staff.context().close();

    // 4. the supervisor sees it acknowledged and the course done, and records the coaching outcome
    await sup.goto(planUrl);
    await coaching.courses.getByText('Completed', { exact: true }).waitFor();
    await coaching.complete(
      'Improved',
      'Agreed closing routine is in place; figures are back near the standard.',
    );
    await coaching.status.getByText('Completed', { exact: true }).waitFor();
    await sup.goto(`${baseUrl()}/people/${person.id}`);
    await new FeedbackSection(sup)
      .item(feedbackText)
      .getByText(/Read and confirmed/)
      .waitFor();
    await sup.context().close();
  });
  it('a check-in: scheduled from the cadence overview, shared and private notes, an action item, held', async () => {
    const staffPerson = await personOf('staff');
    const name = staffPerson.nameEn;
    const sup = await newPage(browser);
    await new LoginPage(sup).signInAs('supervisor');
    await sup.goto(`${baseUrl()}/checkins`);
    const checkins = new CheckinPage(sup);
    await checkins.cadenceRow(name).waitFor();
    await checkins.setCadence(name, 14);
    await checkins.cadenceRow(name).getByRole('cell', { name: '14', exact: true }).waitFor();
    await checkins.schedule(name, `${dates.inDays(2)}T10:00`, 'Back office');
    await checkins.saveNotes(
      'Talk about the returns queue at weekends.',
      'Seems tired lately; ask about the rota.',
    );
    await checkins.addAction('Practise the returns script with a colleague', dates.inDays(7));
    // "Add to calendar" downloads the invite
    const href = await checkins.details.getByRole('link', { name: 'Add to calendar' }).getAttribute('href');
    const ics = await sup.request.get(`${baseUrl()}${href ?? ''}`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    const checkinUrl = sup.url();

    // the staff member sees the shared notes, never the private ones, and ticks the action item
    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs('staff');
    await staff.goto(checkinUrl);
    const theirs = new CheckinPage(staff);
    await theirs.notes.getByText('Talk about the returns queue at weekends.').waitFor();
    expect(await staff.getByText(/Private notes|Seems tired lately/).count()).toBe(0);
    await theirs.actions
      .getByRole('checkbox', { name: 'Practise the returns script with a colleague' })
      .check();
    await staff.goto(`${baseUrl()}/checkins`);
    await staff
      .getByRole('region', { name: 'My action items' })
      .getByRole('checkbox', { name: 'Practise the returns script with a colleague' })
      .isChecked()
      .then((checked) => expect(checked).toBe(true));
    await staff.context().close();

    await sup.reload();
    await sup.getByRole('button', { name: 'Mark as held' }).click();
    await checkins.details.getByText('Held', { exact: true }).waitFor();
    await sup.context().close();
  });

  it('recognition on the wall, a manual award with points, the leaderboard and the performance file', async () => {
    const staffPerson = await personOf('staff');
    const name = staffPerson.nameEn;
    const manager = await newPage(browser);
    await new LoginPage(manager).signInAs('manager');
    // praise with a badge
    await manager.goto(`${baseUrl()}/recognition`);
    const post = manager.getByRole('form', { name: 'Praise a colleague' });
    await post.getByRole('combobox', { name: /^Colleague/ }).click();
    await manager.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    await post.getByLabel(/^Message/).fill('Calmly sorted out a difficult exchange on Saturday.');
    await post.getByRole('combobox', { name: 'Badge' }).click();
    await manager.getByRole('option', { name: 'Team player' }).click();
    await post.getByRole('button', { name: 'Post' }).click();
    await manager
      .getByRole('listitem')
      .filter({ hasText: 'Calmly sorted out a difficult exchange' })
      .waitFor();
    // a manual scheme and an award
    await manager.goto(`${baseUrl()}/rewards`);
    await manager.getByRole('button', { name: 'New reward scheme' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Kind' }).click();
    await manager.getByRole('option', { name: 'Given by hand' }).click();
    await dialog.getByLabel(/^Code/).fill('E2E-SPOT');
    await dialog.getByLabel(/^Name \(English\)/).fill('Spot award');
    await dialog.getByLabel(/^Name \(Chinese\)/).fill('即時嘉許');
    await dialog.getByLabel(/^Points/).fill('25');
    await dialog.getByRole('combobox', { name: 'Badge' }).click();
    await manager.getByRole('option', { name: 'Team player' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await manager.getByRole('button', { name: 'Award Spot award' }).click();
    const award = manager.getByRole('dialog');
    await award.getByRole('combobox', { name: /^Staff member/ }).click();
    await manager.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    await award.getByLabel(/^Reason/).fill('Covered two extra shifts in the sale week.');
    await award.getByRole('button', { name: 'Award', exact: true }).click();
    await award.waitFor({ state: 'hidden' });
    // the leaderboard shows raw value, n, fair value and rank
    const board = manager.getByRole('region', { name: 'Leaderboard', exact: true });
    for (const col of ['Raw value', 'n', 'Fair value', 'Fair rank', 'Points']) {
      await board.getByRole('columnheader', { name: col, exact: true }).waitFor();
    }
    await shot(manager, 'rewards');
    await manager.context().close();

    // the staff member sees the praise on the wall and their points on their own page
    const staff = await newPage(browser);
    await new LoginPage(staff).signInAs('staff');
    await staff.goto(`${baseUrl()}/recognition`);
    await staff.getByText('Calmly sorted out a difficult exchange on Saturday.').waitFor();
    await staff.goto(`${baseUrl()}/people/${staffPerson.id}`);
    const points = staff.getByRole('region', { name: 'Points and badges' });
    await points.getByText(/Total points: \d+/).waitFor();
    await points.getByText(/Team player/).waitFor();
    // the performance file, as PDF and CSV
    for (const link of ['Download performance file (PDF)', 'Download performance file (CSV)']) {
      const href = await staff.getByRole('link', { name: link }).getAttribute('href');
      expect(href).toContain('lang=en');
      const res = await staff.request.get(`${baseUrl()}${href ?? ''}`);
      expect(res.status(), link).toBe(200);
    }
    await staff.context().close();
  });
});
