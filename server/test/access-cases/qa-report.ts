import { json } from '../../src/db/json.js';
import type { Case, Ctx } from './types.js';

async function scorecard(c: Ctx): Promise<string> {
  const row = await c.t.database.db
    .insertInto('scorecard')
    .values({
      code: `MX-Q${c.seq()}`,
      kind: 'qa_interaction',
      titleEn: 'Matrix QA report scorecard',
      titleZh: '矩陣質素報告評分表',
      indicatorId: null,
      sections: json([
        {
          id: 's',
          titleEn: 'Service',
          titleZh: '服務',
          items: [
            {
              id: 'greet',
              textEn: 'Greets',
              textZh: '問候',
              type: 'yes_no_na' as const,
              weight: 1,
              critical: 'none' as const,
              naAllowed: true,
            },
          ],
        },
      ]),
      previousId: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const period = 'from=2026-11-01&to=2026-11-30';

/** Access-matrix cases for the team QA view (leaders and QA leads; staff 403). */
export const QA_REPORT_CASES: Record<string, Case> = {
  'GET /api/v1/qa-report': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/qa-report?scorecardId=${await scorecard(c)}&${period}` }),
  },
  'GET /api/v1/qa-report.csv': {
    ok: [200],
    build: async (c) => ({
      url: `/api/v1/qa-report.csv?scorecardId=${await scorecard(c)}&${period}&table=items`,
    }),
  },
  'GET /api/v1/qa-report.xlsx': {
    ok: [200],
    build: async (c) => ({ url: `/api/v1/qa-report.xlsx?scorecardId=${await scorecard(c)}&${period}` }),
  },
};
