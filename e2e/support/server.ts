import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const webDist = path.join(repoRoot, 'web/dist');

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed (for the error message when it fails). */
  log: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * The real server as a child process: a free port, a fresh temporary data directory (embedded
 * PGlite), the demo organisation (unless demo is false: then a first run that needs set-up), and
 * the built web app. Resolves when /api/health answers 200.
 */
export async function startServer(
  opts: { timeoutMs?: number; demo?: boolean; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-e2e-'));
  const port = await freePort();
  // E2E_FAKETIME (e.g. '2027-02-28 16:30:00', UTC) starts the server under libfaketime at that
  // instant: the browser tests take their dates from the server, so they pass on any day.
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  const main = path.join(repoRoot, 'server/src/main.ts');
  const fake = process.env.E2E_FAKETIME;
  const child: ChildProcess = spawn(fake ? 'faketime' : tsx, fake ? [fake, tsx, main] : [main], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...(fake ? { TZ: 'UTC' } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      FRONTLINE_DATA_DIR: path.join(dataDir, 'data'),
      FRONTLINE_DEMO: opts.demo === false ? 'false' : '1',
      FRONTLINE_WEB_DIST: webDist,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 150_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited with code ${child.exitCode}:\n${log}`);
    }
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /api/health in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, log: () => log, stop };
}
