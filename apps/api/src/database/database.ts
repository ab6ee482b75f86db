import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type DatabaseBackend, prepareDatabase } from '#libs/persistence';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** The open database: the TypeORM DataSource and which backend it runs on. */
export class Database implements OnApplicationShutdown {
  private static readonly logger = new Logger(Database.name);

  private constructor(
    readonly dataSource: DataSource,
    readonly backend: DatabaseBackend,
    private readonly closeBackend: () => Promise<void>,
  ) {}

  /** Connects (PostgreSQL when DATABASE_URL is set, PGlite otherwise) and runs pending migrations if configured. */
  static async open(config: AppConfig, overrides: { dataDir?: string; migrate?: boolean } = {}): Promise<Database> {
    const prepared = await prepareDatabase({
      databaseUrl: config.get('DATABASE_URL'),
      dataDir: overrides.dataDir ?? config.get('DATA_DIR'),
      entities: ENTITIES,
      migrations: MIGRATIONS,
      poolSize: config.get('DB_POOL_SIZE'),
    });
    const dataSource = new DataSource(prepared.options);
    try {
      await dataSource.initialize();
      if (overrides.migrate ?? config.get('DB_MIGRATE_ON_BOOT')) {
        const ran = await dataSource.runMigrations({ transaction: 'each' });
        if (ran.length) Database.logger.log(`Ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
      }
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy();
      await prepared.close();
      throw error;
    }
    Database.logger.log(
      `Database: ${prepared.backend === 'postgres' ? 'PostgreSQL' : `PGlite in ${overrides.dataDir ?? config.get('DATA_DIR')}`}`,
    );
    return new Database(dataSource, prepared.backend, prepared.close);
  }

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.closeBackend();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
