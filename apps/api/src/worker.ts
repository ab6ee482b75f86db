import 'reflect-metadata';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventsModule } from './common/events/events.module.js';
import { JobsModule } from './common/jobs/jobs.module.js';
import { AppConfig, ConfigError } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DraftingModule } from './modules/drafting/drafting.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { SmsModule } from './modules/sms/sms.module.js';

/** The job handlers without the HTTP API: `npm run worker`, scaled separately from API instances. */
@Module({})
class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        EventsModule,
        JobsModule,
        DraftingModule.forWorker(),
        MeetingsModule.forWorker(),
        SmsModule,
      ],
    };
  }
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv().override({ JOBS_RUN_WORKERS: true, KB_AUTO_INGEST: false });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  if (!config.get('REDIS_URL')) {
    process.stderr.write('npm run worker needs REDIS_URL: without Redis, jobs run inside the API process (npm start).\n');
    process.exit(78);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  new Logger('Worker').log(`DASAN worker ready (pid ${process.pid}), taking jobs from Redis`);
}

void main();
