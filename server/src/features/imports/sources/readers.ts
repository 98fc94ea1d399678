/**
 * Reads an uploaded CSV or XLSX file, or a ZIP holding one CSV file (Zendesk's zipped export), into
 * records `{ line, values }` (cells trimmed, fully empty records skipped, real line numbers kept).
 * CSV is streamed; the encoding (UTF-8 with or without BOM, UTF-16LE/BE with BOM, else
 * windows-1252) and the delimiter (`,` `;` tab `|`) are decided from the first 64 KB. The file type
 * comes from its magic bytes, never its name; a ZIP is a workbook when it holds the package parts
 * (zip.ts), else its one CSV file is streamed out of it, within the upload limit.
 *
 * Everything is bounded: a CSV record longer than MAX_LINE_CHARS or wider than MAX_COLUMNS
 * stops the read (`line_too_long`, `sheet_too_large`), a NUL character marks a binary file, and
 * an XLSX file is read by a streaming reader (xlsx.ts). The whole read runs in a worker thread
 * with its own heap limit (read-workers.ts): parsing never holds the server's event loop, and a
 * hostile file can fail its import but not take the server down.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Parser } from 'csv-parse';
import type { ErrorCode } from '@frontline/contract';
import type { ImportIssueCode } from './types.js';
import { readInWorker, type WorkerOptions } from './read-workers.js';
import { readXlsxRecords, type XlsxLimits } from './xlsx.js';
import { DEFAULT_MAX_UNPACKED_BYTES, entryBytes, entryHead, openArchive } from './zip.js';

export class ImportFileError extends Error {
  /** The API error code an upload refused for this reason answers with, when more precise than `import.invalid_file`. */
  readonly errorCode?: ErrorCode;
  /** Values for the translated text (e.g. `count` and `files` of a refused ZIP). */
  readonly params?: Record<string, string | number>;

  constructor(
    readonly code: ImportIssueCode,
    message: string,
    details: { errorCode?: ErrorCode; params?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'ImportFileError';
    if (details.errorCode !== undefined) this.errorCode = details.errorCode;
    if (details.params !== undefined) this.params = details.params;
  }
}

/** Text PostgreSQL can store: NUL and unpaired UTF-16 surrogates become U+FFFD. */
export function storable(s: string): string {
  // In Unicode mode a well-formed surrogate pair is one character, so only a lone half matches.
  // eslint-disable-next-line no-control-regex -- NUL is what this looks for
  return s.replace(/[\u0000\uD800-\uDFFF]/gu, '\uFFFD');
}

export interface FileRecord {
  line: number;
  values: string[];
}

const SAMPLE_BYTES = 64 * 1024;
/** Characters of one CSV record (a line, or several when a quoted cell holds line breaks). */
export const MAX_LINE_CHARS = 1024 * 1024;
/** Cells of one record, not counting empty ones at its end (XLSX: see XLSX_LIMITS.columns). */
export const MAX_COLUMNS = 256;

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

type Kind = { type: 'zip' } | { type: 'csv'; encoding: Encoding };

/** Decides the file type (ZIP: XLSX or a zipped CSV) and text encoding from the first bytes. */
export function sniff(sample: Buffer, fileName = 'file'): Kind {
  const starts = (...bytes: number[]) => bytes.every((b, i) => sample[i] === b);
  // A local file header, or the end of an archive without entries.
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return { type: 'zip' };
  if (starts(0xff, 0xfe, 0x00, 0x00)) {
    throw new ImportFileError('encoding', `${fileName} is UTF-32 text: save it as UTF-8 CSV`);
  }
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

async function* decode(
  bytes: AsyncIterable<Buffer>,
  encoding: Encoding,
  fileName: string,
): AsyncGenerator<string> {
  // TextDecoder drops a leading BOM (ignoreBOM defaults to false).
  const decoder = new TextDecoder(encoding);
  const checked = (text: string) => {
    // No text export holds NUL; PostgreSQL text cannot store it either.
    if (text.includes('\u0000')) {
      throw new ImportFileError('unsupported_file', `${fileName} holds binary data, not CSV text`);
    }
    return text;
  };
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield checked(text);
  }
  const rest = decoder.decode();
  if (rest) yield checked(rest);
}

/**
 * csv-parse's stream, each record pushed with the parser's line count at its end. (Its `info`
 * option gives the same count inside a dozen-field object built for every record: a fifth of the
 * reader's time, #19 item 7.) The parser pushes a record as soon as it ends, so `info.lines` is
 * that record's last line.
 */
class LineParser extends Parser {
  override push(record: unknown, encoding?: BufferEncoding): boolean {
    return super.push(record === null ? null : { record, lines: this.info.lines }, encoding);
  }
}

async function* readCsv(
  bytes: () => AsyncIterable<Buffer>,
  fileName: string,
  encoding: Encoding,
  sample: Buffer,
): AsyncGenerator<FileRecord> {
  const head = new TextDecoder(encoding).decode(sample).replace(/^\uFEFF/, '');
  const parser = new LineParser({
    delimiter: detectDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // Fails as soon as one record outgrows this, instead of buffering a 50 MB line.
    max_record_size: MAX_LINE_CHARS,
  });
  const feed = (async () => {
    try {
      let first = true;
      for await (const text of decode(bytes(), encoding, fileName)) {
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
    for await (const item of parser as AsyncIterable<{ record: string[]; lines: number }>) {
      const line = previousEnd + 1;
      previousEnd = item.lines;
      const values = item.record.map((v) => v.trim());
      if (values.every((v) => v === '')) continue;
      let width = values.length;
      while (width > 0 && values[width - 1] === '') width--;
      if (width > MAX_COLUMNS) {
        throw new ImportFileError(
          'sheet_too_large',
          `${fileName}: line ${line} has ${width} cells; an import reads at most ${MAX_COLUMNS} columns`,
        );
      }
      yield { line, values };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportFileError(
        'line_too_long',
        `${fileName}: line ${previousEnd + 1} is longer than ${MAX_LINE_CHARS / 1048576} MB of text; ` +
          'is it really a CSV export?',
      );
    }
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
    // Spreadsheet dates are wall-clock times, carried as UTC Dates.
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

/** How a file is read, wherever it is read (plain data: it crosses to the worker). */
export interface HereOptions {
  /** The most a zipped CSV may unpack to: the upload limit (default DEFAULT_MAX_UNPACKED_BYTES). */
  maxUnpackedBytes?: number;
  /** Bounds of a spreadsheet (default XLSX_LIMITS; tests lower them). */
  xlsxLimits?: XlsxLimits;
}

export type ReadOptions = HereOptions & WorkerOptions;

/**
 * Every non-empty record of a CSV or XLSX file, with its 1-based line (or spreadsheet row), read
 * in a worker thread (read-workers.ts) so that the server's event loop stays free.
 */
export function readRecords(
  input: { path: string; fileName: string },
  options: ReadOptions = {},
): AsyncIterable<FileRecord> {
  const { workerMemoryMb, ...here } = options;
  return readInWorker(
    input.path,
    input.fileName,
    here,
    workerMemoryMb === undefined ? {} : { workerMemoryMb },
  );
}

/** The records of a file, read on this thread: what the reader's worker runs. */
export async function* readRecordsHere(
  input: { path: string; fileName: string },
  options: HereOptions = {},
): AsyncIterable<FileRecord> {
  const sample = await readSample(input.path);
  if (sample.length === 0) throw new ImportFileError('empty_file', `${input.fileName} is empty`);
  const kind = sniff(sample, input.fileName);
  if (kind.type === 'csv') {
    yield* readCsv(() => fileBytes(input.path), input.fileName, kind.encoding, sample);
    return;
  }
  const archive = await openArchive(input.path, input.fileName);
  if (archive.kind === 'xlsx') {
    yield* readXlsxRecords(input.path, input.fileName, options.xlsxLimits);
    return;
  }
  const { zip, entry } = archive;
  const label = `${input.fileName} (${archive.name})`;
  const max = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  try {
    const head = await entryHead(zip, entry, label, max, SAMPLE_BYTES);
    if (head.length === 0) throw new ImportFileError('empty_file', `${label} is empty`);
    const inner = sniff(head, label);
    if (inner.type === 'zip') {
      throw new ImportFileError('unsupported_file', `${label} is itself a ZIP archive, not CSV text`);
    }
    yield* readCsv(() => entryBytes(zip, entry, label, max), label, inner.encoding, head);
  } finally {
    zip.close();
  }
}

async function* fileBytes(path: string): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(path)) yield chunk as Buffer;
}
