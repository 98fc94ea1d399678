import { describe, expect, it } from 'vitest';
import { sniffEvidence } from './evidence-sniff.js';

const b = (...xs: (number | string)[]) =>
  new Uint8Array(xs.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'latin1')] : [x])));

describe('sniffEvidence', () => {
  it('knows images, PDF and audio by their bytes, whatever the name says', () => {
    expect(sniffEvidence(b(0x89, 'PNG\r\n', 0x1a, 0x0a, 0, 0), 'photo.txt')).toBe('image/png');
    expect(sniffEvidence(b(0xff, 0xd8, 0xff, 0xe0), 'x')).toBe('image/jpeg');
    expect(sniffEvidence(b('GIF89a'), 'x.gif')).toBe('image/gif');
    expect(sniffEvidence(b('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'x')).toBe('image/webp');
    expect(sniffEvidence(b('RIFF', 0, 0, 0, 0, 'WAVEfmt '), 'x')).toBe('audio/wav');
    expect(sniffEvidence(b('%PDF-1.7\n'), 'report.pdf')).toBe('application/pdf');
    expect(sniffEvidence(b('ID3', 4, 0), 'call.mp3')).toBe('audio/mpeg');
    expect(sniffEvidence(b(0xff, 0xfb, 0x90), 'call.mp3')).toBe('audio/mpeg');
    expect(sniffEvidence(b('OggS', 0), 'x.ogg')).toBe('audio/ogg');
    expect(sniffEvidence(b(0, 0, 0, 0x20, 'ftypM4A ', 0), 'x.m4a')).toBe('audio/mp4');
  });

  it('takes text by its name only when the bytes are UTF-8 text', () => {
    expect(sniffEvidence(b('Customer said: 多謝'), 'notes.txt')).toBe('text/plain');
    expect(sniffEvidence(new TextEncoder().encode('顧客說：多謝'), 'notes.txt')).toBe('text/plain');
    expect(sniffEvidence(b('a,b\n1,2\n'), 'visit.CSV')).toBe('text/csv');
    expect(sniffEvidence(b('hello', 0, 'x'), 'notes.txt')).toBeNull();
    expect(sniffEvidence(b(0xc3, 0x28), 'notes.txt')).toBeNull();
  });

  it('refuses what it does not know, a name being no proof', () => {
    expect(sniffEvidence(b('MZ', 0x90, 0), 'photo.png')).toBeNull();
    expect(sniffEvidence(b('PK', 3, 4), 'notes.pdf')).toBeNull();
    expect(sniffEvidence(b('plain words'), 'script.sh')).toBeNull();
    expect(sniffEvidence(b(0, 0, 0, 0x20, 'ftypisom'), 'video.mp4')).toBeNull();
  });
});
