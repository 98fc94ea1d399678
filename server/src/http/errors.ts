import type { FastifyError, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { ERROR_CODES, type ErrorCode, type Problem } from '@frontline/contract';
import { AppError, isUniqueViolation, RateLimitedError, type ErrorIssue } from '../lib/errors.js';
import type { App } from './types.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  detail: string,
  issues?: ErrorIssue[],
) {
  const body: Problem = {
    type: `https://frontline.invalid/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    requestId: String(request.id),
    ...(issues && issues.length > 0 ? { issues } : {}),
  };
  return reply.code(status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
}

/** One error handler: our errors as problem+json with a stable code; nothing internal leaks. */
export function registerErrorHandler(app: App, onUnhandled?: (err: unknown) => void) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err instanceof RateLimitedError) reply.header('retry-after', String(err.retryAfterSeconds));
      return sendProblem(reply, request, err.status, err.code, err.message, err.issues);
    }
    if (err.validation) {
      const part = err.validationContext as keyof FastifySchema | undefined;
      const rule = part ? schemaRule(err.validation, request.routeOptions.schema?.[part]) : null;
      if (rule) return sendProblem(reply, request, 400, rule.code, rule.detail, rule.issues);
      const issues = err.validation.map((v) => ({
        path: `${err.validationContext ?? ''}${v.instancePath || ''}`,
        message:
          v.keyword === 'additionalProperties'
            ? `unknown field '${String((v.params as { additionalProperty?: string }).additionalProperty)}'`
            : (v.message ?? 'is not valid'),
      }));
      return sendProblem(reply, request, 400, 'validation', 'The request is not valid.', issues);
    }
    if (isUniqueViolation(err)) {
      return sendProblem(reply, request, 409, 'conflict', 'That would duplicate an existing record.');
    }
    const refused = databaseRefusal(err);
    if (refused) {
      // The database refused a value the request's schema let through: a boundary check is missing.
      request.log.warn({ sqlstate: refused.sqlstate, reqId: request.id }, 'database refused input');
      return sendProblem(reply, request, refused.status, refused.code, refused.detail, refused.issues);
    }
    const status = err.statusCode ?? 500;
    if (status === 413) {
      return sendProblem(reply, request, 413, 'payload_too_large', 'The upload is too large.');
    }
    if (status === 429) {
      return sendProblem(reply, request, 429, 'rate_limited', 'Too many attempts. Try again later.');
    }
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, status, 'validation', err.message);
    }
    request.log.error({ err, reqId: request.id }, 'unhandled error');
    onUnhandled?.(err);
    return sendProblem(reply, request, 500, 'internal', 'Something went wrong. The error has been logged.');
  });
}

interface Refusal {
  sqlstate: string;
  status: number;
  code: ErrorCode;
  detail: string;
  issues?: ErrorIssue[];
}

/**
 * A database error caused by the input (PostgreSQL and PGlite both report SQLSTATE): class 22
 * (data exception: bad text, number or date out of range) and class 23 (integrity: a reference
 * to nothing, a check) answer 4xx with a stable code, never 500. Nothing else is mapped.
 */
export function databaseRefusal(err: unknown): Refusal | null {
  const e = err as { code?: unknown; detail?: unknown; message?: unknown } | null;
  const sqlstate = typeof e?.code === 'string' ? e.code : '';
  if (!/^2[23][0-9A-Z]{3}$/.test(sqlstate)) return null;
  const detail = typeof e?.detail === 'string' ? e.detail : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  // "Key (policy_id)=(…) is not present in table …": name the field, not the table or the value.
  const column = /^Key \(([a-z_]+)\)=/.exec(detail)?.[1];
  const field = column?.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  switch (sqlstate) {
    case '23503':
      return / still referenced /.test(detail) || message.startsWith('update or delete')
        ? { sqlstate, status: 409, code: 'conflict', detail: 'Other records still refer to this one.' }
        : {
            sqlstate,
            status: 422,
            code: 'request.unknown_reference',
            detail: 'The request refers to a record that does not exist.',
            issues: [{ path: field ? `/${field}` : '/', message: 'does not exist' }],
          };
    case '22021': // character_not_in_repertoire (NUL)
    case '22P05': // untranslatable_character (\u0000 in JSON)
      return { sqlstate, status: 400, code: 'request.invalid_text', detail: 'The text cannot be stored.' };
    case '23001': // restrict_violation
    case '23P01': // exclusion_violation
      return { sqlstate, status: 409, code: 'conflict', detail: 'That conflicts with an existing record.' };
    default:
      return {
        sqlstate,
        status: 400,
        code: 'request.invalid_value',
        detail: 'A value is not valid or out of range.',
        ...(field ? { issues: [{ path: `/${field}`, message: 'is not valid' }] } : {}),
      };
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
}

/**
 * A rule of the schema that carries its own error code: a subschema with `x-error-code` (and its
 * `description` as the detail), e.g. a qualitative goal's success criteria (if/then). When every
 * error of a failed validation lies under such a subschema, the answer is that code; its issues
 * name the fields (`/successCriteria`), as the service's own check would.
 */
export function schemaRule(
  errors: readonly unknown[],
  schema: unknown,
): { code: ErrorCode; detail: string; issues: ErrorIssue[] } | null {
  let rule: { code: ErrorCode; detail: string } | null = null;
  const issues: ErrorIssue[] = [];
  for (const raw of errors) {
    const e = raw as SchemaError;
    if (e.keyword === 'if') continue; // "must match the then schema": the errors inside say which
    let node: unknown = schema;
    let found: { code: ErrorCode; detail: string } | null = null;
    for (const seg of e.schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
      if (node === null || typeof node !== 'object') break;
      node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
      const n = node as { 'x-error-code'?: unknown; description?: unknown } | null | undefined;
      if (typeof n?.['x-error-code'] === 'string' && KNOWN_CODES.has(n['x-error-code'])) {
        found = {
          code: n['x-error-code'] as ErrorCode,
          detail: typeof n.description === 'string' ? n.description : 'The request is not valid.',
        };
      }
    }
    if (!found || (rule && rule.code !== found.code)) return null;
    rule = found;
    const missing = e.keyword === 'required' ? e.params.missingProperty : undefined;
    const path = typeof missing === 'string' ? `${e.instancePath}/${missing}` : e.instancePath || '/';
    if (!issues.some((i) => i.path === path)) issues.push({ path, message: 'required' });
  }
  return rule ? { ...rule, issues } : null;
}
