import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb:
      { kind: 'pglite'; templateFile: string } | { kind: 'postgres'; adminUrl: string; template: string };
  }
}

/**
 * Migrates one template database per run; each test file gets its own copy (PGlite: loaded
 * from a dump of the template; PostgreSQL: CREATE DATABASE … TEMPLATE). Files run in parallel
 * and never share state.
 */
export default async function setup(project: TestProject) {
  const kind = process.env.FRONTLINE_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(database.db);
    const blob = await database.pglite!.dumpDataDir('none');
    await database.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-test-'));
    const templateFile = path.join(dir, 'template.tar');
    fs.writeFileSync(templateFile, Buffer.from(await blob.arrayBuffer()));
    project.provide('testDb', { kind, templateFile });
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error('FRONTLINE_TEST_DB=postgres needs TEST_DATABASE_URL (a superuser URL); .ci/run sets it.');
  }
  const template = `frontline_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(database.db);
  await database.close();
  project.provide('testDb', { kind, adminUrl, template });
  return async () => {
    const dbs = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'frontline_t_%' or datname = $1`,
      [template],
    );
    for (const { datname } of dbs.rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
