import { describe, expect, it } from 'vitest';
import {
  actionItemOverdueMail,
  certificationExpiringMail,
  checkinCancelledMail,
  checkinDueMail,
  checkinScheduledMail,
  checkinUpcomingMail,
  formatMailDate,
  mailLang,
  reviewDueMail,
  reviewEscalatedMail,
  reviewOverdueMail,
  trainingOverdueMail,
  type MailLang,
  type MailText,
  type ReviewAudience,
} from './mail-text.js';

const mei = { en: 'Mei Chan', zh: '陳美' };
const cycle = { en: '2026 H1 review', zh: '2026 上半年評核' };
const link = 'https://frontline.example/reviews/r1';
const at = new Date('2026-07-10T02:30:00Z'); // 10:30 in Hong Kong
const CJK = /[\u4e00-\u9fff]/;

/** Every message kind with sample values, in one language. */
function everyMessage(lang: MailLang): [string, MailText][] {
  const audiences: ReviewAudience[] = ['self', 'manager', 'sign_person', 'sign_reviewer'];
  return [
    ['checkinDue', checkinDueMail(lang, { person: mei, status: 'due', nextDueOn: '2026-07-10' })],
    ['checkinOverdue', checkinDueMail(lang, { person: mei, status: 'overdue', nextDueOn: '2026-07-01' })],
    [
      'checkinUpcoming',
      checkinUpcomingMail(lang, { person: mei, at, zone: 'Asia/Hong_Kong', location: 'Room 2' }),
    ],
    ['checkinScheduled', checkinScheduledMail(lang, { at, zone: 'Asia/Hong_Kong', location: null })],
    ['checkinCancelled', checkinCancelledMail(lang)],
    ['actionItem', actionItemOverdueMail(lang, { title: 'Call back', person: mei, dueOn: '2026-07-01' })],
    [
      'training',
      trainingOverdueMail(lang, {
        course: { en: 'Returns', zh: '退貨政策' },
        person: mei,
        dueOn: '2026-07-01',
      }),
    ],
    [
      'certification',
      certificationExpiringMail(lang, {
        assessor: 'Ada Lee',
        title: { en: 'Phone QA', zh: '電話質檢' },
        endsOn: '2026-08-01',
      }),
    ],
    ...audiences.flatMap((audience): [string, MailText][] => [
      [
        `reviewDue ${audience}`,
        reviewDueMail(lang, { audience, cycle, person: mei, dueOn: '2026-07-10', daysLeft: 3 }),
      ],
      [
        `reviewOverdue ${audience}`,
        reviewOverdueMail(lang, { audience, cycle, person: mei, dueOn: '2026-07-10', daysLate: 2 }),
      ],
    ]),
    [
      'reviewEscalated',
      reviewEscalatedMail(lang, {
        cycle,
        person: mei,
        reviewer: { en: 'Sam Wong', zh: null },
        stage: 'manager_review',
        dueOn: '2026-07-20',
        daysLate: 1,
        waitingFor: [{ en: 'Sam Wong', zh: null }],
        reason: 'line',
      }),
    ],
  ];
}

describe('e-mail texts', () => {
  it('reads the language from the user account, English when unknown', () => {
    expect(mailLang('zh-Hant')).toBe('zh-Hant');
    expect(mailLang('en')).toBe('en');
    expect(mailLang('fr')).toBe('en');
    expect(mailLang(null)).toBe('en');
  });

  it('writes dates for the reader', () => {
    expect(formatMailDate('2026-07-10', 'en')).toBe('10 Jul 2026');
    expect(formatMailDate('2026-07-10', 'zh-Hant')).toBe('2026年7月10日');
  });

  it('every message is English in English and Chinese in Chinese', () => {
    for (const [name, m] of everyMessage('en')) {
      expect(m.subject, name).not.toMatch(CJK);
      expect(m.text, name).not.toMatch(CJK);
      expect(m.subject.length, name).toBeGreaterThan(5);
    }
    for (const [name, m] of everyMessage('zh-Hant')) {
      expect(m.subject, name).toMatch(CJK);
      expect(m.text, name).toMatch(CJK);
      // No English sentence left in (names, places and time zones may be Latin).
      expect(
        m.text.replace(/Room 2|Call back|Asia\/Hong_Kong|Ada Lee|Sam Wong|2026 H1/g, ''),
        name,
      ).not.toMatch(/[a-z]{3}/i);
    }
    const en = everyMessage('en').map(([, m]) => m.subject);
    const zh = everyMessage('zh-Hant').map(([, m]) => m.subject);
    expect(new Set([...en, ...zh]).size).toBe(en.length + zh.length);
  });

  it('a review due in 3 days, to the person, in each language', () => {
    const p = { audience: 'self' as const, cycle, person: mei, dueOn: '2026-07-10', daysLeft: 3, link };
    expect(reviewDueMail('en', p)).toEqual({
      subject: 'Your self review for 2026 H1 review is due in 3 days (10 Jul 2026)',
      text:
        'Your self review for 2026 H1 review is due in 3 days (10 Jul 2026). Rate yourself on each item and ' +
        `hand it in to your manager.\n\n${link}`,
    });
    expect(reviewDueMail('zh-Hant', p)).toEqual({
      subject: '你的「2026 上半年評核」自我評核將於3 天後（2026年7月10日）到期',
      text: `你的「2026 上半年評核」自我評核將於3 天後（2026年7月10日）到期。請為每一項評分，然後提交給你的主管。\n\n${link}`,
    });
    expect(reviewDueMail('en', { ...p, daysLeft: 0 }).subject).toBe(
      'Your self review for 2026 H1 review is due today (10 Jul 2026)',
    );
  });

  it('names the person in Chinese when they have a Chinese name, else in English', () => {
    const p = { audience: 'manager' as const, cycle, dueOn: '2026-07-20', daysLate: 1 };
    expect(reviewOverdueMail('zh-Hant', { ...p, person: mei }).subject).toBe(
      '已逾期：陳美的評核（2026 上半年評核）',
    );
    expect(reviewOverdueMail('zh-Hant', { ...p, person: { en: 'Mei Chan', zh: null } }).subject).toBe(
      '已逾期：Mei Chan的評核（2026 上半年評核）',
    );
    expect(reviewOverdueMail('en', { ...p, person: mei }).text).toBe(
      'Your review of Mei Chan for 2026 H1 review was due on 20 Jul 2026 and is 1 day overdue. ' +
        'Please finish it and send it for sign-off.',
    );
  });

  it('an escalation says whose work is outstanding and why the reader gets it', () => {
    const p = {
      cycle,
      person: mei,
      reviewer: null,
      stage: 'sign_off' as const,
      dueOn: '2026-07-31',
      daysLate: 4,
      waitingFor: [mei],
      reason: 'hr' as const,
    };
    expect(reviewEscalatedMail('en', p)).toEqual({
      subject: 'Overdue review: Mei Chan (2026 H1 review)',
      text:
        "Mei Chan's review for 2026 H1 review is 4 days overdue at the sign-off stage (due 31 Jul 2026).\n" +
        'Waiting for: Mei Chan.\nThe review has no reviewer.\nYou receive this as HR.',
    });
    expect(reviewEscalatedMail('zh-Hant', p).text).toBe(
      '陳美的「2026 上半年評核」評核在「簽署」階段已逾期 4 天（限期 2026年7月31日）。\n' +
        '尚待：陳美。\n這份評核沒有評核人。\n你以人力資源身分收到這封郵件。',
    );
  });

  it('check-in times are in the named zone and the language', () => {
    const p = { at, zone: 'Asia/Hong_Kong', location: 'Room 2' };
    expect(checkinScheduledMail('en', p).text).toBe(
      'A check-in has been scheduled for 10 Jul 2026, 10:30 (Asia/Hong_Kong) at Room 2. The invite is attached.',
    );
    expect(checkinScheduledMail('zh-Hant', p).text).toMatch(
      /^已為你安排面談，時間為 2026年7月10日.*10:30（Asia\/Hong_Kong）/,
    );
  });
});
