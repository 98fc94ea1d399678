import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { backupEmbedded } from './db/backup.js';
import { createServices } from './app.js';
import { isEmpty, seedDemo } from './db/seed/demo.js';
import { makeTemplate } from './db/template.js';

const usage = `Usage: tsx server/src/cli.ts <command>
  migrate                 apply pending migrations
  seed-demo               seed the demo organisation into an empty database
  backup <file.tar.gz>    copy the embedded database (stop the server first)
  restore <file.tar.gz>   restore a backup into FRONTLINE_DATA_DIR (must be empty or absent)
  make-template <file>    make the embedded database's template (initdb + migrations; see db/template.ts)`;

async function run(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  const config = loadConfig();
  switch (command ?? '') {
    case 'make-template': {
      if (!arg) {
        console.error(usage);
        return 64;
      }
      const t = await makeTemplate(path.resolve(arg));
      console.log(
        `Template with ${t.migrations} migrations written to ${arg} (${(t.bytes / 1e6).toFixed(1)} MB).`,
      );
      return 0;
    }
    case 'migrate': {
      const database = await openDatabase(config.database);
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.');
      await database.close();
      return 0;
    }
    case 'seed-demo': {
      const database = await openDatabase(config.database);
      await migrateToLatest(database.db);
      if (!(await isEmpty(database))) {
        console.error('The database is not empty; the demo organisation is only seeded into an empty one.');
        await database.close();
        return 1;
      }
      const r = await seedDemo(createServices({ ...config, demo: true }, { database }));
      console.log(`Seeded ${r.people} people and ${r.users} logins.`);
      await database.close();
      return 0;
    }
    case 'backup': {
      if (!arg || config.database.kind !== 'pglite') {
        console.error(
          arg ? 'backup is for the embedded database; for PostgreSQL use pg_dump (see README).' : usage,
        );
        return 2;
      }
      const database = await openDatabase(config.database);
      const bytes = await backupEmbedded(database.pglite!, arg);
      await database.close();
      console.log(`Backed up ${config.database.dataDir} to ${arg} (${(bytes / 1e6).toFixed(1)} MB).`);
      return 0;
    }
    case 'restore': {
      if (!arg || config.database.kind !== 'pglite') {
        console.error(
          arg ? 'restore is for the embedded database; for PostgreSQL use pg_restore (see README).' : usage,
        );
        return 2;
      }
      const dir = config.database.dataDir;
      if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
        console.error(`${dir} is not empty. Move it away first, or set FRONTLINE_DATA_DIR to a new folder.`);
        return 1;
      }
      const blob = new Blob([fs.readFileSync(path.resolve(arg))]);
      const database = await openDatabase({ kind: 'pglite', dataDir: dir, loadDataDir: blob });
      const applied = await migrateToLatest(database.db);
      const n = await database.db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      await database.close();
      console.log(
        `Restored into ${dir}: ${Number(n.n)} people${applied.length ? `; then applied ${applied.join(', ')}` : ''}.`,
      );
      return 0;
    }
    default:
      console.error(usage);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
