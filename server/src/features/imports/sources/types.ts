/**
 * What every import source (Zendesk, Freshdesk, Chatwoot, Amazon Connect, POS, generic) turns a
 * file into. The pipeline (imports.service.ts) reads the file into records (readers.ts), feeds
 * them to a SourceParser, stages the observations and later resolves staff and local days in SQL.
 * Parsers are pure: no database, no clock, no I/O.
 */
import type { DateOrder, GenericMapping, ImportIssueCode } from '@frontline/contract';
export type { ImportIssueCode, ImportSource } from '@frontline/contract';
import type { MysteryShopSettings } from './mystery-shop.js';

/** One problem with the file, pointing at a line and a column when it can. */
export interface ImportIssue {
  /** 1-based line number in the file (the header is line 1 for a plain CSV). */
  line?: number;
  /** The column header as written in the file. */
  column?: string;
  /** Stable code; the web shows `importIssue.<code>` in the user's language with `params`. */
  code: ImportIssueCode;
  /** English text for logs and API users. */
  message: string;
  params?: Record<string, string | number>;
}

/** Who the row is about, as the file says it. The pipeline matches it to a person. */
export interface StaffRef {
  employeeNumber?: string;
  email?: string;
  /** Display name as written (e.g. Zendesk "Assignee", Chatwoot "Agent name"). */
  name?: string;
}

export interface ParsedObservation {
  line: number;
  staff: StaffRef;
  /** Indicator code from the preset library (CSAT, FRT, AHT, …) or a custom code (generic files). */
  indicatorCode: string;
  /**
   * When it happened, as a UTC instant (ISO 8601 with Z), for sources with timestamps: the
   * pipeline turns it into a day in the person's own org-unit time zone. Exactly one of
   * occurredAt / occurredOn is set.
   */
  occurredAt?: string;
  /** The day, for sources that only give dates (daily intervals, POS days, report periods). */
  occurredOn?: string;
  numerator: number;
  denominator: number;
  /**
   * Stable identity of this fact within its source, so re-importing the same data changes
   * nothing: e.g. `zendesk:ticket:4711` (the pipeline adds the indicator). Two observations of
   * the same indicator with the same key are the same fact: the later line wins.
   */
  externalKey: string;
}

export interface SourceSettings {
  /**
   * IANA time zone the source writes its timestamps in when they carry no offset
   * (Zendesk CSV: the account's default time zone; Chatwoot: the server's). Default 'UTC'.
   */
  timeZone: string;
  /** Date order for ambiguous dates like 03/04/2026: 'ymd' | 'dmy' | 'mdy'. Default 'ymd'. */
  dateOrder: DateOrder;
  /** Generic files only: which column holds what (see generic.ts). */
  mapping?: GenericMapping;
  /** 1–5 satisfaction scales (Zendesk): the lowest score that counts as satisfied. Default 4. */
  satisfiedFrom?: number;
  /** Mystery-shop visits only: the chosen scorecard and the units (loaded by the pipeline). */
  mysteryShop?: MysteryShopSettings;
}

/**
 * A record a row states in full (a ticket, an agent's interval, a POS day): at commit, an
 * observation of this record that an earlier import made and this row no longer yields is
 * retracted (undo restores it). Rows of sources without whole records (generic files) set none.
 */
export interface RecordRef {
  externalKey: string;
  staff: StaffRef;
}

export interface RowResult {
  observations: ParsedObservation[];
  issues: ImportIssue[];
  records?: RecordRef[];
}

export interface SourceParser {
  /** Called once with the header record (first non-preamble record). */
  header(columns: string[], line: number): ImportIssue[];
  /** Called for every later record. `values` align with the header columns. */
  row(values: string[], line: number): RowResult;
  /** Called at the end of the file (for sources whose period line comes last). */
  finish(): RowResult;
}
