import { afterAll, beforeAll } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureHttp } from '../../apps/api/src/http.js';
import type { AppConfig } from '../../apps/api/src/config/app-config.js';
import { type Backend, type TestDatabase, createTestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** The voice gateway's key and the first administrator's password in every test API. */
export const TEST_GATEWAY_KEY = 'test-gateway-key-0123456789abcdef';
export const TEST_ADMIN_PASSWORD = 'test-admin-password';

/** Who sends a request: the voice gateway (the default: most tests play the caller), a signed-in user, or nobody. */
export type As = { apiKey: string } | { token: string } | 'anonymous';
export const GATEWAY: As = { apiKey: TEST_GATEWAY_KEY };

export function credentialHeaders(as: As): Record<string, string> {
  if (as === 'anonymous') return {};
  return 'token' in as ? { authorization: `Bearer ${as.token}` } : { 'x-api-key': as.apiKey };
}

/** The whole API on a free port, as `npm start` runs it. */
export async function startApi(config: AppConfig): Promise<{ app: INestApplication; url: string }> {
  const withAccess = config.override({
    GATEWAY_API_KEYS: config.get('GATEWAY_API_KEYS') ?? [TEST_GATEWAY_KEY],
    ADMIN_PASSWORD: config.get('ADMIN_PASSWORD') ?? TEST_ADMIN_PASSWORD,
  });
  const app = await NestFactory.create(AppModule.forRoot(withAccess), { logger: ['error', 'warn'] });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  as: As = GATEWAY,
): Promise<GraphQLResponse<T>> {
  const credentials = credentialHeaders(as);
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credentials },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/**
 * The whole API, on a fresh database of the given backend, for the tests of one `describe`: started before them,
 * stopped and dropped after. Read `app` and `url` inside the tests.
 */
export function apiOn(
  backend: Backend,
  overrides: Parameters<AppConfig['override']>[0] | (() => Parameters<AppConfig['override']>[0]) = {},
) {
  const api = {} as { db: TestDatabase; app: INestApplication; url: string };
  beforeAll(async () => {
    api.db = await createTestDatabase(backend);
    const extra = typeof overrides === 'function' ? overrides() : overrides;
    Object.assign(api, await startApi(api.db.config.override({ KB_AUTO_INGEST: true, NODE_ENV: 'test', ...extra })));
  });
  afterAll(async () => {
    await api.app?.close();
    await api.db?.drop();
  });
  return api;
}

export interface SignedIn {
  token: string;
  refreshToken: string;
  user: { id: string; username: string; role: string };
  as: As;
}

export async function signIn(url: string, username: string, password: string): Promise<SignedIn> {
  const res = await gql<{ signIn: { accessToken: string; refreshToken: string; user: SignedIn['user'] } }>(
    url,
    `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { accessToken refreshToken user { id username role } } }`,
    { u: username, p: password },
    'anonymous',
  );
  if (!res.data) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(res.errors)}`);
  const { accessToken, refreshToken, user } = res.data.signIn;
  return { token: accessToken, refreshToken, user, as: { token: accessToken } };
}

let userCounter = 0;

/** A new user of this role, created by the administrator and signed in. */
export async function userAs(
  url: string,
  role: 'AGENT' | 'SUPERVISOR' | 'DRAFTER' | 'ADMIN',
  displayName = `${role} ${userCounter + 1}`,
): Promise<SignedIn> {
  const admin = await signIn(url, 'admin', TEST_ADMIN_PASSWORD);
  const username = `${role.toLowerCase()}${++userCounter}-${process.pid}`;
  const password = `pw-${username}-long`;
  const created = await gql(
    url,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
    { input: { username, displayName, role, password } },
    admin.as,
  );
  if (created.errors) throw new Error(`createUser failed: ${JSON.stringify(created.errors)}`);
  return signIn(url, username, password);
}

/**
 * A graphql-ws subscription with the given credentials, collecting every event; `next(predicate)` waits (bounded)
 * for the first event that matches.
 */
export function subscribe<T>(url: string, as: As, query: string, variables: Record<string, unknown> = {}) {
  const credentials = credentialHeaders(as);
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: credentials });
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  client.subscribe<T>(
    { query, variables },
    {
      next: (m) => {
        if (m.errors) errors.push(m.errors);
        if (m.data) events.push(m.data as T);
        wake();
      },
      error: (e) => {
        errors.push(e);
        wake();
      },
      complete: wake,
    },
  );
  return {
    events,
    errors,
    async next(predicate: (event: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(predicate);
        if (found) return found;
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(events)}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
    },
    /** Waits until the server has acknowledged the subscription (a short pause: graphql-ws has no subscribe ack). */
    ready: () => new Promise((r) => setTimeout(r, 300)),
    dispose: () => client.dispose(),
  };
}
