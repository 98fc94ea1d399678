import { daysBetween } from '../../lib/calendar.js';
import type { ReviewAudience, ReviewStage } from '../../lib/mail-text.js';

/** Days before a stage's due date on which its reminder goes out (besides the day itself). */
export const REVIEW_DUE_LEAD_DAYS = 3;

/** An open review of a launched cycle, as the reminders job reads it. */
export interface OpenReview {
  id: string;
  status: ReviewStage;
  personId: string;
  reviewerPersonId: string | null;
  /** The reviewer's own manager (null: no reviewer, or nobody above the reviewer). */
  reviewerManagerId: string | null;
  managerSignedAt: Date | null;
  personSignedAt: Date | null;
  selfDue: string;
  managerDue: string;
  signOffDue: string;
}

export interface ReviewReminderPlan {
  kind: 'review_due' | 'review_overdue';
  stage: ReviewStage;
  dueOn: string;
  /** Days left (due) or days late (overdue). */
  days: number;
  /** Whose work the stage waits for, and how each is spoken to. */
  remind: { personId: string; audience: ReviewAudience }[];
  /**
   * Overdue only: one level up. 'line' goes to the reviewer's own manager (to HR instead when that
   * manager has no enabled account); 'hr' to HR when the review has no reviewer or the reviewer has
   * no manager.
   */
  escalate: null | { to: 'line'; personId: string } | { to: 'hr' };
}

/** The due date of the stage a review is at. */
export function stageDue(r: Pick<OpenReview, 'status' | 'selfDue' | 'managerDue' | 'signOffDue'>): string {
  if (r.status === 'self_review') return r.selfDue;
  if (r.status === 'manager_review') return r.managerDue;
  return r.signOffDue;
}

/** Who the stage waits for: the person (self review), the reviewer, or each side not yet signed. */
export function waitingFor(r: OpenReview): { personId: string; audience: ReviewAudience }[] {
  if (r.status === 'self_review') return [{ personId: r.personId, audience: 'self' }];
  if (r.status === 'manager_review') {
    return r.reviewerPersonId ? [{ personId: r.reviewerPersonId, audience: 'manager' }] : [];
  }
  return [
    ...(r.personSignedAt ? [] : [{ personId: r.personId, audience: 'sign_person' as const }]),
    ...(r.managerSignedAt || !r.reviewerPersonId
      ? []
      : [{ personId: r.reviewerPersonId, audience: 'sign_reviewer' as const }]),
  ];
}

/**
 * What to send about one review today, or null: a reminder 3 days before the stage's due date and
 * on the day, to whoever the stage waits for; once the date has passed, a reminder to them every day
 * and an escalation to the reviewer's own manager (the person's manager's manager), or to HR when
 * there is no reviewer or no one above the reviewer.
 */
export function planReviewReminder(r: OpenReview, today: string): ReviewReminderPlan | null {
  const dueOn = stageDue(r);
  const left = daysBetween(today, dueOn);
  const remind = waitingFor(r);
  if (left === REVIEW_DUE_LEAD_DAYS || left === 0) {
    return remind.length
      ? { kind: 'review_due', stage: r.status, dueOn, days: left, remind, escalate: null }
      : null;
  }
  if (left > 0) return null;
  const up = r.reviewerManagerId;
  return {
    kind: 'review_overdue',
    stage: r.status,
    dueOn,
    days: -left,
    remind,
    escalate:
      r.reviewerPersonId && up && up !== r.personId && up !== r.reviewerPersonId
        ? { to: 'line', personId: up }
        : { to: 'hr' },
  };
}
