import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const common: Options = { allErrors: true, removeAdditional: false, strict: false };

/**
 * Two validators: request bodies are checked exactly as sent (no type coercion: null stays null,
 * "5" is not a number, unknown fields are refused); query strings and path parameters arrive as
 * text, so they are coerced and get their defaults.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<FastifySchema> {
  const body = addFormats(new Ajv({ ...common, coerceTypes: false, useDefaults: false }));
  const text = addFormats(new Ajv({ ...common, coerceTypes: 'array', useDefaults: true }));
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema as object);
}
