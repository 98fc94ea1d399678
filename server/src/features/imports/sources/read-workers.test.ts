import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readRecords, readRecordsHere } from './readers.js';

// On this (the main) thread, the CSV parser and the spreadsheet reader refuse to run: a file read
// here fails, a file read in the reader's worker (which loads the real modules) does not.
vi.mock('csv-parse', () => ({
  Parser: class {
    constructor() {
      throw new Error('CSV parsed on the main thread');
    }
  },
}));
vi.mock('./xlsx.js', () => ({
  readXlsxRecords: () => {
    throw new Error('XLSX read on the main thread');
  },
}));

const collect = async (records: AsyncIterable<{ line: number; values: string[] }>) => {
  const out: { line: number; values: string[] }[] = [];
  for await (const r of records) out.push(r);
  return out;
};

describe('reading a file off the event loop (issue 10 item 5)', () => {
  let dir: string;
  let csv: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'frontline-read-'));
    csv = join(dir, 'tickets.csv');
    await writeFile(csv, 'Agent,Tickets\nCherry Lau,4\nJacky Ng,7\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('parses CSV in the worker, not on the main thread', async () => {
    await expect(collect(readRecordsHere({ path: csv, fileName: 'tickets.csv' }))).rejects.toThrow(
      'CSV parsed on the main thread',
    );
    expect(await collect(readRecords({ path: csv, fileName: 'tickets.csv' }))).toEqual([
      { line: 1, values: ['Agent', 'Tickets'] },
      { line: 2, values: ['Cherry Lau', '4'] },
      { line: 3, values: ['Jacky Ng', '7'] },
    ]);
  });

  it('carries a refusal across the thread with its API code and values', async () => {
    const wide = join(dir, 'wide.csv');
    await writeFile(wide, `${Array.from({ length: 300 }, (_, i) => `c${i}`).join(',')}\n`);
    await expect(collect(readRecords({ path: wide, fileName: 'wide.csv' }))).rejects.toMatchObject({
      name: 'ImportFileError',
      code: 'sheet_too_large',
    });
  });
});
