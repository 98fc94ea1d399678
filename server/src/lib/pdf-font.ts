import type PDFKit from 'pdfkit';
import { existsSync, readFileSync } from 'node:fs';

/** Noto Sans CJK (Debian's fonts-noto-cjk): the Traditional Chinese face of the PDFs Frontline writes. */
export const CJK_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** The face of the collection used (Traditional Chinese). */
export const CJK_POSTSCRIPT = 'NotoSansCJKtc-Regular';

const fontCache = new Map<string, Buffer | null>();
/** The font file, read once per process (null when missing). */
export function fontBytes(path: string): Buffer | null {
  if (!fontCache.has(path)) fontCache.set(path, existsSync(path) ? readFileSync(path) : null);
  return fontCache.get(path) ?? null;
}

/** Whether the text has a character Helvetica (WinAnsi) lacks, so the CJK font is needed. */
export const needsCjkFont = (text: string): boolean =>
  /[^\u0020-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac]/.test(text);

export type PdfLang = 'en' | 'zh-Hant';

/**
 * An A4 PDFKit document in the language asked: with the CJK font when the text needs it and the
 * machine has it, else Helvetica and English (the language actually written is returned). `done`
 * is the finished file once `doc.end()` is called.
 */
export async function openPdf(o: {
  lang: PdfLang;
  /** Whether the English version prints anything Helvetica lacks (a Chinese name beside the English). */
  needsCjk: boolean;
  title: string;
  subject: string;
  compress?: boolean;
  fontPath?: string;
}): Promise<{ doc: PDFKit.PDFDocument; lang: PdfLang; font: 'cjk' | 'Helvetica'; done: Promise<Buffer> }> {
  // Embedding the CJK font costs about a second, so it is used only when something needs it.
  const bytes = o.lang === 'zh-Hant' || o.needsCjk ? fontBytes(o.fontPath ?? CJK_FONT_PATH) : null;
  // Loaded on first use: pdfkit is a quarter of a second of every start otherwise (issue #19 item 6).
  const PDFDocument: typeof PDFKit = (await import('pdfkit')).default;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: o.compress ?? true,
    info: { Title: o.title, Author: 'Frontline', Subject: o.subject },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let font: 'cjk' | 'Helvetica' = 'Helvetica';
  if (bytes) {
    try {
      doc.registerFont('cjk', bytes, CJK_POSTSCRIPT);
      doc.font('cjk');
      font = 'cjk';
    } catch {
      doc.font('Helvetica');
    }
  }
  // Chinese needs the font; without it the file is written in English.
  return { doc, lang: o.lang === 'zh-Hant' && bytes === null ? 'en' : o.lang, font, done };
}

/**
 * Draws a table at the document's current position: columns in proportion to `widths` across
 * `width` from `left`, a header row, `none` when there are no rows, a new page when a row would
 * pass the bottom margin. The caller sets the font size.
 */
export function pdfTable(
  doc: PDFKit.PDFDocument,
  box: { left: number; width: number },
  headers: string[],
  widths: number[],
  rows: string[][],
  none: string,
): void {
  const { left, width } = box;
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => (w / total) * width);
  const line = (cells: string[], head: boolean) => {
    const heights = cells.map((c, i) => doc.heightOfString(c || ' ', { width: (cols[i] ?? 40) - 4 }));
    const h = Math.max(...heights, 10);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.fillColor(head ? '#333333' : '#000000').text(c || ' ', x, y, { width: (cols[i] ?? 40) - 4 });
      x += cols[i] ?? 40;
    });
    doc.y = y + h + 3;
    doc
      .moveTo(left, doc.y - 1.5)
      .lineTo(left + width, doc.y - 1.5)
      .strokeColor('#dddddd')
      .lineWidth(0.5)
      .stroke();
  };
  line(headers, true);
  if (rows.length === 0) line([none], false);
  for (const r of rows) line(r, false);
  doc.x = left;
}
