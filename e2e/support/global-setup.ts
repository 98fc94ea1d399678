import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, startServer, webDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when its build is missing or older than its sources (`npm run test:e2e` builds first anyway). */
function ensureWebBuilt(): void {
  const index = path.join(webDist, 'index.html');
  const sources = [
    path.join(repoRoot, 'web/src'),
    path.join(repoRoot, 'contract/src'),
    path.join(repoRoot, 'web/index.html'),
  ];
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const newest = Math.max(
    ...sources.map((s) => (fs.statSync(s).isDirectory() ? newestMtime(s) : fs.statSync(s).mtimeMs)),
  );
  if (built >= newest) return;
  const r = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build -w web failed');
}

/** One server for the whole run: a fresh data directory with the demo organisation. */
export default async function setup(project: TestProject) {
  ensureWebBuilt();
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return server.stop;
}
