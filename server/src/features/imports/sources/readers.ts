/**
 * Reads an uploaded CSV or XLSX file into records `{ line, values }` (cells trimmed, fully empty
 * records skipped, real line numbers kept). CSV is streamed; the encoding (UTF-8 with or without
 * BOM, UTF-16LE/BE with BOM, else windows-1252) and the delimiter (`,` `;` tab `|`) are decided
 * from the first 64 KB. The file type comes from its magic bytes, never its name.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { readSheet } from 'read-excel-file/node';
import type { ImportIssueCode } from './types.js';

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportIssueCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export interface FileRecord {
  line: number;
  values: string[];
}

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

async function readSample(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

type Kind = { type: 'xlsx' } | { type: 'csv'; encoding: Encoding };

/** Decides the file type and text encoding from the first bytes. */
export function sniff(sample: Buffer, fileName = 'file'): Kind {
  const starts = (...bytes: number[]) => bytes.every((b, i) => sample[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return { type: 'xlsx' };
  if (starts(0xff, 0xfe)) return { type: 'csv', encoding: 'utf-16le' };
  if (starts(0xfe, 0xff)) return { type: 'csv', encoding: 'utf-16be' };
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ImportFileError(
      'unsupported_file',
      `${fileName} is an old Excel (.xls) file: save it as .xlsx or CSV`,
    );
  }
  if (sample.includes(0)) {
    throw new ImportFileError('unsupported_file', `${fileName} is a binary file, not CSV or XLSX`);
  }
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { type: 'csv', encoding: 'utf-8' };
  } catch {
    return { type: 'csv', encoding: 'windows-1252' };
  }
}

/** The delimiter that occurs most (outside quotes) in the first lines; ',' when none does. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n' && ++lines >= 10) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

async function* decode(path: string, encoding: Encoding): AsyncGenerator<string> {
  // TextDecoder drops a leading BOM (ignoreBOM defaults to false).
  const decoder = new TextDecoder(encoding);
  for await (const chunk of createReadStream(path)) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* readCsv(path: string, encoding: Encoding, sample: Buffer): AsyncGenerator<FileRecord> {
  const head = new TextDecoder(encoding).decode(sample).replace(/^\uFEFF/, '');
  const parser = parse({
    delimiter: detectDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  });
  const feed = (async () => {
    try {
      let first = true;
      for await (const text of decode(path, encoding)) {
        const chunk = first ? text.replace(/^\uFEFF/, '') : text;
        first = false;
        if (parser.destroyed) return;
        if (!parser.write(chunk)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              parser.off('drain', done);
              parser.off('close', done);
              resolve();
            };
            parser.once('drain', done);
            parser.once('close', done);
          });
        }
      }
      if (!parser.destroyed) parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let previousEnd = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = previousEnd + 1;
      previousEnd = item.info.lines;
      const values = item.record.map((v) => v.trim());
      if (values.every((v) => v === '')) continue;
      yield { line, values };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('unknown_format', `Could not read the CSV file: ${(error as Error).message}`);
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feed;
  }
}

/** A cell of a spreadsheet as text: dates `YYYY-MM-DD HH:mm:ss`, numbers as plain decimals. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // read-excel-file gives the wall-clock time as a UTC Date.
    const iso = value.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'number') {
    const n = Number(value.toPrecision(15));
    if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
    const s = String(n);
    return s.includes('e') ? n.toFixed(20).replace(/\.?0+$/, '') : s;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value as string).trim();
}

async function* readXlsx(path: string, fileName: string): AsyncGenerator<FileRecord> {
  let rows: unknown[][];
  try {
    rows = (await readSheet(path)) as unknown[][];
  } catch (error) {
    throw new ImportFileError(
      'unsupported_file',
      `${fileName}: not a readable XLSX file (${(error as Error).message})`,
    );
  }
  for (const [i, row] of rows.entries()) {
    const values = row.map(cellText);
    if (values.every((v) => v === '')) continue;
    yield { line: i + 1, values };
  }
}

/** Every non-empty record of a CSV or XLSX file, with its 1-based line (or spreadsheet row). */
export async function* readRecords(input: { path: string; fileName: string }): AsyncIterable<FileRecord> {
  const sample = await readSample(input.path);
  if (sample.length === 0) throw new ImportFileError('empty_file', `${input.fileName} is empty`);
  const kind = sniff(sample, input.fileName);
  if (kind.type === 'xlsx') yield* readXlsx(input.path, input.fileName);
  else yield* readCsv(input.path, kind.encoding, sample);
}
