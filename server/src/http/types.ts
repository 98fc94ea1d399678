import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Me, RouteAccess } from '@frontline/contract';
import type { Actor } from '../access/actor.js';
import { Unauthenticated } from '../lib/errors.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: a permission, 'authenticated' or 'public'. Checked at boot. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    me: Me | null;
    sessionToken: string | null;
    /** The integration token of a 'token' route's request. */
    apiToken: { id: string; name: string } | null;
  }
}

/** The signed-in actor; the access guard has already refused anonymous requests. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw Unauthenticated();
  return request.actor;
}

export function metaOf(request: FastifyRequest) {
  return {
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: String(request.id),
  };
}
