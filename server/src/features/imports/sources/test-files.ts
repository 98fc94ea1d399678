/**
 * Builds ZIP and XLSX files byte by byte for tests (readers, the malformed-file corpus): any
 * part can be replaced, broken or left out, which no spreadsheet library would write.
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflated (default); anything else is written as given. */
  method?: number;
  flags?: number;
}

/** ZIP64 extra field (id 1) of 64-bit values. */
function zip64Extra(...values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return extra;
}

/**
 * A ZIP archive of the given entries; with `zip64`, every size, offset and count is in ZIP64
 * records (as some writers of large workbooks do), the classic fields all set to their maximum.
 */
export function zip(entries: readonly ZipInput[], options: { zip64?: boolean } = {}): Buffer {
  const z64 = options.zip64 === true;
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(data);
    const localExtra = z64 ? zip64Extra(data.length, body.length) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(z64 ? 45 : 20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(z64 ? 0xffffffff : body.length, 18);
    local.writeUInt32LE(z64 ? 0xffffffff : data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    locals.push(local, name, localExtra, body);
    const dirExtra = z64 ? zip64Extra(data.length, body.length, offset) : Buffer.alloc(0);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(z64 ? 45 : 20, 4);
    dir.writeUInt16LE(z64 ? 45 : 20, 6);
    dir.writeUInt16LE(e.flags ?? 0, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(z64 ? 0xffffffff : body.length, 20);
    dir.writeUInt32LE(z64 ? 0xffffffff : data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt16LE(dirExtra.length, 30);
    dir.writeUInt32LE(z64 ? 0xffffffff : offset, 42);
    central.push(dir, name, dirExtra);
    offset += 30 + name.length + localExtra.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (z64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(dirBytes.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + dirBytes.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(z64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(z64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(z64 ? 0xffffffff : dirBytes.length, 12);
  end.writeUInt32LE(z64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, dirBytes, ...tail, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface XlsxParts {
  /** The inner XML of <sheetData>, or a whole sheet when it starts with '<?xml' or '<worksheet'. */
  sheet: string;
  /** `<dimension ref>`; omitted when absent. */
  dimension?: string;
  sharedStrings?: string[];
  /** Number format of cellXfs index 1 (index 0 is General). Default 14 (a date). */
  dateFormat?: { id: number; code?: string };
  date1904?: boolean;
  /** Replace or drop (null) any part by its path. */
  override?: Record<string, string | Buffer | null>;
  /** Write the archive in ZIP64 form. */
  zip64?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An XLSX file with one sheet. */
export function xlsx(p: XlsxParts): Buffer {
  const sheet =
    p.sheet.startsWith('<?xml') || p.sheet.startsWith('<worksheet')
      ? p.sheet
      : `${XML}<worksheet xmlns="${MAIN}">${p.dimension ? `<dimension ref="${p.dimension}"/>` : ''}` +
        `<sheetData>${p.sheet}</sheetData></worksheet>`;
  const fmt = p.dateFormat ?? { id: 14 };
  const parts: Record<string, string | Buffer | null> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      (p.date1904 ? '<workbookPr date1904="1"/>' : '') +
      '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml':
      `${XML}<styleSheet xmlns="${MAIN}">` +
      (fmt.code
        ? `<numFmts count="1"><numFmt numFmtId="${fmt.id}" formatCode="${esc(fmt.code).replace(/"/g, '&quot;')}"/></numFmts>`
        : '') +
      `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="${fmt.id}" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `${XML}<sst xmlns="${MAIN}">${(p.sharedStrings ?? [])
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join('')}</sst>`,
    'xl/worksheets/sheet1.xml': sheet,
    ...p.override,
  };
  return zip(
    Object.entries(parts)
      .filter((e): e is [string, string | Buffer] => e[1] !== null)
      .map(([name, data]) => ({ name, data })),
    { zip64: p.zip64 === true },
  );
}

/** `<row>` XML of plain values: strings inline, numbers as numbers. */
export function rowXml(r: number, values: readonly (string | number)[]): string {
  const cells = values.map((v, i) => {
    let col = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
    }
    return typeof v === 'number'
      ? `<c r="${col}${r}"><v>${v}</v></c>`
      : `<c r="${col}${r}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  });
  return `<row r="${r}">${cells.join('')}</row>`;
}
