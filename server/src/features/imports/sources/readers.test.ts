import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  ImportFileError,
  MAX_COLUMNS,
  MAX_LINE_CHARS,
  readRecords,
  type ReadOptions,
} from './readers.js';
import { zip } from './test-files.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/imports/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'frontline-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(path: string, options: ReadOptions = {}) {
  const out: { line: number; values: string[] }[] = [];
  for await (const r of readRecords({ path, fileName: 'upload' }, options)) out.push(r);
  return out;
}

function temp(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readRecords, CSV', () => {
  it('detects the delimiter, strips a BOM, trims cells, skips empty records with real line numbers', async () => {
    const path = temp('a.csv', '\uFEFF Name ; Value \n"Lee; Ann";"multi\nline"\n\n;;\n Bo ; 2\n');
    expect(await read(path)).toEqual([
      { line: 1, values: ['Name', 'Value'] },
      { line: 2, values: ['Lee; Ann', 'multi\nline'] },
      { line: 6, values: ['Bo', '2'] },
    ]);
  });

  it('reads tab, pipe and short/long records', async () => {
    expect(await read(temp('t.tsv', 'a\tb\n1\n1\t2\t3\n'))).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['1'] },
      { line: 3, values: ['1', '2', '3'] },
    ]);
    expect(await read(temp('p.csv', 'a|b\n1|2\n'))).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['1', '2'] },
    ]);
  });

  it('reads UTF-16LE and UTF-16BE files with a BOM', async () => {
    const text = 'Agent,Café\n陳大文,1\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const expected = [
      { line: 1, values: ['Agent', 'Café'] },
      { line: 2, values: ['陳大文', '1'] },
    ];
    expect(await read(temp('le.csv', le))).toEqual(expected);
    expect(await read(temp('be.csv', be))).toEqual(expected);
  });

  it('falls back to windows-1252 for invalid UTF-8 (Zendesk ; variant)', async () => {
    const rows = await read(join(fixtures, 'zendesk-tickets-semicolon.csv'));
    expect(rows).toHaveLength(6);
    expect(rows[0]?.values.slice(0, 3)).toEqual(['Summation column', 'Id', 'Requester']);
    expect(rows[5]?.values[8]).toBe('José Pérez');
    expect(rows[5]?.line).toBe(6);
  });

  it('refuses binary files and empty files', async () => {
    const bin = temp('x.csv', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    await expect(read(bin)).rejects.toMatchObject({ code: 'unsupported_file' });
    await expect(read(bin)).rejects.toBeInstanceOf(ImportFileError);
    const xls = temp('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(read(xls)).rejects.toMatchObject({ code: 'unsupported_file' });
    await expect(read(temp('e.csv', ''))).rejects.toMatchObject({ code: 'empty_file' });
  });

  it('fails fast on a 50 MB line, a record wider than the column limit, UTF-32 and late NUL bytes', async () => {
    const started = Date.now();
    const long = temp(
      'long.csv',
      Buffer.concat([Buffer.from('a,b\n'), Buffer.alloc(50 * 1024 * 1024, 0x78)]),
    );
    await expect(read(long)).rejects.toMatchObject({ code: 'line_too_long' });
    const quoted = temp('quoted.csv', `a,b\n"${'x,'.repeat(MAX_LINE_CHARS)}\n1,2\n`);
    await expect(read(quoted)).rejects.toMatchObject({ code: 'line_too_long' });
    expect(Date.now() - started).toBeLessThan(5000);
    const wide = temp('wide.csv', `a,b\n${Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => i).join(',')}\n`);
    await expect(read(wide)).rejects.toMatchObject({ code: 'sheet_too_large' });
    // Empty cells at the end of a record do not count.
    expect(await read(temp('trailing.csv', `a,b${','.repeat(MAX_COLUMNS * 2)}\n`))).toHaveLength(1);
    const utf32 = temp('u32.csv', Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]));
    await expect(read(utf32)).rejects.toMatchObject({ code: 'encoding' });
    const lateNul = temp(
      'nul.csv',
      Buffer.concat([Buffer.from('a,b\n' + '1,2\n'.repeat(40_000)), Buffer.from([0])]),
    );
    await expect(read(lateNul)).rejects.toMatchObject({ code: 'unsupported_file' });
  });

  it('decides by magic bytes, not by name', async () => {
    const path = temp('really-csv.xlsx', 'a,b\n1,2\n');
    expect(await read(path)).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['1', '2'] },
    ]);
  });

  it('streams a large file and stops cleanly when the reader breaks early', async () => {
    const big =
      'Agent,Value\n' + Array.from({ length: 50_000 }, (_, i) => `agent ${i},${i}`).join('\n') + '\n';
    const path = temp('big.csv', big);
    const head: number[] = [];
    for await (const r of readRecords({ path, fileName: 'big.csv' })) {
      head.push(r.line);
      if (head.length >= 3) break;
    }
    expect(head).toEqual([1, 2, 3]);
    let count = 0;
    let last = 0;
    for await (const r of readRecords({ path, fileName: 'big.csv' })) {
      count++;
      last = r.line;
    }
    expect([count, last]).toEqual([50_001, 50_001]);
  });

  it('detectDelimiter ignores delimiters inside quotes and a period line', () => {
    expect(detectDelimiter('"a,b,c";d;e\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('Reporting period 2026-11-01 to 2026-11-07\n\nAgent name,Assigned\n')).toBe(',');
    expect(detectDelimiter('just one column\n')).toBe(',');
  });
});

describe('readRecords, XLSX', () => {
  it('reads the first sheet with row numbers, dates and plain numbers', async () => {
    const path = temp('generic-renamed.csv', readFileSync(join(fixtures, 'generic.xlsx')));
    expect(await read(path)).toEqual([
      { line: 1, values: ['Staff', 'Date', 'Metric', 'Value', 'Count'] },
      { line: 2, values: ['E001', '2026-11-03 00:00:00', 'QA_SCORE', '92.5', '1'] },
      { line: 4, values: ['E002', '2026-11-04 09:30:00', 'CSAT', '0.3', '3'] },
    ]);
  });
});

describe('readRecords, a zipped CSV (Zendesk delivers its export as export-….csv in a .zip)', () => {
  const fixture = (name: string) => readFileSync(join(fixtures, name));
  async function refusal(content: Buffer, options: ReadOptions = {}) {
    const path = temp(`z${Math.random().toString(36).slice(2)}.zip`, content);
    try {
      await read(path, options);
    } catch (err) {
      expect(err).toBeInstanceOf(ImportFileError);
      return err as ImportFileError;
    }
    throw new Error('expected the zip to be refused');
  }

  it('reads the one CSV inside exactly as the CSV itself: deflated or stored, in a folder, macOS extras aside', async () => {
    for (const name of ['zendesk-tickets.csv', 'zendesk-tickets-semicolon.csv']) {
      const plain = await read(join(fixtures, name));
      expect(plain.length).toBeGreaterThan(3);
      const archives = [
        zip([{ name: 'export-2026-11-06-1530-12345-9876543210.csv', data: fixture(name) }]),
        zip([{ name: 'export.csv', data: fixture(name), method: 0 }]),
        zip([
          { name: 'export/', data: '' },
          { name: 'export/export-2026-11-06.CSV', data: fixture(name) },
          { name: '__MACOSX/export/._export-2026-11-06.CSV', data: 'resource fork' },
          { name: '.DS_Store', data: 'finder' },
        ]),
      ];
      for (const archive of archives) {
        expect(await read(temp(`${name}.zip`, archive))).toEqual(plain);
      }
    }
  });

  it('stops cleanly when the reader breaks early (the upload reads seven records)', async () => {
    const big =
      'Agent,Value\n' + Array.from({ length: 50_000 }, (_, i) => `agent ${i},${i}`).join('\n') + '\n';
    const path = temp('big.zip', zip([{ name: 'big.csv', data: big }]));
    const head: number[] = [];
    for await (const r of readRecords({ path, fileName: 'big.zip' })) {
      head.push(r.line);
      if (head.length >= 7) break;
    }
    expect(head).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect((await read(path)).length).toBe(50_001);
  });

  it('refuses any other zip, saying what it holds', async () => {
    const three = await refusal(
      zip([
        { name: 'a.csv', data: 'x,y\n1,2\n' },
        { name: 'b.csv', data: 'x,y\n1,2\n' },
        { name: 'c.txt', data: 'notes' },
      ]),
    );
    expect(three.code).toBe('unsupported_file');
    expect(three.errorCode).toBe('import.zip_contents');
    expect(three.message).toBe('upload holds 3 files (a.csv, b.csv, c.txt); it must hold one CSV file.');
    expect(three.params).toEqual({ count: 3, files: 'a.csv, b.csv, c.txt' });

    const pdf = await refusal(zip([{ name: 'report.pdf', data: '%PDF-1.7' }]));
    expect(pdf.message).toBe('upload holds 1 file (report.pdf); it must hold one CSV file.');
    expect((await refusal(zip([]))).message).toBe('upload holds no files; it must hold one CSV file.');
    const many = await refusal(
      zip(Array.from({ length: 8 }, (_, i) => ({ name: `day-${i + 1}.csv`, data: 'x\n1\n' }))),
    );
    expect(many.message).toBe(
      'upload holds 8 files (day-1.csv, day-2.csv, day-3.csv, day-4.csv, day-5.csv, and 3 more); ' +
        'it must hold one CSV file.',
    );
    expect(many.params).toMatchObject({ count: 8 });

    // A zip in the zip, even named .csv, is not unpacked again.
    const nested = await refusal(
      zip([{ name: 'export.csv', data: zip([{ name: 'inner.csv', data: 'x\n1\n' }]) }]),
    );
    expect(nested.message).toMatch(/is itself a ZIP archive/);
    const empty = await refusal(zip([{ name: 'export.csv', data: '' }]));
    expect(empty.code).toBe('empty_file');
    const locked = await refusal(zip([{ name: 'export.csv', data: 'x\n1\n', flags: 1 }]));
    expect(locked.message).toMatch(/password-protected/);
  });

  it('refuses a zip bomb at the upload limit, whether it declares its size or lies about it', async () => {
    // 4.4 MB of rows that deflate to a few kilobytes.
    const rows = 'Agent,Value\n' + 'helen.ko,1\n'.repeat(400_000);
    const bomb = zip([{ name: 'export.csv', data: rows }]);
    expect(bomb.length).toBeLessThan(16 * 1024);
    const limit = { maxUnpackedBytes: 1024 * 1024 };
    const declared = await refusal(bomb, limit);
    expect(declared.errorCode).toBe('import.too_large');
    expect(declared.message).toBe('upload (export.csv) unpacks to more than 1 MB, the most an import reads');

    // The same archive claiming 2 KB in its directory: stopped by the bytes it actually yields.
    const liar = Buffer.from(bomb);
    const dir = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(2048, dir + 24);
    const lying = await refusal(liar, limit);
    expect(lying.code).toBe('unsupported_file');
    expect(lying.message).toMatch(/too many bytes in the stream/);
    // Within a higher limit the same archive reads.
    const path = temp('ok.zip', bomb);
    const head: string[][] = [];
    for await (const r of readRecords({ path, fileName: 'ok.zip' }, { maxUnpackedBytes: 8 * 1024 * 1024 })) {
      head.push(r.values);
      if (head.length >= 2) break;
    }
    expect(head).toEqual([
      ['Agent', 'Value'],
      ['helen.ko', '1'],
    ]);
  });

  it('still refuses a damaged archive with unsupported_file', async () => {
    const good = zip([{ name: 'export.csv', data: 'x,y\n1,2\n' }]);
    for (const file of [good.subarray(0, 30), good.subarray(0, good.length - 10)]) {
      expect((await refusal(file)).code).toBe('unsupported_file');
    }
  });
});
