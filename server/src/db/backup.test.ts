import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { backupEmbeddedNow } from './backup.js';

describe('embedded database backup and restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-backup-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a backup that restores to the same data, and keeps only the newest N', async () => {
    const db1 = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
    await migrateToLatest(db1.db);
    await db1.db
      .insertInto('orgUnit')
      .values({ kind: 'company', code: 'BK', nameEn: 'Backup Co', nameZh: '備份公司' })
      .execute();
    const backups = path.join(dir, 'backups');
    const files: string[] = [];
    for (let i = 0; i < 3; i++) {
      files.push(await backupEmbeddedNow(db1, backups, 2, new Date(Date.UTC(2026, 10, 24, i))));
    }
    await db1.close();

    expect(fs.readdirSync(backups).sort()).toEqual(
      files
        .slice(1)
        .map((f) => path.basename(f))
        .sort(),
    );
    const restored = await openDatabase({
      kind: 'pglite',
      dataDir: path.join(dir, 'restored'),
      loadDataDir: new Blob([fs.readFileSync(files[2]!)]),
    });
    const rows = await restored.db.selectFrom('orgUnit').select(['code', 'nameZh']).execute();
    await restored.close();
    expect(rows).toEqual([{ code: 'BK', nameZh: '備份公司' }]);
  }, 120_000);
});
