import { randomBytes } from 'node:crypto';
import { createScheduler } from './lib/scheduler.js';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { migrateToLatest } from './db/migrate.js';
import { takeEarlyEngine, templateFor } from './db/early-open.js';
import { buildApp } from './app.js';
import { systemActor } from './access/actor.js';
import { backupEmbeddedNow } from './db/backup.js';
import { DEMO_LOGINS, DEMO_PASSWORD, isEmpty, seedDemo } from './db/seed/demo.js';

/** loadConfig → open and migrate the database → (demo seed) → buildApp → listen; close cleanly. */
async function main() {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }

  let database: Database;
  // The engine boot.ts began opening before these modules loaded, when it is the configured one.
  const early = takeEarlyEngine();
  try {
    const target = config.database;
    if (
      early &&
      target.kind === 'pglite' &&
      early.dataDir === target.dataDir &&
      early.template === config.embeddedTemplate
    ) {
      const engine = await early.engine;
      database = await openDatabase(target, engine);
      if (engine.fromTemplate) console.log('New embedded database made from the install-time template.');
    } else {
      if (early) {
        void early.engine.then(
          (e) => e.pglite.close().finally(e.release),
          () => undefined,
        );
      }
      const template =
        target.kind === 'pglite' ? await templateFor(target.dataDir, config.embeddedTemplate) : undefined;
      database = await openDatabase(
        target.kind === 'pglite' && template ? { ...target, loadDataDir: template } : target,
      );
      if (template) console.log('New embedded database made from the install-time template.');
    }
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`\nFrontline cannot start: ${err.message}\n`);
      process.exit(75);
    }
    throw err;
  }
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) console.log(`Database migrated: ${applied.join(', ')}`);

  const wasEmpty = await isEmpty(database);
  const setupToken = config.setupToken ?? randomBytes(18).toString('base64url');
  const { app, services, compiles } = await buildApp(config, {
    database,
    setupToken,
    onJobError: (job, err) => console.error(`Background job failed: ${job}`, err),
  });
  await services.imports.recoverInterrupted();

  // The preset indicator catalogue, on a database that has no indicators yet.
  if (!(await database.db.selectFrom('indicator').select('id').limit(1).executeTakeFirst())) {
    const added = await services.indicators.installPresets(systemActor('preset catalogue'));
    console.log(`Installed ${added} preset indicators.`);
  }

  if (config.demo && wasEmpty) {
    const seeded = await seedDemo(services);
    console.log(`Demo organisation seeded: ${seeded.people} people, ${seeded.users} logins.`);
  }

  // Every timer of the server, in one scheduler (lib/scheduler.ts).
  const scheduler = createScheduler((task, err) => console.error(`${task} failed`, err));
  scheduler.every('session purge', 10 * 60_000, () => services.auth.purgeExpiredSessions());
  // Goals on the calendar (agreed → active on the start date; after the end → awaiting outcome),
  // then reminders (check-ins due, action items and training overdue, review stages due or overdue
  // with escalation one level up; in-app and by e-mail in each reader's language, each once a day):
  // hourly, and soon after a start, so a restart or a new day is picked up soon.
  scheduler.every('goal calendar', 60 * 60_000, () => services.goals.runCalendar(), { firstAfterMs: 30_000 });
  scheduler.every('reminders', 60 * 60_000, () => services.reminders.run(), { firstAfterMs: 30_000 });
  // Assessor certifications now due, and reminders before one ends (once per certification and end date).
  scheduler.every('certification reminders', 60 * 60_000, () => services.certification.remind(), {
    firstAfterMs: 45_000,
  });
  const backupDir = config.backup.dir;
  if (backupDir && database.kind === 'pglite') {
    scheduler.every('scheduled backup', config.backup.intervalMs, async () => {
      const file = await backupEmbeddedNow(database, backupDir, config.backup.keep, new Date());
      app.log.info({ file }, 'embedded database backed up');
    });
    console.log(
      `Scheduled backups every ${config.backup.intervalMs / 3_600_000} h into ${backupDir} (keeping ${config.backup.keep}).`,
    );
  }

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing Frontline…`);
    await app.close();
    await Promise.race([scheduler.stop(), new Promise((r) => setTimeout(r, 10_000))]);
    // Let a running import finish its transaction (it would roll back anyway if cut off).
    await Promise.race([services.jobs.idle(), new Promise((r) => setTimeout(r, 10_000))]);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // The schemas not yet used, compiled between requests (a broken one is logged within seconds).
  compiles.warm().catch((err: unknown) => console.error('A route schema does not compile', err));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const where =
    database.kind === 'pglite' && config.database.kind === 'pglite'
      ? `embedded PGlite in ${config.database.dataDir}`
      : 'PostgreSQL';
  console.log(
    `\nFrontline is running at ${url}  (database: ${where}; ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (config.trustProxy === true) {
    console.warn(
      'FRONTLINE_TRUST_PROXY=true believes X-Forwarded-For from anyone: a client can pick its own address ' +
        '(sign-in limits, audit). List your proxy addresses instead, e.g. FRONTLINE_TRUST_PROXY=10.0.0.5.',
    );
  }
  if (database.kind === 'pglite') {
    console.log(
      'Embedded mode is for trying Frontline out and small single sites; use PostgreSQL (DATABASE_URL) in production.',
    );
  }
  if (config.demo) {
    console.log(`\nDEMO MODE: demo logins (password for all: ${DEMO_PASSWORD}). Not for real data.`);
    for (const [email, what] of DEMO_LOGINS) console.log(`  ${email.padEnd(32)} ${what}`);
  } else if (await services.auth.needsSetup()) {
    console.log(
      `\nFirst run: open ${url}/setup and create the administrator with this set-up token:\n  ${setupToken}`,
    );
  }
  console.log(`API docs: ${url}/api/docs\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
