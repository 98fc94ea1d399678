import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation, EvidenceFile, EvidenceList, Scorecard } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const octet = { 'content-type': 'application/octet-stream' };

describe('evidence files on an evaluation', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let manager: Client;
  let supX: Client;
  let ev: Evaluation;

  const files = () => t.database.db.selectFrom('evaluationEvidence').select(['id', 'sizeBytes']).execute();
  const audits = (action: string) =>
    t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityId', 'after', 'before'])
      .where('action', '=', action)
      .execute();
  const upload = (c: Client, name: string, body: Buffer, id = ev.id) =>
    c.request('POST', `/api/v1/evaluations/${id}/evidence?fileName=${encodeURIComponent(name)}`, body, octet);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    await installIndicators(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    supX = await loginClient(t.app, org.people.supX.email, PASSWORD);
    const card = (
      await admin.request('POST', '/api/v1/scorecards', {
        code: 'QA-EV',
        kind: 'qa_interaction',
        titleEn: 'Call review',
        titleZh: '通話評審',
        sections: [
          {
            id: 's',
            titleEn: 'Service',
            titleZh: '服務',
            items: [
              {
                id: 'greet',
                textEn: 'Greets',
                textZh: '問候',
                type: 'yes_no_na',
                weight: 1,
                critical: 'none',
                naAllowed: false,
              },
            ],
          },
        ],
      })
    ).json<Scorecard>();
    ev = (
      await sup.request('POST', '/api/v1/evaluations', {
        scorecardId: card.id,
        personId: org.people.staffA1.id,
        channel: 'call',
        occurredOn: '2026-11-09',
        answers: [{ itemId: 'greet', value: 'yes' }],
      })
    ).json();
  });
  afterAll(() => t.close());

  let pdf: EvidenceFile;
  it('takes a PDF and a text file on a draft, lists them and gives the bytes back; audited', async () => {
    const res = await upload(sup, 'call notes.pdf', PDF);
    expect(res.statusCode).toBe(201);
    pdf = res.json();
    expect(pdf).toMatchObject({
      fileName: 'call notes.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const text = await upload(sup, '筆記.txt', Buffer.from('顧客問了兩次。'));
    expect(text.statusCode).toBe(201);
    expect(text.json().contentType).toBe('text/plain');
    const list = (await sup.request('GET', `/api/v1/evaluations/${ev.id}/evidence`)).json<EvidenceList>();
    expect(list.items.map((f) => f.fileName)).toEqual(['call notes.pdf', '筆記.txt']);
    expect(list).toMatchObject({ maxBytes: 5 * 1024 * 1024, canChange: true });
    const dl = await sup.request('GET', `/api/v1/evaluations/${ev.id}/evidence/${pdf.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    const added = await audits('evaluation.evidence_added');
    expect(added).toHaveLength(2);
    expect(added[0]).toMatchObject({
      entityId: ev.id,
      after: { fileName: 'call notes.pdf', sizeBytes: PDF.length },
    });
  });

  it('refuses a file over the organisation’s limit (413) and a kind it does not take (415), storing nothing', async () => {
    expect(
      (await admin.request('PATCH', '/api/v1/assessment-settings', { evidenceMaxBytes: 2048 })).json(),
    ).toMatchObject({ evidenceMaxBytes: 2048 });
    const before = (await files()).length;
    const big = await upload(sup, 'photo.png', Buffer.concat([PNG, Buffer.alloc(4096)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('evidence.too_large');
    const exe = await upload(sup, 'photo.png', Buffer.from('MZ\x90\x00 not an image'));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().code).toBe('evidence.unsupported_type');
    const empty = await upload(sup, 'empty.txt', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect((await files()).length).toBe(before);
    expect(await audits('evaluation.evidence_added')).toHaveLength(2);
    expect((await upload(sup, 'photo.png', PNG)).statusCode).toBe(201);
    await admin.request('PATCH', '/api/v1/assessment-settings', { evidenceMaxBytes: 5 * 1024 * 1024 });
  });

  it('hides a draft’s files from the person and from others (404); others may not add any', async () => {
    expect((await staff.request('GET', `/api/v1/evaluations/${ev.id}/evidence`)).statusCode).toBe(404);
    expect((await staff.request('GET', `/api/v1/evaluations/${ev.id}/evidence/${pdf.id}`)).statusCode).toBe(
      404,
    );
    expect((await peer.request('GET', `/api/v1/evaluations/${ev.id}/evidence`)).statusCode).toBe(404);
    expect((await supX.request('GET', `/api/v1/evaluations/${ev.id}/evidence/${pdf.id}`)).statusCode).toBe(
      404,
    );
    expect((await upload(supX, 'x.pdf', PDF)).statusCode).toBe(404);
    // a draft is its assessor's alone, even for the person's manager
    expect((await manager.request('GET', `/api/v1/evaluations/${ev.id}/evidence`)).statusCode).toBe(404);
    expect((await upload(manager, 'x.pdf', PDF)).statusCode).toBe(404);
    expect(
      (
        await sup.request(
          'GET',
          `/api/v1/evaluations/${ev.id}/evidence/${'0'.repeat(8)}-0000-4000-8000-000000000000`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('removes a file only while draft, audited; then the person sees the rest once released', async () => {
    const list = (await sup.request('GET', `/api/v1/evaluations/${ev.id}/evidence`)).json<EvidenceList>();
    const png = list.items.find((f) => f.contentType === 'image/png')!;
    expect(
      (await manager.request('DELETE', `/api/v1/evaluations/${ev.id}/evidence/${png.id}`)).statusCode,
    ).toBe(404);
    expect((await sup.request('DELETE', `/api/v1/evaluations/${ev.id}/evidence/${png.id}`)).statusCode).toBe(
      204,
    );
    expect((await sup.request('DELETE', `/api/v1/evaluations/${ev.id}/evidence/${png.id}`)).statusCode).toBe(
      404,
    );
    expect(await audits('evaluation.evidence_removed')).toMatchObject([
      { entityId: ev.id, before: { fileId: png.id, contentType: 'image/png' } },
    ]);
    expect((await sup.request('POST', `/api/v1/evaluations/${ev.id}/submit`)).statusCode).toBe(200);
    expect((await sup.request('DELETE', `/api/v1/evaluations/${ev.id}/evidence/${pdf.id}`)).statusCode).toBe(
      409,
    );
    expect((await upload(sup, 'late.pdf', PDF)).statusCode).toBe(409);
    expect((await staff.request('GET', `/api/v1/evaluations/${ev.id}/evidence`)).statusCode).toBe(404);
    // submitted: the manager sees the files, and may not change them
    expect((await manager.request('GET', `/api/v1/evaluations/${ev.id}/evidence`)).json()).toMatchObject({
      canChange: false,
    });
    expect((await upload(manager, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await sup.request('POST', `/api/v1/evaluations/${ev.id}/release`)).statusCode).toBe(200);
    const mine = await staff.request('GET', `/api/v1/evaluations/${ev.id}/evidence`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json<EvidenceList>()).toMatchObject({ canChange: false });
    expect(mine.json<EvidenceList>().items.map((f) => f.fileName)).toEqual(['call notes.pdf', '筆記.txt']);
    const dl = await staff.request('GET', `/api/v1/evaluations/${ev.id}/evidence/${pdf.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect((await peer.request('GET', `/api/v1/evaluations/${ev.id}/evidence/${pdf.id}`)).statusCode).toBe(
      404,
    );
    expect((await files()).length).toBe(2);
  });
});
