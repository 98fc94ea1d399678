import type { QaFigure, QaReport } from '@frontline/contract';
import writeExcelFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import type { QaLang } from './qa-report.render.js';

/** Sheet names, headers and labels of the workbook, in both languages (server-written text). */
const STRINGS = {
  en: {
    sheets: { team: 'Team', people: 'People', items: 'Items', assessors: 'Assessors' },
    team: [
      'scorecard',
      'version',
      'from',
      'to',
      'unit',
      'evaluations',
      'score %',
      'low %',
      'high %',
      'points earned',
      'points possible',
    ],
    people: [
      'person',
      'evaluations',
      'score %',
      'low %',
      'high %',
      'points earned',
      'points possible',
      'critical fails',
    ],
    items: ['section', 'item', 'applicable', 'missed', 'miss rate %', 'low %', 'high %'],
    assessors: [
      'assessor',
      'evaluations',
      'score %',
      'low %',
      'high %',
      'points earned',
      'points possible',
      'difference from team',
    ],
    everyone: 'Everyone in scope',
  },
  'zh-Hant': {
    sheets: { team: '團隊', people: '人員', items: '項目', assessors: '評核員' },
    team: ['評分表', '版本', '由', '至', '單位', '評估數', '分數 %', '下限 %', '上限 %', '得分', '可得分'],
    people: ['人員', '評估數', '分數 %', '下限 %', '上限 %', '得分', '可得分', '關鍵不合格'],
    items: ['部分', '項目', '適用', '未達', '未達率 %', '下限 %', '上限 %'],
    assessors: ['評核員', '評估數', '分數 %', '下限 %', '上限 %', '得分', '可得分', '與團隊差距'],
    everyone: '範圍內所有人',
  },
} as const;

const header = (names: readonly string[]): Row => names.map((value) => ({ value, fontWeight: 'bold' }));
/** A percentage as a number, shown with one decimal; empty when there is none. */
const pct = (v: number | null): Cell => (v === null ? null : { value: v, format: '0.0' });
const figure = (f: QaFigure): Cell[] => [f.n, pct(f.value), pct(f.low), pct(f.high), f.earned, f.possible];

/** The view's tables as one workbook (team, people, items, assessors), headers in `lang`. */
export function renderQaWorkbook(r: QaReport, lang: QaLang): Promise<Buffer> {
  const t = STRINGS[lang];
  const zh = lang === 'zh-Hant';
  const team: SheetData = [
    header(t.team),
    [
      zh ? r.scorecard.titleZh : r.scorecard.titleEn,
      r.scorecard.version,
      r.from,
      r.to,
      r.unit ? (zh ? (r.unit.nameZh ?? r.unit.nameEn) : r.unit.nameEn) : t.everyone,
      ...figure(r.team),
    ],
  ];
  const people: SheetData = [
    header(t.people),
    ...r.people.map((p): Row => [
      zh ? (p.person.nameZh ?? p.person.nameEn) : p.person.nameEn,
      ...figure(p.figure),
      p.criticalFailed,
    ]),
  ];
  const items: SheetData = [
    header(t.items),
    ...r.items.map((i): Row => [
      zh ? i.sectionZh : i.sectionEn,
      zh ? i.textZh : i.textEn,
      i.applicable,
      i.missed,
      pct(i.rate),
      pct(i.low),
      pct(i.high),
    ]),
  ];
  const assessors: SheetData = [
    header(t.assessors),
    ...r.assessors.map((a): Row => [a.assessor.name, ...figure(a.figure), pct(a.difference)]),
  ];
  const sheet = (name: string, data: SheetData, firstWidth: number) => ({
    sheet: name,
    data,
    stickyRowsCount: 1,
    columns: [{ width: firstWidth }],
  });
  return writeExcelFile([
    sheet(t.sheets.team, team, 30),
    sheet(t.sheets.people, people, 28),
    sheet(t.sheets.items, items, 24),
    sheet(t.sheets.assessors, assessors, 28),
  ]).toBuffer();
}
