import type { GenericMapping, ImportBatch, ImportSettings, ImportSource } from '@frontline/contract';

/** The browser's own time zone (the usual zone of the files its user exports), else UTC. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const FALLBACK_ZONES = [
  'UTC',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Macau',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Europe/London',
];

/** Every IANA zone the browser knows (a short list where it cannot tell), with `keep` included. */
export function timeZones(keep: string): string[] {
  let zones: string[] = FALLBACK_ZONES;
  try {
    const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone');
    if (all && all.length > 0) zones = all;
  } catch {
    // keep the short list
  }
  return zones.includes(keep) ? zones : [keep, ...zones];
}

/** The mapping of a generic file as the form holds it: '' for an unchosen column. */
export interface MappingDraft {
  staff: string;
  date: string;
  indicatorMode: 'fixed' | 'column';
  indicatorCode: string;
  indicatorColumn: string;
  numerator: string;
  denominator: string;
  key: string;
}

export const emptyMapping: MappingDraft = {
  staff: '',
  date: '',
  indicatorMode: 'fixed',
  indicatorCode: '',
  indicatorColumn: '',
  numerator: '',
  denominator: '',
  key: '',
};

export function draftOf(m: GenericMapping | undefined): MappingDraft {
  if (!m) return emptyMapping;
  return {
    staff: m.staff,
    date: m.date,
    indicatorMode: m.indicatorColumn ? 'column' : 'fixed',
    indicatorCode: m.indicatorCode ?? '',
    indicatorColumn: m.indicatorColumn ?? '',
    numerator: m.numerator,
    denominator: m.denominator ?? '',
    key: m.key ?? '',
  };
}

/** The mapping to send, or null while a required part is missing. */
export function mappingOf(d: MappingDraft): GenericMapping | null {
  const indicator = d.indicatorMode === 'fixed' ? d.indicatorCode : d.indicatorColumn;
  if (!d.staff || !d.date || !d.numerator || !indicator) return null;
  const m: GenericMapping = { staff: d.staff, date: d.date, numerator: d.numerator };
  if (d.indicatorMode === 'fixed') m.indicatorCode = d.indicatorCode;
  else m.indicatorColumn = d.indicatorColumn;
  if (d.denominator) m.denominator = d.denominator;
  if (d.key) m.key = d.key;
  return m;
}

/** The settings a batch starts with: its own, else the detected source in the browser's zone. */
export function initialSettings(batch: ImportBatch): ImportSettings {
  if (batch.settings) return batch.settings;
  const source: ImportSource = batch.detectedSource ?? 'generic';
  return { source, timeZone: browserTimeZone(), dateOrder: 'ymd' };
}
