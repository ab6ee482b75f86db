import 'reflect-metadata';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { EventsModule } from '../common/events/events.module.js';
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
      imports: [ConfigModule.forRoot(config), DatabaseModule, EventsModule, AuthModule, KnowledgeModule, CallsModule],
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
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  return app;
}

export { parseArgs } from './args.js';
