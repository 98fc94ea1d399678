import type { QaExportQuery, QaReport, QaReportQuery, QaXlsxQuery } from '@frontline/contract';
import type { Actor } from '../../access/actor.js';
import { subtree } from '../../access/org-tree.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { qaReportRepository, type QaFilter } from './qa-report.repository.js';
import { missRate, qaFigure } from './qa-report.figures.js';
import { renderItemsCsv, renderSummaryCsv, type QaLang } from './qa-report.render.js';
import { renderQaWorkbook } from './qa-report.xlsx.js';

/**
 * The team QA view (#12 item 7), read-only: released official evaluations of one scorecard in a
 * period, for the caller's team (access.teamScope: their reports, or everyone) and, for an assessor,
 * the people of their assigned units — the same people the evaluations list shows them. Drafts and
 * calibration scores never count. Exports are reads of personal data: each one is audited.
 */
export function createQaReportService(deps: Pick<FeatureDeps, 'db' | 'access' | 'audit'>) {
  const { db, access, audit } = deps;
  const repo = qaReportRepository(db);

  async function filterOf(actor: Actor, q: QaReportQuery) {
    if (q.from > q.to) {
      throw Invalid('validation', 'The period must have from ≤ to.', [
        { path: '/from', message: 'after to' },
      ]);
    }
    const card = await repo.scorecard(q.scorecardId);
    if (!card) throw NotFound('scorecard.not_found');
    let unit: QaReport['unit'] = null;
    let unitIds: string[] | null = null;
    if (q.unitId) {
      const units = await repo.units();
      const u = units.find((x) => x.id === q.unitId);
      if (!u) throw NotFound('org_unit.not_found');
      unit = { id: u.id, nameEn: u.nameEn, nameZh: u.nameZh };
      unitIds = subtree(units, u.id);
    }
    const f: QaFilter = {
      scorecardId: card.id,
      from: q.from,
      to: q.to,
      scope: access.teamScope(actor),
      assessorPersonId: actor.permissions.has('assessments.score') ? actor.personId : null,
      unitIds,
    };
    return { card, unit, f };
  }

  async function report(actor: Actor, q: QaReportQuery): Promise<QaReport> {
    const { card, unit, f } = await filterOf(actor, q);
    const [{ team, people, assessors }, items] = await Promise.all([repo.groups(f), repo.items(f)]);
    const teamFigure = qaFigure(team);
    const text = new Map<string, { textEn: string; textZh: string; sectionEn: string; sectionZh: string }>();
    for (const s of card.sections) {
      for (const i of s.items) {
        text.set(`${s.id}/${i.id}`, {
          textEn: i.textEn,
          textZh: i.textZh,
          sectionEn: s.titleEn,
          sectionZh: s.titleZh,
        });
      }
    }
    return {
      scorecard: {
        id: card.id,
        code: card.code,
        version: card.version,
        titleEn: card.titleEn,
        titleZh: card.titleZh,
      },
      from: q.from,
      to: q.to,
      unit,
      team: teamFigure,
      people: people.map((p) => ({
        person: { id: p.personId, nameEn: p.nameEn, nameZh: p.nameZh },
        figure: qaFigure(p),
        criticalFailed: p.critical,
      })),
      items: items
        .filter((i) => i.applicable > 0)
        .map((i) => {
          const t = text.get(`${i.sectionId}/${i.itemId}`);
          return {
            itemId: i.itemId,
            sectionId: i.sectionId,
            textEn: t?.textEn ?? i.itemId,
            textZh: t?.textZh ?? i.itemId,
            sectionEn: t?.sectionEn ?? i.sectionId,
            sectionZh: t?.sectionZh ?? i.sectionId,
            applicable: i.applicable,
            missed: i.missed,
            ...missRate(i.missed, i.applicable),
          };
        })
        .sort(
          (a, b) =>
            (b.rate ?? 0) - (a.rate ?? 0) || b.applicable - a.applicable || a.itemId.localeCompare(b.itemId),
        ),
      assessors: assessors.map((a) => {
        const fig = qaFigure(a);
        return {
          assessor: { userId: a.userId, name: a.name },
          figure: fig,
          difference: fig.value !== null && teamFigure.value !== null ? fig.value - teamFigure.value : null,
        };
      }),
    };
  }

  return {
    report,

    async csv(actor: Actor, q: QaExportQuery): Promise<{ fileName: string; body: string }> {
      const lang: QaLang = q.lang ?? 'en';
      const table = q.table ?? 'summary';
      const r = await report(actor, q);
      let body: string;
      let rows: number;
      if (table === 'items') {
        const { f } = await filterOf(actor, q);
        const evals = await repo.evaluations(f);
        rows = evals.length;
        body = renderItemsCsv(r, evals, lang);
      } else {
        rows = r.people.length;
        body = renderSummaryCsv(r, lang);
      }
      await db.transaction().execute((trx) =>
        audit.record(trx, actor, {
          action: 'qa_report.exported',
          entityType: 'scorecard',
          entityId: r.scorecard.id,
          after: { format: 'csv', table, from: q.from, to: q.to, unitId: q.unitId ?? null, lang, rows },
        }),
      );
      return { fileName: `qa-${r.scorecard.code}-${q.from}-${q.to}-${table}.csv`, body };
    },

    /** The view as one workbook: sheets for the team, people, items (miss rates) and assessors. */
    async xlsx(actor: Actor, q: QaXlsxQuery): Promise<{ fileName: string; body: Buffer }> {
      const lang: QaLang = q.lang ?? 'en';
      const r = await report(actor, q);
      const body = await renderQaWorkbook(r, lang);
      await db.transaction().execute((trx) =>
        audit.record(trx, actor, {
          action: 'qa_report.exported',
          entityType: 'scorecard',
          entityId: r.scorecard.id,
          after: {
            format: 'xlsx',
            from: q.from,
            to: q.to,
            unitId: q.unitId ?? null,
            lang,
            rows: r.people.length,
          },
        }),
      );
      return { fileName: `qa-${r.scorecard.code}-${q.from}-${q.to}.xlsx`, body };
    },
  };
}
export type QaReportService = ReturnType<typeof createQaReportService>;
