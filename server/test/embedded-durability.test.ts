import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { DataDirLockedError, lockDataDir } from '../src/db/data-dir-lock.js';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
// Run TypeScript in one node process (`node --import tsx`), so SIGKILL reaches the process that
// writes: the tsx launcher would be killed alone and leave its child running.
const node = (script: string, ...args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root });

/** Runs the child until it has committed at least `min` rows, then SIGKILLs it after `delayMs`. */
function commitAndKill(dataDir: string, start: number, min: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = node(
      path.join(import.meta.dirname, 'embedded-durability.child.ts'),
      dataDir,
      String(start),
    );
    const committed: number[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let buf = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('C ')) committed.push(Number(line.slice(2)));
      if (!armed && committed.length >= min) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (committed.length === 0) console.log(`child exited ${code ?? signal} without commits:\n${stderr}`);
      resolve(committed);
    });
    child.on('error', reject);
  });
}

describe('embedded database (PGlite)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-durability-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every committed row through kill -9, three times over (reopened in a fresh process)', async () => {
    const dataDir = path.join(dir, 'data');
    let next = 1;
    const all: number[] = [];
    for (const delay of [0, 137, 411]) {
      const committed = await commitAndKill(dataDir, next, 50, delay);
      expect(committed.length).toBeGreaterThanOrEqual(50);
      all.push(...committed);
      next = Math.max(...committed) + 1000;
      // the killed process left its lock behind; an operator (or the 20 s stale timeout) clears it
      fs.rmSync(`${dataDir}.lock`, { recursive: true, force: true });
      // reopen in a fresh process, as a restarted server would
      const idsFile = path.join(dir, 'ids.json');
      fs.writeFileSync(idsFile, JSON.stringify(all));
      const out = await new Promise<string>((resolve, reject) => {
        const c = node(path.join(import.meta.dirname, 'embedded-durability.check.ts'), dataDir, idsFile);
        let text = '';
        c.stdout.on('data', (d: Buffer) => (text += d.toString()));
        c.stderr.on('data', (d: Buffer) => (text += d.toString()));
        c.on('exit', () => resolve(text));
        c.on('error', reject);
      });
      const m = /MISSING (\d+) PRESENT (\d+)/.exec(out);
      if (!m) throw new Error(`reopen failed:\n${out.slice(-2000)}`);
      const lost = Number(m[1]);
      console.log(
        `kill -9 ${delay} ms after ${committed.length} commits: ${m[2]} rows present, ${lost} committed rows lost`,
      );
      expect(lost).toBe(0);
    }
  }, 180_000);

  it('refuses a second opener of the same data directory with a clear error, in-process and as a second server', async () => {
    const dataDir = path.join(dir, 'locked');
    const release = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    await release();

    const db = await openDatabase({ kind: 'pglite', dataDir });
    const second = spawn(tsx, [path.join(root, 'server/src/main.ts')], {
      cwd: root,
      env: { ...process.env, FRONTLINE_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' },
    });
    let stderr = '';
    second.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => second.on('exit', r));
    expect(code).toBe(75);
    expect(stderr).toMatch(/already open in another Frontline process/);
    // and the data is still fine
    await sql`create table still_ok (x int)`.execute(db.db);
    await db.close();
  }, 120_000);
});
