import { Type, type Static } from 'typebox';
import { IsoDateTime, JsonObject, Line, MAX_INT, Page, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  occurredAt: IsoDateTime,
  actorUserId: Type.Union([Uuid, Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  subjectPersonId: Type.Union([Uuid, Type.Null()]),
  /** The fields of the record before the change (only those that changed, for an update); null when none. */
  before: Type.Union([JsonObject, Type.Null()]),
  /** The fields after the change, or what the action recorded (e.g. a read's filters); null when none. */
  after: Type.Union([JsonObject, Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object(
  {
    action: Type.Optional(Line({ maxLength: 100 })),
    entityType: Type.Optional(Line({ maxLength: 100 })),
    entityId: Type.Optional(Line({ maxLength: 100 })),
    actorUserId: Type.Optional(Uuid),
    subjectPersonId: Type.Optional(Uuid),
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(IsoDateTime),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT, default: 0 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

/** A page of the audit log. */
export const AuditPage = Page(AuditEntry);
export type AuditPage = Static<typeof AuditPage>;

export const auditEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/audit',
    access: 'audit.read',
    summary: 'Search the audit log',
    query: AuditQuery,
    response: AuditPage,
  }),
};
