import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, testConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('loadConfig', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('has safe defaults for everything', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'pglite', dataDir: path.resolve('./data') },
      embeddedTemplate: path.resolve(import.meta.dirname, '../../server/dist/db-template.tar.gz'),
      demo: false,
      webDist: path.resolve(import.meta.dirname, '../../web/dist'),
      publicUrl: null,
      cookieSecure: false,
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
      loginMaxAttempts: 10,
      loginWindowMs: 15 * 60_000,
      setupToken: null,
      trustProxy: false,
      maxUploadBytes: 50 * 1024 * 1024,
      uploadDir: path.resolve('./uploads'),
      maxImportBytes: 200 * 1024 * 1024,
      mail: { smtpUrl: null, from: 'Frontline <frontline@localhost>', dir: path.resolve('./mail') },
      backup: { dir: null, intervalMs: 24 * 3_600_000, keep: 14 },
      timeZone: 'Asia/Hong_Kong',
      logLevel: 'info',
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads only the env it is given, and treats empty values as unset', () => {
    process.env.PORT = 'abc';
    process.env.DATABASE_URL = 'postgres://from-process-env/x';
    expect(loadConfig({}).port).toBe(3000);
    expect(loadConfig({}).database.kind).toBe('pglite');
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' })).toMatchObject({ port: 3000, logLevel: 'info' });
    expect(loadConfig({ SOMETHING_ELSE: 'x' }).port).toBe(3000);
  });

  it("takes the organisation's default time zone and refuses one that does not exist", () => {
    expect(loadConfig({ FRONTLINE_TIME_ZONE: 'Europe/London' }).timeZone).toBe('Europe/London');
    expect(() => loadConfig({ FRONTLINE_TIME_ZONE: 'Mars/Olympus' })).toThrow(/FRONTLINE_TIME_ZONE/);
  });

  it('selects PostgreSQL when DATABASE_URL is set, PGlite in FRONTLINE_DATA_DIR otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/frontline' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/frontline',
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/frontline' }).database.kind).toBe('postgres');
    expect(loadConfig({ FRONTLINE_DATA_DIR: '/var/lib/frontline' }).database).toEqual({
      kind: 'pglite',
      dataDir: '/var/lib/frontline',
    });
    expect(problemsOf({ DATABASE_URL: 'mysql://db/frontline' })).toEqual([
      expect.stringMatching(/^DATABASE_URL: /),
    ]);
  });

  it('converts numbers, booleans and units', () => {
    const c = loadConfig({
      PORT: '8080',
      FRONTLINE_DEMO: 'true',
      FRONTLINE_TRUST_PROXY: 'true',
      FRONTLINE_SESSION_IDLE_MINUTES: '5',
      FRONTLINE_SESSION_ABSOLUTE_HOURS: '2',
      FRONTLINE_LOGIN_WINDOW_MINUTES: '1',
      FRONTLINE_MAX_UPLOAD_MB: '2',
      FRONTLINE_BACKUP_DIR: '/backups',
      FRONTLINE_BACKUP_INTERVAL_HOURS: '0.5',
      FRONTLINE_BACKUP_KEEP: '3',
      FRONTLINE_SETUP_TOKEN: 'a-setup-token-of-16+',
      LOG_LEVEL: 'warn',
    });
    expect(c).toMatchObject({
      port: 8080,
      demo: true,
      trustProxy: true,
      sessionIdleMs: 5 * 60_000,
      sessionAbsoluteMs: 2 * 3_600_000,
      loginWindowMs: 60_000,
      maxUploadBytes: 2 * 1024 * 1024,
      backup: { dir: '/backups', intervalMs: 1_800_000, keep: 3 },
      setupToken: 'a-setup-token-of-16+',
      logLevel: 'warn',
    });
  });

  it('trusts X-Forwarded-For from nobody by default, from listed proxies, or (unsafe) from any hop', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ FRONTLINE_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ FRONTLINE_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ FRONTLINE_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ FRONTLINE_TRUST_PROXY: 'TRUE' }).trustProxy).toBe(true);
    expect(loadConfig({ FRONTLINE_TRUST_PROXY: '10.0.0.5' }).trustProxy).toEqual(['10.0.0.5']);
    expect(
      loadConfig({ FRONTLINE_TRUST_PROXY: ' 10.0.0.5 , 172.18.0.0/16,fd00::/8,::1,loopback ' }).trustProxy,
    ).toEqual(['10.0.0.5', '172.18.0.0/16', 'fd00::/8', '::1', 'loopback']);
    for (const bad of [
      'yes',
      'proxy.example.com',
      '10.0.0.0/33',
      '10.0.0.300',
      'fd00::/129',
      '10.0.0.5/8/1',
      ',',
    ]) {
      expect(problemsOf({ FRONTLINE_TRUST_PROXY: bad }), bad).toEqual([
        expect.stringMatching(/^FRONTLINE_TRUST_PROXY: must be false, true .* or a comma-separated list/),
      ]);
    }
    expect(problemsOf({ FRONTLINE_TRUST_PROXY: '10.0.0.5,nope' })[0]).toMatch(/: nope$/);
  });

  it('makes cookies Secure behind an https public URL unless told otherwise', () => {
    expect(loadConfig({ FRONTLINE_PUBLIC_URL: 'https://perf.example.com' })).toMatchObject({
      publicUrl: 'https://perf.example.com',
      cookieSecure: true,
    });
    expect(loadConfig({ FRONTLINE_PUBLIC_URL: 'http://perf.local' }).cookieSecure).toBe(false);
    expect(
      loadConfig({ FRONTLINE_PUBLIC_URL: 'https://perf.example.com', FRONTLINE_COOKIE_SECURE: 'false' })
        .cookieSecure,
    ).toBe(false);
    expect(loadConfig({ FRONTLINE_COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
  });

  it('reports every problem at once, naming each variable', () => {
    const problems = problemsOf({
      PORT: 'abc',
      FRONTLINE_SESSION_IDLE_MINUTES: '0',
      LOG_LEVEL: 'verbose',
      FRONTLINE_SETUP_TOKEN: 'short',
      FRONTLINE_DEMO: 'yes please',
      FRONTLINE_PUBLIC_URL: 'ftp://x',
    });
    const named = problems.map((p) => p.split(':')[0]).sort();
    expect(named).toEqual(
      [
        'FRONTLINE_DEMO',
        'FRONTLINE_PUBLIC_URL',
        'FRONTLINE_SESSION_IDLE_MINUTES',
        'FRONTLINE_SETUP_TOKEN',
        'LOG_LEVEL',
        'PORT',
      ].sort(),
    );
    try {
      loadConfig({ PORT: 'abc', FRONTLINE_SESSION_IDLE_MINUTES: '0' });
      expect.unreachable();
    } catch (err) {
      const e = err as ConfigError;
      expect(e.problems).toHaveLength(2);
      expect(e.message).toMatch(/PORT/);
      expect(e.message).toMatch(/FRONTLINE_SESSION_IDLE_MINUTES/);
    }
  });

  it('refuses values out of range', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problemsOf({ FRONTLINE_BACKUP_INTERVAL_HOURS: '0' })).toEqual([
      expect.stringMatching(/^FRONTLINE_BACKUP_INTERVAL_HOURS: /),
    ]);
    expect(problemsOf({ FRONTLINE_MAX_UPLOAD_MB: '0', FRONTLINE_BACKUP_KEEP: '-1' })).toHaveLength(2);
  });

  it('refuses a fractional number for a whole-number setting instead of rounding it', () => {
    expect(problemsOf({ PORT: '3000.5' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problemsOf({ FRONTLINE_MAX_UPLOAD_MB: '1.5' })).toEqual([
      expect.stringMatching(/^FRONTLINE_MAX_UPLOAD_MB: /),
    ]);
  });
});

describe('testConfig', () => {
  it('is silent by default and lets overrides win', () => {
    expect(testConfig().logLevel).toBe('silent');
    const c = testConfig({ port: 1234, loginMaxAttempts: 2 });
    expect(c).toMatchObject({ port: 1234, loginMaxAttempts: 2, host: '127.0.0.1' });
    expect(Object.isFrozen(c)).toBe(true);
  });
});
