import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { StringEnum } from '@frontline/contract';
import { isTimeZone } from './lib/calendar.js';

/** The only reader of process.env. Every problem is reported at once; the result is frozen. */
const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  FRONTLINE_DATA_DIR: Type.String({ default: './data' }),
  FRONTLINE_DEMO: Type.Boolean({ default: false }),
  FRONTLINE_WEB_DIST: Type.Optional(Type.String()),
  FRONTLINE_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  FRONTLINE_COOKIE_SECURE: Type.Optional(Type.Boolean()),
  FRONTLINE_SESSION_IDLE_MINUTES: Type.Integer({ minimum: 1, maximum: 1440, default: 30 }),
  FRONTLINE_SESSION_ABSOLUTE_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 12 }),
  FRONTLINE_LOGIN_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
  FRONTLINE_LOGIN_WINDOW_MINUTES: Type.Integer({ minimum: 1, maximum: 1440, default: 15 }),
  FRONTLINE_SETUP_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  FRONTLINE_TRUST_PROXY: Type.String({ default: 'false' }),
  FRONTLINE_BACKUP_DIR: Type.Optional(Type.String({ minLength: 1 })),
  FRONTLINE_BACKUP_INTERVAL_HOURS: Type.Number({ exclusiveMinimum: 0, maximum: 720, default: 24 }),
  FRONTLINE_BACKUP_KEEP: Type.Integer({ minimum: 1, maximum: 1000, default: 14 }),
  FRONTLINE_MAX_UPLOAD_MB: Type.Integer({ minimum: 1, maximum: 2048, default: 50 }),
  FRONTLINE_UPLOAD_DIR: Type.String({ default: './uploads' }),
  FRONTLINE_MAX_IMPORT_MB: Type.Integer({ minimum: 1, maximum: 10240, default: 200 }),
  FRONTLINE_SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  FRONTLINE_MAIL_FROM: Type.String({ default: 'Frontline <frontline@localhost>' }),
  FRONTLINE_MAIL_DIR: Type.Optional(Type.String({ minLength: 1 })),
  FRONTLINE_TIME_ZONE: Type.String({ default: 'Asia/Hong_Kong' }),
  LOG_LEVEL: StringEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, {
    default: 'info',
  }),
});
type Env = Static<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  /** A new embedded data directory starts from this template when it exists (db/template.ts). */
  embeddedTemplate: string;
  demo: boolean;
  webDist: string;
  publicUrl: string | null;
  cookieSecure: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxAttempts: number;
  loginWindowMs: number;
  setupToken: string | null;
  /**
   * Whose X-Forwarded-For to believe: false (nobody: the client is the socket's peer), a list of
   * proxy addresses and CIDR ranges (or loopback, linklocal, uniquelocal), or true (any hop:
   * unsafe unless nothing but the proxy can reach the server, as anyone can then pick their address).
   */
  trustProxy: boolean | string[];
  maxUploadBytes: number;
  /** Where uploaded import files wait until they are committed or discarded. */
  uploadDir: string;
  maxImportBytes: number;
  /** Outgoing mail: SMTP when smtpUrl is set; else each message is written to dir (development). */
  mail: { smtpUrl: string | null; from: string; dir: string | null };
  /** Scheduled backups of the embedded database (off when dir is null). */
  backup: { dir: string | null; intervalMs: number; keep: number };
  /** The organisation's default time zone (IANA): "today" for anyone without an org-unit zone. */
  timeZone: string;
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

const repoRoot = path.resolve(import.meta.dirname, '../..');

export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const v = env[key];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  // Whole-number settings must be written as whole numbers: conversion would quietly round
  // "3000.5" or read "0x10" as 16.
  const notWhole = Object.entries(EnvSchema.properties)
    .filter(([key, schema]) => (schema as { type?: string }).type === 'integer' && raw[key] !== undefined)
    .filter(([key]) => !/^\d+$/.test(String(raw[key]).trim()))
    .map(([key]) => key);
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  const errors = [
    ...notWhole.map((key) => `${key}: must be a whole number`),
    ...[...Value.Errors(EnvSchema, converted)]
      .map((e) => ({ key: e.instancePath.replace(/^\//, ''), message: e.message }))
      .filter((e) => !notWhole.includes(e.key))
      .map((e) => `${e.key || '(env)'}: ${e.message}`),
  ];
  const trustProxy = parseTrustProxy(String((converted as Partial<Env>).FRONTLINE_TRUST_PROXY ?? 'false'));
  if (typeof trustProxy === 'string') errors.push(`FRONTLINE_TRUST_PROXY: ${trustProxy}`);
  const zone = (converted as Partial<Env>).FRONTLINE_TIME_ZONE;
  if (typeof zone === 'string' && !isTimeZone(zone)) {
    errors.push(`FRONTLINE_TIME_ZONE: not a known IANA time zone (e.g. Asia/Hong_Kong): ${zone}`);
  }
  if (errors.length > 0) throw new ConfigError(errors);
  const c = converted as Env;
  const publicUrl = c.FRONTLINE_PUBLIC_URL ?? null;
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    database: c.DATABASE_URL
      ? { kind: 'postgres' as const, url: c.DATABASE_URL }
      : { kind: 'pglite' as const, dataDir: path.resolve(c.FRONTLINE_DATA_DIR) },
    embeddedTemplate: path.join(repoRoot, 'server/dist/db-template.tar.gz'),
    demo: c.FRONTLINE_DEMO,
    webDist: path.resolve(c.FRONTLINE_WEB_DIST ?? path.join(repoRoot, 'web/dist')),
    publicUrl,
    cookieSecure: c.FRONTLINE_COOKIE_SECURE ?? publicUrl?.startsWith('https://') ?? false,
    sessionIdleMs: c.FRONTLINE_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: c.FRONTLINE_SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxAttempts: c.FRONTLINE_LOGIN_MAX_ATTEMPTS,
    loginWindowMs: c.FRONTLINE_LOGIN_WINDOW_MINUTES * 60_000,
    setupToken: c.FRONTLINE_SETUP_TOKEN ?? null,
    trustProxy: trustProxy as boolean | string[],
    maxUploadBytes: c.FRONTLINE_MAX_UPLOAD_MB * 1024 * 1024,
    uploadDir: path.resolve(c.FRONTLINE_UPLOAD_DIR),
    maxImportBytes: c.FRONTLINE_MAX_IMPORT_MB * 1024 * 1024,
    mail: {
      smtpUrl: c.FRONTLINE_SMTP_URL ?? null,
      from: c.FRONTLINE_MAIL_FROM,
      dir: c.FRONTLINE_SMTP_URL ? null : path.resolve(c.FRONTLINE_MAIL_DIR ?? './mail'),
    },
    backup: {
      dir: c.FRONTLINE_BACKUP_DIR ? path.resolve(c.FRONTLINE_BACKUP_DIR) : null,
      intervalMs: c.FRONTLINE_BACKUP_INTERVAL_HOURS * 3_600_000,
      keep: c.FRONTLINE_BACKUP_KEEP,
    },
    timeZone: c.FRONTLINE_TIME_ZONE,
    logLevel: c.LOG_LEVEL,
  });
}

const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One proxy address, a CIDR range (10.0.0.0/8, fd00::/8) or a named range. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * FRONTLINE_TRUST_PROXY: "false" (default), "true" (any hop; unsafe) or a comma-separated list of
 * the proxies' addresses and ranges. Returns a problem as a string.
 */
function parseTrustProxy(raw: string): boolean | string[] | string {
  const value = raw.trim();
  if (/^(false|0)$/i.test(value)) return false;
  if (/^(true|1)$/i.test(value)) return true;
  const list = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad = list.filter((e) => !isProxyAddress(e));
  if (list.length === 0 || bad.length > 0) {
    return (
      'must be false, true (trusts any hop: unsafe) or a comma-separated list of proxy addresses or ' +
      `CIDR ranges (e.g. 10.0.0.5,172.18.0.0/16); not an address or range: ${bad.join(', ') || '(empty)'}`
    );
  }
  return list;
}

/** Defaults for tests and tools: overrides win. */
export function testConfig(overrides: Partial<Config> = {}): Readonly<Config> {
  return Object.freeze({
    ...loadConfig({ LOG_LEVEL: 'silent' }),
    uploadDir: path.join(os.tmpdir(), `frontline-test-uploads-${process.pid}`),
    mail: {
      smtpUrl: null,
      from: 'Frontline <frontline@localhost>',
      dir: path.join(os.tmpdir(), `frontline-test-mail-${process.pid}`),
    },
    ...overrides,
  });
}
