import 'reflect-metadata';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { EventsModule } from '../common/events/events.module.js';
import { JobsModule } from '../common/jobs/jobs.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { CallsModule } from '../modules/calls/calls.module.js';
import { KnowledgeModule } from '../modules/knowledge/knowledge.module.js';

/** The API's modules without HTTP, for command-line tools: the same wiring as the server. */
@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, EventsModule, JobsModule, AuthModule, KnowledgeModule, CallsModule],
    };
  }
}

/** The configuration from the environment; exits with a readable message when it is invalid. */
export function cliConfig(): AppConfig {
  try {
    return AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

export async function createCliContext(config: AppConfig): Promise<INestApplicationContext> {
  // A command-line tool never works the job queue: that is for the API and `npm run worker`.
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config.override({ JOBS_RUN_WORKERS: false })), {
    logger: ['error', 'warn'],
    // A wiring error is thrown to the caller (and its exit code), not a process.exit inside Nest.
    abortOnError: false,
  });
  app.enableShutdownHooks();
  return app;
}

export { parseArgs } from './args.js';
