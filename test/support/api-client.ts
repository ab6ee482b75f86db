import { afterAll, beforeAll } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../apps/api/src/app.module.js';
import type { AppConfig } from '../../apps/api/src/config/app-config.js';
import { type Backend, type TestDatabase, createTestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** The whole API on a free port, as `npm start` runs it. */
export async function startApi(config: AppConfig): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/**
 * The whole API, on a fresh database of the given backend, for the tests of one `describe`: started before them,
 * stopped and dropped after. Read `app` and `url` inside the tests.
 */
export function apiOn(backend: Backend, overrides: Parameters<AppConfig['override']>[0] = {}) {
  const api = {} as { db: TestDatabase; app: INestApplication; url: string };
  beforeAll(async () => {
    api.db = await createTestDatabase(backend);
    Object.assign(api, await startApi(api.db.config.override({ KB_AUTO_INGEST: true, NODE_ENV: 'test', ...overrides })));
  });
  afterAll(async () => {
    await api.app?.close();
    await api.db?.drop();
  });
  return api;
}
