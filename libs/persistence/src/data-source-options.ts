import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { HNSW_ITERATIVE_SCAN } from './session-settings.js';

export type DatabaseBackend = 'postgres' | 'pglite';

export interface DatabaseSettings {
  /** PostgreSQL with pgvector; when absent, the embedded PGlite database in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Connections in the pool (PostgreSQL only; PGlite has one). */
  poolSize?: number;
  logging?: boolean;
}

/** TypeORM options for either backend, and what to close after the DataSource is destroyed. */
export interface PreparedDatabase {
  backend: DatabaseBackend;
  options: DataSourceOptions;
  close(): Promise<void>;
}

/**
 * One code path for both backends: TypeORM's postgres driver over node-postgres, connected either to a real
 * server or to PGlite in-process. The same migrations run on both; `synchronize` is never on.
 */
export async function prepareDatabase(settings: DatabaseSettings): Promise<PreparedDatabase> {
  const common = {
    type: 'postgres' as const,
    entities: settings.entities,
    migrations: settings.migrations,
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    // Failed queries surface as errors where they are handled (an expected unique violation is a CONFLICT, anything
    // else is logged once with a correlation id); TypeORM's own console lines would only repeat them.
    logging: settings.logging ? ['query', 'error'] : false,
  };
  if (settings.databaseUrl) {
    return {
      backend: 'postgres',
      options: {
        ...common,
        url: settings.databaseUrl,
        extra: { max: settings.poolSize ?? 10, options: `-c hnsw.iterative_scan=${HNSW_ITERATIVE_SCAN}` },
      } as DataSourceOptions,
      close: async () => {},
    };
  }
  const embedded = await EmbeddedPostgres.open(settings.dataDir);
  return {
    backend: 'pglite',
    options: { ...common, extra: embedded.nodePostgresConfig() } as DataSourceOptions,
    close: () => embedded.close(),
  };
}
