/**
 * What the dialect, backups and tests need of the embedded engine: PGlite itself (in process)
 * or PGliteInWorker (on disk, in a worker thread; pglite-worker-client.ts).
 */
export interface EmbeddedEngine {
  readonly waitReady: Promise<void>;
  readonly closed: boolean;
  query<R>(
    sql: string,
    params?: unknown[],
    options?: { rowMode?: 'object' },
  ): Promise<{ rows: R[]; affectedRows?: number }>;
  exec(sql: string, options?: { rowMode?: 'object' }): Promise<{ rows: unknown[]; affectedRows?: number }[]>;
  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<Blob>;
  close(): Promise<void>;
}
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * Kysely on the native PGlite driver. PGlite is one connection, so connections are handed
 * out one at a time: a transaction holds the connection until it commits or rolls back, and
 * nothing else can slip into it. (The node-postgres adapter breaks on per-query type parsers,
 * see docs/embedded-database-study.md §9.)
 */
export class PGliteDialect implements Dialect {
  constructor(private readonly pg: EmbeddedEngine) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PGliteDriver implements Driver {
  #queue: Promise<void> = Promise.resolve();
  #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(private readonly pg: EmbeddedEngine) {}

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const previous = this.#queue;
    this.#queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    // PGlite has one connection: a query sent through the pool while this task holds a
    // transaction waits for ever. Fail loudly instead of hanging.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      previous,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // Give our place in the queue back once the holder lets go, so later queries still run.
          void previous.then(release);
          reject(new Error('PGlite: waited 60 s for the connection (a query outside an open transaction?)'));
        }, 60_000);
        timer.unref();
      }),
    ]).finally(() => clearTimeout(timer));
    const conn = new PGliteConnection(this.pg);
    this.#releases.set(conn, release);
    return conn;
  }

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const iso = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await conn.executeQuery(CompiledQuery.raw(`begin${iso}`));
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    this.#releases.get(conn)?.();
    this.#releases.delete(conn);
  }

  async destroy(): Promise<void> {
    await this.#queue;
    if (!this.pg.closed) await this.pg.close();
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pg: EmbeddedEngine) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // Without parameters use the simple protocol, which also runs multi-statement scripts
    // (migrations), as node-postgres does.
    const result =
      compiled.parameters.length === 0
        ? ((await this.pg.exec(compiled.sql, { rowMode: 'object' })).at(-1) ?? { rows: [] as R[] })
        : await this.pg.query<R>(compiled.sql, [...compiled.parameters], { rowMode: 'object' });
    const kind = compiled.query.kind;
    const counts =
      kind === 'InsertQueryNode' ||
      kind === 'UpdateQueryNode' ||
      kind === 'DeleteQueryNode' ||
      kind === 'MergeQueryNode';
    return {
      rows: result.rows as R[],
      ...(counts && 'affectedRows' in result && result.affectedRows !== undefined
        ? { numAffectedRows: BigInt(result.affectedRows) }
        : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not stream query results');
  }
}
