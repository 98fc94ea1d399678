import type { QaReport } from '@frontline/contract';
import { csvCell } from '../people-file/people-file.render.js';

export type QaLang = 'en' | 'zh-Hant';

/** Column headers and labels, in both languages (server-written text). */
const STRINGS = {
  en: {
    summary: [
      'table',
      'name',
      'section',
      'n',
      'score %',
      'low %',
      'high %',
      'critical fails / missed',
      'applicable',
      'difference',
    ],
    tables: { team: 'team', person: 'person', item: 'item', assessor: 'assessor' },
    teamName: 'Team',
    items: [
      'evaluation',
      'date',
      'channel',
      'ticket',
      'employee number',
      'person',
      'assessor',
      'version',
      'evaluation score %',
      'critical fail',
      'section',
      'item',
      'answer',
      'earned',
      'possible',
      'N/A',
      'missed',
    ],
    yes: 'yes',
    no: 'no',
    na: 'N/A',
  },
  'zh-Hant': {
    summary: [
      '表',
      '名稱',
      '部分',
      '評估數',
      '分數 %',
      '下限 %',
      '上限 %',
      '關鍵不合格／未達',
      '適用',
      '差距',
    ],
    tables: { team: '團隊', person: '人員', item: '項目', assessor: '評核員' },
    teamName: '團隊',
    items: [
      '評估',
      '日期',
      '渠道',
      '工單',
      '員工編號',
      '人員',
      '評核員',
      '版本',
      '評估分數 %',
      '關鍵不合格',
      '部分',
      '項目',
      '答案',
      '得分',
      '可得分',
      '不適用',
      '未達',
    ],
    yes: '是',
    no: '否',
    na: '不適用',
  },
} as const;

const num = (n: number | null, d = 1) => (n === null ? null : Number(n.toFixed(d)));
const rowsToCsv = (rows: (string | number | null)[][]) =>
  `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** The view's tables as one CSV: a `table` column (team, person, item, assessor), headers in `lang`. */
export function renderSummaryCsv(r: QaReport, lang: QaLang): string {
  const t = STRINGS[lang];
  const zh = lang === 'zh-Hant';
  const rows: (string | number | null)[][] = [[...t.summary]];
  rows.push([
    t.tables.team,
    t.teamName,
    null,
    r.team.n,
    num(r.team.value),
    num(r.team.low),
    num(r.team.high),
    null,
    null,
    null,
  ]);
  for (const p of r.people) {
    const f = p.figure;
    rows.push([
      t.tables.person,
      zh ? (p.person.nameZh ?? p.person.nameEn) : p.person.nameEn,
      null,
      f.n,
      num(f.value),
      num(f.low),
      num(f.high),
      p.criticalFailed,
      null,
      null,
    ]);
  }
  for (const i of r.items) {
    rows.push([
      t.tables.item,
      zh ? i.textZh : i.textEn,
      zh ? i.sectionZh : i.sectionEn,
      i.applicable,
      num(i.rate),
      num(i.low),
      num(i.high),
      i.missed,
      i.applicable,
      null,
    ]);
  }
  for (const a of r.assessors) {
    const f = a.figure;
    rows.push([
      t.tables.assessor,
      a.assessor.name,
      null,
      f.n,
      num(f.value),
      num(f.low),
      num(f.high),
      null,
      null,
      num(a.difference),
    ]);
  }
  return rowsToCsv(rows);
}

interface EvalRow {
  id: string;
  occurredOn: string;
  channel: string;
  ticketKey: string | null;
  personNameEn: string;
  personNameZh: string | null;
  employeeNumber: string;
  assessorName: string;
  version: number;
  result: {
    percent: number | null;
    criticalFailed: boolean;
    sections: {
      sectionId: string;
      items: { itemId: string; value: unknown; earned: number; possible: number; na: boolean }[];
    }[];
  };
}

/** The evaluations at item level: one row per evaluation and item, headers in `lang`. */
export function renderItemsCsv(r: QaReport, evals: readonly EvalRow[], lang: QaLang): string {
  const t = STRINGS[lang];
  const zh = lang === 'zh-Hant';
  const text = new Map(r.items.map((i) => [`${i.sectionId}/${i.itemId}`, i]));
  const answer = (v: unknown) =>
    v === 'yes'
      ? t.yes
      : v === 'no'
        ? t.no
        : v === 'na'
          ? t.na
          : v === null || v === undefined
            ? null
            : String(v);
  const rows: (string | number | null)[][] = [[...t.items]];
  for (const e of evals) {
    for (const s of e.result.sections) {
      for (const i of s.items) {
        const x = text.get(`${s.sectionId}/${i.itemId}`);
        rows.push([
          e.id,
          e.occurredOn,
          e.channel,
          e.ticketKey,
          e.employeeNumber,
          zh ? (e.personNameZh ?? e.personNameEn) : e.personNameEn,
          e.assessorName,
          e.version,
          num(e.result.percent),
          e.result.criticalFailed ? t.yes : t.no,
          x ? (zh ? x.sectionZh : x.sectionEn) : s.sectionId,
          x ? (zh ? x.textZh : x.textEn) : i.itemId,
          answer(i.value),
          i.earned,
          i.possible,
          i.na ? t.yes : t.no,
          !i.na && i.possible > 0 && i.earned < i.possible ? t.yes : t.no,
        ]);
      }
    }
  }
  return rowsToCsv(rows);
}
