import {
  isEvidenceKind,
  type Review,
  type ReviewComments,
  type ReviewRatingRule,
  type ReviewRatings,
  type ReviewScale,
  type ReviewSection,
  type ReviewStatus,
} from '@frontline/contract';
import { formatLocalDateTime, localDate } from '../../lib/calendar.js';
import { needsCjkFont, openPdf, pdfTable } from '../../lib/pdf-font.js';

export type ReviewPdfLang = 'en' | 'zh-Hant';

/**
 * Everything a review's PDF shows, already cut to what the reader may see (reviewVisibility): a
 * side the reader may not see yet is null.
 */
export interface ReviewPdfData {
  organisation: { nameEn: string; nameZh: string | null };
  person: {
    nameEn: string;
    nameZh: string | null;
    employeeNumber: string;
    unitEn: string;
    unitZh: string | null;
  };
  reviewerName: string | null;
  reviewerNameZh: string | null;
  cycle: { nameEn: string; nameZh: string; periodFrom: string; periodTo: string };
  template: {
    titleEn: string;
    titleZh: string;
    scale: ReviewScale;
    sections: ReviewSection[];
    ratingRule: ReviewRatingRule;
  };
  status: ReviewStatus;
  self: { ratings: ReviewRatings; comments: ReviewComments; submittedAt: string | null } | null;
  manager: {
    ratings: ReviewRatings;
    comments: ReviewComments;
    developmentPlan: string;
    overallRating: number | null;
    submittedAt: string | null;
  } | null;
  formula: number | null;
  meeting: { heldOn: string; notes: string } | null;
  managerSignedAt: string | null;
  personSignedAt: string | null;
  personComment: string | null;
  personDisagrees: boolean;
  /** The app clock's now (ISO). */
  generatedAt: string;
  /** The person's time zone: the dates and times are written there. */
  zone: string;
}

/** The PDF's data from the review as the reader sees it, and what the review view does not carry. */
export function reviewPdfData(
  r: Review,
  more: Pick<ReviewPdfData, 'organisation' | 'person' | 'generatedAt' | 'zone'>,
): ReviewPdfData {
  return {
    ...more,
    reviewerName: r.reviewerName,
    reviewerNameZh: r.reviewerNameZh,
    cycle: { nameEn: r.cycleNameEn, nameZh: r.cycleNameZh, periodFrom: r.periodFrom, periodTo: r.periodTo },
    template: {
      titleEn: r.template.titleEn,
      titleZh: r.template.titleZh,
      scale: r.template.scale,
      sections: r.template.sections,
      ratingRule: r.template.ratingRule,
    },
    status: r.status,
    self: r.self,
    manager: r.manager,
    formula: r.formula,
    meeting: r.meeting,
    managerSignedAt: r.managerSignedAt,
    personSignedAt: r.personSignedAt,
    personComment: r.personComment,
    personDisagrees: r.personDisagrees,
  };
}

/** The download's name: ASCII only (employee number, the person's and the cycle's English names). */
export function reviewFileName(d: ReviewPdfData): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const parts = [
    'review',
    slug(d.person.employeeNumber),
    slug(d.person.nameEn),
    slug(d.cycle.nameEn) || d.cycle.periodTo,
  ].filter(Boolean);
  return `${parts.join('-')}.pdf`;
}

const STRINGS = {
  en: {
    title: 'Performance review',
    person: 'Person',
    employeeNumber: 'Employee no.',
    unit: 'Unit',
    cycle: 'Cycle',
    period: 'Period',
    template: 'Template',
    status: 'Status',
    reviewer: 'Reviewer',
    noReviewer: 'No reviewer',
    statuses: {
      self_review: 'Self review',
      manager_review: 'Manager review',
      sign_off: 'Awaiting sign-off',
      signed: 'Signed',
    },
    item: 'Item',
    weight: 'Weight',
    selfRating: 'Self rating',
    managerRating: 'Manager rating',
    selfComment: 'Self review',
    managerComment: 'Manager',
    notRated: 'Not rated',
    notShared: 'Not shared yet',
    overall: 'Overall rating',
    formula: 'Weighted formula',
    rule: 'Rule',
    rules: {
      weighted: 'the weighted formula, rounded',
      judgement: "the manager's judgement, the weighted formula beside it",
    },
    developmentPlan: 'Development plan',
    meeting: 'Review meeting',
    heldOn: 'Held on',
    notes: 'Notes',
    notRecorded: 'Not recorded',
    signOff: 'Sign-off',
    signedByManager: 'Signed by the manager',
    signedByPerson: 'Signed by the person',
    notYet: 'not yet',
    personComment: "The person's comment",
    disagrees: 'The person disagrees with this review',
    yes: 'Yes',
    no: 'No',
    locked: 'Signed by both: this review is locked.',
    generated: 'Generated',
    none: 'None',
  },
  'zh-Hant': {
    title: '績效評核',
    person: '員工',
    employeeNumber: '員工編號',
    unit: '單位',
    cycle: '評核週期',
    period: '期間',
    template: '範本',
    status: '狀態',
    reviewer: '評核人',
    noReviewer: '沒有評核人',
    statuses: {
      self_review: '自我評核',
      manager_review: '主管評核',
      sign_off: '待簽署',
      signed: '已簽署',
    },
    item: '項目',
    weight: '比重',
    selfRating: '自我評分',
    managerRating: '主管評分',
    selfComment: '自我評核',
    managerComment: '主管',
    notRated: '未評分',
    notShared: '尚未公開',
    overall: '整體評分',
    formula: '加權公式結果',
    rule: '規則',
    rules: {
      weighted: '加權公式，四捨五入',
      judgement: '主管判斷，旁列加權公式結果',
    },
    developmentPlan: '發展計劃',
    meeting: '評核面談',
    heldOn: '面談日期',
    notes: '記錄',
    notRecorded: '未有記錄',
    signOff: '簽署',
    signedByManager: '主管簽署',
    signedByPerson: '員工簽署',
    notYet: '尚未',
    personComment: '員工的意見',
    disagrees: '員工不同意這份評核',
    yes: '是',
    no: '否',
    locked: '雙方已簽署：這份評核已鎖定。',
    generated: '產生日期',
    none: '沒有',
  },
} as const;

/** Whether the English version prints any character Helvetica (WinAnsi) lacks. */
function needsCjk(d: ReviewPdfData): boolean {
  const printed = JSON.stringify([
    d.organisation,
    [d.person.nameEn, d.person.nameZh, d.person.employeeNumber, d.person.unitEn],
    d.reviewerName,
    d.reviewerNameZh,
    d.cycle.nameEn,
    d.template.titleEn,
    d.template.scale.levels.map((l) => l.labelEn),
    d.template.sections.map((s) => [s.titleEn, (s.items ?? []).map((i) => i.titleEn)]),
    d.self?.comments,
    d.manager?.comments,
    d.manager?.developmentPlan,
    d.meeting,
    d.personComment,
  ]);
  return needsCjkFont(printed);
}

/** Renders the review as a PDF (A4); with no CJK font on the machine, Helvetica and English names only. */
export async function renderReviewPdf(
  d: ReviewPdfData,
  lang: ReviewPdfLang,
  opts: { compress?: boolean; fontPath?: string } = {},
): Promise<Buffer> {
  // The English version needs the CJK font for the Chinese name beside the English one, and any Chinese text.
  const {
    doc,
    lang: useLang,
    font,
    done,
  } = await openPdf({
    lang,
    needsCjk: needsCjk(d),
    title: `${STRINGS.en.title}: ${d.person.nameEn}, ${d.cycle.nameEn}`,
    subject: d.person.employeeNumber,
    ...opts,
  });
  const t = STRINGS[useLang];
  const zh = useLang === 'zh-Hant';
  const cjk = font === 'cjk';
  /** The text in the PDF's language (the English when there is no Chinese or no font for it). */
  const L = (en: string, zhText: string | null) => (zh && cjk && zhText ? zhText : en);
  /** A name in both scripts where present (the PDF's language first). */
  const both = (en: string, zhText: string | null) =>
    cjk && zhText && zhText !== en ? (zh ? `${zhText} ${en}` : `${en} ${zhText}`) : en;
  const when = (iso: string) => formatLocalDateTime(new Date(iso), d.zone, zh ? 'zh-Hant' : 'en');
  const level = (v: number | null | undefined) => {
    if (v === null || v === undefined) return t.notRated;
    const l = d.template.scale.levels.find((x) => x.value === v);
    return l ? `${L(l.labelEn, l.labelZh)} (${v})` : String(v);
  };

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font(font).fontSize(11).fillColor('#555555').text(both(d.organisation.nameEn, d.organisation.nameZh), {
    width,
  });
  doc.fillColor('#000000').fontSize(18).text(t.title, { width });
  doc.moveDown(0.3);
  doc.fontSize(10);
  const meta: [string, string][] = [
    [t.person, both(d.person.nameEn, d.person.nameZh)],
    [t.employeeNumber, d.person.employeeNumber],
    [t.unit, L(d.person.unitEn, d.person.unitZh)],
    [t.cycle, L(d.cycle.nameEn, d.cycle.nameZh)],
    [t.period, `${d.cycle.periodFrom} – ${d.cycle.periodTo}`],
    [t.template, L(d.template.titleEn, d.template.titleZh)],
    [t.status, t.statuses[d.status]],
    [t.reviewer, d.reviewerName ? both(d.reviewerName, d.reviewerNameZh) : t.noReviewer],
  ];
  for (const [k, v] of meta) doc.text(`${k}: ${v}`, { width });

  function heading(title: string) {
    doc.moveDown(0.8);
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.fontSize(13).fillColor('#000000').text(title, left, doc.y, { width });
    doc.moveDown(0.2);
    doc.fontSize(10);
  }
  /** A paragraph: `label: text`, or the text alone. */
  function para(label: string | null, text: string) {
    if (doc.y + 14 > bottom()) doc.addPage();
    doc.fillColor('#000000').text(label ? `${label}: ${text}` : text, left, doc.y, { width });
  }
  function table(headers: string[], widths: number[], rows: string[][]) {
    doc.fontSize(9);
    pdfTable(doc, { left, width }, headers, widths, rows, t.none);
    doc.fontSize(10);
  }
  const selfRating = (key: string) => (d.self ? level(d.self.ratings[key]) : t.notShared);
  const managerRating = (key: string) => (d.manager ? level(d.manager.ratings[key]) : t.notShared);
  function comments(key: string) {
    const s = d.self?.comments[key];
    const m = d.manager?.comments[key];
    if (s) para(t.selfComment, s);
    if (m) para(t.managerComment, m);
  }

  let planShown = false;
  for (const s of d.template.sections) {
    heading(L(s.titleEn, s.titleZh));
    if (s.weight > 0) para(t.weight, String(s.weight));
    if (isEvidenceKind(s.kind)) {
      para(t.selfRating, selfRating(s.key));
      para(t.managerRating, managerRating(s.key));
    } else if (s.kind === 'competencies') {
      table(
        [t.item, t.selfRating, t.managerRating],
        [3, 2, 2],
        (s.items ?? []).map((i) => [
          L(i.titleEn, i.titleZh),
          selfRating(`${s.key}.${i.key}`),
          managerRating(`${s.key}.${i.key}`),
        ]),
      );
    } else if (s.kind === 'development') {
      planShown = true;
      para(null, d.manager ? d.manager.developmentPlan || t.none : t.notShared);
    }
    if (s.kind === 'text' && !d.self?.comments[s.key] && !d.manager?.comments[s.key]) para(null, t.none);
    comments(s.key);
  }
  if (!planShown && d.manager?.developmentPlan) {
    heading(t.developmentPlan);
    para(null, d.manager.developmentPlan);
  }

  heading(t.overall);
  if (d.manager) {
    para(t.overall, level(d.manager.overallRating));
    para(t.formula, d.formula === null ? '—' : d.formula.toFixed(2));
  } else {
    para(t.overall, t.notShared);
  }
  para(t.rule, t.rules[d.template.ratingRule]);

  heading(t.meeting);
  if (d.meeting) {
    para(t.heldOn, d.meeting.heldOn);
    if (d.meeting.notes) para(t.notes, d.meeting.notes);
  } else {
    para(null, t.notRecorded);
  }

  heading(t.signOff);
  para(
    t.signedByManager,
    d.managerSignedAt
      ? `${d.reviewerName ? both(d.reviewerName, d.reviewerNameZh) : '—'}, ${when(d.managerSignedAt)}`
      : t.notYet,
  );
  para(
    t.signedByPerson,
    d.personSignedAt ? `${both(d.person.nameEn, d.person.nameZh)}, ${when(d.personSignedAt)}` : t.notYet,
  );
  if (d.personComment) para(t.personComment, d.personComment);
  para(t.disagrees, d.personDisagrees ? t.yes : t.no);
  if (d.status === 'signed') para(null, t.locked);

  doc.moveDown(1);
  doc
    .fontSize(8.5)
    .fillColor('#555555')
    .text(`${t.generated} ${localDate(new Date(d.generatedAt), d.zone)}`, left, doc.y, { width });
  doc.end();
  return done;
}
