// `npm start` as a user runs it (node scripts/start.mjs): the server bundle (boot.mjs, which opens the
// embedded database in its worker before loading the server) on a new embedded data directory with
// the demo, then a restart on the same directory. Nothing else in the suite starts the bundle: the
// database tests build the app in-process and the browser tests run the sources through tsx.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-npm-start-'));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts npm start's script; resolves once GET /api/v1/auth/session answers. */
async function start(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    FRONTLINE_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.FRONTLINE_DEMO;
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: os.tmpdir(), // not the project: start.mjs must find its own way
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`npm start did not answer in time:\n${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/auth/session`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { child, output: () => out };
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('npm start (the server bundle on the embedded default)', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves the page and the demo sign-in on a new data directory, and again after a restart', async () => {
    const port = await freePort();
    const first = await start(port);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const origin = `http://127.0.0.1:${port}`;
    const session = await fetch(`${origin}/api/v1/auth/session`);
    const csrf = /fl_csrf=([^;]+)/.exec(session.headers.get('set-cookie') ?? '')?.[1];
    expect(csrf).toBeTruthy();
    const login = await fetch(`${origin}/api/v1/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin,
        'x-csrf-token': csrf!,
        cookie: `fl_csrf=${csrf}`,
      },
      body: JSON.stringify({ email: 'lead@demo.frontline.test', password: 'frontline-demo' }),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    expect(await stop(first.child)).toBe(0);

    const again = await start(port);
    expect(again.output()).not.toContain('New embedded database');
    expect(await stop(again.child)).toBe(0);
  }, 300_000);
});
