// A corpus of malformed import files, generated here, through the HTTP app: upload, validate
// (as the source the file pretends to be and as a generic mapping of its first columns), commit
// what validates. Every answer must be a 2xx or a 4xx, no pipeline step may fail unexpectedly,
// the server must still answer, and nothing may reach the observations. The counts are printed
// so that they show in CI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ImportBatch } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD } from '../../../test/factories.js';
import { rowXml, xlsx, zip } from './sources/test-files.js';

interface Sample {
  kind: string;
  body: Buffer;
  fileName: string;
}

function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ZENDESK_HEADER =
  'Summation column,Id,Requester,Requester id,Assignee,Group,Subject,Status,Created at,Solved at,Satisfaction Score';
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function corpus(): Sample[] {
  const out: Sample[] = [];
  const add = (kind: string, body: Buffer | string, fileName = kind.includes('xlsx') ? 'f.xlsx' : 'f.csv') =>
    out.push({ kind, body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), fileName });
  const rnd = random(20261206);
  const header = rowXml(1, ['Staff', 'Date', 'Score']);
  const body = Array.from({ length: 30 }, (_, i) => rowXml(i + 2, [`Agent ${i}`, '2026-11-03', i])).join('');
  const good = xlsx({ sheet: header + body, dimension: 'A1:C31' });

  // XLSX: sizes declared or written beyond the limits (the 2 KB file that exhausted the heap).
  for (const ref of [
    'A1:XFD1048576',
    'A1:XFD1',
    'A1:IW2',
    'XFD1',
    'A1:ZZZ99',
    'A1:CV1048576',
    'A1:A2000000',
    'B2:A1',
  ]) {
    add(`xlsx dimension ${ref}`, xlsx({ sheet: header, dimension: ref }));
  }
  for (const col of ['IW', 'KN', 'ALL', 'XFD', 'XFE', 'ZZZZ', 'AAAAAAA']) {
    for (const row of [1, 5, 1048576]) {
      add(
        `xlsx cell ${col}${row}`,
        xlsx({ sheet: `${header}<row r="${row}">${inline(`${col}${row}`, 'x')}</row>` }),
      );
    }
  }
  for (const r of ['0', '-1', 'abc', '1.5', '1e9', '99999999999', '', '1048577']) {
    add(`xlsx row r="${r}"`, xlsx({ sheet: `${header}<row r="${r}"><c><v>1</v></c></row>` }));
  }
  for (const ref of ['A0', '1A', '', 'A-1', '$$', 'A1:B2', 'Ä1', 'A99999999999']) {
    add(`xlsx cell r="${ref}"`, xlsx({ sheet: `${header}<row r="2"><c r="${ref}"><v>1</v></c></row>` }));
  }
  // XLSX: truncated and damaged archives.
  for (let i = 1; i <= 20; i++) {
    add(`xlsx truncated ${i}`, good.subarray(0, Math.floor((good.length * i) / 21)));
  }
  for (let i = 0; i < 20; i++) {
    const damaged = Buffer.from(good);
    for (let k = 0; k <= i % 8; k++) damaged[Math.floor(rnd() * damaged.length)] = Math.floor(rnd() * 256);
    add(`xlsx damaged bytes ${i}`, damaged);
  }
  // XLSX: bad XML in the sheet.
  const badXml = [
    '<worksheet><sheetData><row r="1"><c r="A1"><v>1',
    '<worksheet><sheetData><row',
    '<<<<<<<<<<>>>>>>>>>',
    '<worksheet>&&&&;&#;&#x;&bogus;</worksheet>',
    `<worksheet>${'<a>'.repeat(20000)}</worksheet>`,
    '<worksheet><!-- never closed',
    '<worksheet><sheetData><row r="1"><c r="A1"><v><![CDATA[never closed',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      `<worksheet><sheetData>${rowXml(1, ['&lol2;', 'b', 'c'])}</sheetData></worksheet>`,
    '<?pi never closed',
    '',
    ' '.repeat(10_000),
    `<worksheet><sheetData>${header}<row r="2"><c r="A2" t="zz"><v>1</v></c></row></sheetData></worksheet>`,
  ];
  badXml.forEach((x, i) =>
    add(`xlsx bad xml ${i}`, xlsx({ sheet: '', override: { 'xl/worksheets/sheet1.xml': x } })),
  );
  add(
    'xlsx sheet utf-16',
    xlsx({
      sheet: '',
      override: {
        'xl/worksheets/sheet1.xml': Buffer.from(
          `\uFEFF<worksheet><sheetData>${header}</sheetData></worksheet>`,
          'utf16le',
        ),
      },
    }),
  );
  add(
    'xlsx sheet random bytes',
    xlsx({
      sheet: '',
      override: {
        'xl/worksheets/sheet1.xml': Buffer.from(Array.from({ length: 5000 }, () => Math.floor(rnd() * 256))),
      },
    }),
  );
  add(
    'xlsx sheet latin-1 bytes',
    xlsx({
      sheet: '',
      override: {
        'xl/worksheets/sheet1.xml': Buffer.from(
          `<worksheet><sheetData>${rowXml(1, ['Café', 'b', 'c'])}</sheetData></worksheet>`,
          'latin1',
        ),
      },
    }),
  );
  // XLSX: shared strings and characters PostgreSQL cannot store.
  for (const v of ['99999', '-1', 'abc', '1e300', '']) {
    add(
      `xlsx shared string index ${v}`,
      xlsx({ sheet: `${header}<row r="2"><c r="A2" t="s"><v>${v}</v></c></row>`, sharedStrings: ['a'] }),
    );
  }
  for (const t of [
    'a_x0000_b',
    'a&#0;b',
    'a&#xD800;b',
    'a&#xDC00;b',
    '&#x10FFFF;',
    '&#99999999;',
    '_xD83D_',
    '\u0001\u0002',
  ]) {
    add(
      `xlsx text ${JSON.stringify(t)}`,
      xlsx({ sheet: `<row r="1">${inline('A1', t)}${inline('B1', 'Date')}${inline('C1', t)}</row>${body}` }),
    );
    add(
      `xlsx shared text ${JSON.stringify(t)}`,
      xlsx({
        sheet: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>0</v></c></row>`,
        override: { 'xl/sharedStrings.xml': `<sst><si><t>${t}</t></si></sst>` },
      }),
    );
  }
  // XLSX: missing or odd parts, foreign archives.
  add('xlsx no workbook', xlsx({ sheet: header, override: { 'xl/workbook.xml': null } }));
  add(
    'xlsx no relationships',
    xlsx({ sheet: header, override: { 'xl/_rels/workbook.xml.rels': null, '_rels/.rels': null } }),
  );
  add('xlsx no sheet', xlsx({ sheet: header, override: { 'xl/worksheets/sheet1.xml': null } }));
  add(
    'xlsx no styles or strings',
    xlsx({ sheet: header + body, override: { 'xl/styles.xml': null, 'xl/sharedStrings.xml': null } }),
  );
  add(
    'xlsx sheet outside the package',
    xlsx({
      sheet: header,
      override: {
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Target="../../../../etc/passwd"/></Relationships>',
      },
    }),
  );
  add(
    'xlsx external sheet',
    xlsx({
      sheet: header,
      override: {
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" TargetMode="External" Target="http://example.com/x.xml"/></Relationships>',
      },
    }),
  );
  add(
    'xlsx workbook without sheets',
    xlsx({ sheet: header, override: { 'xl/workbook.xml': '<workbook><sheets/></workbook>' } }),
  );
  add('xlsx empty archive', zip([]));
  add('xlsx text file only', zip([{ name: 'a.txt', data: 'hello' }]));
  add('xlsx encrypted entries', zip([{ name: 'xl/workbook.xml', data: '<workbook/>', flags: 1 }]));
  add(
    'xlsx unknown compression',
    zip([
      { name: '_rels/.rels', data: '<Relationships/>', method: 12 },
      { name: 'xl/workbook.xml', data: '<workbook/>', method: 99 },
    ]),
  );
  add(
    'xlsx 10001 entries',
    zip(Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, data: '', method: 0 }))),
  );
  {
    const b = Buffer.from(good);
    b.writeUInt32LE(0x7fffffff, b.length - 6); // central directory offset beyond the end
    add('xlsx directory beyond the end', b);
    const c = Buffer.from(good);
    c.writeUInt16LE(0xffff, c.length - 12); // ZIP64 marker
    add('xlsx zip64 marker', c);
    const d = Buffer.from(good);
    d.writeUInt32LE(0x7ffffff0, d.length - 22 - 46 + 20); // last entry: compressed size beyond the end
    add('xlsx entry size beyond the end', d);
  }
  add(
    'xlsx one cell of 2 MB',
    xlsx({ sheet: `<row r="1">${inline('A1', 'x'.repeat(2 * 1024 * 1024))}</row>` }),
  );
  add(
    'xlsx 20 MB of whitespace',
    xlsx({ sheet: `<worksheet><sheetData>${header}${' '.repeat(20 * 1024 * 1024)}</sheetData></worksheet>` }),
  );
  add(
    'xlsx 100k distinct strings',
    xlsx({ sheet: header, sharedStrings: Array.from({ length: 100_000 }, (_, i) => `s${i}`) }),
  );
  add('xlsx named .csv', good, 'looks-like.csv');

  // CSV: enormous lines.
  for (const mb of [1.1, 2, 5, 50]) {
    add(
      `csv line of ${mb} MB`,
      Buffer.concat([Buffer.from(`${ZENDESK_HEADER}\n`), Buffer.alloc(Math.floor(mb * 1024 * 1024), 0x78)]),
    );
  }
  add('csv line of 2 MB of commas', `a,b,c\n${','.repeat(2 * 1024 * 1024)}\n`);
  add('csv unterminated quote of 3 MB', `a,b,c\n"${'x'.repeat(3 * 1024 * 1024)}`);
  add('csv 1 MB header', `${'h'.repeat(1024 * 1024 + 10)}\n1\n`);
  // CSV: NUL bytes, other encodings.
  for (const at of [0, 10, 70_000, 200_000]) {
    const text = Buffer.from(`${ZENDESK_HEADER}\n${'1,2,3,4,5,6,7,8,9,10,11\n'.repeat(10_000)}`);
    const b = Buffer.concat([text.subarray(0, at), Buffer.from([0]), text.subarray(at)]);
    add(`csv NUL at ${at}`, b);
  }
  add('csv utf-32le', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0,\0\0\0b\0\0\0')]));
  add('csv utf-32be', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from('\0\0\0a\0\0\0,\0\0\0b')]));
  add('csv utf-32 without bom', Buffer.from('a\0\0\0,\0\0\0b\0\0\0\n\0\0\0'));
  add('csv utf-16 without bom', Buffer.from(`${ZENDESK_HEADER}\n`, 'utf16le'));
  add(
    'csv utf-16 odd length',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b,c\n1,2,3\n', 'utf16le'), Buffer.from([0x41])]),
  );
  add(
    'csv utf-16 lone surrogates',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from([0x00, 0xd8, 0x2c, 0x00, 0x00, 0xdc, 0x2c, 0x00, 0x61, 0x00, 0x0a, 0x00]),
    ]),
  );
  add(
    'csv invalid utf-8',
    Buffer.from([0x61, 0x2c, 0xc3, 0x28, 0x2c, 0xa0, 0xa1, 0x0a, 0xf0, 0x28, 0x8c, 0x28, 0x2c, 0x31, 0x0a]),
  );
  // CSV: blank and nearly blank.
  for (const [k, v] of Object.entries({
    newlines: '\n'.repeat(1000),
    crlf: '\r\n'.repeat(1000),
    spaces: ' \n'.repeat(100),
    commas: ',,,\n'.repeat(100),
    semicolons: ';;;;\n',
    'bom only': '\uFEFF',
    'bom newline': '\uFEFF\n',
    tabs: '\t\t\n',
    'carriage returns': '\r'.repeat(10_000),
    'one cell': 'x',
  })) {
    add(`csv blank: ${k}`, v);
  }
  // CSV: wrong or mixed delimiters.
  add(
    'csv zendesk header with ;',
    `${ZENDESK_HEADER.replace(/,/g, ';')}\n,1,a,2,Agent,G,S,Solved,2026-11-03,2026-11-03,Good\n`,
  );
  add(
    'csv zendesk header with tabs, rows with |',
    `${ZENDESK_HEADER.replace(/,/g, '\t')}\n|1|a|2|Agent|G|S|Solved|2026-11-03|2026-11-03|Good\n`,
  );
  add('csv mixed delimiters', 'a,b;c\td|e\n1;2,3|4\t5\n');
  add('csv delimiter in quotes only', '"a,b,c";"d"\n"1,2";"3"\n');
  add('csv rows longer than header', `Staff,Date,Score\n${'1,2,3,4,5,6,7,8\n'.repeat(50)}`);
  // CSV: binary junk and other file types.
  for (const len of [1, 2, 3, 17, 100, 1000, 65_536, 100_000]) {
    for (let s = 0; s < 3; s++) {
      add(
        `csv random ${len} bytes #${s}`,
        Buffer.from(Array.from({ length: len }, () => Math.floor(rnd() * 256))),
      );
    }
  }
  for (const [k, magic] of Object.entries({
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37],
    gzip: [0x1f, 0x8b, 0x08, 0x00],
    elf: [0x7f, 0x45, 0x4c, 0x46],
    xls: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    '7z': [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    rar: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07],
  })) {
    add(`csv ${k} file`, Buffer.concat([Buffer.from(magic), Buffer.from('a,b,c\n1,2,3\n')]));
  }
  // CSV: broken quoting, control characters, many columns.
  for (const [i, v] of [
    '"',
    '"a',
    'a,"b\n',
    '"""',
    `a,b\n"c${'\n'.repeat(1000)}`,
    'a,b\n"x""y,z\n',
  ].entries()) {
    add(`csv quotes ${i}`, v);
  }
  add('csv control characters', 'a\u0001,b\u0002,c\u0003\n\u001b[31m,2,3\n');
  for (const cols of [257, 1000, 100_000]) {
    add(`csv ${cols} columns`, `${Array.from({ length: cols }, (_, i) => `c${i}`).join(',')}\n1,2\n`);
  }
  // CSV: random printable text.
  for (let s = 0; s < 30; s++) {
    const chars = 'abc,;\t|"\n\r 0123456789-:/.é陳';
    add(
      `csv random text #${s}`,
      Array.from(
        { length: 200 + Math.floor(rnd() * 2000) },
        () => chars[Math.floor(rnd() * chars.length)],
      ).join(''),
    );
  }
  add('csv zendesk header only', `${ZENDESK_HEADER}\n`);
  add('csv generic header only', 'Staff,Date,Score\n');
  add('csv chatwoot preamble then junk', 'Reporting period 2026-11-01 to 2026-11-07\n\n\u0007\u0007\n');
  add('csv chatwoot preamble only', 'Reporting period 2026-11-01 to 2026-11-07\n');
  // File names.
  add('name with path', 'Staff,Date,Score\nX,2026-11-03,1\n', '../../../etc/passwd.csv');
  add('name of 255 characters', 'Staff,Date,Score\nX,2026-11-03,1\n', `${'n'.repeat(251)}.csv`);
  add('name with emoji', 'Staff,Date,Score\nX,2026-11-03,1\n', '📈 report.csv');
  add('name with NUL', 'Staff,Date,Score\nX,2026-11-03,1\n', 'a\u0000b.csv');
  add('name with a line break', 'Staff,Date,Score\nX,2026-11-03,1\n', 'a\nb.csv');
  add('empty file', '');
  return out;
}

describe('imports: a corpus of malformed files', () => {
  let t: TestApp;
  let sup: Client;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await makeOrg(t.services);
    const admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    await admin.request('POST', '/api/v1/indicators/presets');
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
  });
  afterAll(() => t.close());

  it(
    'answers every file with a 2xx or a 4xx, fails it cleanly and writes nothing',
    { timeout: 600_000 },
    async () => {
      const files = corpus();
      expect(files.length).toBeGreaterThanOrEqual(200);
      const tally = { refused: 0, failed: 0, validated: 0, serverErrors: 0, crashes: 0 };
      const problems: string[] = [];
      const settle = async (id: string): Promise<ImportBatch> => {
        await t.services.imports.idle();
        return (await sup.request('GET', `/api/v1/imports/${id}`)).json() as ImportBatch;
      };
      const check = (kind: string, step: string, status: number, body: string) => {
        if (status >= 500) {
          tally.serverErrors++;
          problems.push(`${kind}: ${step} answered ${status} ${body.slice(0, 200)}`);
        }
      };
      const unexpected = (kind: string, b: ImportBatch) => {
        // A file the reader refuses gets its own message; this one means an unexpected exception.
        if (
          b.issues.some((i) => i.message === 'The file could not be read') ||
          !['failed', 'validated'].includes(b.status)
        ) {
          tally.crashes++;
          problems.push(`${kind}: ${b.status} ${JSON.stringify(b.issues.slice(-1))}`);
        }
      };

      for (const f of files) {
        const up = await sup.request(
          'POST',
          `/api/v1/imports?fileName=${encodeURIComponent(f.fileName)}`,
          f.body,
          {
            'content-type': 'application/octet-stream',
          },
        );
        check(f.kind, 'upload', up.statusCode, up.body);
        if (up.statusCode !== 201) {
          tally.refused++;
          continue;
        }
        const batch = up.json() as ImportBatch;
        const v = await sup.request('POST', `/api/v1/imports/${batch.id}/validate`, {
          source: batch.detectedSource ?? 'zendesk',
          timeZone: 'Asia/Hong_Kong',
          dateOrder: 'ymd',
        });
        check(f.kind, 'validate', v.statusCode, v.body);
        let done = await settle(batch.id);
        unexpected(f.kind, done);
        const cols = batch.columns.filter((c) => c.trim() !== '');
        if (cols.length >= 3) {
          const g = await sup.request('POST', `/api/v1/imports/${batch.id}/validate`, {
            source: 'generic',
            timeZone: 'Asia/Hong_Kong',
            dateOrder: 'dmy',
            mapping: { staff: cols[0]!, date: cols[1]!, numerator: cols[2]!, indicatorCode: 'CSAT' },
          });
          check(f.kind, 'validate generic', g.statusCode, g.body);
          done = await settle(batch.id);
          unexpected(f.kind, done);
        }
        if (done.status === 'validated') {
          tally.validated++;
          const c = await sup.request('POST', `/api/v1/imports/${batch.id}/commit`, { skipUnmatched: true });
          check(f.kind, 'commit', c.statusCode, c.body);
          done = await settle(batch.id);
        } else tally.failed++;
        if (done.status === 'failed') {
          const staged = await sql<{ n: number }>`
          select count(*)::int as n from import_stage where batch_id = ${batch.id}`.execute(t.database.db);
          if (staged.rows[0]!.n !== 0) {
            problems.push(`${f.kind}: a failed batch kept ${staged.rows[0]!.n} staged rows`);
          }
        }
        const d = await sup.request('DELETE', `/api/v1/imports/${batch.id}`);
        if (d.statusCode !== 204 && done.status !== 'committed') {
          check(f.kind, 'discard', d.statusCode, d.body);
        }
      }

      const written = await sql<{ observations: number; staged: number }>`
      select (select count(*)::int from observation) as observations,
             (select count(*)::int from import_stage) as staged`.execute(t.database.db);
      const alive = await sup.request('GET', '/api/v1/imports?limit=1');
      console.log(
        `malformed import corpus: ${files.length} files; ${tally.refused} refused at upload, ` +
          `${tally.failed} failed validation, ${tally.validated} validated; ${tally.serverErrors} server errors, ` +
          `${tally.crashes} crashes, ${written.rows[0]!.observations} observations written`,
      );
      expect(problems).toEqual([]);
      expect(tally).toMatchObject({ serverErrors: 0, crashes: 0 });
      expect(written.rows[0]).toEqual({ observations: 0, staged: 0 });
      expect(alive.statusCode).toBe(200);
    },
  );
});
