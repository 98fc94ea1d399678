import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, QaReport, ScorecardContent } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';
import { scoreEvaluation } from '../assessments/assessments.score.js';
import { json } from '../../db/json.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { readXlsxRecords } from '../imports/sources/xlsx.js';

/** The parts of a ZIP package as text, by name. */
function zipParts(buf: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const parts = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}`, zh: `第${n}級` }));
const SECTIONS: ScorecardContent = [
  {
    id: 'open',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [
      {
        id: 'greet',
        textEn: 'Greets',
        textZh: '問候',
        type: 'yes_no_na',
        weight: 2,
        critical: 'none',
        naAllowed: true,
      },
      {
        id: 'verify',
        textEn: 'Verifies identity',
        textZh: '核實身份',
        type: 'yes_no_na',
        weight: 1,
        critical: 'evaluation',
        naAllowed: false,
      },
    ],
  },
  {
    id: 'resolve',
    titleEn: 'Resolution',
    titleZh: '解決',
    items: [
      {
        id: 'explain',
        textEn: 'Explains clearly',
        textZh: '解釋清楚',
        type: 'scale_1_5',
        weight: 4,
        levels: LEVELS,
        critical: 'none',
        naAllowed: false,
      },
    ],
  },
];

const answers = (greet: 'yes' | 'no' | 'na', verify: 'yes' | 'no', explain: number): Answer[] => [
  { itemId: 'greet', value: greet },
  { itemId: 'verify', value: verify },
  { itemId: 'explain', value: explain },
];

describe('team QA view: ratio of sums, n, interval, miss rates, assessors, export, access', () => {
  const clock = fixedClock(new Date('2026-11-20T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let sup: Client;
  let supB: Client;
  let staff: Client;
  let manager: Client;
  let assessor: Client;
  let cardId: string;
  const period = 'from=2026-11-01&to=2026-11-30';
  const url = (extra = '') => `/api/v1/qa-report?scorecardId=${cardId}&${period}${extra}`;

  async function evaluation(
    personId: string,
    assessorUserId: string,
    a: Answer[],
    opts: { status?: 'draft' | 'released'; purpose?: 'official' | 'calibration'; on?: string } = {},
  ) {
    const result = scoreEvaluation(SECTIONS, a);
    await t.database.db
      .insertInto('evaluation')
      .values({
        scorecardId: cardId,
        personId,
        assessorUserId,
        status: opts.status ?? 'released',
        purpose: opts.purpose ?? 'official',
        channel: 'call',
        occurredOn: opts.on ?? '2026-11-10',
        answers: json(a),
        result: json(result),
        percent: result.percent,
        releasedAt: opts.status === 'draft' ? null : new Date('2026-11-11T00:00:00Z'),
      })
      .execute();
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    supB = await loginClient(t.app, org.people.supB.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    assessor = await loginClient(t.app, org.people.assessorA.email, PASSWORD);
    const res = await admin.request('POST', '/api/v1/scorecards', {
      code: 'QA-CALL',
      kind: 'qa_interaction',
      titleEn: 'Call review',
      titleZh: '通話評審',
      sections: SECTIONS,
    });
    expect(res.statusCode).toBe(201);
    cardId = res.json().id;
    const p = org.people;
    // staffA1: 7/7 (supA); 3/5 with greet N/A (assessorA); 0/7, verify missed: critical fail (supA)
    await evaluation(p.staffA1.id, p.supA.userId!, answers('yes', 'yes', 5));
    await evaluation(p.staffA1.id, p.assessorA.userId!, answers('na', 'yes', 3));
    await evaluation(p.staffA1.id, p.supA.userId!, answers('yes', 'no', 4));
    // staffA2: 5/7 (supA)
    await evaluation(p.staffA2.id, p.supA.userId!, answers('no', 'yes', 5));
    // never counted: a draft, a calibration score, one outside the period
    await evaluation(p.staffA2.id, p.supA.userId!, answers('no', 'no', 1), { status: 'draft' });
    await evaluation(p.staffA1.id, p.supA.userId!, answers('no', 'no', 1), { purpose: 'calibration' });
    await evaluation(p.staffA1.id, p.supA.userId!, answers('no', 'no', 1), { on: '2026-10-31' });
    // another team: staffB1 10/10 … 7/7 (supB)
    await evaluation(p.staffB1.id, p.supB.userId!, answers('yes', 'yes', 5));
  });
  afterAll(() => t.close());

  it('gives each person and the team the ratio of sums with n and its interval', async () => {
    const res = await sup.request('GET', url());
    expect(res.statusCode).toBe(200);
    const r: QaReport = res.json();
    // team: (7 + 3 + 0 + 5) / (7 + 5 + 7 + 7) = 15/26
    expect(r.team.n).toBe(4);
    expect(r.team.earned).toBe(15);
    expect(r.team.possible).toBe(26);
    expect(r.team.value).toBeCloseTo((15 / 26) * 100, 9);
    // sq = 49/7 + 9/5 + 0 + 25/7 = 12.371429; s² = (sq − 15²/26)/3 = 1.239194; se = √(s²/26) = 0.218315;
    // t(0.975; 3) = 3.182446: ±69.48 points around 57.69, kept within 0–100
    expect(r.team.low).toBe(0);
    expect(r.team.high).toBe(100);
    const a1 = r.people.find((x) => x.person.id === org.people.staffA1.id)!;
    expect(a1.figure).toMatchObject({ n: 3, earned: 10, possible: 19 });
    expect(a1.figure.value).toBeCloseTo((10 / 19) * 100, 9);
    expect(a1.criticalFailed).toBe(1);
    const a2 = r.people.find((x) => x.person.id === org.people.staffA2.id)!;
    expect(a2.figure).toMatchObject({ n: 1, earned: 5, possible: 7, low: null, high: null });
    expect(r.people.map((x) => x.person.id)).not.toContain(org.people.staffB1.id);
  });

  it('ranks the most-missed items by missed ÷ applicable, N/A left out', async () => {
    const r: QaReport = (await sup.request('GET', url())).json();
    expect(r.items.map((i) => [i.itemId, i.missed, i.applicable])).toEqual([
      ['explain', 2, 4],
      ['greet', 1, 3],
      ['verify', 1, 4],
    ]);
    expect(r.items[0]!.rate).toBe(50);
    expect(r.items[1]!.rate).toBeCloseTo(100 / 3, 9);
    // Wilson 95 % of 1/4: [4.56 %, 69.94 %]
    expect(r.items[2]!.low).toBeCloseTo(4.56, 1);
    expect(r.items[2]!.high).toBeCloseTo(69.94, 1);
    expect(r.items[0]).toMatchObject({ textEn: 'Explains clearly', sectionZh: '解決' });
  });

  it('gives each assessor n, score and the difference from the team', async () => {
    const r: QaReport = (await sup.request('GET', url())).json();
    const supA = r.assessors.find((a) => a.assessor.userId === org.people.supA.userId)!;
    const ass = r.assessors.find((a) => a.assessor.userId === org.people.assessorA.userId)!;
    expect(supA.figure).toMatchObject({ n: 3, earned: 12, possible: 21 });
    expect(supA.difference).toBeCloseTo((12 / 21) * 100 - (15 / 26) * 100, 9);
    expect(ass.figure).toMatchObject({ n: 1, earned: 3, possible: 5, value: 60 });
    expect(ass.difference).toBeCloseTo(60 - (15 / 26) * 100, 9);
  });

  it('is scoped like the dashboards: staff have no access, leaders their reports, assessors their units', async () => {
    expect((await staff.request('GET', url())).statusCode).toBe(403);
    const m: QaReport = (await manager.request('GET', url())).json();
    expect(m.team).toMatchObject({ n: 5, earned: 22, possible: 33 });
    const b: QaReport = (await supB.request('GET', url())).json();
    expect(b.people.map((p) => p.person.id)).toEqual([org.people.staffB1.id]);
    // an assessor without assigned units sees nobody; with teamA, its people
    expect(((await assessor.request('GET', url())).json() as QaReport).team.n).toBe(0);
    await t.database.db
      .insertInto('assessorUnit')
      .values({ assessorPersonId: org.people.assessorA.id, orgUnitId: org.units.teamA.id })
      .execute();
    expect(((await assessor.request('GET', url())).json() as QaReport).team.n).toBe(4);
    await t.database.db.deleteFrom('assessorUnit').execute();
    // a unit narrows within the scope
    const u: QaReport = (await manager.request('GET', url(`&unitId=${org.units.teamB.id}`))).json();
    expect(u.team.n).toBe(1);
    expect(u.unit?.id).toBe(org.units.teamB.id);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const r1 = await sup.request(
      'GET',
      `/api/v1/qa-report?scorecardId=${cardId}&from=2026-11-30&to=2026-11-01`,
    );
    expect(r1.statusCode).toBe(400);
    const r2 = await sup.request(
      'GET',
      `/api/v1/qa-report?scorecardId=00000000-0000-4000-8000-000000000000&${period}`,
    );
    expect(r2.statusCode).toBe(404);
    expect(r2.json().code).toBe('scorecard.not_found');
    const r3 = await sup.request('GET', url('&unitId=00000000-0000-4000-8000-000000000000'));
    expect(r3.statusCode).toBe(404);
    expect((await sup.request('GET', `/api/v1/qa-report?${period}`)).statusCode).toBe(400);
  });

  it('exports the view and the evaluations at item level as CSV in either language, audited', async () => {
    const before = await t.database.db
      .selectFrom('auditEvent')
      .select('id')
      .where('action', '=', 'qa_report.exported')
      .execute();
    const en = await sup.request('GET', `/api/v1/qa-report.csv?scorecardId=${cardId}&${period}`);
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toContain('text/csv');
    const lines = en.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'table,name,section,n,score %,low %,high %,critical fails / missed,applicable,difference',
    );
    expect(lines[1]).toBe('team,Team,,4,57.7,0,100,,,');
    expect(lines).toContain('item,Explains clearly,Resolution,4,50,15,85,2,4,');
    const zh = await sup.request(
      'GET',
      `/api/v1/qa-report.csv?scorecardId=${cardId}&${period}&table=items&lang=zh-Hant`,
    );
    const zl = zh.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(zl[0]!.startsWith('評估,日期,渠道')).toBe(true);
    expect(zl).toHaveLength(1 + 4 * 3);
    expect(zl.filter((l) => l.includes(',解釋清楚,3,2,4,否,是'))).toHaveLength(1);
    const after = await t.database.db
      .selectFrom('auditEvent')
      .select(['id', 'actorUserId'])
      .where('action', '=', 'qa_report.exported')
      .execute();
    expect(after.length - before.length).toBe(2);
    expect(
      (await staff.request('GET', `/api/v1/qa-report.csv?scorecardId=${cardId}&${period}`)).statusCode,
    ).toBe(403);
  });

  it('exports the view as an XLSX workbook whose figures, read back, are the JSON report’s, audited', async () => {
    const r: QaReport = (await sup.request('GET', url())).json();
    const before = await t.database.db
      .selectFrom('auditEvent')
      .select('id')
      .where('action', '=', 'qa_report.exported')
      .execute();
    const res = await sup.request('GET', `/api/v1/qa-report.xlsx?scorecardId=${cardId}&${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="qa-QA-CALL-2026-11-01-2026-11-30.xlsx"',
    );
    const buf = res.rawPayload;
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
    const dir = await mkdtemp(join(tmpdir(), 'qa-xlsx-'));
    try {
      const file = join(dir, 'qa.xlsx');
      await writeFile(file, buf);
      const sheet = async (i: number) => {
        const rows: string[][] = [];
        for await (const rec of readXlsxRecords(file, 'qa.xlsx', undefined, i)) rows.push(rec.values);
        return rows;
      };
      // the reader gives 15 significant digits; compare at 12
      const sig = (v: number | null) => (v === null ? null : Number(v.toPrecision(12)));
      const num = (s: string | undefined) => (s === undefined || s === '' ? null : sig(Number(s)));
      const [team, people, items, assessors] = await Promise.all([0, 1, 2, 3].map(sheet));
      expect(team![0]).toEqual([
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
      ]);
      const tr = team![1]!;
      expect(tr.slice(0, 5)).toEqual(['Call review', '1', '2026-11-01', '2026-11-30', 'Everyone in scope']);
      expect(tr.slice(5).map(num)).toEqual([
        r.team.n,
        sig(r.team.value),
        sig(r.team.low),
        sig(r.team.high),
        r.team.earned,
        r.team.possible,
      ]);
      expect(people!.slice(1)).toHaveLength(r.people.length);
      for (const p of r.people) {
        const row = people!.find((x) => x[0] === p.person.nameEn)!;
        const f = p.figure;
        expect(row.slice(1).map(num)).toEqual([
          f.n,
          sig(f.value),
          sig(f.low),
          sig(f.high),
          f.earned,
          f.possible,
          p.criticalFailed,
        ]);
      }
      expect(items![0]).toEqual([
        'section',
        'item',
        'applicable',
        'missed',
        'miss rate %',
        'low %',
        'high %',
      ]);
      expect(items!.slice(1).map((x) => [x[1], ...x.slice(2).map(num)])).toEqual(
        r.items.map((i) => [i.textEn, i.applicable, i.missed, sig(i.rate), sig(i.low), sig(i.high)]),
      );
      expect(assessors!.slice(1).map((x) => [x[0], ...x.slice(1).map(num)])).toEqual(
        r.assessors.map((a) => [
          a.assessor.name,
          a.figure.n,
          sig(a.figure.value),
          sig(a.figure.low),
          sig(a.figure.high),
          a.figure.earned,
          a.figure.possible,
          sig(a.difference),
        ]),
      );
      // numbers are stored as numbers (no text type), shown with one decimal
      const parts = await zipParts(buf);
      const itemsXml = parts.get('xl/worksheets/sheet3.xml')!;
      expect(itemsXml).toMatch(/<c r="C2"( s="\d+")?><v>4<\/v><\/c>/);
      expect(itemsXml).toMatch(/<c r="E2" s="\d+"><v>50<\/v><\/c>/);
      expect(parts.get('xl/styles.xml')).toContain('formatCode="0.0"');
      expect(parts.get('xl/workbook.xml')).toMatch(
        /name="Team".*name="People".*name="Items".*name="Assessors"/s,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // in Chinese: sheet names and headers
    const zh = await sup.request(
      'GET',
      `/api/v1/qa-report.xlsx?scorecardId=${cardId}&${period}&lang=zh-Hant`,
    );
    expect(zh.statusCode).toBe(200);
    const zparts = await zipParts(zh.rawPayload);
    expect(zparts.get('xl/workbook.xml')).toMatch(/name="團隊".*name="人員".*name="項目".*name="評核員"/s);
    expect(zparts.get('xl/sharedStrings.xml')).toContain('未達率 %');
    expect(zparts.get('xl/sharedStrings.xml')).toContain('解釋清楚');
    const after = await t.database.db
      .selectFrom('auditEvent')
      .select(['after'])
      .where('action', '=', 'qa_report.exported')
      .orderBy('id')
      .execute();
    expect(after.length - before.length).toBe(2);
    expect(after.at(-1)!.after).toMatchObject({ format: 'xlsx', lang: 'zh-Hant', rows: r.people.length });
    // same access and input checks as the view
    expect(
      (await staff.request('GET', `/api/v1/qa-report.xlsx?scorecardId=${cardId}&${period}`)).statusCode,
    ).toBe(403);
    expect(
      (await sup.request('GET', `/api/v1/qa-report.xlsx?scorecardId=${cardId}&${period}&table=items`))
        .statusCode,
    ).toBe(400);
    const other: QaReport = (await supB.request('GET', url())).json();
    expect(other.people).toHaveLength(1);
  });
});
