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
