import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode, Problem } from '@frontline/contract';
import { AppError, isUniqueViolation, type ErrorIssue } from '../lib/errors.js';
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
export function registerErrorHandler(app: App) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return sendProblem(reply, request, err.status, err.code, err.message, err.issues);
    }
    if (err.validation) {
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
    if (process.env.VITEST) console.error('unhandled error', err);
    return sendProblem(reply, request, 500, 'internal', 'Something went wrong. The error has been logged.');
  });
}
