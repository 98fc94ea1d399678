// DESIGN.md, "Rules that do not bend": only one process may open the embedded data directory at a
// time; a second `npm start` on the same directory must refuse with a clear message.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

const root = path.resolve(import.meta.dirname, '../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-lock-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('embedded data directory lock', () => {
  it('refuses a second lock in the same process with a clear error, and locks again after release', async () => {
    const dataDir = path.join(tmp, 'same-process');
    const release = await lockDataDir(dataDir);
    try {
      const err = await lockDataDir(dataDir).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as Error).message).toContain(dataDir);
      expect((err as Error).message).toMatch(/already open in another Frontline process/);
      expect((err as Error).message).toMatch(/Stop that process first/);
    } finally {
      await release();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    const again = await lockDataDir(dataDir);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    await again();
  });

  it('makes a second server on the same data directory exit 75 with a clear message, and the data stays usable', async () => {
    const dataDir = path.join(tmp, 'server');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await sql`create table kept (x int)`.execute(first.db);
    await sql`insert into kept values (1)`.execute(first.db);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FRONTLINE_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      FRONTLINE_DEMO: 'false',
    };
    delete env.DATABASE_URL; // the embedded database, whatever the caller's environment says
    const second = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'server/src/main.ts')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    second.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    second.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // If the lock did not hold, the second server would start and listen: stop it after 45 s.
    const guard = setTimeout(() => second.kill('SIGKILL'), 45_000);
    const code = await new Promise<number | null>((resolve) => second.on('close', resolve));
    clearTimeout(guard);

    expect(code, `second server's output:\n${stdout}\n${stderr}`).toBe(75);
    expect(stderr).toMatch(/Frontline cannot start: .*already open in another Frontline process/);
    expect(stderr).toContain(dataDir);
    expect(stdout).not.toMatch(/Frontline is running/);

    // The first process still works on its data, and the data opens fine afterwards.
    await sql`insert into kept values (2)`.execute(first.db);
    await first.close();
    const reopened = await openDatabase({ kind: 'pglite', dataDir });
    const rows = await sql<{ x: number }>`select x from kept order by x`.execute(reopened.db);
    await reopened.close();
    expect(rows.rows.map((r) => r.x)).toEqual([1, 2]);
  }, 90_000);
});
