// Deterministic observation rows for the import benches (import-observations, import-stall):
// CSAT 0/1 per survey, AHT seconds and FCR 0/1 per contact, FRT minutes per ticket, 500 people,
// every day of 2026, unique keys. The same i always gives the same row.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { employeeNumber, PEOPLE } from './org.js';

export interface BenchRow {
  person: number;
  date: string;
  indicator: string;
  numerator: number;
  denominator: number;
  key: string;
}

export function* rows(n: number): Generator<BenchRow> {
  let s = 0x9e3779b9;
  const rnd = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const day0 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i++) {
    const person = Math.floor(rnd() * PEOPLE);
    const date = new Date(day0 + Math.floor(rnd() * 365) * 86_400_000).toISOString().slice(0, 10);
    const k = rnd();
    let indicator: string;
    let numerator: number;
    if (k < 0.3) {
      indicator = 'CSAT'; // one survey: satisfied 1 / 0 of 1 rated
      numerator = rnd() < 0.86 ? 1 : 0;
    } else if (k < 0.65) {
      indicator = 'AHT'; // one contact: handle seconds
      numerator = 120 + Math.floor(rnd() * 780);
    } else if (k < 0.85) {
      indicator = 'FRT'; // one ticket: first-reply minutes
      numerator = 1 + Math.floor(rnd() * 240);
    } else {
      indicator = 'FCR'; // one first contact: resolved 1 / 0
      numerator = rnd() < 0.72 ? 1 : 0;
    }
    yield { person, date, indicator, numerator, denominator: 1, key: `${indicator}-${i + 1}` };
  }
}

/** Writes `n` rows to `file` as CSV, one line per row from `line`. */
export async function writeCsv(file: string, n: number, header: string, line: (r: BenchRow) => string) {
  const out = createWriteStream(file);
  let buf = header + '\n';
  for (const r of rows(n)) {
    buf += line(r) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

/** The generic CSV both import benches read (employee number, date, indicator, figures, key). */
export const GENERIC_HEADER = 'employee_number,date,indicator,numerator,denominator,key';

export function writeGenericCsv(file: string, n: number) {
  return writeCsv(file, n, GENERIC_HEADER, (r) =>
    [employeeNumber(r.person), r.date, r.indicator, r.numerator, r.denominator, r.key].join(','),
  );
}
