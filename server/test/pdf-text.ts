import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written by pdfkit, one text run per line, for tests to check real values in
 * either language. Compressed streams (FlateDecode) are inflated first. Standard fonts (Helvetica)
 * write WinAnsi bytes as hex; the embedded CJK font writes glyph ids as 4-digit hex, read back
 * through the font's ToUnicode map. Kerning offsets are dropped.
 */
export function pdfText(pdf: Buffer): string {
  const s = inflated(pdf);
  // Font resource name → object number (pdfkit names fonts /F1, /F2 … once per document).
  const fontObj = new Map<string, string>();
  for (const m of s.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontObj.set(m[1]!, m[2]!);
  const objectText = (n: string) => {
    const at = s.search(new RegExp(`(^|\\n)${n} 0 obj\\b`));
    return at < 0 ? '' : s.slice(at, s.indexOf('endobj', at));
  };
  /** Glyph id → text, for a font with a ToUnicode map; null for a standard font. */
  const maps = new Map<string, Map<number, string> | null>();
  const mapOf = (font: string) => {
    if (maps.has(font)) return maps.get(font)!;
    const obj = objectText(fontObj.get(font) ?? '');
    const ref = /\/ToUnicode (\d+) 0 R/.exec(obj)?.[1];
    let map: Map<number, string> | null = null;
    if (ref) {
      map = new Map();
      const cmap = objectText(ref);
      const utf16 = (hex: string) =>
        String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
      for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const line of block[1]!.split('\n')) {
          const r = /^<([0-9a-f]+)> <([0-9a-f]+)> (?:\[([^\]]*)\]|<([0-9a-f]+)>)/i.exec(line.trim());
          if (!r) continue;
          const from = parseInt(r[1]!, 16);
          if (r[3] !== undefined) {
            // A ligature maps to several characters: `<0066 0066>`.
            [...r[3].matchAll(/<([0-9a-f\s]+)>/gi)].forEach((u, i) =>
              map!.set(from + i, utf16(u[1]!.replace(/\s/g, ''))),
            );
          } else {
            const first = parseInt(r[4]!, 16);
            for (let c = from; c <= parseInt(r[2]!, 16); c++) {
              map.set(c, String.fromCharCode(first + c - from));
            }
          }
        }
      }
      for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const r of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
          map.set(parseInt(r[1]!, 16), utf16(r[2]!));
        }
      }
    }
    maps.set(font, map);
    return map;
  };
  const WIN_ANSI: Record<number, string> = {
    0x91: '‘',
    0x92: '’',
    0x93: '“',
    0x94: '”',
    0x96: '–',
    0x97: '—',
    0x85: '…',
    0x80: '€',
  };
  const runs: string[] = [];
  let font = '';
  for (const m of s.matchAll(/\/(F\d+) [\d.]+ Tf|\[((?:<[0-9a-f]*>(?: -?[\d.]+)? ?)*)\] TJ/gi)) {
    if (m[1]) {
      font = m[1];
      continue;
    }
    const hex = [...m[2]!.matchAll(/<([0-9a-f]*)>/gi)].map((x) => x[1]!).join('');
    const map = mapOf(font);
    if (map) {
      runs.push((hex.match(/.{4}/g) ?? []).map((h) => map.get(parseInt(h, 16)) ?? '\ufffd').join(''));
    } else {
      runs.push(
        (hex.match(/.{2}/g) ?? [])
          .map((h) => parseInt(h, 16))
          .map((b) => WIN_ANSI[b] ?? String.fromCharCode(b))
          .join(''),
      );
    }
  }
  return runs.join('\n');
}

/** The PDF as latin1 text with every FlateDecode stream inflated in place. */
function inflated(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  let out = '';
  let last = 0;
  for (const m of s.matchAll(/<<([^<>]*)>>\s*stream\r?\n/g)) {
    const dict = m[1]!;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? NaN);
    if (!dict.includes('/FlateDecode') || !Number.isFinite(length)) continue;
    const start = m.index + m[0].length;
    out += s.slice(last, start);
    out += inflateSync(pdf.subarray(start, start + length)).toString('latin1');
    last = start + length;
  }
  return out + s.slice(last);
}
