import { Type, type Static } from 'typebox';
import { IsoDate, StringEnum, Uuid } from './common.contract.js';
import { endpoint, FileResponse } from './endpoint.js';

/**
 * Contract for the team QA view (#12 item 7): over the released, official evaluations of one scorecard
 * in a period, for the people the caller may see (their reports, their assigned units; everyone for
 * those who see everyone): each person's QA score as a ratio of sums (points earned ÷ points possible)
 * with n and a 95 % interval, the team total, the most-missed items (missed ÷ applicable, N/A left out)
 * and each assessor's n, score and difference from the team. Drafts and calibration never count.
 */

export const QaReportQuery = Type.Object(
  {
    scorecardId: Uuid,
    from: IsoDate,
    to: IsoDate,
    /** Only the people of this unit and its sub-units (within what the caller may see). */
    unitId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type QaReportQuery = Static<typeof QaReportQuery>;

const Num = Type.Union([Type.Number(), Type.Null()]);

/** A score in percent (earned ÷ possible × 100) with its 95 % interval and the evaluations behind it. */
export const QaFigure = Type.Object({
  value: Num,
  low: Num,
  high: Num,
  /** Evaluations. */
  n: Type.Integer(),
  earned: Type.Number(),
  possible: Type.Number(),
});
export type QaFigure = Static<typeof QaFigure>;

export const QaPersonRow = Type.Object({
  person: Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
  figure: QaFigure,
  /** Evaluations failed by a missed critical item. */
  criticalFailed: Type.Integer(),
});
export type QaPersonRow = Static<typeof QaPersonRow>;

export const QaItemRow = Type.Object({
  itemId: Type.String(),
  sectionId: Type.String(),
  textEn: Type.String(),
  textZh: Type.String(),
  sectionEn: Type.String(),
  sectionZh: Type.String(),
  /** Evaluations where the item counted (not N/A). */
  applicable: Type.Integer(),
  /** Of those, the ones where it did not earn its full points. */
  missed: Type.Integer(),
  /** missed ÷ applicable × 100, with its Wilson interval. */
  rate: Num,
  low: Num,
  high: Num,
});
export type QaItemRow = Static<typeof QaItemRow>;

export const QaAssessorRow = Type.Object({
  assessor: Type.Object({ userId: Uuid, name: Type.String() }),
  figure: QaFigure,
  /** The assessor's score minus the team's, in points of percent. */
  difference: Num,
});
export type QaAssessorRow = Static<typeof QaAssessorRow>;

export const QaReport = Type.Object({
  scorecard: Type.Object({
    id: Uuid,
    code: Type.String(),
    version: Type.Integer(),
    titleEn: Type.String(),
    titleZh: Type.String(),
  }),
  from: IsoDate,
  to: IsoDate,
  unit: Type.Union([
    Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  team: QaFigure,
  people: Type.Array(QaPersonRow),
  /** Every item that applied at least once, the most missed first. */
  items: Type.Array(QaItemRow),
  assessors: Type.Array(QaAssessorRow),
});
export type QaReport = Static<typeof QaReport>;

export const QaExportQuery = Type.Object(
  {
    ...QaReportQuery.properties,
    /** summary: the view's tables; items: one row per evaluation and item. */
    table: Type.Optional(StringEnum(['summary', 'items'] as const)),
    lang: Type.Optional(StringEnum(['en', 'zh-Hant'] as const)),
  },
  { additionalProperties: false },
);
export type QaExportQuery = Static<typeof QaExportQuery>;

export const QaReportCsv = FileResponse(
  'text/csv',
  'The team QA view or its evaluations (item level) as CSV',
  Type.String(),
);

/** The workbook takes the view's query and the language of its headers and labels. */
export const QaXlsxQuery = Type.Object(
  {
    ...QaReportQuery.properties,
    lang: Type.Optional(StringEnum(['en', 'zh-Hant'] as const)),
  },
  { additionalProperties: false },
);
export type QaXlsxQuery = Static<typeof QaXlsxQuery>;

export const QaReportXlsx = FileResponse(
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'The team QA view as an XLSX workbook: sheets for the team, people, items (miss rates) and assessors',
  Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }),
);

/** The team QA view: leaders and QA leads (assessments.score). */
export const qaReportEndpoints = {
  report: endpoint({
    method: 'GET',
    path: '/api/v1/qa-report',
    access: 'assessments.score',
    summary: 'The team QA view: scores with n and interval, most-missed items, per assessor',
    query: QaReportQuery,
    response: QaReport,
  }),
  csv: endpoint({
    method: 'GET',
    path: '/api/v1/qa-report.csv',
    access: 'assessments.score',
    summary: 'Download the team QA view or its evaluations (item level) as CSV',
    query: QaExportQuery,
    response: QaReportCsv,
  }),
  xlsx: endpoint({
    method: 'GET',
    path: '/api/v1/qa-report.xlsx',
    access: 'assessments.score',
    summary: 'Download the team QA view as an XLSX workbook (team, people, items, assessors)',
    query: QaXlsxQuery,
    response: QaReportXlsx,
  }),
};
