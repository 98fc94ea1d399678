/**
 * Reads the first sheet of an XLSX file as records, streaming: each part is inflated by yauzl
 * and parsed by saxes chunk by chunk, and only the rows completed by one chunk are held at a
 * time. Everything is bounded before it is allocated: the ZIP directory (entries and bytes), the
 * declared `<dimension>`, every row and cell reference, the columns of a row, the inflated size
 * of each part (declared and counted), the shared strings, the length of a cell and of anything
 * saxes buffers (a tag, a text run, a comment), and the nesting depth. Anything beyond is refused
 * with `sheet_too_large` (sizes) or `unsupported_file` (damage), never materialised. Runs inside
 * a worker (see read.worker.ts), so even a file that slips past these limits can only exhaust
 * the worker's own heap.
 */
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { cellText, ImportFileError, storable, type FileRecord } from './readers.js';

export interface XlsxLimits {
  /** Columns of a row (A = 1). 16,384 (XFD) is Excel's maximum; no export needs that many. */
  columns: number;
  /** Rows of the sheet: Excel's own maximum, and the most records one import reads. */
  rows: number;
  /** Declared rows × columns. */
  cells: number;
  /** Characters of one cell, tag or text run. */
  cellChars: number;
  /** Inflated bytes of the sheet XML. */
  sheetBytes: number;
  /** Inflated bytes of the workbook, relationships and styles parts. */
  partBytes: number;
  /** Inflated bytes, count and total characters of the shared strings. */
  sharedStringsBytes: number;
  sharedStrings: number;
  sharedStringChars: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  columns: 256,
  rows: 1_048_576,
  cells: 100_000_000,
  cellChars: 1024 * 1024,
  sheetBytes: 4 * 1024 * 1024 * 1024,
  partBytes: 16 * 1024 * 1024,
  sharedStringsBytes: 512 * 1024 * 1024,
  sharedStrings: 4_000_000,
  sharedStringChars: 128 * 1024 * 1024,
};

/** `XFD1048576` → { col: 16384, row: 1048576 } (1-based); null when it is not a cell reference. */
export function parseCellRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,7})\$?(\d{1,9})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

function columnOnly(ref: string): number | null {
  const m = /^\$?([A-Za-z]{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** `_x000D_` escapes of ST_Xstring (ECMA-376 §22.9.2.19). */
function unescapeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);
const DATE_TOKENS = new Set([
  's',
  'ss',
  'm',
  'mm',
  'mmm',
  'mmmm',
  'mmmmm',
  'h',
  'hh',
  'am',
  'pm',
  'a',
  'p',
  'd',
  'dd',
  'ddd',
  'dddd',
  'aaa',
  'aaaa',
  'y',
  'yy',
  'yyy',
  'yyyy',
  'e',
  'ee',
  'g',
  'gg',
  'ggg',
  'b',
  'bb',
  'bbbb',
]);

/** Whether a custom number format shows a date or time (as read-excel-file, used before, decided). */
export function isDateFormat(code: string): boolean {
  const t = code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ');
  return t.split(';').some((part) => {
    const tokens = part
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .split(/[^a-z0#?%]+/)
      .filter(Boolean);
    return tokens.length > 0 && tokens.every((x) => DATE_TOKENS.has(x));
  });
}

/** An Excel serial day as `YYYY-MM-DD HH:mm:ss` (wall-clock, no zone). */
function serialToText(serial: number, epoch1904: boolean): string {
  const days = serial + (epoch1904 ? 1462 : 0) - 25569;
  const ms = Math.round(days * 86_400_000);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return cellText(serial);
  return cellText(new Date(ms));
}

interface Part {
  path: string;
  type: string;
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Entries of the ZIP directory and its size: an XLSX file holds a few dozen entries. */
const MAX_ENTRIES = 10_000;
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
/** Element nesting of a part; a rich-text cell is about six levels deep. */
const MAX_DEPTH = 256;

const unreadable = (fileName: string, why: string) =>
  new ImportFileError('unsupported_file', `${fileName}: not a readable XLSX file (${why})`);

interface Package {
  zip: ZipFile;
  entries: Map<string, Entry>;
}

/**
 * Opens the archive with yauzl (ZIP64 included) and lists its entries, within a count and a
 * size of the central directory. The caller closes `zip`.
 */
async function openPackage(path: string, fileName: string): Promise<Package> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (err) {
    throw unreadable(fileName, (err as Error).message);
  }
  // yauzl reports at most one error; one from the file handle after the listing is not ours.
  zip.on('error', () => undefined);
  try {
    if (zip.entryCount > MAX_ENTRIES) throw unreadable(fileName, `more than ${MAX_ENTRIES} ZIP entries`);
    const entries = new Map<string, Entry>();
    let directoryBytes = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        directoryBytes += 46 + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength;
        if (directoryBytes > MAX_DIRECTORY_BYTES) {
          throw unreadable(fileName, 'the ZIP directory is too large');
        }
        entries.set(entry.fileName, entry);
      }
    } catch (err) {
      if (err instanceof ImportFileError) throw err;
      throw unreadable(fileName, `damaged ZIP directory: ${(err as Error).message}`);
    }
    return { zip, entries };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/**
 * The inflated bytes of one entry, in chunks. Stops with `tooLarge()` as soon as the entry
 * declares or yields more than `maxBytes` (yauzl also holds the bytes to the declared size).
 */
async function* entryChunks(
  zip: ZipFile,
  entry: Entry,
  fileName: string,
  maxBytes: number,
  tooLarge: () => Error,
): AsyncGenerator<Buffer> {
  if (entry.isEncrypted()) throw unreadable(fileName, 'the workbook is password-protected');
  if (!entry.canDecodeFileData()) {
    throw unreadable(fileName, `compression method ${entry.compressionMethod} is not supported`);
  }
  if (entry.uncompressedSize > maxBytes) throw tooLarge();
  let stream: Readable | undefined;
  let total = 0;
  try {
    stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) throw tooLarge();
      yield buffer;
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw unreadable(fileName, (err as Error).message);
  } finally {
    stream?.destroy();
  }
}

interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

/**
 * A saxes parser fed text in chunks. Elements and attributes come out by local name (a prefixed
 * attribute such as `r:id` also under its qualified name), CDATA as text. saxes expands only the
 * predefined entities and character references, never a DTD's. Whatever it buffers since the
 * last complete tag or text (a tag, a text run, a comment) is kept under `maxToken` characters
 * (`tooLong`), the nesting under MAX_DEPTH; anything not well-formed is `broken`.
 */
function createXmlParser(
  h: XmlHandlers,
  maxToken: number,
  tooLong: () => Error,
  broken: (why: string) => Error,
) {
  const parser = new SaxesParser({ xmlns: false });
  let fed = 0;
  let settled = 0;
  let depth = 0;
  const settle = () => {
    settled = parser.position;
  };
  parser.on('opentag', (tag) => {
    settle();
    if (++depth > MAX_DEPTH) throw broken(`elements nested more than ${MAX_DEPTH} deep`);
    const attrs: Record<string, string> = {};
    for (const [qname, value] of Object.entries(tag.attributes)) {
      attrs[localName(qname)] ??= value;
      if (qname.includes(':')) attrs[qname] = value;
    }
    h.open(localName(tag.name), attrs, tag.isSelfClosing);
  });
  parser.on('closetag', (tag) => {
    settle();
    depth--;
    h.close(localName(tag.name));
  });
  parser.on('text', (text) => {
    settle();
    h.text(text);
  });
  parser.on('cdata', (text) => {
    settle();
    h.text(text);
  });
  // No handler for comments, processing instructions or the doctype: they count towards the
  // next element or text, and each handler set on a saxes parser makes every character slower.
  const run = (step: () => void) => {
    try {
      step();
    } catch (err) {
      if (err instanceof ImportFileError) throw err;
      throw broken((err as Error).message);
    }
  };
  return {
    write(chunk: string) {
      fed += chunk.length;
      run(() => parser.write(chunk));
      if (fed - settled > maxToken) throw tooLong();
    },
    end() {
      run(() => parser.close());
    },
  };
}

/** The records of one sheet of the workbook: the first unless `sheet` (0-based, in workbook order) says. */
export async function* readXlsxRecords(
  path: string,
  fileName: string,
  limits: XlsxLimits = XLSX_LIMITS,
  sheet = 0,
): AsyncGenerator<FileRecord> {
  const pkg = await openPackage(path, fileName);
  try {
    yield* readFirstSheet(pkg, fileName, limits, sheet);
  } finally {
    pkg.zip.close();
  }
}

async function* readFirstSheet(
  { zip, entries }: Package,
  fileName: string,
  limits: XlsxLimits,
  sheetIndex: number,
): AsyncGenerator<FileRecord> {
  const tooLarge = (what: string) =>
    new ImportFileError(
      'sheet_too_large',
      `${fileName}: ${what}; an import reads at most ${limits.columns} columns and ${limits.rows.toLocaleString('en')} rows`,
    );
  const notXlsx = (why: string) => unreadable(fileName, why);
  const xmlParser = (name: string, handlers: XmlHandlers) =>
    createXmlParser(
      handlers,
      limits.cellChars,
      () => tooLarge(`a value in ${name} is longer than ${limits.cellChars} characters`),
      (why) => notXlsx(`${name}: ${why}`),
    );
  const chunksOf = (name: string, entry: Entry, maxBytes: number) =>
    entryChunks(zip, entry, fileName, maxBytes, () =>
      tooLarge(`${name} unpacks to more than ${Math.round(maxBytes / 1048576)} MB`),
    );

  async function scan(name: string, maxBytes: number, handlers: XmlHandlers): Promise<boolean> {
    const entry = entries.get(name);
    if (!entry) return false;
    const parser = xmlParser(name, handlers);
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of chunksOf(name, entry, maxBytes)) {
      parser.write(decoder.decode(chunk, { stream: true }));
    }
    parser.write(decoder.decode());
    parser.end();
    return true;
  }

  async function relationships(owner: string): Promise<Map<string, Part>> {
    const slash = owner.lastIndexOf('/');
    const relsPath = `${owner.slice(0, slash + 1)}_rels/${owner.slice(slash + 1)}.rels`;
    const rels = new Map<string, Part>();
    await scan(relsPath, limits.partBytes, {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') {
          rels.set(a.Id, { path: resolvePart(owner, a.Target), type: a.Type ?? '' });
        }
      },
      close() {},
      text() {},
    });
    return rels;
  }

  // The workbook: from the package relationships, else the usual place.
  const root = await relationships('');
  const workbookPath =
    [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  let firstSheetRel: string | null = null;
  let sheetsSeen = 0;
  let epoch1904 = false;
  const hasWorkbook = await scan(workbookPath, limits.partBytes, {
    open(name, a) {
      if (name === 'workbookPr') epoch1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet' && firstSheetRel === null && sheetsSeen++ === sheetIndex) {
        firstSheetRel = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? a.id ?? '';
      }
    },
    close() {},
    text() {},
  });
  if (!hasWorkbook) throw notXlsx('no workbook inside: is it an XLSX file?');
  const rels = await relationships(workbookPath);
  const sheetPath = firstSheetRel !== null ? rels.get(firstSheetRel)?.path : undefined;
  if (!sheetPath || !entries.has(sheetPath)) throw notXlsx('the workbook has no sheet');
  const partOf = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(type))?.path ?? fallback;

  // Styles: which cell formats (cellXfs index) show numbers as dates.
  const numFmts = new Map<number, string>();
  const dateStyle: boolean[] = [];
  let inCellXfs = false;
  await scan(partOf('/styles', 'xl/styles.xml'), limits.partBytes, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId) numFmts.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const custom = id >= 100 || !BUILT_IN_DATE_FORMATS.has(id) ? numFmts.get(id) : undefined;
        dateStyle.push(BUILT_IN_DATE_FORMATS.has(id) || (custom !== undefined && isDateFormat(custom)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });

  // Shared strings, within a count and a total length.
  const shared: string[] = [];
  let sharedChars = 0;
  {
    let si: string | null = null;
    let inT = false;
    let inRun = false;
    let inPhonetic = false;
    await scan(partOf('/sharedStrings', 'xl/sharedStrings.xml'), limits.sharedStringsBytes, {
      open(name) {
        if (name === 'si') si = '';
        else if (name === 't') inT = true;
        else if (name === 'r') inRun = true;
        else if (name === 'rPh') inPhonetic = true;
      },
      close(name) {
        if (name === 'si' && si !== null) {
          if (shared.length >= limits.sharedStrings) {
            throw tooLarge(`it holds more than ${limits.sharedStrings.toLocaleString('en')} distinct texts`);
          }
          shared.push(unescapeXstring(si));
          si = null;
        } else if (name === 't') inT = false;
        else if (name === 'r') inRun = false;
        else if (name === 'rPh') inPhonetic = false;
      },
      text(text) {
        if (si === null || !inT || inPhonetic) return;
        sharedChars += text.length;
        if (sharedChars > limits.sharedStringChars) {
          throw tooLarge(`its texts are longer than ${limits.sharedStringChars / 1048576}M characters`);
        }
        si = inRun ? si + text : text;
      },
    });
  }

  // The sheet, one row at a time.
  const out: FileRecord[] = [];
  let rowNum = 0;
  let row: string[] | null = null;
  let cellCol = 0;
  let nextCol = 1;
  let cellType = 'n';
  let cellStyle = 0;
  let value = '';
  let inline = '';
  let inV = false;
  let inIs = false;
  let inIsT = false;
  let inIsPhonetic = false;
  let inSheetData = false;

  const checkRow = (n: number, written: string) => {
    if (!Number.isInteger(n) || n < 1) {
      throw notXlsx(`bad row number "${written.slice(0, 20)}"`);
    }
    if (n > limits.rows) throw tooLarge(`it has a row numbered ${n.toLocaleString('en')}`);
  };
  const endRow = () => {
    if (row && row.some((v) => v !== '')) {
      const values = Array.from(row, (v) => v ?? '');
      out.push({ line: rowNum, values });
    }
    row = null;
  };

  function cellValue(): string {
    switch (cellType) {
      case 's': {
        const i = Number(value);
        return Number.isInteger(i) && i >= 0 && i < shared.length ? shared[i]!.trim() : '';
      }
      case 'inlineStr':
        return unescapeXstring(inline).trim();
      case 'str':
        return unescapeXstring(value).trim();
      case 'b':
        return value.trim() === '' ? '' : value.trim() === '1' ? 'TRUE' : 'FALSE';
      case 'e':
        return value.trim();
      case 'd': {
        const d = new Date(value.trim());
        return Number.isNaN(d.getTime()) ? value.trim() : cellText(d);
      }
      default: {
        const v = value.trim();
        if (v === '') return '';
        const n = Number(v);
        if (!Number.isFinite(n)) return v;
        return dateStyle[cellStyle] ? serialToText(n, epoch1904) : cellText(n);
      }
    }
  }

  const handlers = {
    open(name: string, a: Record<string, string>) {
      if (name === 'dimension' && a.ref) {
        const [from, to = from] = a.ref.split(':') as [string, string?];
        const f = parseCellRef(from) ?? { col: columnOnly(from) ?? 1, row: 1 };
        const t = parseCellRef(to!) ?? { col: columnOnly(to!) ?? f.col, row: limits.rows };
        const cols = Math.abs(t.col - f.col) + 1;
        const rows = Math.abs(t.row - f.row) + 1;
        if (Math.max(f.col, t.col) > limits.columns) {
          throw tooLarge(
            `the sheet declares ${Math.max(f.col, t.col).toLocaleString('en')} columns (${a.ref})`,
          );
        }
        if (Math.max(f.row, t.row) > limits.rows || rows * cols > limits.cells) {
          throw tooLarge(`the sheet declares ${rows.toLocaleString('en')} rows × ${cols} columns (${a.ref})`);
        }
      } else if (name === 'sheetData') {
        inSheetData = true;
      } else if (!inSheetData) {
        return;
      } else if (name === 'row') {
        endRow();
        const n = a.r !== undefined ? Number(a.r) : rowNum + 1;
        checkRow(n, a.r ?? String(n));
        rowNum = n;
        row = [];
        nextCol = 1;
      } else if (name === 'c') {
        let col = nextCol;
        if (a.r !== undefined) {
          const ref = parseCellRef(a.r);
          if (!ref) throw notXlsx(`bad cell reference "${a.r.slice(0, 20)}"`);
          if (ref.row !== rowNum) checkRow(ref.row, a.r);
          col = ref.col;
        }
        cellCol = col;
        nextCol = col + 1;
        cellType = a.t ?? 'n';
        cellStyle = Number(a.s ?? 0) || 0;
        value = '';
        inline = '';
      } else if (name === 'v') {
        inV = true;
      } else if (name === 'is') {
        inIs = true;
      } else if (name === 't' && inIs) {
        inIsT = true;
      } else if (name === 'rPh' && inIs) {
        inIsPhonetic = true;
      }
    },
    close(name: string) {
      if (!inSheetData) return;
      if (name === 'sheetData') {
        endRow();
        inSheetData = false;
      } else if (name === 'row') {
        endRow();
      } else if (name === 'c') {
        const v = storable(cellValue());
        if (v !== '') {
          if (cellCol > limits.columns) {
            throw tooLarge(`row ${rowNum} has a value in column ${cellCol.toLocaleString('en')}`);
          }
          // A cell outside any <row> (malformed) starts one.
          row ??= [];
          for (let i = row.length; i < cellCol - 1; i++) row.push('');
          row[cellCol - 1] = v;
        }
      } else if (name === 'v') inV = false;
      else if (name === 'is') inIs = false;
      else if (name === 't') inIsT = false;
      else if (name === 'rPh') inIsPhonetic = false;
    },
    text(text: string) {
      if (inV) {
        value += text;
        if (value.length > limits.cellChars) throw tooLarge(`a cell in row ${rowNum} is too long`);
      } else if (inIsT && !inIsPhonetic) {
        inline += text;
        if (inline.length > limits.cellChars) throw tooLarge(`a cell in row ${rowNum} is too long`);
      }
    },
  };

  const parser = xmlParser('the sheet', handlers);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunksOf('the sheet', entries.get(sheetPath)!, limits.sheetBytes)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (out.length) yield* out.splice(0);
  }
  parser.write(decoder.decode());
  parser.end();
  endRow();
  if (out.length) yield* out.splice(0);
}
