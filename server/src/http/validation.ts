import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { LazyCompiles } from './lazy-compile.js';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { REAL_FORMAT, isDateInRange, isReal } from '@frontline/contract';
import { AppError } from '../lib/errors.js';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// strictNumbers: NaN and Infinity (JSON 1e400) are not numbers.
const common: Options = { allErrors: true, removeAdditional: false, strict: false, strictNumbers: true };

/**
 * The standard formats, with `date` and `date-time` bounded to real days from MIN_DATE to
 * MAX_DATE (a date-time by the day it names), and `real` for measures (see Real in the contract).
 * Only requests are validated here; responses are written with their own, unbounded formats.
 */
function withFormats(ajv: Ajv): Ajv {
  addFormats(ajv);
  const standard = (name: string): ((s: string) => boolean) => {
    const f = ajv.formats[name];
    if (typeof f === 'function') return f as (s: string) => boolean;
    if (f instanceof RegExp) return (s) => f.test(s);
    if (f && typeof f === 'object' && typeof f.validate === 'function') {
      return f.validate as (s: string) => boolean;
    }
    throw new Error(`ajv-formats has no ${name} format`);
  };
  const dateTime = standard('date-time');
  ajv.addFormat('date', { type: 'string', validate: (s: string) => isDateInRange(s) });
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (s: string) => dateTime(s) && isDateInRange(s.slice(0, 10)),
  });
  ajv.addFormat(REAL_FORMAT, { type: 'number', validate: isReal });
  return ajv;
}

// NUL and unpaired surrogates: no column, JSON document or log line can hold them. In Unicode
// mode a well-formed surrogate pair is one character, so only a lone half matches.
// eslint-disable-next-line no-control-regex -- NUL is what this looks for
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u;

/**
 * The JSON pointer of the first value (or object key) in a request part for which `bad` holds;
 * null when there is none. Iterative, so deep nesting cannot overflow the stack.
 */
function firstAt(data: unknown, bad: (value: unknown) => boolean): string | null {
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (bad(value)) return path || '/';
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}/${i}`]);
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [k, v] of Object.entries(value)) {
        const at = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (bad(k)) return at;
        stack.push([v, at]);
      }
    }
  }
  return null;
}

/** Where a request part holds NUL or a lone surrogate, in a string or an object key. */
export const unstorableTextAt = (data: unknown) =>
  firstAt(data, (v) => typeof v === 'string' && UNSTORABLE.test(v));

/**
 * Where a request part holds NaN or ±Infinity. Ajv's strictNumbers refuses them as sent, but a
 * query string's "1e400" is coerced to Infinity after the type check and skips every number
 * keyword (minimum, maximum), so the coerced result is checked too.
 */
export const nonFiniteNumberAt = (data: unknown) =>
  firstAt(data, (v) => typeof v === 'number' && !Number.isFinite(v));

/**
 * Two validators: request bodies are checked exactly as sent (no type coercion: null stays null,
 * "5" is not a number, unknown fields are refused); query strings and path parameters arrive as
 * text, so they are coerced and get their defaults. Before either, every string of the part is
 * checked for NUL and lone surrogates (400 request.invalid_text), whatever the schema says.
 */
export function createValidatorCompiler(lazy?: LazyCompiles['lazy']): FastifySchemaCompiler<FastifySchema> {
  const body = withFormats(new Ajv({ ...common, coerceTypes: false, useDefaults: false }));
  const text = withFormats(new Ajv({ ...common, coerceTypes: 'array', useDefaults: true }));
  return ({ schema, httpPart }) => {
    const compile = () => (httpPart === 'body' ? body : text).compile(schema as object);
    // A body is checked as sent (nothing coerced or defaulted, so no parent is needed): its
    // validator may be compiled on first use. Query strings and parameters are compiled now.
    const eager = httpPart !== 'body' || !lazy ? compile() : null;
    const get = eager ? () => eager : lazy!(compile).force;
    const guarded = (data: unknown, ctx?: Parameters<ReturnType<typeof compile>>[1]) => {
      const validate = get();
      const at = unstorableTextAt(data);
      if (at !== null) {
        const where = `${httpPart ?? 'body'}${at === '/' ? '' : at}`;
        return {
          error: new AppError(
            'request.invalid_text',
            400,
            'The request holds text that cannot be stored (NUL or a lone UTF-16 surrogate).',
            [{ path: where, message: 'contains NUL or an unpaired surrogate' }],
          ),
        };
      }
      const ok = validate(data, ctx);
      guarded.errors = validate.errors;
      const infinite = ok ? nonFiniteNumberAt(data) : null;
      if (infinite !== null) {
        return {
          error: new AppError('validation', 400, 'The request is not valid.', [
            {
              path: `${httpPart ?? 'body'}${infinite === '/' ? '' : infinite}`,
              message: 'must be a finite number',
            },
          ]),
        };
      }
      return ok;
    };
    guarded.errors = null as ReturnType<typeof compile>['errors'];
    // Fastify passes the parent (so Ajv may coerce a root value) to functions with a schemaEnv.
    if (eager) guarded.schemaEnv = eager.schemaEnv;
    return guarded;
  };
}
