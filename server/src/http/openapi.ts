import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import * as contract from '@frontline/contract';
import { Problem, ROLE_PERMISSIONS, ROLES, type RouteAccess } from '@frontline/contract';
import type { Config } from '../config.js';
import { cookieNames } from './cookies.js';
import { SUMMARIES } from './openapi-summaries.js';

/**
 * The OpenAPI 3.1 document at /api/openapi.json, made from the routes as they are registered and
 * then completed here in one place, so a route declares only what is its own (schemas, access):
 *  - every operation gets an operationId (from method and path), a summary (openapi-summaries.ts),
 *    a description of who may call it, and its security (public ones `security: []`);
 *  - every status a route can answer by its kind is declared (public or not, a permission or not,
 *    a state-changing method, path parameters), each as a shared problem+json response;
 *  - the contract's named schemas (Person, Goal, Problem, …) become components.schemas and are
 *    referenced wherever a route's schema is one of them.
 * A route may add a request body it reads as a stream (not validated by Fastify) in
 * `config.openapi.requestBody`.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the OpenAPI document says that the route's schema cannot (see openapi.ts). */
    openapi?: {
      /** A request body the handler reads itself (a stream): documented, not validated. */
      requestBody?: { description?: string; content: Record<string, { schema: unknown }> };
    };
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The feature tags, in the order a reader meets them. Every operation names one of these. */
export const OPENAPI_TAGS = [
  { name: 'meta', description: 'The server itself: health.' },
  {
    name: 'auth',
    description: 'Signing in and out, first-run set-up, sessions, your password and language.',
  },
  { name: 'organisation', description: 'Organisation units (teams, sites) and job roles.' },
  { name: 'people', description: 'People (staff records), roster import and performance files.' },
  { name: 'users', description: 'User accounts and their roles.' },
  { name: 'audit', description: 'The audit log of every change and every read of personal data.' },
  { name: 'indicators', description: 'Indicators, target policies, targets and hand-entered observations.' },
  { name: 'goals', description: 'Goals agreed between a person and their supervisor.' },
  { name: 'notifications', description: 'Your notifications.' },
  {
    name: 'imports',
    description: 'Importing exports of contact-centre systems, import presets, API tokens and the push API.',
  },
  { name: 'monitoring', description: 'Dashboards, observations and who needs attention.' },
  { name: 'checkins', description: 'One-to-one check-ins, their cadence and action items.' },
  { name: 'feedback', description: 'Feedback given to a person, acknowledged and replied to.' },
  { name: 'recognition', description: 'Recognition between colleagues.' },
  { name: 'rewards', description: 'Reward schemes, awards and leaderboards.' },
  { name: 'coaching', description: 'Coaching plans, their sessions and measured effect.' },
  {
    name: 'reviews',
    description:
      'Performance reviews: templates, cycles launched for a population, self and manager review with the evidence, sign-off by both.',
  },
  {
    name: 'improvement-plans',
    description:
      'Performance improvement plans: objectives with a measure, support, review dates, one extension and an outcome signed off by HR.',
  },
  { name: 'training', description: 'The course catalogue, training assignments and training needs.' },
  {
    name: 'rostering',
    description:
      'Work allocation: duties and shift templates per site, roster profiles, plans with demand (entered or by Erlang C), the optimiser, publishing and My roster (.ics).',
  },
  {
    name: 'assessments',
    description: 'Scorecards, evaluations of people on them, acknowledgements, disputes and arbitration.',
  },
  {
    name: 'calibration',
    description:
      'Calibration sessions: assessors score the same interactions blind, then see their agreement.',
  },
  {
    name: 'certification',
    description:
      'Assessor certification per scorecard: the assessor course and a calibration result, expiry, grants and revocations.',
  },
  {
    name: 'sampling',
    description:
      'QA sampling plans: a period’s random sample of interactions per person, and each assessor’s queue.',
  },
];

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ROUTE_META = 'x-frontline-route';
interface RouteMeta {
  access: RouteAccess;
  method: string;
  requestBody?: { description?: string; content: Record<string, { schema: unknown }> };
}

/** `/api/v1/people/:id/file.pdf` → `/api/v1/people/{id}/file.pdf`. */
export const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** A stable operationId from method and path: `GET /api/v1/people/{id}/file.pdf` → getPeopleByIdFilePdf. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api(\/v\d+)?\//, '')
    .split('/')
    .flatMap((seg) => {
      const param = /^\{(\w+)\}$/.exec(seg);
      return param ? ['by', param[1]!] : seg.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** A summary for a route missing from SUMMARIES: its method and path in words. */
function summaryOf(method: string, path: string): string {
  const verb = { GET: 'Get', POST: 'Create or run', PUT: 'Set', PATCH: 'Change', DELETE: 'Delete' }[method];
  return `${verb ?? method} ${path.replace(/^\/api(\/v\d+)?\//, '')}`;
}

const ROLES_WITH: Record<string, string[]> = {};
for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) (ROLES_WITH[p] ??= []).push(role);

const ACCESS_TEXT: Record<string, string> = {
  public: 'Public: no sign-in needed.',
  authenticated: 'Any signed-in user; the answer covers only what they may see.',
  token: 'For integrations: an API token as `Authorization: Bearer <token>`; no session or CSRF token.',
};

function accessText(access: RouteAccess): string {
  return (
    ACCESS_TEXT[access] ??
    `Needs the \`${access}\` permission (roles: ${(ROLES_WITH[access] ?? []).join(', ') || 'none'}).`
  );
}

function securityOf(access: RouteAccess, method: string): Array<Record<string, string[]>> {
  if (access === 'public') return [];
  if (access === 'token') return [{ bearer: [] }];
  return BODY_METHODS.has(method) ? [{ session: [], csrf: [] }] : [{ session: [] }];
}

/** The error statuses a route can answer, by its kind (beyond those it declares itself). */
function errorStatuses(access: RouteAccess, method: string, url: string, schema: FastifySchema): number[] {
  const out = new Set<number>([500]);
  const takesBody = BODY_METHODS.has(method);
  if (takesBody || schema.params || schema.querystring || schema.body) out.add(400);
  if (access !== 'public') out.add(401);
  // a missing permission, or on a state-changing method a missing CSRF token
  if (
    (access !== 'public' && access !== 'authenticated' && access !== 'token') ||
    (takesBody && access !== 'token')
  ) {
    out.add(403);
  }
  if (url.includes(':')) out.add(404);
  if (takesBody) {
    // a body over its limit or of a type the route does not take; a write that would duplicate
    // a record (409) or refers to one that does not exist (422)
    for (const s of [409, 413, 415, 422]) out.add(s);
  }
  return [...out];
}

/** The shared problem+json responses, by status. */
const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: {
    name: 'BadRequest',
    description:
      'The request is not valid: `validation` (each problem in `issues`, with its JSON pointer), ' +
      '`request.invalid_text`, `request.invalid_value`, or a rule of the operation (e.g. `goal.criteria_required`).',
  },
  401: {
    name: 'Unauthorized',
    description:
      'Not signed in (`auth.unauthenticated`); for the push API, no valid token (`auth.invalid_token`).',
  },
  403: {
    name: 'Forbidden',
    description:
      'The caller lacks the permission (`auth.forbidden`), or a state-changing request came without the ' +
      'CSRF token (`auth.csrf`).',
  },
  404: {
    name: 'NotFound',
    description: 'No such record, or one the caller may not see (`not_found`, `person.not_found`, …).',
  },
  409: {
    name: 'Conflict',
    description:
      'The request conflicts with the current state: a duplicate (`conflict`, `*.code_taken`, …) or a ' +
      'step that does not apply now (`*.invalid_state`, `goal.invalid_transition`, …).',
  },
  413: {
    name: 'PayloadTooLarge',
    description:
      'The body is over its limit: 1 MiB for JSON, the upload limit for files (`payload_too_large`, `import.too_large`).',
  },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The body is of a Content-Type the operation does not take (`validation`).',
  },
  422: {
    name: 'UnprocessableContent',
    description:
      'The request is well formed but cannot be carried out: it refers to a record that does not exist ' +
      '(`request.unknown_reference`) or its content is refused (e.g. `person.import_invalid`, `import.invalid_rows`).',
  },
  429: {
    name: 'TooManyRequests',
    description: 'Too many attempts (`rate_limited`); try again after the seconds in Retry-After.',
  },
  500: {
    name: 'InternalError',
    description:
      'An unexpected error (`internal`); it is logged with the requestId. Nothing internal is shown.',
  },
};

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted: the work goes on in the background; read the record again for its progress',
  '204': 'Done; no content',
};

// ---------------------------------------------------------------------------------------------
// Named schemas: the contract's exports, as @fastify/swagger writes schemas into the document.

/** A schema as @fastify/swagger writes it into an OpenAPI 3.1 document (const → enum, …). */
function asDocumentSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(asDocumentSchema);
  if (!isObj(schema)) return schema;
  const out: Obj = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$id' || key === '$schema' || key === 'definitions') continue;
    if (key === 'const') out.enum = [value];
    else if (key === 'patternProperties' && isObj(value)) {
      out.additionalProperties = asDocumentSchema(Object.values(value)[0]);
    } else if (key === 'properties' && isObj(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asDocumentSchema(v)]));
    } else out[key] = asDocumentSchema(value);
  }
  return out;
}

/** JSON with sorted keys: equal schemas give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObj(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const isNamedKind = (s: Obj) =>
  s.type === 'object' ||
  Array.isArray(s.anyOf) ||
  Array.isArray(s.oneOf) ||
  (s.type === 'string' && Array.isArray(s.enum) && s.enum.length > 1);

/**
 * The contract's named schemas (exported TypeBox schemas with a capitalised name: objects, unions
 * and string enums): each name's document form, the name of each form (when several names share
 * one form, the first in alphabetical order; a route's own body or answer is marked with its exact
 * name by `markNamed`), and the name of each exported schema object.
 */
function namedSchemas() {
  const byForm = new Map<string, string>();
  const byName = new Map<string, unknown>();
  const byObject = new Map<object, string>();
  for (const name of Object.keys(contract).sort()) {
    const value = (contract as Record<string, unknown>)[name];
    if (!/^[A-Z]/.test(name) || !isObj(value)) continue;
    if (/(Query|Params)$/.test(name)) continue; // query and path parameters are written out one by one
    const form = asDocumentSchema(JSON.parse(JSON.stringify(value)) as unknown);
    if (!isObj(form) || !isNamedKind(form)) continue;
    const docName = name.replace(/(.)Schema$/, '$1'); // ErrorCodeSchema → ErrorCode
    const key = canonical(form);
    if (!byForm.has(key)) byForm.set(key, docName);
    byName.set(docName, form);
    if (!byObject.has(value)) byObject.set(value, docName);
  }
  return { byForm, byName, byObject };
}
const NAMED = namedSchemas();
const NAME_MARK = 'x-frontline-schema';

/** A route's body or answer that is a named contract schema, marked with its name (see referenceNamed). */
function markNamed(schema: unknown): unknown {
  const name = isObj(schema) ? NAMED.byObject.get(schema) : undefined;
  return name && name !== 'Problem' ? { ...(schema as Obj), [NAME_MARK]: name } : schema;
}

const SCHEMA_CHILDREN_MAPS = ['properties', 'patternProperties', '$defs'];
const SCHEMA_CHILDREN_ONE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];
const SCHEMA_CHILDREN_LIST = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];

/**
 * Replaces, top down, every subschema equal to a named one by a $ref to it; `used` collects the
 * names referenced. The root itself is replaced unless `keepRoot`.
 */
function referenceNamed(
  schema: unknown,
  byForm: Map<string, string>,
  used: Set<string>,
  keepRoot = false,
): unknown {
  if (!isObj(schema)) return schema;
  if (!keepRoot) {
    const name = typeof schema[NAME_MARK] === 'string' ? schema[NAME_MARK] : byForm.get(canonical(schema));
    if (name) {
      used.add(name);
      return { $ref: `#/components/schemas/${name}` };
    }
  }
  const out: Obj = { ...schema };
  for (const key of SCHEMA_CHILDREN_MAPS) {
    const map = out[key];
    if (isObj(map)) {
      out[key] = Object.fromEntries(
        Object.entries(map).map(([k, v]) => [k, referenceNamed(v, byForm, used)]),
      );
    }
  }
  for (const key of SCHEMA_CHILDREN_ONE) {
    if (isObj(out[key])) out[key] = referenceNamed(out[key], byForm, used);
  }
  for (const key of SCHEMA_CHILDREN_LIST) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.map((s) => referenceNamed(s, byForm, used));
  }
  return out;
}

/** What a success response holds, in words, from its (referenced) schema. */
function whatItHolds(schema: unknown): string | null {
  if (!isObj(schema)) return null;
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  if (ref) return `the ${ref}`;
  if (schema.type === 'array' && isObj(schema.items) && typeof schema.items.$ref === 'string') {
    return `a list of ${schema.items.$ref.split('/').pop()}`;
  }
  const props = isObj(schema.properties) ? schema.properties : null;
  const items = props && isObj(props.items) ? props.items : null;
  if (items && items.type === 'array' && isObj(items.items) && typeof items.items.$ref === 'string') {
    return `a page of ${items.items.$ref.split('/').pop()}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

/** The @fastify/swagger options: the document's frame, and the two passes that complete it. */
export function openapiOptions(config: Readonly<Config>): FastifyDynamicSwaggerOptions {
  const names = cookieNames(config.cookieSecure);
  const problemForm = asDocumentSchema(JSON.parse(JSON.stringify(Problem)) as unknown);

  const session = `\`${names.session}\` (HttpOnly, SameSite=Lax${config.cookieSecure ? ', Secure' : ''})`;
  const setCookies: Record<string, string> = {
    'GET /api/v1/auth/session': `When signed out: \`${names.csrf}\`, the pre-sign-in CSRF cookie (its value is the csrfToken).`,
    'POST /api/v1/auth/login': `The session cookie ${session}; the pre-sign-in \`${names.csrf}\` is cleared.`,
    'POST /api/v1/auth/setup': `The session cookie ${session}; the pre-sign-in \`${names.csrf}\` is cleared.`,
    'POST /api/v1/auth/logout': `Clears the session cookie \`${names.session}\`.`,
  };

  const transform: NonNullable<FastifyDynamicSwaggerOptions['transform']> = ({ schema, url, route }) => {
    if (!schema || schema.hide) return { schema, url };
    const r = route as RouteOptions;
    const method = (Array.isArray(r.method) ? r.method[0] : r.method) as string;
    const access = r.config?.access ?? 'public';
    const requestBody = r.config?.openapi?.requestBody;
    const path = openApiPath(url);
    const response: Obj = Object.fromEntries(
      Object.entries((schema.response as Obj | undefined) ?? {}).map(([status, s]) => [status, markNamed(s)]),
    );
    for (const status of errorStatuses(access, method, url, schema)) {
      if (!(String(status) in response)) response[String(status)] = Problem;
    }
    const meta: RouteMeta = { access, method, ...(requestBody ? { requestBody } : {}) };
    return {
      url,
      schema: {
        ...schema,
        ...(schema.body ? { body: markNamed(schema.body) } : {}),
        operationId: schema.operationId ?? operationIdOf(method, path),
        summary: schema.summary ?? SUMMARIES[`${method} ${path}`] ?? summaryOf(method, path),
        description: [schema.description, accessText(access)].filter(Boolean).join('\n\n'),
        security: schema.security ?? securityOf(access, method),
        response,
        [ROUTE_META]: meta,
      } as FastifySchema,
    };
  };

  const transformObject: NonNullable<FastifyDynamicSwaggerOptions['transformObject']> = (documentObject) => {
    const doc = (documentObject as { openapiObject: Obj }).openapiObject;
    const { byForm, byName } = NAMED;
    const used = new Set<string>(['Problem']);
    const problemKey = canonical(problemForm);

    for (const [path, pathItem] of Object.entries((doc.paths ?? {}) as Record<string, Obj>)) {
      for (const [method, op] of Object.entries(pathItem)) {
        if (!isObj(op)) continue;
        const meta = op[ROUTE_META] as RouteMeta | undefined;
        delete op[ROUTE_META];
        if (!meta) continue;
        if (meta.requestBody) {
          op.requestBody = { required: true, ...meta.requestBody };
        }
        if (meta.access === 'public' && BODY_METHODS.has(meta.method)) {
          const params = (op.parameters as unknown[] | undefined) ?? [];
          op.parameters = [
            ...params,
            { $ref: '#/components/parameters/CsrfHeader' },
            { $ref: '#/components/parameters/CsrfCookie' },
          ];
        }
        op['x-access'] = meta.access;
        // request bodies and responses: named schemas by reference
        const requestBody = op.requestBody;
        if (isObj(requestBody) && isObj(requestBody.content)) {
          for (const media of Object.values(requestBody.content)) {
            if (isObj(media) && media.schema) media.schema = referenceNamed(media.schema, byForm, used);
          }
        }
        const responses = (op.responses ?? {}) as Record<string, Obj>;
        for (const [status, res] of Object.entries(responses)) {
          const code = Number(status);
          const content = isObj(res.content) ? res.content : null;
          const media = content ? (Object.values(content)[0] as Obj | undefined) : undefined;
          if (code >= 400) {
            const shared = ERROR_RESPONSES[code];
            if (media && shared && canonical(media.schema) === problemKey) {
              responses[status] = { $ref: `#/components/responses/${shared.name}` };
            } else {
              // a problem of its own shape (e.g. the push API's 422): still problem+json
              responses[status] = {
                description: shared?.description ?? 'A problem',
                content: {
                  'application/problem+json': { schema: referenceNamed(media?.schema, byForm, used) },
                },
              };
            }
            continue;
          }
          if (content) {
            for (const m of Object.values(content)) {
              if (isObj(m) && m.schema) m.schema = referenceNamed(m.schema, byForm, used);
            }
          }
          const cookie = setCookies[`${method.toUpperCase()} ${path}`];
          if (cookie && code < 300) {
            res.headers = { 'Set-Cookie': { description: cookie, schema: { type: 'string' } } };
          }
          if (res.description === 'Default Response' || !res.description) {
            const what = whatItHolds(media?.schema);
            const text = STATUS_TEXT[status] ?? 'Success';
            res.description = what ? `${text}: ${what}` : text;
          }
        }
      }
    }

    // the named schemas referenced, and those they reference in turn
    const schemas: Obj = {};
    const pending = [...used];
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (name in schemas) continue;
      const inner = new Set<string>();
      schemas[name] = referenceNamed(byName.get(name), byForm, inner, true);
      for (const n of inner) if (!(n in schemas)) pending.push(n);
    }
    const components = (doc.components ?? {}) as Obj;
    components.schemas = Object.fromEntries(
      Object.keys(schemas)
        .sort()
        .map((k) => [k, schemas[k]]),
    );
    components.responses = Object.fromEntries(
      Object.entries(ERROR_RESPONSES).map(([status, r]) => [
        r.name,
        {
          description: r.description,
          ...(status === '429'
            ? {
                headers: {
                  'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', minimum: 1 } },
                },
              }
            : {}),
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      ]),
    );
    components.parameters = {
      CsrfHeader: {
        name: 'x-csrf-token',
        in: 'header',
        required: true,
        description:
          'Before sign-in: the csrfToken of GET /api/v1/auth/session, the same value as the ' +
          `${names.csrf} cookie that call sets (double submit).`,
        schema: { type: 'string' },
      },
      CsrfCookie: {
        name: names.csrf,
        in: 'cookie',
        required: true,
        description:
          'Set by GET /api/v1/auth/session when signed out; send it back with the same value in x-csrf-token. ' +
          'Over HTTPS (FRONTLINE_COOKIE_SECURE) it is named __Host-fl_csrf, otherwise fl_csrf.',
        schema: { type: 'string' },
      },
    };
    doc.components = components;
    return doc;
  };

  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Frontline API',
        version: '1',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        description:
          'Customer-service performance management for frontline staff.\n\n' +
          '**Signing in.** `GET /api/v1/auth/session` answers the session state and a `csrfToken`, and, when ' +
          `signed out, sets the \`${names.csrf}\` cookie. \`POST /api/v1/auth/login\` with that token in the ` +
          `\`x-csrf-token\` header and the cookie sets the \`${names.session}\` session cookie (HttpOnly, SameSite=Lax) ` +
          'and answers a new `csrfToken`. Send the session cookie on every call and the `csrfToken` as ' +
          '`x-csrf-token` on every POST, PUT, PATCH and DELETE. Over HTTPS the cookies are named ' +
          '`__Host-fl_session` and `__Host-fl_csrf`; over plain HTTP `fl_session` and `fl_csrf`.\n\n' +
          '**Integrations** push observations with an API token: `Authorization: Bearer <token>`.\n\n' +
          '**Errors** are RFC 9457 `application/problem+json` with a stable `code` (the `Problem` schema ' +
          'lists them all) and, for invalid requests, `issues` with a JSON pointer each.',
      },
      servers: [
        config.publicUrl
          ? { url: config.publicUrl.replace(/\/+$/, ''), description: 'This server' }
          : { url: '/', description: 'The server this document came from' },
      ],
      tags: OPENAPI_TAGS,
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: names.session,
            description:
              'The session cookie set by POST /api/v1/auth/login (or /auth/setup). This server names it ' +
              `\`${names.session}\`; a server on HTTPS names it \`__Host-fl_session\`, one on plain HTTP \`fl_session\`.`,
          },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description:
              "The session's csrfToken (answered by GET /api/v1/auth/session and by sign-in), required with the " +
              'session on every POST, PUT, PATCH and DELETE.',
          },
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An integration API token (created under POST /api/v1/api-tokens), for the push API only.',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform,
    transformObject,
  };
}
