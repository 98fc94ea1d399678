// Findings of the outside security probe, each reproduced through the HTTP app:
//  1. a 2 KB XLSX with one cell at XFD1048576 took the server down (heap exhausted);
//  3. a failed re-validation deleted the staged rows but left the batch "validated", and the
//     commit then reported success with 0 rows;
//  4. a supervisor's remembered match redirected HR's later import of someone else's rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ImportBatch, ImportSettings } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, makePerson, PASSWORD, type Org } from '../../../test/factories.js';
import { createAccessService } from '../../access/access.service.js';
import type { Actor } from '../../access/actor.js';
import { testConfig } from '../../config.js';
import { createJobRunner } from '../../lib/jobs.js';
import type { AuditService } from '../audit/audit.service.js';
import { createImportsService } from './imports.service.js';
import { rowXml, xlsx } from './sources/test-files.js';

describe('imports: security findings', () => {
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let hr: Client;
  let sup: Client;

  const upload = (c: Client, body: Buffer | string, fileName = 'data.csv') =>
    c.request('POST', `/api/v1/imports?fileName=${encodeURIComponent(fileName)}`, Buffer.from(body), {
      'content-type': 'application/octet-stream',
    });
  const settle = async (c: Client, id: string): Promise<ImportBatch> => {
    await t.services.imports.idle();
    return (await c.request('GET', `/api/v1/imports/${id}`)).json() as ImportBatch;
  };
  const staged = async (id: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from import_stage where batch_id = ${id}`.execute(
        t.database.db,
      )
    ).rows[0]!.n;
  const person = async (id: string) =>
    (await admin.request('GET', `/api/v1/people/${id}`)).json() as {
      givenNameEn: string;
      familyNameEn: string;
      employeeNumber: string;
    };

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    await admin.request('POST', '/api/v1/indicators/presets');
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('1. refuses an XLSX whose only cell is at XFD1048576 without allocating the sheet', async () => {
    const cell = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>';
    const before = process.memoryUsage().rss;
    for (const file of [
      xlsx({ sheet: cell, dimension: 'A1:XFD1048576' }),
      xlsx({ sheet: cell }),
      xlsx({ sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', dimension: 'A1:XFD9' }),
    ]) {
      expect(file.length).toBeLessThan(4096);
      const started = Date.now();
      const res = await upload(sup, file, 'h.xlsx');
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('import.sheet_too_large');
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    // The old reader grew to 5.7 GB on the first file; allow the test process some slack.
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);

    // A file whose first rows pass the upload but that hides the huge cell further down (past
    // what the upload reads) fails at validation, with nothing staged.
    const rows = [rowXml(1, ['Staff', 'Date', 'N'])];
    for (let r = 2; r <= 3000; r++) rows.push(rowXml(r, ['E1', '2026-11-03', r]));
    rows.push(cell);
    const up = await upload(sup, xlsx({ sheet: rows.join('') }), 'late.xlsx');
    expect(up.statusCode, up.body).toBe(201);
    const id = (up.json() as ImportBatch).id;
    const v = await sup.request('POST', `/api/v1/imports/${id}/validate`, {
      source: 'generic',
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'ymd',
      mapping: { staff: 'Staff', date: 'Date', numerator: 'N', indicatorCode: 'CSAT' },
    });
    expect(v.statusCode, v.body).toBe(202);
    const done = await settle(sup, id);
    expect(done.status).toBe('failed');
    expect(done.issues[0]?.code).toBe('sheet_too_large');
    expect(await staged(id)).toBe(0);
  });

  it('3. keeps a batch and its staged rows together when a re-validation is refused', async () => {
    const a1 = await person(org.people.staffA1.id);
    const csv = [
      'Staff,Date,Score',
      ...Array.from(
        { length: 20 },
        (_, i) => `${a1.employeeNumber},2026-11-${String(i + 1).padStart(2, '0')},1`,
      ),
    ].join('\n');
    const up = await upload(sup, csv);
    expect(up.statusCode, up.body).toBe(201);
    const id = (up.json() as ImportBatch).id;
    const settings = {
      source: 'generic',
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'ymd',
      mapping: { staff: 'Staff', date: 'Date', numerator: 'Score', indicatorCode: 'CSAT' },
    };
    expect((await sup.request('POST', `/api/v1/imports/${id}/validate`, settings)).statusCode).toBe(202);
    const v = await settle(sup, id);
    expect(v.status).toBe('validated');
    expect(v.counts.observations).toBe(20);
    expect(await staged(id)).toBe(20);

    // A NUL (or any control character) in the mapping is refused before anything changes.
    for (const bad of ['CS\u0000AT', 'CSAT\u0007', 'CSAT\r\n']) {
      const r = await sup.request('POST', `/api/v1/imports/${id}/validate`, {
        ...settings,
        mapping: { ...settings.mapping, indicatorCode: bad },
      });
      expect(r.statusCode, r.body).toBe(400);
      // The request validator refuses NUL first; the service refuses any control character.
      expect(['validation', 'request.invalid_text']).toContain(r.json().code);
    }
    const nulColumn = await sup.request('POST', `/api/v1/imports/${id}/validate`, {
      ...settings,
      mapping: { ...settings.mapping, staff: 'Sta\u0000ff' },
    });
    expect(nulColumn.statusCode).toBe(400);
    const after = await settle(sup, id);
    expect(after.status).toBe('validated');
    expect(after.counts.observations).toBe(20);
    expect(await staged(id)).toBe(20);

    // Whatever fails inside the re-validation (here the audit log), the old state and the old
    // staged rows stay: they change in the same transaction or not at all.
    const failing = createImportsService({
      db: t.database.db,
      access: createAccessService(t.database.db),
      audit: {
        record: () => Promise.reject(new Error('audit log unavailable')),
      } as unknown as AuditService,
      clock: t.services.clock,
      jobs: createJobRunner(() => undefined),
      uploadDir: testConfig().uploadDir,
      maxImportBytes: 1024 * 1024,
    });
    const supActor: Actor = {
      kind: 'user',
      userId: org.people.supA.userId!,
      personId: org.people.supA.id,
      roles: ['staff', 'supervisor'],
      permissions: new Set(),
      sessionId: null,
      requestId: null,
      ip: null,
    };
    await expect(failing.validate(supActor, id, settings as ImportSettings)).rejects.toThrow(
      'audit log unavailable',
    );
    await expect(
      failing.validate(supActor, id, {
        ...(settings as ImportSettings),
        mapping: { ...settings.mapping, indicatorCode: 'CS\u0000AT' },
      }),
    ).rejects.toMatchObject({ status: 400, code: 'validation' });
    expect((await settle(sup, id)).status).toBe('validated');
    expect(await staged(id)).toBe(20);

    // Should staged rows still go missing, the commit refuses instead of committing nothing.
    await sql`delete from import_stage where batch_id = ${id} and line > 15`.execute(t.database.db);
    const refused = await sup.request('POST', `/api/v1/imports/${id}/commit`, { skipUnmatched: true });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe('import.stage_mismatch');
    expect((await settle(sup, id)).status).toBe('validated');

    // Validating again restores the rows; then the commit writes all 20.
    expect((await sup.request('POST', `/api/v1/imports/${id}/validate`, settings)).statusCode).toBe(202);
    expect(await staged((await settle(sup, id)).id)).toBe(20);
    expect(
      (await sup.request('POST', `/api/v1/imports/${id}/commit`, { skipUnmatched: false })).statusCode,
    ).toBe(202);
    const c = await settle(sup, id);
    expect(c.status).toBe('committed');
    expect(c.counts.inserted).toBe(20);
  });

  it('4. never lets a remembered match override an exact identity or leave its maker’s scope', async () => {
    // Jacky Ng works in another store; Cherry Lau reports to supervisor A.
    const jacky = await makePerson(t.services, {
      orgUnitId: org.units.teamX.id,
      managerId: org.people.supX.id,
      name: 'Jacky',
    });
    const cherry = await makePerson(t.services, {
      orgUnitId: org.units.teamA.id,
      managerId: org.people.supA.id,
      name: 'Cherry',
    });
    const j = await person(jacky.id);
    const c = await person(cherry.id);
    const jackyName = `${j.givenNameEn} ${j.familyNameEn}`;
    const settings = {
      source: 'generic',
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'ymd',
      mapping: { staff: 'Agent', date: 'Date', numerator: 'Score', indicatorCode: 'CSAT', key: 'Ticket' },
    };
    const tickets = (name: string, first: number) =>
      ['Ticket,Agent,Date,Score', ...[0, 1, 2].map((i) => `T${first + i},${name},2026-11-0${i + 1},1`)].join(
        '\n',
      );

    // The supervisor matches Jacky's name by hand to his own report, then discards the import.
    const s = (await (await upload(sup, tickets(jackyName, 1))).json()) as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${s.id}/validate`, settings);
    const sv = await settle(sup, s.id);
    expect(sv.unmatched.map((u) => u.name)).toEqual([jackyName]);
    const m = await sup.request('POST', `/api/v1/imports/${s.id}/matches`, {
      matches: [{ staffKey: sv.unmatched[0]!.staffKey, personId: cherry.id }],
    });
    expect(m.statusCode, m.body).toBe(200);
    expect((await sup.request('DELETE', `/api/v1/imports/${s.id}`)).statusCode).toBe(204);

    // HR imports Jacky's tickets: the exact name wins, every row goes to Jacky.
    const h = (await (await upload(hr, tickets(jackyName, 101))).json()) as ImportBatch;
    await hr.request('POST', `/api/v1/imports/${h.id}/validate`, settings);
    const hv = await settle(hr, h.id);
    expect(hv.status).toBe('validated');
    expect(hv.unmatched).toHaveLength(0);
    expect(new Set(hv.preview.map((p) => p.personId))).toEqual(new Set([jacky.id]));
    expect(hv.remembered ?? []).toHaveLength(0);

    // The supervisor's own next import of that name is not redirected either (the name is
    // someone's exact identity, outside his scope): it stays unmatched.
    const s2 = (await (await upload(sup, tickets(jackyName, 201))).json()) as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${s2.id}/validate`, settings);
    const s2v = await settle(sup, s2.id);
    expect(s2v.unmatched.map((u) => u.name)).toEqual([jackyName]);
    expect(s2v.preview.every((p) => p.personId === null)).toBe(true);
    await sup.request('DELETE', `/api/v1/imports/${s2.id}`);

    // A nickname nobody bears: remembered, used for its maker, and shown with who and when.
    const nick = (await (await upload(sup, tickets('Cherry L (nights)', 301))).json()) as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${nick.id}/validate`, settings);
    const nv = await settle(sup, nick.id);
    await sup.request('POST', `/api/v1/imports/${nick.id}/matches`, {
      matches: [{ staffKey: nv.unmatched[0]!.staffKey, personId: cherry.id }],
    });
    await sup.request('DELETE', `/api/v1/imports/${nick.id}`);
    const again = (await (await upload(sup, tickets('Cherry L (nights)', 301))).json()) as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${again.id}/validate`, settings);
    const av = await settle(sup, again.id);
    expect(av.unmatched).toHaveLength(0);
    expect(av.remembered).toHaveLength(1);
    const supPerson = await person(org.people.supA.id);
    expect(av.remembered![0]).toMatchObject({
      name: 'Cherry L (nights)',
      personId: cherry.id,
      personName: `${c.givenNameEn} ${c.familyNameEn}`,
      rememberedBy: `${supPerson.givenNameEn} ${supPerson.familyNameEn}`,
      rows: 3,
    });
    expect(Date.parse(av.remembered![0]!.rememberedAt)).toBeGreaterThan(Date.now() - 600_000);
    await sup.request('DELETE', `/api/v1/imports/${again.id}`);

    // HR's scope contains the supervisor's: the nickname applies for HR too, and says whose it is.
    const hn = (await (await upload(hr, tickets('Cherry L (nights)', 401))).json()) as ImportBatch;
    await hr.request('POST', `/api/v1/imports/${hn.id}/validate`, settings);
    const hnv = await settle(hr, hn.id);
    expect(hnv.unmatched).toHaveLength(0);
    expect(hnv.remembered?.[0]?.rememberedBy).toBe(`${supPerson.givenNameEn} ${supPerson.familyNameEn}`);
    await hr.request('DELETE', `/api/v1/imports/${hn.id}`);

    // Another supervisor (no scope over supervisor A) does not get supervisor A's match.
    const supX = await loginClient(t.app, org.people.supX.email, PASSWORD);
    const x = (await (await upload(supX, tickets('Cherry L (nights)', 501))).json()) as ImportBatch;
    await supX.request('POST', `/api/v1/imports/${x.id}/validate`, settings);
    const xv = await settle(supX, x.id);
    expect(xv.unmatched).toHaveLength(1);
    expect(xv.remembered ?? []).toHaveLength(0);
    await supX.request('DELETE', `/api/v1/imports/${x.id}`);

    // Once Cherry leaves the supervisor's team, his remembered match stops applying, even for HR.
    await sql`update person set manager_id = ${org.people.supX.id} where id = ${cherry.id}`.execute(
      t.database.db,
    );
    const later = (await (await upload(hr, tickets('Cherry L (nights)', 601))).json()) as ImportBatch;
    await hr.request('POST', `/api/v1/imports/${later.id}/validate`, settings);
    expect((await settle(hr, later.id)).unmatched).toHaveLength(1);
    await hr.request('DELETE', `/api/v1/imports/${later.id}`);
  });
});
