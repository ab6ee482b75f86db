import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, startApi } from '../support/api-client.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../support/test-database.js';

// Two API instances on one PostgreSQL and one Redis: what a city runs when one machine is not enough.
const shared = testBackends().includes('postgres') && !!process.env.REDIS_URL;

(shared ? describe : describe.skip)('handoff announcements across API instances through Redis', () => {
  let db: TestDatabase;
  let a: { app: INestApplication; url: string };
  let b: { app: INestApplication; url: string };

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    const config = db.config.override({ KB_AUTO_INGEST: true, NODE_ENV: 'test', REDIS_URL: process.env.REDIS_URL });
    a = await startApi(config);
    b = await startApi(config);
  });
  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await db?.drop();
  });

  it('delivers a handoff made on one instance to a subscriber of the other', async () => {
    const client = createClient({ url: `${b.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket });
    const received = new Promise<{ callId: string; reason: string }>((resolve, reject) => {
      client.subscribe<{ handoffCreated: { callId: string; reason: string } }>(
        { query: 'subscription { handoffCreated { callId reason } }' },
        { next: (m) => resolve(m.data!.handoffCreated), error: reject, complete: () => undefined },
      );
    });
    await new Promise((r) => setTimeout(r, 500));
    const call = await gql<{ startCall: { id: string } }>(a.url, `mutation { startCall(input: { channel: TEST }) { id } }`);
    await gql(a.url, `mutation($id: ID!) { sendDigit(callId: $id, digit: "0") { action } }`, { id: call.data!.startCall.id });
    await expect(received).resolves.toEqual({ callId: call.data!.startCall.id, reason: 'CALLER_REQUEST' });
    await client.dispose();
  });
});
