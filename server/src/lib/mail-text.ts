import { formatLocalDateTime } from './calendar.js';

/**
 * Every e-mail the server writes, in English and Traditional Chinese: one function per kind of
 * message, returning its subject and text in the reader's language (the `locale` of their user
 * account). Dates are written for the language (10 Jul 2026 / 2026年7月10日); names come as
 * {en, zh} and the Chinese name is used in Chinese when there is one. A link to the app, when the
 * app has a public address, ends the text.
 */
export type MailLang = 'en' | 'zh-Hant';

export interface MailText {
  subject: string;
  text: string;
}

/** A name in both languages (zh null: there is no Chinese one). */
export interface Named {
  en: string;
  zh: string | null;
}

/** The language of a user account's locale (anything unknown reads English). */
export const mailLang = (locale: string | null | undefined): MailLang =>
  locale === 'zh-Hant' ? 'zh-Hant' : 'en';

const nameIn = (n: Named, lang: MailLang) => (lang === 'zh-Hant' && n.zh ? n.zh : n.en);

/** A calendar date (YYYY-MM-DD) for people to read. */
export function formatMailDate(date: string, lang: MailLang): string {
  return new Intl.DateTimeFormat(lang === 'zh-Hant' ? 'zh-HK' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

const withLink = (text: string, link: string | null | undefined) => (link ? `${text}\n\n${link}` : text);
const days = (n: number, lang: MailLang) =>
  lang === 'zh-Hant' ? `${n} 天` : n === 1 ? '1 day' : `${n} days`;

// ——— check-ins, action items, training ———

/** To the leader: a check-in with someone is due today or overdue per their cadence. */
export function checkinDueMail(
  lang: MailLang,
  p: { person: Named; status: 'due' | 'overdue'; nextDueOn: string; link?: string | null },
): MailText {
  const name = nameIn(p.person, lang);
  const on = formatMailDate(p.nextDueOn, lang);
  if (lang === 'zh-Hant') {
    return p.status === 'due'
      ? { subject: `今天應與${name}面談`, text: withLink(`今天應與${name}進行面談。`, p.link) }
      : {
          subject: `與${name}的面談已逾期`,
          text: withLink(`與${name}的面談已逾期（原定 ${on}）。`, p.link),
        };
  }
  return p.status === 'due'
    ? {
        subject: `Check-in due today: ${name}`,
        text: withLink(`A check-in with ${name} is due today.`, p.link),
      }
    : {
        subject: `Check-in overdue: ${name}`,
        text: withLink(`A check-in with ${name} is overdue (due ${on}).`, p.link),
      };
}

/** To the person and the leader: a check-in within the next 24 hours. */
export function checkinUpcomingMail(
  lang: MailLang,
  p: { person: Named; at: Date; zone: string; location: string | null; link?: string | null },
): MailText {
  const name = nameIn(p.person, lang);
  const when = formatLocalDateTime(p.at, p.zone, lang);
  if (lang === 'zh-Hant') {
    return {
      subject: `24 小時內的面談：${name}`,
      text: withLink(
        `與${name}的面談時間為 ${when}（${p.zone}）${p.location ? `，地點：${p.location}` : ''}。`,
        p.link,
      ),
    };
  }
  return {
    subject: `Check-in within 24 hours: ${name}`,
    text: withLink(
      `The check-in with ${name} is at ${when} (${p.zone})${p.location ? `, ${p.location}` : ''}.`,
      p.link,
    ),
  };
}

/** To the person: a check-in was scheduled (the invite goes with it). */
export function checkinScheduledMail(
  lang: MailLang,
  p: { at: Date; zone: string; location: string | null },
): MailText {
  const when = formatLocalDateTime(p.at, p.zone, lang);
  if (lang === 'zh-Hant') {
    return {
      subject: '已為你安排面談',
      text: `已為你安排面談，時間為 ${when}（${p.zone}）${p.location ? `，地點：${p.location}` : ''}。邀請已附上。`,
    };
  }
  return {
    subject: 'Check-in scheduled',
    text: `A check-in has been scheduled for ${when} (${p.zone})${p.location ? ` at ${p.location}` : ''}. The invite is attached.`,
  };
}

/** To the person: a check-in was cancelled (the cancellation goes with it). */
export function checkinCancelledMail(lang: MailLang): MailText {
  return lang === 'zh-Hant'
    ? { subject: '已取消：面談', text: '面談已取消。' }
    : { subject: 'Cancelled: check-in', text: 'The check-in has been cancelled.' };
}

/** To the owner: an open action item is past its due date. */
export function actionItemOverdueMail(
  lang: MailLang,
  p: { title: string; person: Named; dueOn: string; link?: string | null },
): MailText {
  const name = nameIn(p.person, lang);
  const on = formatMailDate(p.dueOn, lang);
  if (lang === 'zh-Hant') {
    return {
      subject: `行動項目已逾期：${p.title}`,
      text: withLink(`行動項目「${p.title}」（${name}）原定於 ${on} 完成。`, p.link),
    };
  }
  return {
    subject: `Action item overdue: ${p.title}`,
    text: withLink(`The action item "${p.title}" (${name}) was due on ${on}.`, p.link),
  };
}

/** To the person and their manager: assigned training is past its due date. */
export function trainingOverdueMail(
  lang: MailLang,
  p: { course: Named; person: Named; dueOn: string; link?: string | null },
): MailText {
  const name = nameIn(p.person, lang);
  const course = nameIn(p.course, lang);
  const on = formatMailDate(p.dueOn, lang);
  if (lang === 'zh-Hant') {
    return {
      subject: `課程已逾期：${course}`,
      text: withLink(`${name}的課程「${course}」原定於 ${on} 完成。`, p.link),
    };
  }
  return {
    subject: `Training overdue: ${course}`,
    text: withLink(`The course "${course}" for ${name} was due on ${on}.`, p.link),
  };
}

/** To the assessor and their lead: an assessor certification ends soon. */
export function certificationExpiringMail(
  lang: MailLang,
  p: { assessor: string; title: Named; endsOn: string; link?: string | null },
): MailText {
  const title = nameIn(p.title, lang);
  const on = formatMailDate(p.endsOn, lang);
  if (lang === 'zh-Hant') {
    return {
      subject: `評核員認證將於 ${on} 屆滿：${p.assessor}`,
      text: withLink(
        `${p.assessor} 的「${title}」評核員認證將於 ${on} 屆滿。完成評核員課程及校準環節即可續期。`,
        p.link,
      ),
    };
  }
  return {
    subject: `Assessor certification ends ${on}: ${p.assessor}`,
    text: withLink(
      `The assessor certification of ${p.assessor} for "${title}" ends on ${on}. ` +
        'Complete the assessor course and a calibration session to renew it.',
      p.link,
    ),
  };
}

// ——— performance reviews ———

export type ReviewStage = 'self_review' | 'manager_review' | 'sign_off';
/**
 * Who a review reminder speaks to: the person writing their self review, the reviewer writing the
 * manager review, or one side that has not signed yet.
 */
export type ReviewAudience = 'self' | 'manager' | 'sign_person' | 'sign_reviewer';

const STAGE: Record<ReviewStage, Record<MailLang, string>> = {
  self_review: { en: 'self review', 'zh-Hant': '自我評核' },
  manager_review: { en: 'manager review', 'zh-Hant': '主管評核' },
  sign_off: { en: 'sign-off', 'zh-Hant': '簽署' },
};

interface ReviewMailParams {
  audience: ReviewAudience;
  cycle: Named;
  person: Named;
  /** The stage's due date. */
  dueOn: string;
  link?: string | null;
}

/** Before the due date (3 days before, and on the day): to whoever has the stage's work to do. */
export function reviewDueMail(lang: MailLang, p: ReviewMailParams & { daysLeft: number }): MailText {
  const cycle = nameIn(p.cycle, lang);
  const person = nameIn(p.person, lang);
  const on = formatMailDate(p.dueOn, lang);
  if (lang === 'zh-Hant') {
    const when = p.daysLeft <= 0 ? `今天（${on}）` : `${days(p.daysLeft, lang)}後（${on}）`;
    const m: Record<ReviewAudience, MailText> = {
      self: {
        subject: `你的「${cycle}」自我評核將於${when}到期`,
        text: `你的「${cycle}」自我評核將於${when}到期。請為每一項評分，然後提交給你的主管。`,
      },
      manager: {
        subject: `${person}的評核將於${when}到期（${cycle}）`,
        text: `你為${person}撰寫的「${cycle}」主管評核將於${when}到期。請為每一項評分，然後送交簽署。`,
      },
      sign_person: {
        subject: `你的「${cycle}」評核待你簽署，限期${when}`,
        text: `你的「${cycle}」評核已可閱讀及簽署，簽署限期為${when}。`,
      },
      sign_reviewer: {
        subject: `${person}的評核待你簽署，限期${when}`,
        text: `${person}的「${cycle}」評核待你簽署，簽署限期為${when}。`,
      },
    };
    return { ...m[p.audience], text: withLink(m[p.audience].text, p.link) };
  }
  const when = p.daysLeft <= 0 ? `today (${on})` : `in ${days(p.daysLeft, lang)} (${on})`;
  const m: Record<ReviewAudience, MailText> = {
    self: {
      subject: `Your self review for ${cycle} is due ${when}`,
      text: `Your self review for ${cycle} is due ${when}. Rate yourself on each item and hand it in to your manager.`,
    },
    manager: {
      subject: `Review of ${person} due ${when}: ${cycle}`,
      text: `Your review of ${person} for ${cycle} is due ${when}. Rate each item and send it for sign-off.`,
    },
    sign_person: {
      subject: `Your review for ${cycle} awaits your signature: due ${when}`,
      text: `Your review for ${cycle} is ready for you to read and sign; sign-off is due ${when}.`,
    },
    sign_reviewer: {
      subject: `The review of ${person} awaits your signature: due ${when}`,
      text: `The review of ${person} for ${cycle} awaits your signature; sign-off is due ${when}.`,
    },
  };
  return { ...m[p.audience], text: withLink(m[p.audience].text, p.link) };
}

/** Past the due date: to whoever has the stage's work to do (daily until it is done). */
export function reviewOverdueMail(lang: MailLang, p: ReviewMailParams & { daysLate: number }): MailText {
  const cycle = nameIn(p.cycle, lang);
  const person = nameIn(p.person, lang);
  const on = formatMailDate(p.dueOn, lang);
  const late = days(p.daysLate, lang);
  if (lang === 'zh-Hant') {
    const m: Record<ReviewAudience, MailText> = {
      self: {
        subject: `已逾期：你的「${cycle}」自我評核`,
        text: `你的「${cycle}」自我評核限期為 ${on}，已逾期 ${late}。請盡快提交給你的主管。`,
      },
      manager: {
        subject: `已逾期：${person}的評核（${cycle}）`,
        text: `你為${person}撰寫的「${cycle}」主管評核限期為 ${on}，已逾期 ${late}。請盡快完成並送交簽署。`,
      },
      sign_person: {
        subject: `已逾期：請簽署你的「${cycle}」評核`,
        text: `你的「${cycle}」評核簽署限期為 ${on}，已逾期 ${late}。請閱讀並簽署。`,
      },
      sign_reviewer: {
        subject: `已逾期：請簽署${person}的評核`,
        text: `${person}的「${cycle}」評核簽署限期為 ${on}，已逾期 ${late}。請簽署。`,
      },
    };
    return { ...m[p.audience], text: withLink(m[p.audience].text, p.link) };
  }
  const m: Record<ReviewAudience, MailText> = {
    self: {
      subject: `Overdue: your self review for ${cycle}`,
      text: `Your self review for ${cycle} was due on ${on} and is ${late} overdue. Please hand it in to your manager.`,
    },
    manager: {
      subject: `Overdue: review of ${person} (${cycle})`,
      text: `Your review of ${person} for ${cycle} was due on ${on} and is ${late} overdue. Please finish it and send it for sign-off.`,
    },
    sign_person: {
      subject: `Overdue: sign your review for ${cycle}`,
      text: `Your review for ${cycle} was to be signed by ${on} and is ${late} overdue. Please read and sign it.`,
    },
    sign_reviewer: {
      subject: `Overdue: sign the review of ${person}`,
      text: `The review of ${person} for ${cycle} was to be signed by ${on} and is ${late} overdue. Please sign it.`,
    },
  };
  return { ...m[p.audience], text: withLink(m[p.audience].text, p.link) };
}

/**
 * Past the due date, one level up: to the reviewer's own manager ('line'), or to HR when there is
 * no one above the reviewer or no reviewer at all ('hr').
 */
export function reviewEscalatedMail(
  lang: MailLang,
  p: {
    cycle: Named;
    person: Named;
    reviewer: Named | null;
    stage: ReviewStage;
    dueOn: string;
    daysLate: number;
    /** Whose work is outstanding. */
    waitingFor: Named[];
    reason: 'line' | 'hr';
    link?: string | null;
  },
): MailText {
  const cycle = nameIn(p.cycle, lang);
  const person = nameIn(p.person, lang);
  const on = formatMailDate(p.dueOn, lang);
  const late = days(p.daysLate, lang);
  const stage = STAGE[p.stage][lang];
  const waiting = p.waitingFor.map((n) => nameIn(n, lang));
  if (lang === 'zh-Hant') {
    const lines = [
      `${person}的「${cycle}」評核在「${stage}」階段已逾期 ${late}（限期 ${on}）。`,
      ...(waiting.length ? [`尚待：${waiting.join('、')}。`] : []),
      p.reviewer ? `評核人：${nameIn(p.reviewer, lang)}。` : '這份評核沒有評核人。',
      p.reason === 'line'
        ? '你收到這封郵件，因為你是評核人的上司。'
        : p.reviewer
          ? '你以人力資源身分收到這封郵件：評核人之上沒有可接收的上司。'
          : '你以人力資源身分收到這封郵件。',
    ];
    return { subject: `評核逾期：${person}（${cycle}）`, text: withLink(lines.join('\n'), p.link) };
  }
  const lines = [
    `${person}'s review for ${cycle} is ${late} overdue at the ${stage} stage (due ${on}).`,
    ...(waiting.length ? [`Waiting for: ${waiting.join(', ')}.`] : []),
    p.reviewer ? `Reviewer: ${nameIn(p.reviewer, lang)}.` : 'The review has no reviewer.',
    p.reason === 'line'
      ? "You receive this as the reviewer's manager."
      : p.reviewer
        ? 'You receive this as HR: no one above the reviewer can receive it.'
        : 'You receive this as HR.',
  ];
  return { subject: `Overdue review: ${person} (${cycle})`, text: withLink(lines.join('\n'), p.link) };
}
