import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError } from './config/app-config.js';
import { AppModule } from './app.module.js';
import { configureHttp } from './http.js';

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const level = config.get('LOG_LEVEL');
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: LEVELS.slice(0, LEVELS.indexOf(level) + 1) as unknown as (typeof LEVELS)[number][],
  });
  configureHttp(app);
  app.enableShutdownHooks();
  await app.listen(config.get('PORT'), config.get('HOST'));
  const url = `http://localhost:${config.get('PORT')}`;
  new Logger('Bootstrap').log(`DASAN API ready: GraphQL ${url}/graphql, health ${url}/health`);
}

void bootstrap();
