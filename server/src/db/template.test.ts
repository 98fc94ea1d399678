import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { makeTemplate, templateFor } from './template.js';

describe('the embedded database template (issue 19 item 6)', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'frontline-template-test-'));
    file = path.join(dir, 'template.tar.gz');
    const made = await makeTemplate(file);
    expect(made.migrations).toBe(Object.keys(migrations).length);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts a new data directory migrated, and never replaces an existing database', async () => {
    const dataDir = path.join(dir, 'data');
    const template = await templateFor(dataDir, file);
    expect(template).toBeInstanceOf(Blob);
    const database = await openDatabase({ kind: 'pglite', dataDir, loadDataDir: template! });
    try {
      expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
      // Every migration is already in: nothing left to apply, and the tables are there.
      expect(await migrateToLatest(database.db)).toEqual([]);
      const units = await database.db.selectFrom('orgUnit').select('id').execute();
      expect(units).toEqual([]);
    } finally {
      await database.close();
    }
    expect(await templateFor(dataDir, file)).toBeUndefined();
    expect(await templateFor(path.join(dir, 'other'), path.join(dir, 'missing.tar.gz'))).toBeUndefined();
    expect(await templateFor(path.join(dir, 'other'), null)).toBeUndefined();
  }, 60_000);
});
