import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { twilioSignature } from '../../apps/api/src/modules/sms/sms-status.controller.js';
import { apiOn, gql } from '../support/api-client.js';
import { FakeSmsServer } from '../support/fake-sms-server.js';
import { testBackends } from '../support/test-database.js';

const START = `mutation($n: String) { startCall(input: { channel: TEST, callerId: $n }) { id } }`;
const SAY = `mutation($id: ID!, $t: String!) { sendUtterance(callId: $id, text: $t) { action intent } }`;

describe.each(testBackends())('text messages to callers on %s', (backend) => {
  const fake = new FakeSmsServer();
  let providerUrl = '';
  beforeAll(async () => {
    providerUrl = await fake.start();
  });
  afterAll(() => fake.stop());
  const api = apiOn(backend, () => ({
    SMS_PROVIDER: 'webhook',
    SMS_WEBHOOK_URL: `${providerUrl}/sms`,
    SMS_WEBHOOK_TOKEN: 'webhook-token',
    SMS_DAILY_CAP: 2,
    JOB_BACKOFF_MS: 50,
  }));

  async function askForText(callerId: string | null): Promise<string> {
    const call = await gql<{ startCall: { id: string } }>(api.url, START, { n: callerId });
    const id = call.data!.startCall.id;
    await gql(api.url, SAY, { id, t: '여권 재발급은 어떻게 해요?' });
    const sms = await gql<{ sendUtterance: { intent: string } }>(api.url, SAY, { id, t: '그거 문자로 보내 주세요' });
    expect(sms.data!.sendUtterance.intent).toBe('sms_request');
    return id;
  }

  async function outbox(callId: string, timeoutMs = 15_000) {
    const ds = api.app.get(DataSource);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await ds.query(`SELECT * FROM sms_outbox WHERE call_id = $1`, [callId]);
      if (rows.length && rows[0].status !== 'PENDING') return rows[0];
      if (Date.now() > deadline) throw new Error(`the message was not sent: ${JSON.stringify(rows)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it("sends the article the caller asked for to the caller's number, storing the number only masked and encrypted", async () => {
    const before = fake.received.length;
    const callId = await askForText('010-2345-6789');
    const row = await outbox(callId);
    expect(row).toMatchObject({ status: 'SENT', to_masked: '*******6789', attempts: 1, last_error: null });
    expect(row.provider_message_id).toMatch(/^msg-/);
    const request = fake.received[before];
    expect(request.path).toBe('/sms');
    expect(request.headers.authorization).toBe('Bearer webhook-token');
    const payload = JSON.parse(request.body) as { to: string; body: string; reference: string };
    expect(payload).toMatchObject({ to: '01023456789', reference: row.id });
    expect(payload.body).toMatch(/여권[\s\S]*https?:\/\//);
    // Nowhere in the database is the number in the clear.
    const ds = api.app.get(DataSource);
    const [call] = await ds.query(`SELECT * FROM calls WHERE id = $1`, [callId]);
    expect(JSON.stringify([call, row])).not.toMatch(/23456789|2345-6789/);
    expect(row.to_encrypted).toMatch(/^v1:/);
  });

  it('retries a provider failure with backoff and sends once', async () => {
    fake.failFirst = 2;
    const callId = await askForText('010-3456-7890');
    const row = await outbox(callId);
    expect(row).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
    expect(fake.received.filter((r) => r.body.includes(row.id))).toHaveLength(3);
  });

  it("records the provider's delivery receipt, and refuses one without the webhook's token", async () => {
    const row = await outbox(await askForText('010-6789-0123'));
    const post = (token: string, body: object) =>
      fetch(`${api.url}/sms/status/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    expect((await post('wrong-token', { id: row.provider_message_id, status: 'delivered' })).status).toBe(401);
    expect((await post('webhook-token', { id: row.provider_message_id, status: 'delivered' })).status).toBe(204);
    const [after] = await api.app.get(DataSource).query(`SELECT status FROM sms_outbox WHERE id = $1`, [row.id]);
    expect(after.status).toBe('DELIVERED');
    await post('webhook-token', { id: row.provider_message_id, status: 'failed', error: 'handset off' });
    const [failed] = await api.app.get(DataSource).query(`SELECT status, last_error FROM sms_outbox WHERE id = $1`, [row.id]);
    expect(failed).toEqual({ status: 'UNDELIVERED', last_error: 'provider: failed (handset off)' });
  });

  it('caps the messages one number gets in a day, and skips a call without a number', async () => {
    const number = '010-4567-8901';
    for (let i = 0; i < 2; i++) expect((await outbox(await askForText(number))).status).toBe('SENT');
    const capped = await outbox(await askForText(number));
    expect(capped).toMatchObject({ status: 'SKIPPED', last_error: expect.stringContaining('하루 2건') });
    const anonymous = await outbox(await askForText(null));
    expect(anonymous).toMatchObject({ status: 'SKIPPED', last_error: expect.stringContaining('발신 번호') });
  });
});

describe.each(testBackends().slice(-1))('text messages through a Twilio-compatible API on %s', (backend) => {
  const fake = new FakeSmsServer();
  let providerUrl = '';
  beforeAll(async () => {
    providerUrl = await fake.start();
  });
  afterAll(() => fake.stop());
  const api = apiOn(backend, () => ({
    SMS_PROVIDER: 'twilio',
    TWILIO_BASE_URL: providerUrl,
    TWILIO_ACCOUNT_SID: 'AC123',
    TWILIO_AUTH_TOKEN: 'twilio-secret',
    SMS_FROM: '+8215880120',
    PUBLIC_BASE_URL: 'https://dasan.example',
  }));

  it('posts the message form with basic auth and the number in E.164, and keeps the message sid', async () => {
    const call = await gql<{ startCall: { id: string } }>(api.url, START, { n: '010-5678-9012' });
    const id = call.data!.startCall.id;
    await gql(api.url, SAY, { id, t: '대형폐기물 어떻게 버려요?' });
    await gql(api.url, SAY, { id, t: '문자로 보내 주세요' });
    const ds = api.app.get(DataSource);
    let row: { status: string; provider_message_id: string } | undefined;
    for (let i = 0; i < 200 && row?.status !== 'SENT'; i++) {
      [row] = await ds.query(`SELECT status, provider_message_id FROM sms_outbox WHERE call_id = $1`, [id]);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(row).toMatchObject({ status: 'SENT', provider_message_id: expect.stringMatching(/^SM/) });
    const request = fake.received.at(-1)!;
    expect(request.path).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('AC123:twilio-secret').toString('base64')}`);
    const form = new URLSearchParams(request.body);
    expect(form.get('To')).toBe('+821056789012');
    expect(form.get('From')).toBe('+8215880120');
    expect(form.get('Body')).toMatch(/대형폐기물/);
    expect(form.get('StatusCallback')).toBe('https://dasan.example/sms/status/twilio');

    // Twilio's status callback, signed with the auth token over the public URL and the form.
    const receipt = { MessageSid: row!.provider_message_id, MessageStatus: 'delivered', AccountSid: 'AC123' };
    const send = (signature: string) =>
      fetch(`${api.url}/sms/status/twilio`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(receipt).toString(),
      });
    expect((await send('forged')).status).toBe(403);
    const signed = twilioSignature('twilio-secret', 'https://dasan.example/sms/status/twilio', receipt);
    expect((await send(signed)).status).toBe(204);
    const [delivered] = await ds.query(`SELECT status FROM sms_outbox WHERE call_id = $1`, [id]);
    expect(delivered.status).toBe('DELIVERED');
  });
});
