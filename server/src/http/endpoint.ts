import type {
  Endpoint,
  EndpointBody,
  EndpointParams,
  EndpointQuery,
  EndpointResponse,
} from '@frontline/contract';
import { Problem } from '@frontline/contract';
import type { Actor } from '../access/actor.js';
import { actorOf, type App } from './types.js';

const ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** What a handler of a signed-in endpoint gets: the actor and the validated request. */
export interface EndpointInput<E extends Endpoint> {
  actor: Actor;
  params: EndpointParams<E>;
  query: EndpointQuery<E>;
  body: EndpointBody<E>;
}

/**
 * Registers the route of an endpoint defined in the contract: its method, path, access,
 * schemas and success status come from there; the handler is one service call.
 */
export function route<E extends Endpoint>(
  app: App,
  e: E,
  tags: string[],
  handler: (input: EndpointInput<E>) => Promise<EndpointResponse<E>>,
): void {
  const status = e.status ?? 200;
  app.route({
    method: e.method,
    url: e.path,
    config: { access: e.access },
    schema: {
      tags,
      summary: e.summary,
      ...(e.params ? { params: e.params } : {}),
      ...(e.query ? { querystring: e.query } : {}),
      ...(e.body ? { body: e.body } : {}),
      ...(e.consumes ? { consumes: [...e.consumes] } : {}),
      response: { [status]: e.response, ...ERRORS },
    },
    handler: async (req, reply) => {
      const out = await handler({
        actor: actorOf(req),
        params: req.params as EndpointParams<E>,
        query: req.query as EndpointQuery<E>,
        body: req.body as EndpointBody<E>,
      });
      // A 204 answers nothing: the handler's void is sent as no body.
      return reply.code(status).send(out);
    },
  });
}
