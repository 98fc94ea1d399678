import { Type, type Static } from 'typebox';
import { ROLES } from './permissions.js';
import { IsoDate, IsoDateTime, Line, StringEnum, Uuid } from './common.contract.js';

export const RoleSchema = StringEnum(ROLES);

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Password = Type.String({ minLength: 1, maxLength: 256 });

export const LoginBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export type LoginBody = Static<typeof LoginBody>;

export const SetupBody = Type.Object(
  {
    setupToken: Line({ minLength: 1, maxLength: 200 }),
    email: Email,
    password: Password,
    displayName: Line({ minLength: 1, maxLength: 200 }),
    organisationName: Line({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const Me = Type.Object({
  userId: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  personId: Type.Union([Uuid, Type.Null()]),
  roles: Type.Array(RoleSchema),
  permissions: Type.Array(Type.String()),
  /** Sees every person's records (hr_admin, admin); else themself and their reports. */
  seesEveryone: Type.Boolean(),
  locale: Type.String(),
});
export type Me = Static<typeof Me>;

/** The server's clock, so the browser computes "today" the way the server does (its zone, its clock). */
export const ServerClock = Type.Object({
  now: IsoDateTime,
  /** Today in the user's own org-unit time zone (the organisation's default before sign-in). */
  today: IsoDate,
  timeZone: Type.String(),
});
export type ServerClock = Static<typeof ServerClock>;

export const SessionState = Type.Object({
  user: Type.Union([Me, Type.Null()]),
  csrfToken: Type.String(),
  needsSetup: Type.Boolean(),
  demo: Type.Boolean(),
  clock: ServerClock,
  /** The largest import file the server takes, in bytes (it answers 413 `import.too_large` above it). */
  maxImportBytes: Type.Integer({ minimum: 1 }),
});
export type SessionState = Static<typeof SessionState>;

export const SessionView = Type.Object({
  id: Type.String(),
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  expiresAt: IsoDateTime,
  userAgent: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean(),
});
export type SessionView = Static<typeof SessionView>;
