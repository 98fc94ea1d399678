import { Type, type Static, type TSchema } from 'typebox';
import { MAX_DATE, MIN_DATE } from './calendar.js';
import { ERROR_CODES } from './error-codes.js';

/** A string enum: JSON Schema `enum`, typed as the union of its values. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: Record<string, unknown> = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const Uuid = Type.String({ format: 'uuid' });

/**
 * Dates and instants. In requests the server's validator takes only real dates from MIN_DATE to
 * MAX_DATE (calendar.ts) for `date` and `date-time` (2027-02-29, 0000-01-01 and 9999-12-31 are
 * 400); responses are not bounded, so a figure about any day can still be written back.
 */
export const IsoDate = Type.String({ format: 'date', description: `YYYY-MM-DD, ${MIN_DATE} to ${MAX_DATE}` });
export const IsoDateTime = Type.String({
  format: 'date-time',
  description: `RFC 3339, on a day from ${MIN_DATE} to ${MAX_DATE}`,
});

/*
 * Text. Control characters (C0, DEL, C1) and unpaired UTF-16 surrogates are never valid; multi-line
 * text may hold tab, line feed and carriage return. The patterns are matched in Unicode mode (Ajv's
 * default), where a surrogate pair is one character and only a lone surrogate is refused. The
 * server also refuses NUL and lone surrogates in every request string (request.invalid_text).
 */
const LINE_PATTERN = '^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]*$';
const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]*$';

/** One line of text (names, titles, codes from other systems): no control characters at all. */
export const Line = (options: { minLength?: number; maxLength: number; description?: string }) =>
  Type.String({ ...options, pattern: LINE_PATTERN });
/** Multi-line text (notes, descriptions, messages): tab, LF and CR allowed, other controls not. */
export const Text = (options: { minLength?: number; maxLength: number; description?: string }) =>
  Type.String({ ...options, pattern: TEXT_PATTERN });

/**
 * Numbers. `format: 'real'` (registered by the server's validator): finite, and zero or at least
 * 1e-9 in magnitude, so sums of squares neither overflow nor underflow in double precision.
 * Measures (observations, targets, thresholds) stay within ±1e12.
 */
export const REAL_FORMAT = 'real';
export const MAX_MEASURE = 1e12;
export const isReal = (x: number): boolean => Number.isFinite(x) && (x === 0 || Math.abs(x) >= 1e-9);
export const Real = (options: {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  description?: string;
}) =>
  Type.Number({
    // an exclusive bound replaces the inclusive one on its side (never both: one bound per side)
    ...(options.exclusiveMinimum === undefined ? { minimum: -MAX_MEASURE } : {}),
    ...(options.exclusiveMaximum === undefined ? { maximum: MAX_MEASURE } : {}),
    ...options,
    format: REAL_FORMAT,
  });
/** A measure in an indicator's units: a real number within ±MAX_MEASURE. */
export const Measure = Real({});

/** The largest offset or count a query may name (PostgreSQL integer). */
export const MAX_INT = 2_147_483_647;

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

/** One of the stable error codes of contract/src/error-codes.ts. */
export const ErrorCodeSchema = StringEnum(ERROR_CODES, {
  description: 'A stable error code; the same code always means the same thing.',
});

/** RFC 9457 problem details, with our stable `code`. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the kind of problem (its code).' }),
    title: Type.String({ description: 'The HTTP status in words.' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    code: ErrorCodeSchema,
    detail: Type.Optional(Type.String({ description: 'What went wrong, in English.' })),
    requestId: Type.Optional(Type.String({ description: 'The x-request-id of the answer (for the log).' })),
    issues: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'A JSON pointer into the request (or the file).' }),
          message: Type.String(),
          row: Type.Optional(Type.Integer()),
          column: Type.Optional(Type.String()),
        }),
        { description: 'Each problem of an invalid request.' },
      ),
    ),
  },
  { description: 'RFC 9457 problem details with a stable `code`.' },
);
export type Problem = Static<typeof Problem>;

/** A free JSON object (a record's fields as an audit entry saw them). */
export const JsonObject = Type.Record(Type.String(), Type.Unknown(), { description: 'A JSON object' });
export type JsonObject = Static<typeof JsonObject>;

export const PageQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT, default: 0 })),
  },
  { additionalProperties: false },
);

/** A page of a list, as every paged endpoint answers (the static type of `Page(item)`). */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });
}
