import { describe, expect, it } from 'vitest';
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
