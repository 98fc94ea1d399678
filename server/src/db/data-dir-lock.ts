import fs from 'node:fs';
import os from 'node:os';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in ${dataDir} is already open in another Frontline process. ` +
        'Stop that process first (only one process may open the embedded data directory), ' +
        'or use PostgreSQL via DATABASE_URL to run several.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Data directories this process holds: a second lock from the same process is refused too. */
const held = new Set<string>();

interface Owner {
  pid: number;
  host: string;
}

const ownerFile = (dataDir: string) => `${dataDir}.owner`;

function readOwner(dataDir: string): Owner | null {
  try {
    const o = JSON.parse(fs.readFileSync(ownerFile(dataDir), 'utf8')) as Partial<Owner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host } : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Whether the lock's owner is known to be gone: it ran on this machine and its process no longer
 * exists (or it had our own pid — a restarted container — while this process holds nothing).
 */
function ownerIsGone(dataDir: string): boolean {
  const owner = readOwner(dataDir);
  if (!owner || owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return !held.has(dataDir);
  return !alive(owner.pid);
}

/**
 * An exclusive lock on the embedded data directory: two processes on one PGlite directory
 * corrupt it silently (docs/embedded-database-study.md §7). The lock is a directory created
 * atomically beside the data (`<dataDir>.lock`), refreshed while we live, with the owner's pid and
 * host beside it (`<dataDir>.owner`). After a kill -9 the next start sees the owner is gone and
 * takes the lock at once; an owner it cannot check (another host sharing the disk) is waited out:
 * the lock is stale when not refreshed for 20 s.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const take = () =>
    lockfile.lock(dataDir, {
      stale: 20_000,
      update: 5_000,
      realpath: false,
      retries: 0,
      onCompromised: (err) => {
        // Someone removed or took our lock: stop rather than risk corrupting the data.
        console.error(`Lost the lock on ${dataDir}: ${err.message}. Stopping to protect the data.`);
        process.exit(70);
      },
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (err) {
    if ((err as { code?: string }).code !== 'ELOCKED') throw err;
    if (!ownerIsGone(dataDir)) throw new DataDirLockedError(dataDir);
    // The process that held it was killed: clear its lock and take it.
    fs.rmSync(`${dataDir}.lock`, { recursive: true, force: true });
    try {
      release = await take();
    } catch (again) {
      if ((again as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
      throw again;
    }
  }
  held.add(dataDir);
  fs.writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, host: os.hostname() }));
  return async () => {
    held.delete(dataDir);
    fs.rmSync(ownerFile(dataDir), { force: true });
    await release();
  };
}
