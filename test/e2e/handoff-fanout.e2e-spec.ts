import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { gql, startApi, subscribe, userAs } from '../support/api-client.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../support/test-database.js';

// Two API instances on one PostgreSQL and one Redis: what a city runs when one machine is not enough.
const shared = testBackends().includes('postgres') && !!process.env.REDIS_URL;

(shared ? describe : describe.skip)('console subscriptions across API instances through Redis', () => {
  let db: TestDatabase;
  let a: { app: INestApplication; url: string };
  let b: { app: INestApplication; url: string };

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    const config = db.config.override({ KB_AUTO_INGEST: true, NODE_ENV: 'test', REDIS_URL: process.env.REDIS_URL });
    [a, b] = await Promise.all([startApi(config), startApi(config)]);
  });
  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await db?.drop();
  });

  it('delivers a handoff made on one instance to a console subscribed to the other, and the claim back', async () => {
    const agent = await userAs(a.url, 'AGENT');
    const queue = subscribe<{ queueEvents: { type: string; handoff: { id: string; callId: string; reason: string } } }>(
      b.url,
      agent.as,
      'subscription { queueEvents { type handoff { id callId reason } } }',
    );
    await queue.ready();
    const call = await gql<{ startCall: { id: string } }>(a.url, `mutation { startCall(input: { channel: TEST }) { id } }`);
    const callId = call.data!.startCall.id;
    await gql(a.url, `mutation($id: ID!) { sendDigit(callId: $id, digit: "0") { action } }`, { id: callId });
    const created = await queue.next((e) => e.queueEvents.handoff.callId === callId);
    expect(created.queueEvents).toMatchObject({ type: 'CREATED', handoff: { callId, reason: 'CALLER_REQUEST' } });

    // The agent's live call view is on instance b; the caller keeps talking through instance a.
    const live = subscribe<{ callEvents: { type: string; turn: { speaker: string; text: string } | null } }>(
      b.url,
      agent.as,
      'subscription($id: ID!) { callEvents(callId: $id) { type turn { speaker text } } }',
      { id: callId },
    );
    await live.ready();
    await gql(a.url, `mutation($id: ID!) { claimHandoff(id: $id) { status } }`, { id: created.queueEvents.handoff.id }, agent.as);
    await expect(queue.next((e) => e.queueEvents.type === 'CLAIMED')).resolves.toBeTruthy();
    await gql(a.url, `mutation($id: ID!) { sendUtterance(callId: $id, text: "여권 재발급 문의드려요") { action } }`, { id: callId });
    const turn = await live.next((e) => e.callEvents.turn?.speaker === 'CALLER');
    expect(turn.callEvents.turn!.text).toBe('여권 재발급 문의드려요');
    await queue.dispose();
    await live.dispose();
  });
});
