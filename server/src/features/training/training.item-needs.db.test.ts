import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Course, Scorecard, ScorecardContent, TrainingNeeds } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

const SECTIONS: ScorecardContent = [
  {
    id: 'open',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [
      {
        id: 'greet',
        textEn: 'Greets the customer',
        textZh: '問候顧客',
        type: 'yes_no_na',
        weight: 1,
        critical: 'none',
        naAllowed: true,
      },
      {
        id: 'explain',
        textEn: 'Explains clearly',
        textZh: '解釋清楚',
        type: 'scale_1_5',
        weight: 4,
        levels: [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}`, zh: `第${n}級` })),
        critical: 'none',
        naAllowed: false,
      },
    ],
  },
];

describe('training needs from scorecard items (released official evaluations, hand-computed)', () => {
  // 2026-11-10 10:00 in Hong Kong
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let hr: Client;
  let sup: Client;
  let card: Scorecard;
  let course: Course;

  /** One evaluation by the supervisor, released unless `draft`. */
  async function evaluate(personId: string, greet: string, explain: number, day: string, draft = false) {
    const res = await sup.request('POST', '/api/v1/evaluations', {
      scorecardId: card.id,
      personId,
      channel: 'call',
      occurredOn: day,
      answers: [
        { itemId: 'greet', value: greet },
        { itemId: 'explain', value: explain },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    if (draft) return;
    const id = res.json().id as string;
    expect((await sup.request('POST', `/api/v1/evaluations/${id}/submit`)).statusCode).toBe(200);
    expect((await sup.request('POST', `/api/v1/evaluations/${id}/release`)).statusCode).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    const ind = await installIndicators(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    const res = await admin.request('POST', '/api/v1/scorecards', {
      code: 'QA-NEEDS',
      kind: 'qa_interaction',
      titleEn: 'Call review',
      titleZh: '通話評審',
      sections: SECTIONS,
    });
    expect(res.statusCode, res.body).toBe(201);
    card = res.json();
    const c = await hr.request('POST', '/api/v1/courses', {
      code: 'QA-GREET',
      titleEn: 'Opening a call well',
      titleZh: '做好通話開場',
      category: 'service_skills',
      indicatorIds: [ind('QA_SCORE')],
    });
    expect(c.statusCode, c.body).toBe(201);
    course = c.json();
    const { staffA1, staffA2 } = org.people;
    // staffA1: greet missed 4 times of 5; explain at levels 4, 4, 3, 2, 4 (1 missed of 5).
    const a1: [string, number][] = [
      ['no', 4],
      ['no', 4],
      ['no', 3],
      ['no', 2],
      ['yes', 4],
    ];
    for (const [i, [greet, explain]] of a1.entries()) {
      await evaluate(staffA1.id, greet, explain, `2026-11-0${i + 1}`);
    }
    // staffA2: greets every time (10 of 10), explains at 4 each time.
    for (let i = 0; i < 10; i++) {
      await evaluate(staffA2.id, 'yes', 4, `2026-11-${String(i + 1).padStart(2, '0')}`);
    }
    // A draft is not evidence: 5 more misses of staffA2 that must not count.
    for (let i = 0; i < 5; i++) await evaluate(staffA2.id, 'no', 1, '2026-11-09', true);
    // Outside the range asked below.
    await evaluate(staffA2.id, 'no', 1, '2026-09-01');
  });
  afterAll(() => t.close());

  it('lists the item a person keeps missing, with n, the rate, its interval and the team’s rate', async () => {
    const res = await sup.request('GET', '/api/v1/training/needs?from=2026-10-14&to=2026-11-10');
    expect(res.statusCode, res.body).toBe(200);
    const needs = res.json() as TrainingNeeds;
    expect(needs.sources).toEqual(['indicators', 'assessments']);
    // greet: team = 4 missed of 15 answered = 26.67 %. staffA1: 4 of 5 = 80 %, Wilson 95 % [37.55, 96.38]:
    // the lower bound is above the team's rate, so it is a need.
    // explain: team = 1 of 15 (6.67 %); staffA1 1 of 5 = 20 %, Wilson low 3.62 % ≤ 6.67 %: not a need.
    expect(needs.itemNeeds).toHaveLength(1);
    const [need] = needs.itemNeeds;
    expect(need).toMatchObject({
      person: { id: org.people.staffA1.id },
      scorecard: { id: card.id, code: 'QA-NEEDS' },
      item: { sectionId: 'open', itemId: 'greet', textEn: 'Greets the customer', textZh: '問候顧客' },
      indicator: { code: 'QA_SCORE' },
      answered: 5,
      missed: 4,
      rate: 80,
      team: { answered: 15, missed: 4 },
    });
    expect(need!.low).toBeCloseTo(37.553, 2);
    expect(need!.high).toBeCloseTo(96.378, 2);
    expect(need!.team.rate).toBeCloseTo(26.667, 2);
    expect(need!.courses.map((c) => c.id)).toEqual([course.id]);
  });

  it('drops the course once it is assigned, and the need stays', async () => {
    const res = await sup.request('POST', '/api/v1/training/assignments', {
      courseId: course.id,
      personId: org.people.staffA1.id,
      dueOn: '2026-11-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const needs = (
      await sup.request('GET', '/api/v1/training/needs?from=2026-10-14&to=2026-11-10')
    ).json() as TrainingNeeds;
    expect(needs.itemNeeds).toHaveLength(1);
    expect(needs.itemNeeds[0]!.courses).toEqual([]);
  });

  it('reads nothing outside the caller’s team', async () => {
    const other = await loginClient(t.app, org.people.supX.email, PASSWORD);
    const needs = (
      await other.request('GET', '/api/v1/training/needs?from=2026-10-14&to=2026-11-10')
    ).json() as TrainingNeeds;
    expect(needs.itemNeeds).toEqual([]);
    expect(needs.sources).toEqual(['indicators']);
  });
});
