import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Database } from './database.js';

/** The database connection for every module: `Database` (backend, health) and TypeORM's `DataSource`. */
@Global()
@Module({
  providers: [
    { provide: Database, inject: [AppConfig], useFactory: (config: AppConfig) => Database.open(config) },
    { provide: DataSource, inject: [Database], useFactory: (db: Database) => db.dataSource },
  ],
  exports: [Database, DataSource],
})
export class DatabaseModule {}
