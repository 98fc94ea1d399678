import type { EvidenceType } from '@frontline/contract';

const starts = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Text types by the name's ending: text has no signature, so the bytes are checked to be UTF-8 text. */
const TEXT_ENDINGS: Record<string, EvidenceType> = {
  txt: 'text/plain',
  log: 'text/plain',
  md: 'text/plain',
  csv: 'text/csv',
};

/**
 * The kind of an evidence file from its first bytes (signatures of PNG, JPEG, GIF, WebP, PDF, MP3,
 * WAV, Ogg, M4A and WebM), or, for a name ending in .txt/.log/.md/.csv, from the whole of it being
 * UTF-8 text without NUL bytes. Null: not a kind taken (whatever the name says).
 */
export function sniffEvidence(bytes: Uint8Array, fileName: string): EvidenceType | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, ascii('GIF87a')) || starts(bytes, ascii('GIF89a'))) return 'image/gif';
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WAVE'), 8)) return 'audio/wav';
  if (starts(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (starts(bytes, ascii('ID3'))) return 'audio/mpeg';
  if (bytes.length >= 2 && bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) return 'audio/mpeg';
  if (starts(bytes, ascii('OggS'))) return 'audio/ogg';
  if (
    starts(bytes, ascii('ftyp'), 4) &&
    (starts(bytes, ascii('M4A '), 8) || starts(bytes, ascii('M4B '), 8))
  ) {
    return 'audio/mp4';
  }
  if (starts(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'audio/webm';
  const ending = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const text = TEXT_ENDINGS[ending];
  if (text && !bytes.includes(0)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return text;
    } catch {
      return null;
    }
  }
  return null;
}
