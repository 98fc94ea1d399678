import { describe, expect, it } from 'vitest';
import { planReviewReminder, waitingFor, type OpenReview } from './reminders.reviews.js';

const review = (over: Partial<OpenReview> = {}): OpenReview => ({
  id: 'r1',
  status: 'self_review',
  personId: 'mei',
  reviewerPersonId: 'sam',
  reviewerManagerId: 'kim',
  managerSignedAt: null,
  personSignedAt: null,
  selfDue: '2026-07-10',
  managerDue: '2026-07-20',
  signOffDue: '2026-07-31',
  ...over,
});

describe('review reminders: what goes out on a day', () => {
  it('3 days before the stage is due and on the day, to whoever the stage waits for', () => {
    expect(planReviewReminder(review(), '2026-07-06')).toBeNull(); // 4 days before
    expect(planReviewReminder(review(), '2026-07-07')).toEqual({
      kind: 'review_due',
      stage: 'self_review',
      dueOn: '2026-07-10',
      days: 3,
      remind: [{ personId: 'mei', audience: 'self' }],
      escalate: null,
    });
    expect(planReviewReminder(review(), '2026-07-08')).toBeNull();
    expect(planReviewReminder(review(), '2026-07-10')).toMatchObject({ kind: 'review_due', days: 0 });
    expect(planReviewReminder(review({ status: 'manager_review' }), '2026-07-17')?.remind).toEqual([
      { personId: 'sam', audience: 'manager' },
    ]);
  });

  it('overdue: the same people every day, and the reviewer’s own manager', () => {
    expect(planReviewReminder(review(), '2026-07-11')).toEqual({
      kind: 'review_overdue',
      stage: 'self_review',
      dueOn: '2026-07-10',
      days: 1,
      remind: [{ personId: 'mei', audience: 'self' }],
      escalate: { to: 'line', personId: 'kim' },
    });
    expect(planReviewReminder(review({ status: 'sign_off' }), '2026-08-05')).toMatchObject({
      days: 5,
      dueOn: '2026-07-31',
      escalate: { to: 'line', personId: 'kim' },
    });
  });

  it('escalates to HR when there is no reviewer, or nobody above the reviewer', () => {
    const noReviewer = review({ status: 'manager_review', reviewerPersonId: null, reviewerManagerId: null });
    expect(planReviewReminder(noReviewer, '2026-07-17')).toBeNull(); // nobody to remind before the date
    expect(planReviewReminder(noReviewer, '2026-07-21')).toMatchObject({
      remind: [],
      escalate: { to: 'hr' },
    });
    expect(planReviewReminder(review({ reviewerManagerId: null }), '2026-07-11')?.escalate).toEqual({
      to: 'hr',
    });
  });

  it('sign-off waits for each side that has not signed', () => {
    const signOff = review({ status: 'sign_off' });
    expect(waitingFor(signOff)).toEqual([
      { personId: 'mei', audience: 'sign_person' },
      { personId: 'sam', audience: 'sign_reviewer' },
    ]);
    expect(waitingFor({ ...signOff, personSignedAt: new Date() })).toEqual([
      { personId: 'sam', audience: 'sign_reviewer' },
    ]);
    expect(waitingFor({ ...signOff, managerSignedAt: new Date() })).toEqual([
      { personId: 'mei', audience: 'sign_person' },
    ]);
  });
});
