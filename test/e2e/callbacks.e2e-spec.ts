import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { type SignedIn, apiOn, gql, subscribe, userAs } from '../support/api-client.js';
import { FakeSmsServer } from '../support/fake-sms-server.js';
import { testBackends } from '../support/test-database.js';

const START = `mutation($n: String, $l: Language) { startCall(input: { channel: PHONE, callerId: $n, language: $l }) { id } }`;
const TURN = 'text action intent language handoff { id reason status }';
const SAY = `mutation($id: ID!, $t: String!) { sendUtterance(callId: $id, text: $t) { ${TURN} } }`;
const DIGIT = `mutation($id: ID!, $d: String!) { sendDigit(callId: $id, digit: $d) { ${TURN} } }`;
const CALLBACK = `id callId handoffId callerMasked summary topicId language status attempts requestedAt takenAt completedAt
  outcome notes expectedWaitSeconds agent { id }`;
const CALLBACKS = `query($s: CallbackStatus) { callbacks(status: $s) { ${CALLBACK} } }`;
const TAKE = `mutation($id: ID!) { takeCallback(id: $id) { phoneNumber callback { ${CALLBACK} } } }`;
const COMPLETE = `mutation($input: CompleteCallbackInput!) { completeCallback(input: $input) { ${CALLBACK} } }`;

type Turn = {
  text: string;
  action: string;
  intent: string;
  language: string;
  handoff: { id: string; reason: string; status: string } | null;
};
type Callback = {
  id: string;
  callId: string;
  handoffId: string;
  callerMasked: string;
  summary: string;
  status: string;
  attempts: number;
  completedAt: string | null;
  outcome: string | null;
  notes: string | null;
  expectedWaitSeconds: number;
  agent: { id: string } | null;
};

/** Two agents signed in and the median handling time unknown (180 s): each caller ahead adds 90 s to the wait. */
const OFFER_FROM_SECONDS = 60;

describe.each(testBackends())('callbacks instead of waiting on %s', (backend) => {
  const sms = new FakeSmsServer();
  let providerUrl = '';
  beforeAll(async () => {
    providerUrl = `${await sms.start()}/sms`;
  });
  afterAll(() => sms.stop());
  const api = apiOn(backend, () => ({
    SMS_PROVIDER: 'webhook',
    SMS_WEBHOOK_URL: providerUrl,
    CALLBACK_OFFER_WAIT_SECONDS: OFFER_FROM_SECONDS,
    JOB_BACKOFF_MS: 50,
  }));
  let kim: SignedIn;
  let lee: SignedIn;
  let supervisor: SignedIn;
  beforeAll(async () => {
    kim = await userAs(api.url, 'AGENT', '김상담');
    lee = await userAs(api.url, 'AGENT', '이상담');
    supervisor = await userAs(api.url, 'SUPERVISOR');
  });

  // Every call a test starts is hung up after it, so each test begins with an empty queue.
  const calls = new Set<string>();
  afterEach(async () => {
    for (const id of calls) await gql(api.url, `mutation($id: ID!) { endCall(callId: $id) { id } }`, { id });
    calls.clear();
  });

  const start = async (callerId: string | null, language: 'ko' | 'en' = 'ko') => {
    const res = await gql<{ startCall: { id: string } }>(api.url, START, { n: callerId, l: language });
    expect(res.errors).toBeUndefined();
    calls.add(res.data!.startCall.id);
    return res.data!.startCall.id;
  };
  const say = async (id: string, text: string) => {
    const res = await gql<{ sendUtterance: Turn }>(api.url, SAY, { id, t: text });
    expect(res.errors).toBeUndefined();
    return res.data!.sendUtterance;
  };
  const press = async (id: string, digit: string) => {
    const res = await gql<{ sendDigit: Turn }>(api.url, DIGIT, { id, d: digit });
    expect(res.errors).toBeUndefined();
    return res.data!.sendDigit;
  };
  /** A caller without a number who waits for an agent: the queue gets longer, and they are never offered a callback. */
  const someoneWaiting = async () => {
    const id = await start(null);
    expect((await say(id, '상담사 연결해 주세요')).text).not.toMatch(/대기 시간/);
  };
  const db = () => api.app.get(DataSource);
  const callbacks = async (as: SignedIn, status?: string) => {
    const res = await gql<{ callbacks: Callback[] }>(api.url, CALLBACKS, { s: status ?? null }, as.as);
    expect(res.errors).toBeUndefined();
    return res.data!.callbacks;
  };
  /** A caller who accepted a callback; returns it as agents see it. */
  const requestedCallback = async (number: string): Promise<Callback> => {
    await someoneWaiting();
    const id = await start(number);
    expect((await say(id, '여권 재발급 때문에 상담사 바꿔 주세요')).text).toMatch(/1번/);
    expect((await press(id, '1')).action).toBe('END');
    return (await callbacks(kim)).find((c) => c.callId === id)!;
  };

  it('offers a callback when the wait is long; 1 books it, ends the call, frees the queue and texts a confirmation', async () => {
    const queue = subscribe<{ queueEvents: { type: string; handoff: { id: string; status: string; disposition: string | null } } }>(
      api.url,
      kim.as,
      `subscription { queueEvents { type handoff { id status disposition } } }`,
    );
    await queue.ready();
    await someoneWaiting();
    const id = await start('010-2345-6789');
    const handedOff = await say(id, '상담사 연결해 주세요');
    expect(handedOff).toMatchObject({ action: 'HANDOFF', handoff: { reason: 'CALLER_REQUEST', status: 'WAITING' } });
    expect(handedOff.text).toMatch(/상담사에게 연결해 드릴게요.*지금 대기 시간이 약 2분입니다\..*1번을 누르거나 '전화 주세요'.*2번/);
    const handoffId = handedOff.handoff!.id;

    const accepted = await press(id, '1');
    expect(accepted).toMatchObject({ action: 'END', intent: 'handoff', language: 'ko' });
    expect(accepted.text).toMatch(/끝자리 6789번으로 전화드리겠습니다/);

    const [call] = await db().query(`SELECT status, end_reason, callback_offer, callback_offer_wait_seconds FROM calls WHERE id = $1`, [
      id,
    ]);
    expect(call).toEqual({ status: 'ENDED', end_reason: 'callback', callback_offer: 'ACCEPTED', callback_offer_wait_seconds: 90 });
    const handoff = await gql<{ handoff: { status: string; disposition: string } }>(
      api.url,
      `query($id: ID!) { handoff(id: $id) { status disposition } }`,
      { id: handoffId },
      kim.as,
    );
    expect(handoff.data!.handoff).toEqual({ status: 'CLOSED', disposition: 'CALLBACK_NEEDED' });
    const waiting = await gql<{ handoffQueue: { id: string }[] }>(api.url, `{ handoffQueue { id } }`, {}, kim.as);
    expect(waiting.data!.handoffQueue.map((h) => h.id)).not.toContain(handoffId);
    await queue.next((e) => e.queueEvents.handoff.id === handoffId && e.queueEvents.type === 'CLOSED');
    await queue.dispose();

    // The agents' list: what the caller wanted, the masked number, the wait they were told.
    const listed = (await callbacks(kim)).find((c) => c.callId === id)!;
    expect(listed).toMatchObject({
      handoffId,
      callerMasked: '*******6789',
      status: 'REQUESTED',
      attempts: 0,
      expectedWaitSeconds: 90,
      agent: null,
    });
    expect(listed.summary).toMatch(/상담사 연결 요청[\s\S]*상담사 연결해 주세요/);

    // The confirmation went through the send-sms job to the provider, to the number only the cipher knows.
    let row: { id: string; status: string; body: string; to_masked: string } | undefined;
    for (let i = 0; i < 300 && row?.status !== 'SENT'; i++) {
      [row] = await db().query(`SELECT id, status, body, to_masked FROM sms_outbox WHERE call_id = $1`, [id]);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(row).toMatchObject({ status: 'SENT', to_masked: '*******6789' });
    expect(row!.body).toMatch(/^\[서울시 120다산콜\] 상담사 전화 요청이 접수되었습니다.*최대 3번/);
    expect(sms.received.map((m) => JSON.parse(m.body) as Record<string, string>).find((m) => m.reference === row!.id)).toMatchObject({
      to: '01023456789',
      body: row!.body,
    });
    let job: { type: string; status: string } | undefined;
    for (let i = 0; i < 100 && job?.status !== 'COMPLETED'; i++) {
      [job] = await db().query(`SELECT type, status FROM jobs WHERE subject_id = $1`, [row!.id]);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(job).toEqual({ type: 'send-sms', status: 'COMPLETED' });
    const stored = await db().query(`SELECT * FROM callback_requests WHERE call_id = $1`, [id]);
    expect(stored[0].caller_encrypted).toMatch(/^v1:/);
    expect(JSON.stringify(stored)).not.toMatch(/23456789|2345-6789/);
  });

  it('books a callback when the caller says so, in Korean or English', async () => {
    await someoneWaiting();
    const korean = await start('010-3456-7890');
    expect((await say(korean, '상담사 연결해 주세요')).text).toMatch(/대기 시간이 약 2분/);
    expect(await say(korean, '네, 전화 주세요')).toMatchObject({ action: 'END', intent: 'handoff' });

    const english = await start('010-4567-8901', 'en');
    const offered = await say(english, 'agent please');
    // One caller is still ahead: the Korean caller's handoff left the queue with the callback.
    expect(offered.text).toMatch(/The wait right now is about 2 minutes\. .*press 1 or say call me back\. To keep waiting, press 2\./);
    const accepted = await say(english, 'yes, call me back please');
    expect(accepted).toMatchObject({ action: 'END', language: 'en' });
    expect(accepted.text).toMatch(/call you back at the number ending in 8901/);
    const open = await callbacks(kim);
    expect(open.filter((c) => c.callId === korean || c.callId === english)).toHaveLength(2);
  });

  it('keeps the caller in the queue when they would rather wait, by word or by 2, and offers only once', async () => {
    await someoneWaiting();
    const byWord = await start('010-5678-9012');
    expect((await say(byWord, '상담사 연결해 주세요')).text).toMatch(/대기 시간/);
    const declined = await say(byWord, '아니요, 기다릴게요');
    expect(declined).toMatchObject({ action: 'HANDOFF', text: '네, 연결될 때까지 기다려 주세요.' });
    // The offer is answered: 1 and 2 are the language menu again, and another request for a person offers nothing.
    expect((await press(byWord, '2')).language).toBe('en');
    expect((await press(byWord, '0')).text).not.toMatch(/call me back|대기 시간/);

    const byKey = await start('010-6789-0123');
    expect((await say(byKey, '사람이랑 통화하고 싶어요')).text).toMatch(/대기 시간/);
    expect((await press(byKey, '7')).text).toMatch(/1번을, 계속 기다리시려면 2번/);
    expect((await press(byKey, '2')).text).toBe('네, 연결될 때까지 기다려 주세요.');

    const queue = await gql<{ handoffQueue: { callId: string }[] }>(api.url, `{ handoffQueue { callId } }`, {}, kim.as);
    expect(queue.data!.handoffQueue.map((h) => h.callId)).toEqual(expect.arrayContaining([byWord, byKey]));
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM callback_requests WHERE call_id = ANY($1)`, [[byWord, byKey]]);
    expect(n).toBe(0);
  });

  it('lets a caller wait without an offer while nobody is ahead, and 1 stays the Korean menu', async () => {
    const id = await start('010-7890-1234', 'en');
    const handedOff = await say(id, 'I want to talk to an agent');
    expect(handedOff.action).toBe('HANDOFF');
    expect(handedOff.text).not.toMatch(/call me back/);
    expect(await press(id, '1')).toMatchObject({ language: 'ko', intent: 'keypad' });
  });

  it('never offers a callback to a caller in crisis, and withdraws a standing offer when the call turns to one', async () => {
    await someoneWaiting();
    const crisis = await start('010-8901-2345');
    const heard = await say(crisis, '요즘 너무 힘들어서 죽고 싶어요');
    expect(heard.handoff!.reason).toBe('CRISIS');
    expect(heard.text).not.toMatch(/대기 시간|1번/);
    expect(await press(crisis, '1')).toMatchObject({ intent: 'keypad', action: 'CLARIFY' });

    const turned = await start('010-9012-3456');
    expect((await say(turned, '상담사 연결해 주세요')).text).toMatch(/대기 시간/);
    expect((await say(turned, '사실 그냥 죽고 싶어요')).handoff!.reason).toBe('CRISIS');
    expect(await press(turned, '1')).toMatchObject({ intent: 'keypad', action: 'CLARIFY' });
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM callback_requests WHERE call_id = ANY($1)`, [[crisis, turned]]);
    expect(n).toBe(0);
    const [call] = await db().query(`SELECT callback_offer FROM calls WHERE id = $1`, [turned]);
    expect(call.callback_offer).toBe('WITHDRAWN');
  });

  it('never offers a callback to a caller without a number', async () => {
    await someoneWaiting();
    await someoneWaiting();
    const id = await start(null);
    expect((await say(id, '상담사 연결해 주세요')).text).not.toMatch(/대기 시간/);
    expect(await press(id, '1')).toMatchObject({ intent: 'keypad' });
  });

  it('gives a callback to exactly one agent with the number to dial, and lets them complete it', async () => {
    const callback = await requestedCallback('010-1357-2468');
    const [first, second] = await Promise.all([
      gql<{ takeCallback: { phoneNumber: string; callback: Callback } }>(api.url, TAKE, { id: callback.id }, kim.as),
      gql<{ takeCallback: { phoneNumber: string; callback: Callback } }>(api.url, TAKE, { id: callback.id }, lee.as),
    ]);
    const [winner, winnerAs, loser] = first.data ? [first, kim, second] : [second, lee, first];
    expect(winner.data!.takeCallback.phoneNumber).toBe('01013572468');
    expect(winner.data!.takeCallback.callback).toMatchObject({ status: 'IN_PROGRESS', agent: { id: winnerAs.user.id } });
    expect(loser.data).toBeNull();
    expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_TAKEN' });
    const otherAs = winnerAs === kim ? lee : kim;

    // The supervisor sees who is dialling, never the number.
    const watched = (await callbacks(supervisor)).find((c) => c.id === callback.id)!;
    expect(watched).toMatchObject({ status: 'IN_PROGRESS', callerMasked: '*******2468', agent: { id: winnerAs.user.id } });
    const me = await gql<{ me: { agentStatus: string } }>(api.url, `{ me { agentStatus } }`, {}, winnerAs.as);
    expect(me.data!.me.agentStatus).toBe('ON_CALL');
    // Taking it again (the console reloaded) gives it back; another callback waits until this one is done.
    const again = await gql<{ takeCallback: { phoneNumber: string } }>(api.url, TAKE, { id: callback.id }, winnerAs.as);
    expect(again.data!.takeCallback.phoneNumber).toBe('01013572468');
    const next = await requestedCallback('010-2468-1357');
    const busy = await gql(api.url, TAKE, { id: next.id }, winnerAs.as);
    expect(busy.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'AGENT_BUSY' });
    const notTheirs = await gql(api.url, COMPLETE, { input: { id: callback.id, outcome: 'REACHED' } }, otherAs.as);
    expect(notTheirs.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_CALLBACK' });
    const tooLong = await gql(api.url, COMPLETE, { input: { id: callback.id, outcome: 'REACHED', notes: 'x'.repeat(2001) } }, winnerAs.as);
    expect(tooLong.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_COMPLETION' } });
    expect(tooLong.errors![0].message).toMatch(/notes/);

    const done = await gql<{ completeCallback: Callback }>(
      api.url,
      COMPLETE,
      { input: { id: callback.id, outcome: 'REACHED', notes: ' 여권 재발급 서류 안내함 ' } },
      winnerAs.as,
    );
    expect(done.data!.completeCallback).toMatchObject({
      status: 'DONE',
      attempts: 1,
      outcome: 'REACHED',
      notes: '1차: 여권 재발급 서류 안내함',
      completedAt: expect.any(String),
    });
    const after = await gql<{ me: { agentStatus: string } }>(api.url, `{ me { agentStatus } }`, {}, winnerAs.as);
    expect(after.data!.me.agentStatus).toBe('AVAILABLE');
    expect((await callbacks(kim)).map((c) => c.id)).not.toContain(callback.id);
    expect((await callbacks(kim, 'DONE')).map((c) => c.id)).toContain(callback.id);
    const closed = await gql(api.url, TAKE, { id: callback.id }, otherAs.as);
    expect(closed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALLBACK_CLOSED' });
    const unknown = await gql(api.url, TAKE, { id: '00000000-0000-4000-8000-000000000000' }, kim.as);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CALLBACK_NOT_FOUND' });
  });

  it('puts an unanswered callback back on the list, and gives up after the third try', async () => {
    const callback = await requestedCallback('010-9753-1864');
    for (const [attempt, agent] of [
      [1, kim],
      [2, lee],
      [3, kim],
    ] as const) {
      const taken = await gql<{ takeCallback: { phoneNumber: string } }>(api.url, TAKE, { id: callback.id }, agent.as);
      expect(taken.data!.takeCallback.phoneNumber).toBe('01097531864');
      const res = await gql<{ completeCallback: Callback }>(
        api.url,
        COMPLETE,
        { input: { id: callback.id, outcome: 'NO_ANSWER', notes: attempt === 2 ? '음성사서함' : null } },
        agent.as,
      );
      expect(res.data!.completeCallback).toMatchObject(
        attempt < 3
          ? { status: 'REQUESTED', attempts: attempt, outcome: 'NO_ANSWER', agent: null, completedAt: null }
          : { status: 'FAILED', attempts: 3, outcome: 'NO_ANSWER', agent: { id: kim.user.id }, completedAt: expect.any(String) },
      );
    }
    const failed = (await callbacks(supervisor, 'FAILED')).find((c) => c.id === callback.id)!;
    expect(failed.notes).toBe('2차: 음성사서함');
    const gone = await gql(api.url, TAKE, { id: callback.id }, lee.as);
    expect(gone.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALLBACK_CLOSED' });
  });
});

describe.each(testBackends().slice(-1))('callbacks without a text-message provider on %s', (backend) => {
  const api = apiOn(backend, { CALLBACK_OFFER_WAIT_SECONDS: 1 });

  it('books the callback and keeps its confirmation in the outbox', async () => {
    const waiting = await gql<{ startCall: { id: string } }>(api.url, START, { n: null, l: 'ko' });
    await gql(api.url, SAY, { id: waiting.data!.startCall.id, t: '상담사 연결해 주세요' });
    const call = await gql<{ startCall: { id: string } }>(api.url, START, { n: '010-1111-2222', l: 'ko' });
    const id = call.data!.startCall.id;
    // Nobody signed in: one caller ahead is 180 s.
    expect((await gql<{ sendUtterance: Turn }>(api.url, SAY, { id, t: '상담사 연결해 주세요' })).data!.sendUtterance.text).toMatch(
      /약 3분/,
    );
    expect((await gql<{ sendDigit: Turn }>(api.url, DIGIT, { id, d: '1' })).data!.sendDigit.action).toBe('END');
    const ds = api.app.get(DataSource);
    const [row] = await ds.query(`SELECT id, status, body FROM sms_outbox WHERE call_id = $1`, [id]);
    expect(row).toMatchObject({ status: 'PENDING', body: expect.stringMatching(/상담사 전화 요청이 접수/) });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM jobs WHERE subject_id = $1`, [row.id]);
    expect(n).toBe(0);
    const [callback] = await ds.query(`SELECT status, expected_wait_seconds FROM callback_requests WHERE call_id = $1`, [id]);
    expect(callback).toEqual({ status: 'REQUESTED', expected_wait_seconds: 180 });
  });
});
