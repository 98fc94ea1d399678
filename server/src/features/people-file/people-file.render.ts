import type { ImprovementPlanStatus, ObjectiveVerdict, SupportKind } from '@frontline/contract';
import { needsCjkFont, openPdf, pdfTable } from '../../lib/pdf-font.js';

export type FileLang = 'en' | 'zh-Hant';

/** Everything the performance file shows, already scoped and stripped of private notes. */
export interface FileData {
  person: {
    nameEn: string;
    nameZh: string | null;
    employeeNumber: string;
    unitEn: string;
    unitZh: string | null;
    roleEn: string | null;
    roleZh: string | null;
  };
  from: string;
  to: string;
  generatedAt: string;
  goals: { title: string; status: string; target: number | null; progress: number | null; period: string }[];
  indicators: {
    code?: string;
    unit?: string;
    decimals?: number;
    nameEn: string;
    nameZh: string | null;
    value: number | null;
    n: number;
    low: number | null;
    high: number | null;
    target: number | null;
    standing: string;
  }[];
  feedback: { date: string; kind: string; body: string; reply: string | null }[];
  checkins: { date: string; sharedNotes: string }[];
  coaching: { started: string; status: string; focus: string; goal: string; outcome: string | null }[];
  sessions: { date: string; focus: string; notes: string; nextSteps: string }[];
  /** Released official evaluations in the range (#12 item 7); absent in files made before. */
  evaluations?: {
    date: string;
    scorecard: string;
    scorecardZh: string | null;
    percent: number | null;
    criticalFailed: boolean;
    assessor: string;
    version: number;
  }[];
  /** Performance improvement plans that overlap the range (#13 item 4); absent in files made before. */
  improvementPlans?: {
    starts: string;
    ends: string;
    status: ImprovementPlanStatus;
    reason: string;
    objectives: string[];
    support: { kind: SupportKind; detail: string }[];
    reviews: { date: string; notes: string; verdicts: ObjectiveVerdict[] }[];
    outcomeNote: string | null;
  }[];
  /** Signed reviews whose cycle's period overlaps the range (#13); absent in files made before. */
  reviews?: {
    cycleEn: string;
    cycleZh: string;
    periodFrom: string;
    periodTo: string;
    overall: number | null;
    overallLabelEn: string | null;
    overallLabelZh: string | null;
    managerSigned: string | null;
    personSigned: string | null;
    personDisagrees: boolean;
  }[];
  training: {
    course: string;
    courseZh: string | null;
    status: string;
    due: string | null;
    completed: string | null;
    score: number | null;
  }[];
}

const STRINGS = {
  en: {
    title: 'Performance file',
    person: 'Person',
    employeeNumber: 'Employee no.',
    unit: 'Unit',
    role: 'Role',
    generated: 'Generated',
    range: 'Indicator range',
    goals: 'Goals',
    indicators: 'Indicators',
    feedback: 'Feedback',
    checkins: 'Check-ins held',
    coaching: 'Coaching plans',
    sessions: 'Coaching sessions',
    training: 'Training',
    evaluations: 'Evaluations',
    improvementPlans: 'Performance improvement plans',
    planStatus: {
      draft: 'Awaiting acknowledgement',
      active: 'Active',
      extended: 'Extended',
      awaiting_sign_off: 'Awaiting HR sign-off',
      completed: 'Completed',
      not_met: 'Not met',
    },
    verdict: { met: 'met', not_met: 'not met', not_yet_clear: 'not yet clear' },
    objectives: 'Objectives',
    support: 'Support',
    supportKind: {
      training: 'Training',
      coaching: 'Coaching sessions',
      mentor: 'A mentor',
      duty_change: 'A change of duty',
      schedule_change: 'A change of schedule',
      equipment: 'Equipment',
      eap_referral: 'Referral to the employee-assistance service',
    },
    review: 'Review',
    reviews: 'Performance reviews',
    reviewSigned: 'Signed',
    reviewDisagrees: 'Signed; the person disagrees',
    managerSigned: 'signed by the manager',
    personSigned: 'by the person',
    ends: 'Ends',
    outcome: 'Outcome',
    criticalFailed: 'critical item missed',
    assessor: 'assessor',
    none: 'None',
    cols: {
      section: 'section',
      date: 'date',
      item: 'item',
      status: 'status',
      value: 'value',
      target: 'target',
      detail: 'detail',
    },
  },
  'zh-Hant': {
    title: '績效檔案',
    person: '員工',
    employeeNumber: '員工編號',
    unit: '單位',
    role: '職位',
    generated: '產生日期',
    range: '指標期間',
    goals: '目標',
    indicators: '指標',
    feedback: '回饋',
    checkins: '已舉行的面談',
    coaching: '輔導計劃',
    sessions: '輔導會面',
    training: '培訓',
    evaluations: '評估',
    improvementPlans: '績效改善計劃',
    planStatus: {
      draft: '待確認',
      active: '進行中',
      extended: '已延長',
      awaiting_sign_off: '待人力資源部簽核',
      completed: '已完成',
      not_met: '未達標',
    },
    verdict: { met: '達標', not_met: '未達標', not_yet_clear: '尚未明確' },
    objectives: '目標',
    support: '支援',
    supportKind: {
      training: '培訓',
      coaching: '輔導會面',
      mentor: '導師',
      duty_change: '調整職務',
      schedule_change: '調整更表',
      equipment: '設備',
      eap_referral: '轉介僱員支援服務',
    },
    review: '檢討',
    reviews: '績效評核',
    reviewSigned: '已簽署',
    reviewDisagrees: '已簽署；員工不同意',
    managerSigned: '主管簽署',
    personSigned: '員工簽署',
    ends: '結束日期',
    outcome: '結果',
    criticalFailed: '關鍵項目未達',
    assessor: '評核員',
    none: '沒有',
    cols: {
      section: '部分',
      date: '日期',
      item: '項目',
      status: '狀態',
      value: '數值',
      target: '目標值',
      detail: '詳情',
    },
  },
} as const;

const fmt = (n: number | null, d = 1) => (n === null ? '' : Number.isInteger(n) ? String(n) : n.toFixed(d));

type Strings = (typeof STRINGS)[FileLang];

/** A plan's objectives, support, end date and outcome as text in the file's language. */
function planDetail(p: NonNullable<FileData['improvementPlans']>[number], t: Strings, sep: string): string {
  return [
    `${t.objectives}: ${p.objectives.join('; ')}`,
    p.support.length
      ? `${t.support}: ${p.support.map((x) => [t.supportKind[x.kind], x.detail].filter(Boolean).join(' – ')).join('; ')}`
      : null,
    `${t.ends}: ${p.ends}`,
    p.outcomeNote ? `${t.outcome}: ${p.outcomeNote}` : null,
  ]
    .filter(Boolean)
    .join(sep);
}

type FileReview = NonNullable<FileData['reviews']>[number];
/** A signed review's overall rating as the scale's label and the number, in the file's language. */
function reviewRating(r: FileReview, zh: boolean): string {
  if (r.overall === null) return '';
  const label = zh ? (r.overallLabelZh ?? r.overallLabelEn) : r.overallLabelEn;
  return label ? `${label} (${r.overall})` : String(r.overall);
}
/** When each side signed. */
function reviewSignatures(r: FileReview, t: Strings): string {
  return [
    r.managerSigned ? `${t.managerSigned} ${r.managerSigned}` : null,
    r.personSigned ? `${t.personSigned} ${r.personSigned}` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

// ---------- CSV ----------

/** A cell a spreadsheet will not run as a formula: text starting with = + - @ (or tab/CR) gets a leading '. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One long table with a `section` column (stable codes: person, goal, indicator, feedback,
 * checkin, coaching_plan, coaching_session, improvement_plan, improvement_plan_review, training,
 * evaluation, review) and the same seven columns for every row;
 * the header row is in the chosen language.
 */
export function renderCsv(d: FileData, lang: FileLang): string {
  const t = STRINGS[lang];
  const zh = lang === 'zh-Hant';
  const c = t.cols;
  const rows: (string | number | null)[][] = [
    [c.section, c.date, c.item, c.status, c.value, c.target, c.detail],
  ];
  const name = zh && d.person.nameZh ? `${d.person.nameZh} (${d.person.nameEn})` : d.person.nameEn;
  rows.push([
    'person',
    d.generatedAt.slice(0, 10),
    name,
    d.person.employeeNumber,
    null,
    null,
    [
      zh ? (d.person.unitZh ?? d.person.unitEn) : d.person.unitEn,
      zh ? (d.person.roleZh ?? d.person.roleEn) : d.person.roleEn,
    ]
      .filter(Boolean)
      .join(' / '),
  ]);
  for (const g of d.goals) rows.push(['goal', g.period, g.title, g.status, g.progress, g.target, null]);
  for (const i of d.indicators) {
    rows.push([
      'indicator',
      `${d.from}..${d.to}`,
      zh && i.nameZh ? i.nameZh : i.nameEn,
      i.standing,
      i.value === null ? null : Number(fmt(i.value, 2)),
      i.target,
      `n=${i.n}${i.low !== null && i.high !== null ? `; 95% ${fmt(i.low, 2)}–${fmt(i.high, 2)}` : ''}`,
    ]);
  }
  for (const f of d.feedback) rows.push(['feedback', f.date, f.body, f.kind, null, null, f.reply]);
  for (const k of d.checkins) rows.push(['checkin', k.date, k.sharedNotes, 'held', null, null, null]);
  for (const p of d.coaching) {
    rows.push([
      'coaching_plan',
      p.started,
      p.focus,
      p.status,
      null,
      null,
      [p.goal, p.outcome].filter(Boolean).join(' — '),
    ]);
  }
  for (const s of d.sessions) {
    rows.push([
      'coaching_session',
      s.date,
      s.focus,
      null,
      null,
      null,
      [s.notes, s.nextSteps].filter(Boolean).join(' — '),
    ]);
  }
  for (const p of d.improvementPlans ?? []) {
    rows.push([
      'improvement_plan',
      p.starts,
      p.reason,
      t.planStatus[p.status],
      null,
      null,
      planDetail(p, t, ' — '),
    ]);
    for (const r of p.reviews) {
      rows.push([
        'improvement_plan_review',
        r.date,
        r.notes,
        r.verdicts.map((v) => t.verdict[v]).join(', '),
        null,
        null,
        null,
      ]);
    }
  }
  for (const tr of d.training) {
    rows.push([
      'training',
      tr.completed ?? tr.due,
      zh && tr.courseZh ? tr.courseZh : tr.course,
      tr.status,
      tr.score,
      null,
      tr.due ? `due ${tr.due}` : null,
    ]);
  }
  for (const e of d.evaluations ?? []) {
    rows.push([
      'evaluation',
      e.date,
      zh && e.scorecardZh ? e.scorecardZh : e.scorecard,
      e.criticalFailed ? t.criticalFailed : null,
      e.percent === null ? null : Number(fmt(e.percent, 1)),
      null,
      `${t.assessor}: ${e.assessor}; v${e.version}`,
    ]);
  }
  for (const r of d.reviews ?? []) {
    rows.push([
      'review',
      `${r.periodFrom}..${r.periodTo}`,
      zh ? r.cycleZh : r.cycleEn,
      r.personDisagrees ? t.reviewDisagrees : t.reviewSigned,
      r.overall,
      null,
      [reviewRating(r, zh), reviewSignatures(r, t)].filter(Boolean).join('; '),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// ---------- PDF ----------

/** Whether the English version prints any character Helvetica (WinAnsi) lacks. */
function needsCjk(d: FileData): boolean {
  const printed = JSON.stringify({
    ...d,
    person: [d.person.nameEn, d.person.unitEn, d.person.roleEn],
    indicators: d.indicators.map((i) => i.nameEn),
    training: d.training.map((t) => t.course),
    evaluations: (d.evaluations ?? []).map((e) => [e.scorecard, e.assessor]),
    reviews: (d.reviews ?? []).map((r) => [r.cycleEn, r.overallLabelEn]),
  });
  return needsCjkFont(printed);
}

/** Renders the file as a PDF; with no CJK font on the machine, Helvetica and English names only. */
export async function renderPdf(
  d: FileData,
  lang: FileLang,
  opts: { compress?: boolean; fontPath?: string } = {},
): Promise<Buffer> {
  const {
    doc,
    lang: useLang,
    font,
    done,
  } = await openPdf({
    lang,
    needsCjk: needsCjk(d),
    title: `${STRINGS.en.title}: ${d.person.nameEn}`,
    subject: d.person.employeeNumber,
    ...opts,
  });
  const t = STRINGS[useLang];
  const zh = useLang === 'zh-Hant';
  const L = (en: string, zhText: string | null) => (zh && font === 'cjk' && zhText ? zhText : en);
  const name =
    zh && font === 'cjk' && d.person.nameZh ? `${d.person.nameZh} ${d.person.nameEn}` : d.person.nameEn;

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font(font).fontSize(18).text(t.title, { width });
  doc.moveDown(0.3);
  doc.fontSize(10);
  const meta: [string, string][] = [
    [t.person, name],
    [t.employeeNumber, d.person.employeeNumber],
    [t.unit, L(d.person.unitEn, d.person.unitZh)],
    [t.role, d.person.roleEn ? L(d.person.roleEn, d.person.roleZh) : '—'],
    [t.generated, d.generatedAt.slice(0, 10)],
    [t.range, `${d.from} – ${d.to}`],
  ];
  for (const [k, v] of meta) doc.text(`${k}: ${v}`, { width });

  function section(title: string, headers: string[], widths: number[], rows: string[][]) {
    doc.moveDown(0.8);
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.fontSize(13).text(title, left, doc.y, { width });
    doc.moveDown(0.2);
    doc.fontSize(8.5);
    pdfTable(doc, { left, width }, headers, widths, rows, t.none);
  }

  const c = t.cols;
  section(
    t.goals,
    [c.item, c.date, c.status, c.target, c.value],
    [4, 2.4, 1.4, 1, 1],
    d.goals.map((g) => [g.title, g.period, g.status, fmt(g.target), fmt(g.progress)]),
  );
  section(
    t.indicators,
    [c.item, c.value, 'n', '95%', c.target, c.status],
    [3, 1.2, 1, 2, 1.2, 1.4],
    d.indicators.map((i) => [
      L(i.nameEn, i.nameZh),
      fmt(i.value, 2),
      String(i.n),
      i.low !== null && i.high !== null ? `${fmt(i.low, 2)} – ${fmt(i.high, 2)}` : '',
      fmt(i.target),
      i.standing,
    ]),
  );
  section(
    t.feedback,
    [c.date, c.status, c.detail],
    [1.3, 1.2, 6],
    d.feedback.map((f) => [f.date, f.kind, f.reply ? `${f.body}\n> ${f.reply}` : f.body]),
  );
  section(
    t.checkins,
    [c.date, c.detail],
    [1.3, 7],
    d.checkins.map((k) => [k.date, k.sharedNotes]),
  );
  section(
    t.coaching,
    [c.date, c.item, c.status, c.detail],
    [1.3, 2.5, 1.2, 4],
    d.coaching.map((p) => [p.started, p.focus, p.status, [p.goal, p.outcome].filter(Boolean).join('\n')]),
  );
  section(
    t.sessions,
    [c.date, c.item, c.detail],
    [1.3, 2.5, 5],
    d.sessions.map((s) => [s.date, s.focus, [s.notes, s.nextSteps].filter(Boolean).join('\n')]),
  );
  section(
    t.training,
    [c.item, c.status, c.date, c.value],
    [4, 1.4, 1.6, 1],
    d.training.map((tr) => [
      L(tr.course, tr.courseZh),
      tr.status,
      tr.completed ?? tr.due ?? '',
      fmt(tr.score),
    ]),
  );
  section(
    t.evaluations,
    [c.date, c.item, c.value, c.status, c.detail],
    [1.3, 3, 1, 1.8, 2],
    (d.evaluations ?? []).map((e) => [
      e.date,
      L(e.scorecard, e.scorecardZh),
      e.percent === null ? '' : `${fmt(e.percent, 1)}%`,
      e.criticalFailed ? t.criticalFailed : '',
      `${e.assessor} (v${e.version})`,
    ]),
  );
  section(
    t.improvementPlans,
    [c.date, c.item, c.status, c.detail],
    [1.3, 2.5, 1.4, 3.8],
    (d.improvementPlans ?? []).map((p) => [
      `${p.starts} – ${p.ends}`,
      p.reason,
      t.planStatus[p.status],
      [
        planDetail(p, t, '\n'),
        ...p.reviews.map(
          (r) => `${t.review} ${r.date}: ${r.notes} (${r.verdicts.map((v) => t.verdict[v]).join(', ')})`,
        ),
      ].join('\n'),
    ]),
  );
  section(
    t.reviews,
    [c.date, c.item, c.value, c.status, c.detail],
    [2.2, 2.2, 1.6, 1.6, 2.4],
    (d.reviews ?? []).map((r) => [
      `${r.periodFrom} – ${r.periodTo}`,
      L(r.cycleEn, r.cycleZh),
      zh && font === 'cjk' ? reviewRating(r, true) : reviewRating(r, false),
      r.personDisagrees ? t.reviewDisagrees : t.reviewSigned,
      reviewSignatures(r, t),
    ]),
  );
  doc.end();
  return done;
}
