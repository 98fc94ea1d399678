/**
 * ZIP archives that are not workbooks. Zendesk delivers its CSV export zipped (`export-….csv`
 * inside a .zip); such an archive is accepted when it holds exactly one CSV file, which is then
 * streamed out of it (yauzl, as for XLSX) into the CSV reader. Anything else in a ZIP is refused
 * with what it holds ("… holds 3 files (a.csv, b.csv, c.txt); it must hold one CSV file").
 *
 * Bounded like an upload: the listing reads at most MAX_LISTED_ENTRIES entries and
 * MAX_DIRECTORY_BYTES of directory; the CSV must declare, and may yield, no more than
 * `maxBytes` (the upload limit); yauzl also checks the inflated bytes against the declared size.
 * So a zip bomb stops before (declared) or at (lying) the limit, and the one-entry rule leaves no
 * room for overlapping entries or a zip inside the zip.
 */
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportFileError, storable } from './readers.js';

/** FRONTLINE_MAX_IMPORT_MB's default (config.ts): the most an archive's CSV may unpack to. */
export const DEFAULT_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** A CSV export zip holds one file; a workbook a few dozen parts. */
export const MAX_LISTED_ENTRIES = 10_000;
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
/** File names quoted in the refusal, and the characters of each. */
const NAMES_SHOWN = 5;
const NAME_CHARS = 100;

export type Archive =
  /** An OPC package (XLSX): read by the XLSX reader, in its worker. */
  | { kind: 'xlsx' }
  /** One CSV file; the caller closes `zip`. */
  | { kind: 'csv'; zip: ZipFile; entry: Entry; name: string };

/** Parts only a spreadsheet package has (ECMA-376 part 2: content types, package relationships). */
const isPackagePart = (name: string) =>
  name === '[Content_Types].xml' || name === '_rels/.rels' || name.startsWith('xl/');

/** What an archiver adds besides the files: folders, macOS resource forks and Finder data. */
const isNoise = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(name);

const unreadable = (fileName: string, why: string) =>
  new ImportFileError('unsupported_file', `${fileName}: not a readable ZIP or XLSX file (${why})`);

function shown(name: string): string {
  const clean = storable(name).replace(/[\p{Cc}\p{Cf}]/gu, '');
  return clean.length > NAME_CHARS ? `${clean.slice(0, NAME_CHARS - 1)}…` : clean;
}

function notOneCsv(fileName: string, count: number, names: string[]): ImportFileError {
  const more = count - names.length;
  const listed = names.map(shown).join(', ') + (names.length > 0 && more > 0 ? `, and ${more} more` : '');
  const holds =
    count === 0
      ? 'no files'
      : `${count.toLocaleString('en')} file${count === 1 ? '' : 's'}${listed ? ` (${listed})` : ''}`;
  return new ImportFileError('unsupported_file', `${fileName} holds ${holds}; it must hold one CSV file.`, {
    errorCode: 'import.zip_contents',
    params: { count, files: listed },
  });
}

/**
 * Opens a ZIP file and tells a workbook from a zipped CSV by its entries: a workbook has the
 * package parts; anything else must hold exactly one `.csv` file (folders and macOS metadata
 * aside). Refused with `unsupported_file`: an unreadable archive, and any other content (the
 * error names what was found; its API code is `import.zip_contents`).
 */
export async function openArchive(path: string, fileName: string): Promise<Archive> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (err) {
    throw unreadable(fileName, (err as Error).message);
  }
  // yauzl reports at most one error; one from the file handle after the listing is not ours.
  zip.on('error', () => undefined);
  let keep = false;
  try {
    const files: Entry[] = [];
    let count = 0;
    if (zip.entryCount <= MAX_LISTED_ENTRIES) {
      let directoryBytes = 0;
      try {
        for await (const entry of zip.eachEntry()) {
          directoryBytes += 46 + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength;
          if (directoryBytes > MAX_DIRECTORY_BYTES) {
            throw unreadable(fileName, 'the ZIP directory is too large');
          }
          if (isPackagePart(entry.fileName)) return { kind: 'xlsx' };
          if (isNoise(entry.fileName)) continue;
          count++;
          if (files.length < NAMES_SHOWN) files.push(entry);
        }
      } catch (err) {
        if (err instanceof ImportFileError) throw err;
        throw unreadable(fileName, `damaged ZIP directory: ${(err as Error).message}`);
      }
    } else {
      count = zip.entryCount;
    }
    const only = files[0];
    if (count !== 1 || !only || !/\.csv$/i.test(only.fileName)) {
      throw notOneCsv(
        fileName,
        count,
        files.map((e) => e.fileName),
      );
    }
    keep = true;
    return { kind: 'csv', zip, entry: only, name: shown(only.fileName) };
  } finally {
    if (!keep) zip.close();
  }
}

/**
 * The inflated bytes of the archive's CSV, in chunks, refused (`unsupported_file`, API code
 * `import.too_large`) as soon as it declares or yields more than `maxBytes`. Stopping early
 * destroys the stream; the entry may be read again.
 */
export async function* entryBytes(
  zip: ZipFile,
  entry: Entry,
  label: string,
  maxBytes: number,
): AsyncGenerator<Buffer> {
  const tooLarge = () =>
    new ImportFileError(
      'unsupported_file',
      `${label} unpacks to more than ${Math.round(maxBytes / 1048576)} MB, the most an import reads`,
      { errorCode: 'import.too_large' },
    );
  if (entry.isEncrypted()) throw unreadable(label, 'the zip is password-protected');
  if (!entry.canDecodeFileData()) {
    throw unreadable(label, `compression method ${entry.compressionMethod} is not supported`);
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
    throw unreadable(label, (err as Error).message);
  } finally {
    stream?.destroy();
  }
}

/** The first `bytes` inflated bytes of the archive's CSV (fewer when it is shorter). */
export async function entryHead(
  zip: ZipFile,
  entry: Entry,
  label: string,
  maxBytes: number,
  bytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of entryBytes(zip, entry, label, maxBytes)) {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= bytes) break;
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}
