import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/pdf-text.js';
import { SCALE, templateBody } from '../../../test/reviews.js';
import { renderReviewPdf, reviewFileName, type ReviewPdfData } from './reviews.render.js';

const t = templateBody('ANNUAL', 'judgement');

const data: ReviewPdfData = {
  organisation: { nameEn: 'Harbour Retail', nameZh: '海港零售' },
  person: {
    nameEn: 'Mei Chan',
    nameZh: '陳美',
    employeeNumber: 'E1001',
    unitEn: 'Causeway Bay store',
    unitZh: '銅鑼灣店',
  },
  reviewerName: 'Sam Wong',
  reviewerNameZh: '王心怡',
  cycle: {
    nameEn: 'First half 2026',
    nameZh: '2026 上半年',
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
  },
  template: {
    titleEn: t.titleEn,
    titleZh: t.titleZh,
    scale: SCALE,
    sections: t.sections,
    ratingRule: t.ratingRule,
  },
  status: 'signed',
  self: {
    ratings: { goals: 4, results: 4, 'behaviours.listening': 5, 'behaviours.ownership': 4 },
    comments: { goals: 'Met both goals.' },
    submittedAt: '2026-07-08T02:00:00.000Z',
  },
  manager: {
    ratings: { goals: 3, results: 2, 'behaviours.listening': 4, 'behaviours.ownership': 3 },
    comments: { results: 'CSAT 70 against 90: the main gap.' },
    developmentPlan: 'Call-handling course SS-103.',
    overallRating: 2,
    submittedAt: '2026-07-11T02:00:00.000Z',
  },
  formula: 2.75,
  meeting: { heldOn: '2026-07-12', notes: 'Agreed the plan.' },
  managerSignedAt: '2026-07-13T06:30:00.000Z',
  personSignedAt: '2026-07-13T03:15:00.000Z',
  personComment: 'The sample includes transferred calls.',
  personDisagrees: true,
  generatedAt: '2026-07-20T17:00:00.000Z', // 21 July in Hong Kong
  zone: 'Asia/Hong_Kong',
};

/** The text of the PDF as served (compressed), one text run per line. */
const textOf = async (d: ReviewPdfData, lang: 'en' | 'zh-Hant', fontPath?: string) => {
  const pdf = await renderReviewPdf(d, lang, fontPath ? { fontPath } : {});
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfText(pdf);
};

describe('renderReviewPdf', () => {
  it('English: the organisation, the person in both scripts, every section, ratings as labels, the plan, the meeting, the signatures', async () => {
    const text = await textOf(data, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Harbour Retail 海港零售');
    expect(lines[1]).toBe('Performance review');
    for (const l of [
      'Person: Mei Chan 陳美',
      'Employee no.: E1001',
      'Unit: Causeway Bay store',
      'Cycle: First half 2026',
      'Period: 2026-01-01 – 2026-06-30',
      'Template: Annual review',
      'Status: Signed',
      'Reviewer: Sam Wong 王心怡',
      // An evidence section: both ratings as the scale's label with the number, and the comments.
      'Goals',
      'Self rating: Exceeds (4)',
      'Manager rating: Meets (3)',
      'Self review: Met both goals.',
      'Results',
      'Manager rating: Below (2)',
      'Manager: CSAT 70 against 90: the main gap.',
      // Competencies: a table, item by item.
      'Behaviours',
      'Listening',
      'Far exceeds (5)',
      'Ownership',
      'Summary',
      'None',
      'Development plan',
      'Call-handling course SS-103.',
      'Overall rating: Below (2)',
      'Weighted formula: 2.75',
      "Rule: the manager's judgement, the weighted formula beside it",
      'Review meeting',
      'Held on: 2026-07-12',
      'Notes: Agreed the plan.',
      'Signed by the manager: Sam Wong 王心怡, 13 Jul 2026, 14:30',
      'Signed by the person: Mei Chan 陳美, 13 Jul 2026, 11:15',
      "The person's comment: The sample includes transferred calls.",
      'The person disagrees with this review: Yes',
      'Signed by both: this review is locked.',
      'Generated 2026-07-21',
    ]) {
      expect(lines, l).toContain(l);
    }
    // The table row: the item, then the self rating, then the manager's.
    const at = lines.indexOf('Listening');
    expect(lines.slice(at, at + 3)).toEqual(['Listening', 'Far exceeds (5)', 'Exceeds (4)']);
  });

  it('Traditional Chinese: the same review with the titles, labels and names in Chinese', async () => {
    const text = await textOf(data, 'zh-Hant');
    const lines = text.split('\n');
    expect(lines[0]).toBe('海港零售 Harbour Retail');
    expect(lines[1]).toBe('績效評核');
    for (const l of [
      '員工: 陳美 Mei Chan',
      '員工編號: E1001',
      '單位: 銅鑼灣店',
      '評核週期: 2026 上半年',
      '範本: 年度評核',
      '狀態: 已簽署',
      '目標',
      '自我評分: 超出期望 (4)',
      '主管評分: 符合期望 (3)',
      '成績',
      '主管評分: 低於期望 (2)',
      '行為',
      '聆聽',
      '遠超期望 (5)',
      '發展計劃',
      '整體評分: 低於期望 (2)',
      '加權公式結果: 2.75',
      '規則: 主管判斷，旁列加權公式結果',
      '面談日期: 2026-07-12',
      '員工不同意這份評核: 是',
      '雙方已簽署：這份評核已鎖定。',
      '產生日期 2026-07-21',
    ]) {
      expect(lines, l).toContain(l);
    }
    // 14:30 in Hong Kong, as zh-HK writes it (下午2:30).
    expect(text).toMatch(/主管簽署: 王心怡 Sam Wong, 2026年7月13日 \S*2:30/);
    expect(text).toMatch(/員工簽署: 陳美 Mei Chan, 2026年7月13日 \S*11:15/);
  });

  it('shows what the reader may not see yet as not shared, and the unrated as not rated', async () => {
    const draft: ReviewPdfData = {
      ...data,
      status: 'self_review',
      self: { ratings: { goals: 4 }, comments: {}, submittedAt: null },
      manager: null,
      formula: null,
      meeting: null,
      managerSignedAt: null,
      personSignedAt: null,
      personComment: null,
      personDisagrees: false,
    };
    const lines = (await textOf(draft, 'en')).split('\n');
    expect(lines).toContain('Status: Self review');
    expect(lines).toContain('Self rating: Exceeds (4)');
    expect(lines).toContain('Self rating: Not rated');
    expect(lines).toContain('Manager rating: Not shared yet');
    expect(lines).toContain('Overall rating: Not shared yet');
    expect(lines).toContain('Signed by the manager: not yet');
    expect(lines).toContain('The person disagrees with this review: No');
    expect(lines.join('\n')).not.toContain('CSAT 70');
    expect(lines.join('\n')).not.toContain('SS-103');
  });

  it('embeds the CJK font only when something needs it, and falls back to Helvetica and English without it', async () => {
    const plain: ReviewPdfData = {
      ...data,
      organisation: { nameEn: 'Harbour Retail', nameZh: null },
      person: { ...data.person, nameZh: null },
      reviewerNameZh: null,
    };
    const en = (await renderReviewPdf(plain, 'en', { compress: false })).toString('latin1');
    expect(en).not.toContain('NotoSansCJK');
    const zh = (await renderReviewPdf(data, 'zh-Hant', { compress: false })).toString('latin1');
    expect(zh).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKtc-Regular/);
    const fallback = await textOf(data, 'zh-Hant', '/nonexistent/font.ttc');
    expect(fallback.split('\n')).toContain('Person: Mei Chan');
    expect(fallback.split('\n')).toContain('Manager rating: Meets (3)');
  });

  it('names the download after the person and the cycle, in ASCII', () => {
    expect(reviewFileName(data)).toBe('review-e1001-mei-chan-first-half-2026.pdf');
    expect(reviewFileName({ ...data, cycle: { ...data.cycle, nameEn: '上半年' } })).toBe(
      'review-e1001-mei-chan-2026-06-30.pdf',
    );
  });
});
