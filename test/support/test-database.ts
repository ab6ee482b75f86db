import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AppConfig } from '../../apps/api/src/config/app-config.js';
import { Database } from '../../apps/api/src/database/database.js';

export type Backend = 'postgres' | 'pglite';

/** The backends this run tests: PGlite always, PostgreSQL + pgvector when DATABASE_URL is set (always on CI). */
export function testBackends(): Backend[] {
  return AppConfig.fromEnv().get('DATABASE_URL') ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  backend: Backend;
  /** Configuration pointing at this database (and nothing else changed). */
  config: AppConfig;
  database: Database;
  /** Closes the connection and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own for one test file: a new database on the PostgreSQL server named by
 * DATABASE_URL, or a PGlite database in memory.
 */
export async function createTestDatabase(backend: Backend, overrides: Record<string, string> = {}): Promise<TestDatabase> {
  const base = AppConfig.fromEnv({ ...overrides, DATABASE_URL: AppConfig.fromEnv().get('DATABASE_URL') });
  if (backend === 'pglite') {
    // Each test database has its own job queue in Redis too.
    const config = base.override({
      DATABASE_URL: undefined,
      DATA_DIR: 'memory://',
      KB_AUTO_INGEST: false,
      JOB_QUEUE_PREFIX: `dasan_test_${randomBytes(5).toString('hex')}`,
    });
    const database = await Database.open(config, { migrate: true });
    return { backend, config, database, drop: () => database.close() };
  }
  const adminUrl = base.get('DATABASE_URL')!;
  const name = `dasan_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const config = base.override({ DATABASE_URL: url.toString(), KB_AUTO_INGEST: false, DB_POOL_SIZE: 4, JOB_QUEUE_PREFIX: name });
  const database = await Database.open(config, { migrate: true });
  return {
    backend,
    config,
    database,
    drop: async () => {
      await database.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
