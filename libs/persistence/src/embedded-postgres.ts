import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { vector } from '@electric-sql/pglite-pgvector';
import { HNSW_ITERATIVE_SCAN } from './session-settings.js';

/**
 * PostgreSQL in WASM (PGlite) with pgvector, kept in a local folder: the embedded default, so that a fresh
 * machine needs no database server. One process owns a data folder at a time; a second is refused with a
 * message instead of corrupting it.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly pglite: PGlite,
    readonly dataDir: string,
    private readonly lockFile: string | null,
  ) {}

  /** Opens (creating when new) the database in `dataDir`, or in memory for `memory://`. */
  static async open(dataDir: string): Promise<EmbeddedPostgres> {
    if (dataDir.startsWith('memory://')) {
      const pglite = await PGlite.create('memory://', { extensions: { vector } });
      await configureSession(pglite);
      return new EmbeddedPostgres(pglite, dataDir, null);
    }
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    const lockFile = join(dir, '.dasan.lock');
    takeLock(lockFile, dir);
    try {
      const pglite = await PGlite.create(join(dir, 'pglite'), { extensions: { vector } });
      await configureSession(pglite);
      return new EmbeddedPostgres(pglite, dir, lockFile);
    } catch (error) {
      rmSync(lockFile, { force: true });
      throw error;
    }
  }

  /** Options for node-postgres (and so TypeORM's postgres driver) that talk to this database in-process. */
  nodePostgresConfig(): Record<string, unknown> {
    const config = createPgConfig(this.pglite);
    return { ...config, connection: config.connection, max: 1 };
  }

  async close(): Promise<void> {
    try {
      if (!this.pglite.closed) await this.pglite.close();
    } finally {
      if (this.lockFile) rmSync(this.lockFile, { force: true });
    }
  }
}

/** PGlite has one session for the whole process: settings made here hold for every query. */
async function configureSession(pglite: PGlite): Promise<void> {
  await pglite.exec(`SET hnsw.iterative_scan = ${HNSW_ITERATIVE_SCAN}`);
}

function takeLock(lockFile: string, dir: string): void {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${dir} is in use by process ${pid}. Stop that process first, ` +
          'or set DATABASE_URL to share a PostgreSQL server between processes.',
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
