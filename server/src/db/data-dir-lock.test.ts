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

describe('embedded data directory lock after a crash', () => {
  it('is taken at once after its owner was killed with kill -9, not after the stale timeout', async () => {
    const dataDir = path.join(tmp, 'killed');
    // A separate process takes the lock and then hangs; we kill it without letting it clean up.
    const script = `
      import { lockDataDir } from ${JSON.stringify(path.join(root, 'server/src/db/data-dir-lock.ts'))};
      await lockDataDir(${JSON.stringify(dataDir)});
      console.log('locked');
      setInterval(() => {}, 1000);
    `;
    const file = path.join(tmp, 'hold-lock.mts');
    fs.writeFileSync(file, script);
    let stderr = '';
    // node --import tsx, not the tsx binary: one process, so SIGKILL reaches the lock holder itself
    const owner = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      owner.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
      owner.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      owner.on('close', (code) => reject(new Error(`lock owner exited early (${code}): ${stderr}`)));
    });
    // While it lives, the lock holds.
    await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    const closed = new Promise((resolve) => owner.on('close', resolve));
    owner.kill('SIGKILL');
    await closed;
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true); // left behind by the killed process

    const started = performance.now();
    const release = await lockDataDir(dataDir);
    const waited = performance.now() - started;
    await release();
    expect(waited).toBeLessThan(5_000); // the stale timeout is 20 s
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    expect(fs.existsSync(`${dataDir}.owner`)).toBe(false);
  }, 60_000);
});
