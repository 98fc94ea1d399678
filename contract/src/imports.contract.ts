import { Type, type Static } from 'typebox';
import {
  IdParams,
  IsoDate,
  IsoDateTime,
  Line,
  MAX_INT,
  Measure,
  Page,
  Problem,
  Real,
  StringEnum,
  Uuid,
} from './common.contract.js';
import { endpoint } from './endpoint.js';

/** The exports Frontline reads as they come (docs: data-formats.md), plus any CSV/XLSX with a mapping. */
export const IMPORT_SOURCES = [
  'zendesk',
  'freshdesk',
  'chatwoot_agents',
  'chatwoot_csat',
  'amazon_connect',
  'pos',
  'mystery_shop',
  'generic',
] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** Stable codes of problems found in a file; the web shows `importIssue.<code>` with its params. */
export const IMPORT_ISSUE_CODES = [
  'missing_column',
  'unknown_format',
  'empty_file',
  'bad_number',
  'bad_percent',
  'bad_duration',
  'bad_date',
  'bad_value',
  'negative',
  'missing_staff',
  'missing_value',
  'unknown_indicator',
  'too_many_columns',
  'encoding',
  'unsupported_file',
  'too_many_errors',
  'sheet_too_large',
  'line_too_long',
  // Plausibility (dates, offsets and per-indicator bounds of numerator and denominator).
  'date_out_of_range',
  'bad_offset',
  'not_whole',
  'above_denominator',
  'zero_denominator',
  'implausible_value',
  'unusual_value',
  // Mystery-shop visits (data-formats: mystery-shop.md).
  'unknown_item_column',
  'out_of_scale',
  'missing_visit_id',
  'unknown_store',
  'no_scorecard_items',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/**
 * Issue codes that do not block the commit: the row is skipped (`missing_staff`) or imported as
 * it is (`unusual_value`: possible but unusual, for the importer to check). Every other code
 * blocks the commit until the file is corrected.
 */
export const IMPORT_WARNING_CODES = [
  'missing_staff',
  'unusual_value',
] as const satisfies readonly ImportIssueCode[];

export const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const IMPORT_STATUSES = [
  'uploaded', // file stored, header read; waiting for settings
  'validating', // job: every row parsed and checked, clean rows staged
  'validated', // preview ready; may be committed
  'failed', // the file cannot be imported (see issues) or the job was interrupted
  'committing', // job: one transaction
  'committed',
  'undone',
  'discarded',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ImportIssue = Type.Object({
  line: Type.Optional(Type.Integer()),
  column: Type.Optional(Type.String()),
  code: StringEnum(IMPORT_ISSUE_CODES),
  message: Type.String(),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
});
export type ImportIssue = Static<typeof ImportIssue>;

/** Column mapping for generic CSV/XLSX files (server: sources/generic.ts); saved by users as a preset. */
export const GenericMapping = Type.Object(
  {
    /** Column with the staff member: matched as employee number, e-mail or name. */
    staff: Line({ minLength: 1, maxLength: 200 }),
    /** Column with the date or date-time. */
    date: Line({ minLength: 1, maxLength: 200 }),
    /** Fixed indicator code for every row, or a column holding the code. */
    indicatorCode: Type.Optional(Line({ minLength: 1, maxLength: 40 })),
    indicatorColumn: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
    numerator: Line({ minLength: 1, maxLength: 200 }),
    /** Column with the denominator; absent = 1 per row. */
    denominator: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
    /** Column with a row id (ticket id, receipt number…); absent = staff + indicator + day. */
    key: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type GenericMapping = Static<typeof GenericMapping>;

export const ImportSettings = Type.Object(
  {
    source: StringEnum(IMPORT_SOURCES),
    /** IANA zone the file's timestamps are written in when they carry no offset. */
    timeZone: Line({ minLength: 1, maxLength: 64 }),
    dateOrder: StringEnum(DATE_ORDERS),
    mapping: Type.Optional(GenericMapping),
    /** Mystery-shop visits only: the scorecard (version) the visits were scored on. */
    scorecardId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ImportSettings = Static<typeof ImportSettings>;

export const ImportSuggestion = Type.Object({
  personId: Uuid,
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  employeeNumber: Type.String(),
});

export const ImportUnmatched = Type.Object({
  staffKey: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  employeeNumber: Type.Union([Type.String(), Type.Null()]),
  rows: Type.Integer(),
  suggestions: Type.Array(ImportSuggestion),
});
export type ImportUnmatched = Static<typeof ImportUnmatched>;

/** Staff of the file matched by a remembered match (staff_alias): to whom, by whom, since when. */
export const ImportRemembered = Type.Object({
  staffKey: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  employeeNumber: Type.Union([Type.String(), Type.Null()]),
  rows: Type.Integer(),
  personId: Uuid,
  personName: Type.String(),
  /** The user who made the match by hand (their name, else their e-mail). */
  rememberedBy: Type.Union([Type.String(), Type.Null()]),
  rememberedAt: IsoDateTime,
});
export type ImportRemembered = Static<typeof ImportRemembered>;

export const ImportPreviewRow = Type.Object({
  line: Type.Integer(),
  staffKey: Type.String(),
  personId: Type.Union([Uuid, Type.Null()]),
  personName: Type.Union([Type.String(), Type.Null()]),
  indicatorCode: Type.String(),
  occurredAt: Type.Union([IsoDateTime, Type.Null()]),
  occurredOn: Type.Union([IsoDate, Type.Null()]),
  numerator: Type.Number(),
  denominator: Type.Number(),
});
export type ImportPreviewRow = Static<typeof ImportPreviewRow>;

export const ImportCounts = Type.Object({
  records: Type.Integer(),
  observations: Type.Integer(),
  issues: Type.Integer(),
  matchedObservations: Type.Integer(),
  unmatchedObservations: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  skipped: Type.Integer(),
  /** Of `issues`, those that block the commit (all of them count, even beyond the stored list). */
  errors: Type.Optional(Type.Integer()),
  /** Of `issues`, warnings (IMPORT_WARNING_CODES). */
  warnings: Type.Optional(Type.Integer()),
  /**
   * Observations an earlier import made that the records' current state no longer yields (a
   * solved ticket that came back open loses its FCR and resolution time); undo restores them.
   */
  retracted: Type.Optional(Type.Integer()),
});
export type ImportCounts = Static<typeof ImportCounts>;

export const ImportBatch = Type.Object({
  id: Uuid,
  status: StringEnum(IMPORT_STATUSES),
  via: StringEnum(['upload', 'api'] as const),
  fileName: Type.String(),
  fileSize: Type.Integer(),
  sha256: Type.String(),
  detectedSource: Type.Union([StringEnum(IMPORT_SOURCES), Type.Null()]),
  settings: Type.Union([ImportSettings, Type.Null()]),
  columns: Type.Array(Type.String()),
  sample: Type.Array(Type.Array(Type.String())),
  phase: Type.Union([Type.String(), Type.Null()]),
  progressDone: Type.Integer(),
  progressTotal: Type.Union([Type.Integer(), Type.Null()]),
  counts: ImportCounts,
  issues: Type.Array(ImportIssue),
  unmatched: Type.Array(ImportUnmatched),
  /** Rows attributed by a remembered match rather than by number, e-mail or name; check them. */
  remembered: Type.Optional(Type.Array(ImportRemembered)),
  preview: Type.Array(ImportPreviewRow),
  /** Another committed batch of byte-identical content, if any. */
  sameFileAs: Type.Union([Uuid, Type.Null()]),
  /** Undo is refused while a later batch changed rows of this one. */
  canUndo: Type.Boolean(),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoDateTime,
  committedAt: Type.Union([IsoDateTime, Type.Null()]),
  undoneAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type ImportBatch = Static<typeof ImportBatch>;

export const ImportBatchSummary = Type.Object({
  id: Uuid,
  status: StringEnum(IMPORT_STATUSES),
  via: StringEnum(['upload', 'api'] as const),
  source: Type.Union([StringEnum(IMPORT_SOURCES), Type.Null()]),
  fileName: Type.String(),
  counts: ImportCounts,
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoDateTime,
  committedAt: Type.Union([IsoDateTime, Type.Null()]),
  undoneAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type ImportBatchSummary = Static<typeof ImportBatchSummary>;

export const ImportBatchPage = Page(ImportBatchSummary);
export type ImportBatchPage = Static<typeof ImportBatchPage>;

export const UploadImportQuery = Type.Object(
  { fileName: Line({ minLength: 1, maxLength: 255 }) },
  { additionalProperties: false },
);
export type UploadImportQuery = Static<typeof UploadImportQuery>;

export const ListImportsQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT, default: 0 })),
  },
  { additionalProperties: false },
);
export type ListImportsQuery = Static<typeof ListImportsQuery>;

export const MatchStaffBody = Type.Object(
  {
    matches: Type.Array(
      Type.Object(
        { staffKey: Line({ minLength: 1, maxLength: 300 }), personId: Uuid },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);
export type MatchStaffBody = Static<typeof MatchStaffBody>;

export const CommitImportBody = Type.Object(
  {
    /** Leave rows of unmatched staff out (true) or refuse to commit while any remain (false). */
    skipUnmatched: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type CommitImportBody = Static<typeof CommitImportBody>;

export const ImportPreset = Type.Object({
  id: Uuid,
  name: Type.String(),
  settings: ImportSettings,
  createdAt: IsoDateTime,
});
export type ImportPreset = Static<typeof ImportPreset>;

export const CreateImportPresetBody = Type.Object(
  { name: Line({ minLength: 1, maxLength: 100 }), settings: ImportSettings },
  { additionalProperties: false },
);
export type CreateImportPresetBody = Static<typeof CreateImportPresetBody>;

/** A pushed day, in shape only: the service checks it like an imported file's dates. */
const PushDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
/** A pushed instant, in shape only (RFC 3339 with Z or ±hh:mm); the service checks it. */
const PushInstant = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$',
  description: 'RFC 3339 with an offset (Z or ±hh:mm)',
});

/**
 * Integrations push observations with a bearer token (no session, no CSRF). Dates and values
 * go through the same checks as an imported file's rows (dates 2000-01-01 to 2100-12-31,
 * offsets −12:00 to +14:00 in quarter hours, the indicator's plausible bounds), so a bad one is
 * a 422 row issue with its import issue code, and nothing is written.
 */
export const PushObservationsBody = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$' }),
    rows: Type.Array(
      Type.Object(
        {
          employeeNumber: Type.Optional(Line({ minLength: 1, maxLength: 40 })),
          email: Type.Optional(Line({ minLength: 3, maxLength: 254 })),
          indicator: Line({ minLength: 1, maxLength: 40 }),
          occurredOn: Type.Optional(PushDay),
          occurredAt: Type.Optional(PushInstant),
          numerator: Measure,
          denominator: Real({ minimum: 0 }),
          key: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 10000 },
    ),
  },
  { additionalProperties: false },
);
export type PushObservationsBody = Static<typeof PushObservationsBody>;

/** A pushed row's problem: the row (1-based), where in the body, the issue code and its text. */
export const PushIssue = Type.Object({
  path: Type.String(),
  message: Type.String(),
  row: Type.Optional(Type.Integer()),
  column: Type.Optional(Type.String()),
  code: Type.Optional(StringEnum(IMPORT_ISSUE_CODES)),
});
export type PushIssue = Static<typeof PushIssue>;

/** The 422 of a push: Problem, whose issues also carry the import issue code. */
export const PushProblem = Type.Object({
  ...Problem.properties,
  issues: Type.Optional(Type.Array(PushIssue)),
});

export const PushObservationsResult = Type.Object({
  batchId: Uuid,
  counts: ImportCounts,
  /** Rows taken with a warning (unusual but possible values). */
  warnings: Type.Optional(Type.Array(PushIssue)),
});
export type PushObservationsResult = Static<typeof PushObservationsResult>;

export const ApiToken = Type.Object({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String(),
  createdAt: IsoDateTime,
  lastUsedAt: Type.Union([IsoDateTime, Type.Null()]),
  revokedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type ApiToken = Static<typeof ApiToken>;
export const CreateApiTokenBody = Type.Object(
  { name: Line({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type CreateApiTokenBody = Static<typeof CreateApiTokenBody>;
export const CreatedApiToken = Type.Object({ token: ApiToken, secret: Type.String() });
export type CreatedApiToken = Static<typeof CreatedApiToken>;

/** Observations of one person (the evidence behind a figure). */
export const ObservationView = Type.Object({
  id: Type.Integer(),
  indicatorId: Uuid,
  indicatorCode: Type.String(),
  occurredOn: IsoDate,
  numerator: Type.Number(),
  denominator: Type.Number(),
  source: Type.String(),
  batchId: Type.Union([Uuid, Type.Null()]),
  externalKey: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoDateTime,
});
export type ObservationView = Static<typeof ObservationView>;
export const ListObservationsQuery = Type.Object(
  {
    indicatorId: Type.Optional(Uuid),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT, default: 0 })),
  },
  { additionalProperties: false },
);
export type ListObservationsQuery = Static<typeof ListObservationsQuery>;

/** Imports, their presets, integration tokens and the push endpoint (server: imports.routes.ts). */
export const importsEndpoints = {
  upload: endpoint({
    method: 'POST',
    path: '/api/v1/imports',
    access: 'imports.write',
    summary: 'Upload an export file to import (CSV, XLSX or a ZIP holding one CSV)',
    consumes: ['application/octet-stream', 'text/csv'],
    query: UploadImportQuery,
    response: ImportBatch,
    status: 201,
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/v1/imports',
    access: 'imports.read',
    summary: 'List imports',
    query: ListImportsQuery,
    response: ImportBatchPage,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/imports/:id',
    access: 'imports.read',
    summary: 'Get an import',
    params: IdParams,
    response: ImportBatch,
  }),
  validate: endpoint({
    method: 'POST',
    path: '/api/v1/imports/:id/validate',
    access: 'imports.write',
    summary: "Validate an import's file with its settings (in the background)",
    params: IdParams,
    body: ImportSettings,
    response: ImportBatch,
    status: 202,
  }),
  match: endpoint({
    method: 'POST',
    path: '/api/v1/imports/:id/matches',
    access: 'imports.write',
    summary: 'Match unknown staff of an import to people',
    params: IdParams,
    body: MatchStaffBody,
    response: ImportBatch,
  }),
  commit: endpoint({
    method: 'POST',
    path: '/api/v1/imports/:id/commit',
    access: 'imports.write',
    summary: 'Commit a validated import (in the background)',
    params: IdParams,
    body: CommitImportBody,
    response: ImportBatch,
    status: 202,
  }),
  undo: endpoint({
    method: 'POST',
    path: '/api/v1/imports/:id/undo',
    access: 'imports.write',
    summary: 'Undo a committed import',
    params: IdParams,
    response: ImportBatch,
  }),
  discard: endpoint({
    method: 'DELETE',
    path: '/api/v1/imports/:id',
    access: 'imports.write',
    summary: 'Discard an import that is not committed',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
  listPresets: endpoint({
    method: 'GET',
    path: '/api/v1/import-presets',
    access: 'imports.read',
    summary: 'List import presets',
    response: Type.Array(ImportPreset),
  }),
  createPreset: endpoint({
    method: 'POST',
    path: '/api/v1/import-presets',
    access: 'imports.write',
    summary: 'Save import settings as a preset',
    body: CreateImportPresetBody,
    response: ImportPreset,
    status: 201,
  }),
  deletePreset: endpoint({
    method: 'DELETE',
    path: '/api/v1/import-presets/:id',
    access: 'imports.write',
    summary: 'Delete an import preset',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
  listTokens: endpoint({
    method: 'GET',
    path: '/api/v1/api-tokens',
    access: 'integrations.manage',
    summary: 'List integration API tokens',
    response: Type.Array(ApiToken),
  }),
  createToken: endpoint({
    method: 'POST',
    path: '/api/v1/api-tokens',
    access: 'integrations.manage',
    summary: 'Create an integration API token (its secret is shown once)',
    body: CreateApiTokenBody,
    response: CreatedApiToken,
    status: 201,
  }),
  revokeToken: endpoint({
    method: 'DELETE',
    path: '/api/v1/api-tokens/:id',
    access: 'integrations.manage',
    summary: 'Revoke an integration API token',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
  push: endpoint({
    method: 'POST',
    path: '/api/v1/push/observations',
    access: 'token',
    summary: 'Push observations from an integration (API token)',
    body: PushObservationsBody,
    response: PushObservationsResult,
    status: 201,
  }),
};
