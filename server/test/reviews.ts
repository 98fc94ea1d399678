import type { CreateReviewTemplateBody, ReviewScale } from '@frontline/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import { json } from '../src/db/json.js';

/** A five-level scale, 3 = meets. */
export const SCALE: ReviewScale = {
  meets: 3,
  levels: [
    ['Well below', '遠低於期望'],
    ['Below', '低於期望'],
    ['Meets', '符合期望'],
    ['Exceeds', '超出期望'],
    ['Far exceeds', '遠超期望'],
  ].map(([en, zh], i) => ({
    value: i + 1,
    labelEn: en!,
    labelZh: zh!,
    descriptionEn: `${en} what the role asks.`,
    descriptionZh: `${zh}。`,
  })),
};

/** A template with evidence sections, rated competencies, free text and a development plan. */
export function templateBody(
  code = 'ANNUAL',
  ratingRule: 'weighted' | 'judgement' = 'weighted',
): CreateReviewTemplateBody {
  return {
    code,
    titleEn: 'Annual review',
    titleZh: '年度評核',
    scale: SCALE,
    ratingRule,
    sections: [
      { key: 'goals', kind: 'goals', titleEn: 'Goals', titleZh: '目標', weight: 30 },
      { key: 'results', kind: 'indicators', titleEn: 'Results', titleZh: '成績', weight: 40 },
      {
        key: 'behaviours',
        kind: 'competencies',
        titleEn: 'Behaviours',
        titleZh: '行為',
        weight: 30,
        items: [
          { key: 'listening', titleEn: 'Listening', titleZh: '聆聽', descriptionEn: '', descriptionZh: '' },
          { key: 'ownership', titleEn: 'Ownership', titleZh: '承擔', descriptionEn: '', descriptionZh: '' },
        ],
      },
      { key: 'summary', kind: 'text', titleEn: 'Summary', titleZh: '總結', weight: 0 },
      { key: 'plan', kind: 'development', titleEn: 'Development plan', titleZh: '發展計劃', weight: 0 },
    ],
  };
}

/** Every rated key of templateBody() at one level. */
export const allRated = (level: number) => ({
  goals: level,
  results: level,
  'behaviours.listening': level,
  'behaviours.ownership': level,
});

/** A template, a launched cycle and one review, straight into the tables (no access checks). */
export async function insertReview(
  db: Kysely<DB>,
  personId: string,
  opts: { status?: 'self_review' | 'manager_review' | 'sign_off' | 'signed'; code?: string } = {},
): Promise<{ reviewId: string; cycleId: string; templateId: string }> {
  const b = templateBody(opts.code ?? `T${Math.random().toString(36).slice(2, 10)}`);
  const t = await db
    .insertInto('reviewTemplate')
    .values({
      code: b.code,
      titleEn: b.titleEn,
      titleZh: b.titleZh,
      scale: json(b.scale),
      sections: json(b.sections),
      ratingRule: b.ratingRule,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const c = await db
    .insertInto('reviewCycle')
    .values({
      nameEn: 'Matrix cycle',
      nameZh: '矩陣週期',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      templateId: t.id,
      population: json({ orgUnitIds: [], jobRoleIds: [], hiredOnOrBefore: null }),
      selfDue: '2026-07-10',
      managerDue: '2026-07-20',
      calibrationDue: '2026-07-25',
      signOffDue: '2026-07-31',
      status: 'launched',
      launchedAt: new Date('2026-07-01T00:00:00Z'),
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const person = await db
    .selectFrom('person')
    .select('managerId')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const r = await db
    .insertInto('review')
    .values({
      cycleId: c.id,
      personId,
      reviewerPersonId: person.managerId,
      status: opts.status ?? 'self_review',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { reviewId: r.id, cycleId: c.id, templateId: t.id };
}
