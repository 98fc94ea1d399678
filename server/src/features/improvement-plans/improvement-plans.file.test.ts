import { describe, expect, it } from 'vitest';
import { renderCsv, renderPdf, type FileData } from '../people-file/people-file.render.js';

const data: FileData = {
  person: {
    nameEn: 'Mei Chan',
    nameZh: '陳美',
    employeeNumber: 'E1001',
    unitEn: 'Causeway Bay store',
    unitZh: '銅鑼灣店',
    roleEn: null,
    roleZh: null,
  },
  from: '2026-09-01',
  to: '2026-11-30',
  generatedAt: '2026-11-30T02:00:00.000Z',
  goals: [],
  indicators: [],
  feedback: [],
  checkins: [],
  coaching: [],
  sessions: [],
  training: [],
  improvementPlans: [
    {
      starts: '2026-10-01',
      ends: '2026-12-31',
      status: 'awaiting_sign_off',
      reason: 'CSAT below the standard',
      objectives: ['CSAT 85: back at the standard'],
      support: [{ kind: 'eap_referral', detail: 'Offered' }],
      reviews: [{ date: '2026-11-01', notes: 'Progress seen', verdicts: ['not_yet_clear'] }],
      outcomeNote: null,
    },
  ],
};

describe('the performance file lists improvement plans in both languages', () => {
  it('CSV: the plan and its review, with status, verdicts and support in the file’s language', () => {
    const en = renderCsv(data, 'en');
    expect(en).toContain('improvement_plan,2026-10-01,CSAT below the standard,Awaiting HR sign-off');
    expect(en).toContain('Referral to the employee-assistance service – Offered');
    expect(en).toContain('improvement_plan_review,2026-11-01,Progress seen,not yet clear');
    const zh = renderCsv(data, 'zh-Hant');
    expect(zh).toContain('待人力資源部簽核');
    expect(zh).toContain('轉介僱員支援服務');
    expect(zh).toContain('尚未明確');
  });

  it('PDF: a section with its title (both languages render)', async () => {
    const en = (await renderPdf(data, 'en', { compress: false, fontPath: '/nonexistent/font.ttc' })).toString(
      'latin1',
    );
    // Helvetica text is hex with kerning breaks: look for pieces of the title and of the plan.
    expect(en).toContain(Buffer.from('ement plans').toString('hex'));
    expect(en).toContain(Buffer.from('2026-10-01').toString('hex'));
    const zh = await renderPdf(data, 'zh-Hant', { compress: false });
    expect(zh.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
