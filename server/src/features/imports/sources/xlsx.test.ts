import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, readRecords } from './readers.js';
import { rowXml, xlsx, zip } from './test-files.js';
import { isDateFormat, parseCellRef, XLSX_LIMITS, type XlsxLimits } from './xlsx.js';
import type { ReadOptions } from './readers.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/imports/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'frontline-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function read(content: Buffer, options: ReadOptions = {}) {
  const path = join(dir, `f${++n}.xlsx`);
  writeFileSync(path, content);
  const out: { line: number; values: string[] }[] = [];
  for await (const r of readRecords({ path, fileName: 'f.xlsx' }, options)) out.push(r);
  return out;
}
async function failure(content: Buffer, options: ReadOptions = {}) {
  try {
    await read(content, options);
  } catch (err) {
    expect(err).toBeInstanceOf(ImportFileError);
    return err as ImportFileError;
  }
  throw new Error('expected the file to be refused');
}
const limits = (patch: Partial<XlsxLimits>): ReadOptions => ({
  xlsxLimits: { ...XLSX_LIMITS, ...patch },
});

describe('XLSX reader', () => {
  it('reads the first sheet like the previous reader did (fixture)', async () => {
    expect(await read(readFileSync(join(fixtures, 'generic.xlsx')))).toEqual([
      { line: 1, values: ['Staff', 'Date', 'Metric', 'Value', 'Count'] },
      { line: 2, values: ['E001', '2026-11-03 00:00:00', 'QA_SCORE', '92.5', '1'] },
      { line: 4, values: ['E002', '2026-11-04 09:30:00', 'CSAT', '0.3', '3'] },
    ]);
  });

  it('reads every kind of cell: shared, inline and rich text, booleans, dates, formulas, escapes', async () => {
    const sheet =
      '<row r="2" spans="1:6">' +
      '<c r="A2" t="s"><v>0</v></c>' +
      '<c r="B2" t="inlineStr"><is><r><t>Chan </t></r><r><t>Tai Man</t></r><rPh><t>ちゃん</t></rPh></is></c>' +
      '<c r="C2" t="b"><v>1</v></c>' +
      '<c r="D2" s="1"><v>46330.5</v></c>' +
      '<c r="E2" t="str"><f>A1&amp;B1</f><v>x &amp; y</v></c>' +
      '<c r="G2" t="s"><v>1</v></c>' +
      '</row>' +
      // no r attributes: the next row and the next columns
      '<row><c t="inlineStr"><is><t>line_x000D_break</t></is></c><c><v>1e-7</v></c><c t="e"><v>#N/A</v></c>' +
      '<c t="d"><v>2026-11-05T08:00:00Z</v></c><c><![CDATA[ignored]]><v>12345678901234567</v></c></row>';
    expect(await read(xlsx({ sheet, sharedStrings: ['  E001 ', 'A & B <c>'] }))).toEqual([
      { line: 2, values: ['E001', 'Chan Tai Man', 'TRUE', '2026-11-04 12:00:00', 'x & y', '', 'A & B <c>'] },
      { line: 3, values: ['line\rbreak', '0.0000001', '#N/A', '2026-11-05 08:00:00', '12345678901234600'] },
    ]);
  });

  it('tells date formats from number formats, and honours the 1904 date system', async () => {
    expect(isDateFormat('yyyy-mm-dd hh:mm;@')).toBe(true);
    expect(isDateFormat('[$-404]e"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[h]:mm:ss')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('#,##0.00 "HKD"')).toBe(false);
    const cell = '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1"><v>0.25</v></c></row>';
    expect(
      await read(xlsx({ sheet: cell, dateFormat: { id: 164, code: 'dd/mm/yyyy hh:mm' }, date1904: true })),
    ).toEqual([{ line: 1, values: ['1904-01-01 00:00:00', '0.25'] }]);
    expect(await read(xlsx({ sheet: cell, dateFormat: { id: 165, code: '0.0%' } }))).toEqual([
      { line: 1, values: ['0', '0.25'] },
    ]);
  });

  it('parses cell references', () => {
    expect(parseCellRef('A1')).toEqual({ col: 1, row: 1 });
    expect(parseCellRef('XFD1048576')).toEqual({ col: 16384, row: 1048576 });
    expect(parseCellRef('$B$7')).toEqual({ col: 2, row: 7 });
    expect(parseCellRef('1A')).toBeNull();
    expect(parseCellRef('A')).toBeNull();
  });

  it('refuses a sheet declared or written beyond the limits before allocating it (the 2 KB bomb)', async () => {
    const lastCell = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>';
    const before = process.memoryUsage().rss;
    for (const file of [
      xlsx({ sheet: lastCell, dimension: 'A1:XFD1048576' }),
      xlsx({ sheet: lastCell }),
      xlsx({ sheet: rowXml(1, ['a']), dimension: 'A1:IW1' }),
      xlsx({ sheet: rowXml(1, ['a']), dimension: 'A1:CV1048576' }),
      xlsx({ sheet: '<row r="1048577"><c r="A1048577"><v>1</v></c></row>' }),
      xlsx({ sheet: '<row r="99999999999"><c><v>1</v></c></row>' }),
      xlsx({ sheet: '<row r="1"><c r="ZZZZZ1"><v>1</v></c></row>' }),
    ]) {
      expect(file.length).toBeLessThan(4096);
      const started = Date.now();
      const err = await failure(file);
      expect(err.code).toBe('sheet_too_large');
      expect(Date.now() - started).toBeLessThan(5000);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('ignores empty cells far out, which cost nothing when streamed', async () => {
    const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" s="1"/></row>';
    expect(await read(xlsx({ sheet }))).toEqual([{ line: 1, values: ['a'] }]);
  });

  it('stops a zip bomb, a flood of shared strings and an endless cell at their limits', async () => {
    const bomb = xlsx({ sheet: `${rowXml(1, ['a'])}${' '.repeat(8 * 1024 * 1024)}` });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect((await failure(bomb, limits({ sheetBytes: 1024 * 1024 }))).code).toBe('sheet_too_large');
    const many = xlsx({
      sheet: rowXml(1, ['a']),
      sharedStrings: Array.from({ length: 2000 }, (_, i) => `s${i}`),
    });
    expect((await failure(many, limits({ sharedStrings: 1000 }))).code).toBe('sheet_too_large');
    const long = xlsx({ sheet: rowXml(1, ['x'.repeat(300_000)]) });
    expect((await failure(long, limits({ cellChars: 100_000 }))).code).toBe('sheet_too_large');
    const tag = xlsx({ sheet: `<row r="1" ${'a="b" '.repeat(50_000)}><c><v>1</v></c></row>` });
    expect((await failure(tag, limits({ cellChars: 100_000 }))).code).toBe('sheet_too_large');
  }, 60_000); // a worker that fills its heap takes seconds on a busy machine

  it('reads a ZIP64 archive, with the same caps on what it unpacks', async () => {
    const rows = rowXml(1, ['a', 'b']) + rowXml(2, ['c', 3]);
    expect(await read(xlsx({ sheet: rows, zip64: true }))).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['c', '3'] },
    ]);
    const bomb = xlsx({ sheet: `${rows}${' '.repeat(2 * 1024 * 1024)}`, zip64: true });
    expect((await failure(bomb, limits({ sheetBytes: 1024 * 1024 }))).code).toBe('sheet_too_large');
  });

  it('fails the read, not the process, when a file exhausts the worker’s heap', async () => {
    const strings = Array.from({ length: 300_000 }, (_, i) => `name ${i.toString(36)} of staff`);
    const file = xlsx({ sheet: rowXml(1, ['a', 'b']), sharedStrings: strings });
    const err = await failure(file, { workerMemoryMb: 16 });
    expect(err.code).toBe('sheet_too_large');
    expect(err.message).toMatch(/memory/);
    // The same file reads with the normal limit, and the pool still works afterwards.
    expect(await read(file)).toEqual([{ line: 1, values: ['a', 'b'] }]);
  }, 60_000); // a worker that fills its heap takes seconds on a busy machine

  it('refuses broken, encrypted or foreign archives with unsupported_file', async () => {
    const good = xlsx({ sheet: rowXml(1, ['a', 'b']) });
    const cases: Buffer[] = [
      good.subarray(0, 30),
      good.subarray(0, good.length - 10),
      Buffer.concat([good.subarray(0, 200), Buffer.alloc(good.length - 200, 0x41)]),
      zip([{ name: 'xl/workbook.xml', data: '<workbook/>', flags: 1 }]),
      zip([{ name: 'readme.txt', data: 'hello' }]),
      xlsx({ sheet: '', override: { 'xl/worksheets/sheet1.xml': null } }),
      xlsx({ sheet: '', override: { 'xl/workbook.xml': '<workbook><sheets/></workbook>' } }),
      xlsx({ sheet: '<row r="0"><c><v>1</v></c></row>' }),
      xlsx({ sheet: '<row r="abc"><c><v>1</v></c></row>' }),
      xlsx({ sheet: '<row r="1"><c r="1A"><v>1</v></c></row>' }),
      // XML that is not well-formed, an entity of the DTD (never expanded), nesting without end.
      xlsx({
        sheet: '',
        override: { 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c><v>1' },
      }),
      xlsx({
        sheet: '',
        override: {
          'xl/worksheets/sheet1.xml':
            '<!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet><sheetData>' +
            '<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
        },
      }),
      xlsx({ sheet: '', override: { 'xl/worksheets/sheet1.xml': `<worksheet>${'<a>'.repeat(1000)}` } }),
      zip([{ name: '../workbook.xml', data: '<workbook/>' }]),
      zip([
        { name: '_rels/.rels', data: readRels() },
        { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>' },
        { name: 'xl/_rels/workbook.xml.rels', data: sheetRels() },
        { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', method: 12 },
      ]),
    ];
    for (const file of cases) expect((await failure(file)).code).toBe('unsupported_file');
  });

  it('never throws anything but ImportFileError on damaged XML or damaged bytes', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => rowXml(i + 1, [`name ${i}`, i, '2026-11-03'])).join('');
    const whole = xlsx({ sheet: rows, dimension: 'A1:C40' });
    const sheetXml = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 30; i++) {
      const cut = sheetXml.slice(0, Math.floor(next() * sheetXml.length));
      const damaged = Buffer.from(whole);
      for (let k = 0; k < 4; k++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
      for (const file of [xlsx({ sheet: `<worksheet>${cut}` }), damaged]) {
        try {
          await read(file);
        } catch (err) {
          expect(err).toBeInstanceOf(ImportFileError);
        }
      }
    }
  });
});

function readRels() {
  return (
    '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/' +
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
  );
}
function sheetRels() {
  return (
    '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/' +
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
  );
}
