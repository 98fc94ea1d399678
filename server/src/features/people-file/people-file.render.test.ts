import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/pdf-text.js';
import { csvCell, renderCsv, renderPdf, type FileData } from './people-file.render.js';

const data: FileData = {
  person: {
    nameEn: 'Mei Chan',
    nameZh: '陳美',
    employeeNumber: 'E1001',
    unitEn: 'Causeway Bay store',
    unitZh: '銅鑼灣店',
    roleEn: 'Sales associate',
    roleZh: '銷售員',
  },
  from: '2026-09-01',
  to: '2026-11-30',
  generatedAt: '2026-11-30T02:00:00.000Z',
  goals: [
    { title: 'CSAT 92%', status: 'active', target: 92, progress: 90.5, period: '2026-11-01..2026-12-31' },
  ],
  indicators: [
    {
      nameEn: 'Customer satisfaction',
      nameZh: '顧客滿意度',
      value: 90.25,
      n: 80,
      low: 82.1,
      high: 95.3,
      target: 90,
      standing: 'unclear',
    },
  ],
  feedback: [{ date: '2026-11-20', kind: 'praise', body: '=HYPERLINK("http://evil")', reply: null }],
  checkins: [{ date: '2026-11-10', sharedNotes: 'Agreed to practise, the greeting' }],
  coaching: [],
  sessions: [],
  training: [
    {
      course: 'Returns policy',
      courseZh: '退貨政策',
      status: 'assigned',
      due: '2026-12-01',
      completed: null,
      score: null,
    },
  ],
  evaluations: [
    {
      date: '2026-11-12',
      scorecard: 'Call review',
      scorecardZh: '通話評審',
      percent: 0,
      criticalFailed: true,
      assessor: 'Queenie Lai',
      version: 2,
    },
  ],
  reviews: [
    {
      cycleEn: 'First half 2026',
      cycleZh: '2026 上半年',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      overall: 3,
      overallLabelEn: 'Meets',
      overallLabelZh: '符合期望',
      managerSigned: '2026-07-13',
      personSigned: '2026-07-14',
      personDisagrees: true,
    },
  ],
};

describe('csvCell', () => {
  it('neutralises formulas and quotes separators', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44')).toBe("'+44");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
  });
});

describe('renderCsv', () => {
  it('has every section, escapes formula cells, and translates the header', () => {
    const en = renderCsv(data, 'en');
    const lines = en
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('section,date,item,status,value,target,detail');
    for (const s of ['person', 'goal', 'indicator', 'feedback', 'checkin', 'training']) {
      expect(lines.some((l) => l.startsWith(`${s},`))).toBe(true);
    }
    expect(en).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(en).not.toMatch(/,=HYPERLINK/);
    expect(en).toContain('"Agreed to practise, the greeting"');
    const zh = renderCsv(data, 'zh-Hant');
    expect(zh).toContain('部分,日期,項目,狀態,數值,目標值,詳情');
    expect(zh).toContain('陳美 (Mei Chan)');
    expect(zh).toContain('顧客滿意度');
  });
  it('lists the evaluations with their score and critical fail, in either language', () => {
    const en = renderCsv(data, 'en');
    expect(en).toContain(
      'evaluation,2026-11-12,Call review,critical item missed,0,,assessor: Queenie Lai; v2',
    );
    const zh = renderCsv(data, 'zh-Hant');
    expect(zh).toContain('evaluation,2026-11-12,通話評審,關鍵項目未達,0,,評核員: Queenie Lai; v2');
  });
});

describe('signed reviews in the file', () => {
  it('CSV: a review row with the period, the cycle, the overall rating as label and number, the signatures', () => {
    expect(renderCsv(data, 'en')).toContain(
      'review,2026-01-01..2026-06-30,First half 2026,Signed; the person disagrees,3,,' +
        'Meets (3); signed by the manager 2026-07-13; by the person 2026-07-14',
    );
    expect(renderCsv(data, 'zh-Hant')).toContain(
      'review,2026-01-01..2026-06-30,2026 上半年,已簽署；員工不同意,3,,' +
        '符合期望 (3); 主管簽署 2026-07-13; 員工簽署 2026-07-14',
    );
    const agreed = { ...data, reviews: [{ ...data.reviews![0]!, personDisagrees: false }] };
    expect(renderCsv(agreed, 'en')).toContain('First half 2026,Signed,3,,');
  });
  it('PDF: a section of the reviews, in either language', async () => {
    const en = pdfText(await renderPdf(data, 'en')).split('\n');
    const at = en.indexOf('Performance reviews');
    expect(at).toBeGreaterThan(0);
    expect(en.slice(at)).toEqual(
      expect.arrayContaining(['2026-01-01 – 2026-06-30', 'First half 2026', 'Meets (3)']),
    );
    // A wrapped cell is several runs: join them as they were written.
    expect(en.slice(at).join('')).toContain('signed by the manager 2026-07-13; by the person 2026-07-14');
    const zh = pdfText(await renderPdf(data, 'zh-Hant')).split('\n');
    const zat = zh.indexOf('績效評核');
    expect(zat).toBeGreaterThan(0);
    expect(zh.slice(zat)).toEqual(expect.arrayContaining(['2026 上半年', '符合期望 (3)']));
    expect(zh.slice(zat).join('')).toContain('已簽署；員工不同意');
  });
  it('an English file with a review needs no CJK font (the Chinese cycle name is not printed)', async () => {
    const en = (await renderPdf({ ...data, training: [] }, 'en', { compress: false })).toString('latin1');
    expect(en).not.toContain('NotoSansCJK');
  });
});

describe('renderPdf', () => {
  it('is a PDF naming the person, in both languages', async () => {
    for (const lang of ['en', 'zh-Hant'] as const) {
      const pdf = await renderPdf(data, lang, { compress: false });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('Mei Chan');
    }
  });
  it('embeds the Noto CJK font for Traditional Chinese, and not for an all-English file', async () => {
    const zh = (await renderPdf(data, 'zh-Hant', { compress: false })).toString('latin1');
    expect(zh).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKtc-Regular/);
    const en = (await renderPdf({ ...data, training: [] }, 'en', { compress: false })).toString('latin1');
    expect(en).not.toContain('NotoSansCJK');
  });
  it('falls back to Helvetica when the CJK font is missing, without crashing', async () => {
    const pdf = await renderPdf(data, 'zh-Hant', { compress: false, fontPath: '/nonexistent/font.ttc' });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('/BaseFont /Helvetica');
    // Helvetica text is written as hex strings: the English name appears, encoded.
    expect(text).toContain(Buffer.from('Mei Chan').toString('hex'));
  });
});
