import { Type, type Static } from 'typebox';
import { ROLES } from './permissions.js';
import { IsoDate, IsoDateTime, Line, StringEnum, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

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

/** One of the user's sessions, by its id (a SHA-256 in hex). */
export const SessionIdParams = Type.Object(
  { sessionId: Type.String({ pattern: '^[0-9a-f]{64}$' }) },
  { additionalProperties: false },
);
export type SessionIdParams = Static<typeof SessionIdParams>;

export const LocaleBody = Type.Object(
  { locale: StringEnum(['en', 'zh-Hant'] as const) },
  { additionalProperties: false },
);
export type LocaleBody = Static<typeof LocaleBody>;

/**
 * Sign-in, the session and one's own settings. The server registers session, login, setup,
 * logout and password by hand (they set or clear cookies, or are rate-limited by address).
 */
export const authEndpoints = {
  session: endpoint({
    method: 'GET',
    path: '/api/v1/auth/session',
    access: 'public',
    summary: 'The current session: the user (or none), the CSRF token and the server clock',
    response: SessionState,
  }),
  login: endpoint({
    method: 'POST',
    path: '/api/v1/auth/login',
    access: 'public',
    summary: 'Sign in with e-mail and password',
    body: LoginBody,
    response: SessionState,
  }),
  setup: endpoint({
    method: 'POST',
    path: '/api/v1/auth/setup',
    access: 'public',
    summary: 'First-run set-up: create the first administrator with the set-up token',
    body: SetupBody,
    response: SessionState,
  }),
  logout: endpoint({
    method: 'POST',
    path: '/api/v1/auth/logout',
    access: 'authenticated',
    summary: 'Sign out (ends this session)',
    response: Type.Null(),
    status: 204,
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/v1/auth/password',
    access: 'authenticated',
    summary: 'Change your password',
    body: ChangePasswordBody,
    response: Type.Null(),
    status: 204,
  }),
  listSessions: endpoint({
    method: 'GET',
    path: '/api/v1/auth/sessions',
    access: 'authenticated',
    summary: 'Your signed-in sessions',
    response: Type.Array(SessionView),
  }),
  revokeSession: endpoint({
    method: 'DELETE',
    path: '/api/v1/auth/sessions/:sessionId',
    access: 'authenticated',
    summary: 'End one of your sessions',
    params: SessionIdParams,
    response: Type.Null(),
    status: 204,
  }),
  setLocale: endpoint({
    method: 'PUT',
    path: '/api/v1/me/locale',
    access: 'authenticated',
    summary: 'Set your language',
    body: LocaleBody,
    response: Me,
  }),
};
