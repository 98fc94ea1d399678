import fs from 'node:fs';
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

/**
 * An exclusive lock on the embedded data directory: two processes on one PGlite directory
 * corrupt it silently (docs/embedded-database-study.md §7). The lock is a directory created
 * atomically beside the data (`<dataDir>.lock`), refreshed while we live and considered stale
 * when not refreshed for 20 s (a killed process), so a crash never leaves the data locked for good.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const release = await lockfile.lock(dataDir, {
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
    return release;
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw err;
  }
}
