import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { WebSocket } from 'ws';
import { concat, durationMs, resample, rmsDbfs, silence } from '../../libs/audio/src/index.js';
import { trimSilence } from '../../libs/speech/src/index.js';
import { twilioSignature } from '../../apps/api/src/modules/sms/sms-status.controller.js';
import { VoiceService } from '../../apps/api/src/modules/voice/voice.service.js';
import { TEST_GATEWAY_KEY, apiOn, gql } from '../support/api-client.js';
import { FakeModelServer } from '../support/fake-model-server.js';
import { testBackends } from '../support/test-database.js';
import { TwilioTestClient, recording } from '../support/voice-client.js';

const QUESTION = '여권 재발급은 어떻게 하나요';
const ENGLISH = 'How do I renew my passport';
const STT_DELAY_MS = 150;
const TWILIO_TOKEN = 'twilio-auth-token-for-tests';
const PUBLIC_URL = 'https://dasan.example';

/** Twilio asking what to do next with a call, signed as Twilio signs its webhooks. */
async function twilioNext(url: string, params: Record<string, string>, signature?: string) {
  const res = await fetch(`${url}/voice/twilio/next`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature ?? twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}/voice/twilio/next`, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: res.status, body: await res.text() };
}

/** The fake transcriber tells recordings apart by length, as the scripted text for each. */
const scripts: { text: string; ms: number }[] = [];

function fakeTranscriber(server: FakeModelServer) {
  server.transcribe = ({ samples, sampleRate }) => {
    const ms = durationMs(samples, sampleRate);
    const best = [...scripts].sort((a, b) => Math.abs(a.ms - ms) - Math.abs(b.ms - ms))[0];
    return { text: best?.text ?? '', delayMs: STT_DELAY_MS };
  };
}

async function callRow(dataSource: DataSource, callSid: string) {
  const [call] = await dataSource.query(`SELECT id, status, end_reason, language FROM calls WHERE telephony_id = $1`, [callSid]);
  return call as { id: string; status: string; end_reason: string | null; language: string } | undefined;
}

async function turnsOf(dataSource: DataSource, callId: string) {
  return (await dataSource.query(
    `SELECT seq, speaker, input, text, action, intent, citations FROM call_turns WHERE call_id = $1 ORDER BY seq`,
    [callId],
  )) as {
    seq: number;
    speaker: string;
    input: string;
    text: string;
    action: string | null;
    intent: string | null;
    citations: { title: string }[] | null;
  }[];
}

// Real-time audio: one backend is enough (the voicebot's records are pinned on both elsewhere).
describe.each(testBackends().slice(0, 1))('the voice gateway on %s', (backend) => {
  const stt = new FakeModelServer();
  let sttUrl = '';
  let question: Int16Array;
  let english: Int16Array;
  let yes: Int16Array;
  beforeAll(async () => {
    sttUrl = await stt.start();
    fakeTranscriber(stt);
    const q = await recording(QUESTION);
    const e = await recording(ENGLISH, 'en');
    const y = await recording('네');
    question = trimSilence(q.samples, 8000);
    english = trimSilence(e.samples, 8000);
    yes = trimSilence(y.samples, 8000);
    scripts.push({ text: QUESTION, ms: durationMs(question, 8000) }, { text: ENGLISH, ms: durationMs(english, 8000) });
  });
  afterAll(() => stt.stop());
  const api = apiOn(backend, () => ({
    STT_PROVIDER: 'openai',
    STT_BASE_URL: `${sttUrl}/v1`,
    VOICE_HOLD_REPEAT_SECONDS: 0,
    TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
    PUBLIC_BASE_URL: PUBLIC_URL,
    CALLBACK_OFFER_WAIT_SECONDS: 0, // callbacks over the phone have their own tests below
  }));
  const dataSource = () => api.app.get(DataSource);
  const clients: TwilioTestClient[] = [];
  afterEach(() => clients.splice(0).forEach((c) => c.close()));

  async function dial(params: Record<string, string> = { apiKey: TEST_GATEWAY_KEY, from: '010-2345-6789' }) {
    const client = new TwilioTestClient(api.url);
    clients.push(client);
    await client.start(params);
    return client;
  }

  it('greets, hears a spoken question, and answers it aloud from the knowledge base', async () => {
    const client = await dial();
    const greeting = await client.until(
      () => client.received.marks[0]?.playedAt != null && client.received.marks[0],
      30_000,
      'the greeting',
    );
    expect(greeting.name).toMatch(/^turn-1-/);
    // The greeting is cached: its audio started at once, paced in real time (about 20 ms per 20 ms frame).
    const greetingMs = client.received.media.length * 20;
    expect(greetingMs).toBeGreaterThan(4000);
    expect(client.received.media[0].at).toBeLessThan(1500);
    const spanMs = client.received.media.at(-1)!.at - client.received.media[0].at;
    expect(spanMs).toBeGreaterThan(greetingMs * 0.8);

    const before = client.received.media.length;
    const askedAt = client.now;
    await client.say(question);
    const answer = await client.until(() => client.received.marks[1]?.playedAt != null && client.received.marks[1], 40_000, 'the answer');
    expect(answer.name).toMatch(/^turn-3-/);
    const reply = client.heardSamples(before);
    expect(durationMs(reply, 8000)).toBeGreaterThan(2000);
    expect(rmsDbfs(reply)).toBeGreaterThan(-35);
    expect(client.received.clears).toHaveLength(0);
    expect(client.received.media[before].at - askedAt).toBeGreaterThan(durationMs(question, 8000));

    const call = (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))!;
    const turns = await turnsOf(dataSource(), call.id);
    expect(turns.map((t) => t.speaker)).toEqual(['BOT', 'CALLER', 'BOT']);
    expect(turns[1].text).toBe(QUESTION);
    expect(turns[2].action).toBe('ANSWER');
    expect(turns[2].citations?.[0].title).toContain('여권');
    const [timing] = await dataSource().query(`SELECT * FROM voice_turns WHERE call_id = $1`, [call.id]);
    expect(timing.seq).toBe(3);
    expect(timing.endpointing_ms).toBeGreaterThanOrEqual(600);
    expect(timing.stt_ms).toBeGreaterThanOrEqual(STT_DELAY_MS);
    expect(timing.total_ms).toBeGreaterThanOrEqual(timing.endpointing_ms + timing.stt_ms + timing.dialogue_ms);
    const request = stt.requests.find((r) => r.path === '/v1/audio/transcriptions')!;
    expect(request.body).toMatchObject({ model: 'whisper-1', language: 'ko' });

    client.stop();
    await client.whenClosed;
    await client.until(async () => true, 10, '');
    await expectEventually(async () => (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))?.status === 'ENDED');
  }, 90_000);

  it('stops playback (clear) when the caller talks over the bot, and answers what they said', async () => {
    const client = await dial();
    await client.until(() => client.received.media.length > 50, 10_000, 'a second of greeting');
    const saidAt = client.now;
    await client.say(question);
    const clearedAt = await client.until(() => client.received.clears[0], 5000, 'a clear');
    // Barge-in after 400 ms of speech, not at the end of the sentence.
    expect(clearedAt - saidAt).toBeLessThan(1500);
    await client.until(() => client.received.marks.find((m) => m.name.startsWith('turn-3-') && m.playedAt != null), 40_000, 'the answer');
    // The greeting was cut before its end: its mark never went out, so nothing claims the caller heard it all.
    expect(client.received.marks.map((m) => m.name)).not.toContainEqual(expect.stringMatching(/^turn-1-/));
    const call = (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))!;
    const turns = await turnsOf(dataSource(), call.id);
    expect(turns[1].text).toBe(QUESTION);
    const [timing] = await dataSource().query(`SELECT barge_in FROM voice_turns WHERE call_id = $1`, [call.id]);
    expect(timing.barge_in).toBe(true);
    client.stop();
  }, 60_000);

  it('lets a short backchannel ("네") pass without interrupting the bot', async () => {
    const client = await dial();
    await client.until(() => client.received.media.length > 50, 10_000, 'a second of greeting');
    await client.say(yes);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(client.received.clears).toHaveLength(0);
    await client.until(() => client.received.marks[0]?.playedAt != null, 30_000, 'the whole greeting');
    expect(client.received.clears).toHaveLength(0);
    const call = (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))!;
    expect((await turnsOf(dataSource(), call.id)).map((t) => t.speaker)).toEqual(['BOT']);
    client.stop();
  }, 60_000);

  it('hands the caller to a person on key 0: hold words, then a transfer', async () => {
    const client = await dial();
    await client.until(() => client.received.media.length > 10, 10_000, 'the greeting');
    client.dtmf('0');
    await client.until(() => client.received.clears[0], 3000, 'the greeting cut off');
    const closed = await client.whenClosed;
    expect(closed).toEqual({ code: 1000, reason: 'transfer' });
    // The hold words were played in full before the stream closed.
    const handoff = client.received.marks.find((m) => m.name.startsWith('turn-3-'))!;
    expect(handoff.playedAt).not.toBeNull();
    const call = (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))!;
    expect(call.status).toBe('HANDED_OFF');
    const [handoffRow] = await dataSource().query(`SELECT status, reason FROM handoffs WHERE call_id = $1`, [call.id]);
    expect(handoffRow).toEqual({ status: 'WAITING', reason: 'CALLER_REQUEST' });
  }, 60_000);

  it('tells Twilio to transfer a handed-off call with a forked stream that feeds both sides to the console', async () => {
    const client = await dial();
    await client.until(() => client.received.media.length > 10, 10_000, 'the greeting');
    client.dtmf('0');
    await client.whenClosed;
    const callSid = `CA${client.streamSid.slice(2)}`;
    const call = (await callRow(dataSource(), callSid))!;

    expect((await twilioNext(api.url, { CallSid: callSid }, 'forged')).status).toBe(403);
    const next = await twilioNext(api.url, { CallSid: callSid, CallStatus: 'in-progress' });
    expect(next.status).toBe(200);
    expect(next.body).toContain('<Stream url="wss://dasan.example/voice/twilio" track="both_tracks">');
    expect(next.body).toContain(`<Parameter name="callId" value="${call.id}"/>`);
    expect(next.body).toContain('<Enqueue>120-agents</Enqueue>');
    const token = /name="token" value="([^"]+)"/.exec(next.body)![1];

    // A token for this call does not open another one.
    const other = new TwilioTestClient(api.url);
    clients.push(other);
    await other.start({ mode: 'monitor', callId: '00000000-0000-4000-8000-000000000000', token });
    expect((await other.whenClosed).reason).toMatch(/^FORBIDDEN/);

    const fork = new TwilioTestClient(api.url);
    clients.push(fork);
    await fork.start({ mode: 'monitor', callId: call.id, token });
    await Promise.all([fork.say(question, 'inbound'), new Promise((r) => setTimeout(r, 3500)).then(() => fork.say(english, 'outbound'))]);
    await expectEventually(async () => (await turnsOf(dataSource(), call.id)).some((t) => t.speaker === 'AGENT'), 15_000);
    const turns = await turnsOf(dataSource(), call.id);
    expect(turns.filter((t) => t.seq > 3).map((t) => [t.speaker, t.text])).toEqual([
      ['CALLER', QUESTION],
      ['AGENT', ENGLISH],
    ]);
    expect(fork.received.media).toHaveLength(0); // the bot says nothing on a forked stream
    fork.stop();
    await expectEventually(async () => (await callRow(dataSource(), callSid))?.status === 'ENDED');
    expect((await twilioNext(api.url, { CallSid: callSid })).body).toContain('<Hangup/>');
  }, 60_000);

  it('keeps a mobile number keyed in with # as the number text messages go to, masked', async () => {
    const client = await dial({ apiKey: TEST_GATEWAY_KEY }); // the network passed no number
    await client.until(() => client.received.media.length > 10, 10_000, 'the greeting');
    for (const digit of '01055556666#') client.dtmf(digit);
    await client.until(() => client.received.marks.find((m) => m.name.startsWith('turn-3-')), 20_000, 'the reply');
    const call = (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))!;
    const [row] = await dataSource().query(`SELECT caller_masked, caller_encrypted FROM calls WHERE id = $1`, [call.id]);
    expect(row.caller_masked).toBe('*******6666');
    expect(row.caller_encrypted).not.toContain('01055556666');
    const turns = await turnsOf(dataSource(), call.id);
    expect(turns[1]).toMatchObject({ speaker: 'CALLER', input: 'DIGIT', text: '[키패드 *******6666#]' });
    expect(turns[2].text).toContain('6666');
    client.stop();
  }, 40_000);

  it('switches to English on key 2 and then recognises English', async () => {
    const client = await dial();
    await client.until(() => client.received.media.length > 10, 10_000, 'the greeting');
    client.dtmf('2');
    await client.until(() => client.received.marks.find((m) => m.name.startsWith('turn-3-') && m.playedAt != null), 20_000, 'the switch');
    await client.say(english);
    await client.until(() => client.received.marks.find((m) => m.name.startsWith('turn-5-') && m.playedAt != null), 40_000, 'the answer');
    const call = (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))!;
    expect(call.language).toBe('en');
    const last = stt.requests.filter((r) => r.path === '/v1/audio/transcriptions').at(-1)!;
    expect(last.body.language).toBe('en');
    client.stop();
  }, 60_000);

  it('ends the call cleanly when the line drops mid-sentence, leaving nothing running', async () => {
    const voice = api.app.get(VoiceService);
    const client = await dial();
    await client.until(() => client.received.media.length > 10, 10_000, 'the greeting');
    void client.say(question);
    await new Promise((resolve) => setTimeout(resolve, 600));
    client.terminate();
    await expectEventually(async () => (await callRow(dataSource(), `CA${client.streamSid.slice(2)}`))?.status === 'ENDED');
    await expectEventually(async () => voice.activeCalls === 0);
  }, 30_000);

  it('closes malformed and unauthenticated streams with a reason', async () => {
    const cases: [string, (c: TwilioTestClient) => Promise<void>, number, RegExp][] = [
      ['no credentials', (c) => c.start({}), 1008, /^UNAUTHENTICATED/],
      ['a wrong API key', (c) => c.start({ apiKey: 'x'.repeat(30) }), 1008, /^UNAUTHENTICATED/],
      ['not JSON', (c) => c.sendRaw('hello'), 1007, /^BAD_MESSAGE: A text message must be one JSON object/],
      ['binary', (c) => c.sendRaw(Buffer.from([1, 2, 3])), 1003, /^BAD_MESSAGE/],
      [
        'media before start',
        (c) => c.sendRaw(JSON.stringify({ event: 'media', media: { payload: 'AAAA' } })),
        1008,
        /^BAD_MESSAGE: A media message came before the start/,
      ],
      [
        'a format we do not take',
        (c) => c.start({ apiKey: TEST_GATEWAY_KEY }, { encoding: 'audio/l16', sampleRate: 16000, channels: 1 }),
        1003,
        /^UNSUPPORTED_MEDIA/,
      ],
      ['a caller id that is not a number', (c) => c.start({ apiKey: TEST_GATEWAY_KEY, from: 'anonymous' }), 1007, /callerId/],
    ];
    for (const [what, act, code, reason] of cases) {
      const client = new TwilioTestClient(api.url);
      clients.push(client);
      await act(client);
      const closed = await Promise.race([client.whenClosed, new Promise<null>((r) => setTimeout(() => r(null), 8000))]);
      expect({ what, closed: closed && { code: closed.code, reason: reason.test(closed.reason) ? 'matches' : closed.reason } }).toEqual({
        what,
        closed: { code, reason: 'matches' },
      });
    }
    expect(api.app.get(VoiceService).activeCalls).toBe(0);
    // And the API is still up.
    expect((await gql(api.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  }, 60_000);

  it('carries 20 calls at once, each answered', async () => {
    const callers = await Promise.all(Array.from({ length: 20 }, () => dial()));
    await Promise.all(callers.map((c) => c.until(() => c.received.media.length > 25, 15_000, 'the greeting')));
    await Promise.all(callers.map((c) => c.say(question)));
    await Promise.all(callers.map((c) => c.until(() => c.received.marks.find((m) => m.name.startsWith('turn-3-')), 60_000, 'an answer')));
    for (const c of callers) {
      const call = (await callRow(dataSource(), `CA${c.streamSid.slice(2)}`))!;
      const turns = await turnsOf(dataSource(), call.id);
      expect(turns.find((t) => t.seq === 3)?.action).toBe('ANSWER');
      c.stop();
    }
    await expectEventually(async () => api.app.get(VoiceService).activeCalls === 0, 15_000);
  }, 120_000);

  it('speaks 16 kHz PCM with JSON events on /voice/pcm', async () => {
    const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/voice/pcm?apiKey=${TEST_GATEWAY_KEY}`);
    const events: Record<string, unknown>[] = [];
    let audioBytes = 0;
    socket.on('message', (data, binary) => {
      if (binary) audioBytes += (data as Buffer).length;
      else {
        const event = JSON.parse(data.toString()) as Record<string, unknown>;
        events.push(event);
        if (event.type === 'mark') socket.send(JSON.stringify({ type: 'mark', name: event.name }));
      }
    });
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'start', language: 'ko' }));
    const pcm = concat(silence(300, 16000), resample(question, 8000, 16000), silence(1500, 16000));
    for (let i = 0; i < pcm.length; i += 320) {
      const frame = pcm.subarray(i, i + 320);
      socket.send(Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await expectEventually(async () => events.some((e) => e.type === 'mark' && String(e.name).startsWith('turn-3-')), 30_000);
    expect(events[0]).toMatchObject({ type: 'started', language: 'ko' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'transcript', speaker: 'caller', text: QUESTION }));
    const turn = events.find((e) => e.type === 'turn' && e.seq === 3) as {
      action: string;
      citations: { title: string }[];
      timings: object;
    };
    expect(turn.action).toBe('ANSWER');
    expect(turn.citations[0].title).toContain('여권');
    expect(turn.timings).toEqual(expect.objectContaining({ sttMs: expect.any(Number), totalMs: expect.any(Number) }));
    expect(audioBytes).toBeGreaterThan(16000 * 2 * 2); // more than two seconds of the bot's voice
    socket.send(JSON.stringify({ type: 'stop' }));
    await new Promise((resolve) => socket.once('close', resolve));
  }, 60_000);

  it('refuses a PCM start at another sample rate, and odd-sized audio', async () => {
    for (const [send, code] of [
      [JSON.stringify({ type: 'start', apiKey: TEST_GATEWAY_KEY, sampleRate: 8000 }), 1003],
      [Buffer.from([1, 2, 3]), 1007],
    ] as const) {
      const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/voice/pcm`);
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(send);
      const [closeCode] = await new Promise<[number, string]>((resolve) => socket.once('close', (c, r) => resolve([c, r.toString()])));
      expect(closeCode).toBe(code);
    }
  }, 20_000);
});

describe.each(testBackends().slice(0, 1))('callbacks offered over the phone on %s', (backend) => {
  const stt = new FakeModelServer();
  let sttUrl = '';
  beforeAll(async () => {
    sttUrl = await stt.start();
  });
  afterAll(() => stt.stop());
  const api = apiOn(backend, () => ({ STT_PROVIDER: 'openai', STT_BASE_URL: `${sttUrl}/v1`, CALLBACK_OFFER_WAIT_SECONDS: 60 }));

  async function handOff(from: string) {
    const client = new TwilioTestClient(api.url);
    await client.start({ apiKey: TEST_GATEWAY_KEY, from });
    await client.until(() => client.received.media.length > 10, 10_000, 'the greeting');
    client.dtmf('0');
    return client;
  }

  it('holds the transfer while the caller answers the offer, and books the callback on 1', async () => {
    const first = await handOff('010-1111-2222'); // nobody ahead: no offer, straight to the queue
    expect((await first.whenClosed).reason).toBe('transfer');
    const second = await handOff('010-3333-4444'); // one caller ahead: about three minutes
    await second.until(() => second.received.marks.find((m) => m.name.startsWith('turn-3-') && m.playedAt != null), 30_000, 'the offer');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(second.received.closed).toBeNull(); // the offer waits for its answer
    second.dtmf('1');
    const closed = await Promise.race([second.whenClosed, new Promise<null>((r) => setTimeout(() => r(null), 30_000))]);
    expect(closed).toEqual({ code: 1000, reason: 'call ended' });
    const dataSource = api.app.get(DataSource);
    const call = (await callRow(dataSource, `CA${second.streamSid.slice(2)}`))!;
    expect(call).toMatchObject({ status: 'ENDED', end_reason: 'callback' });
    const [booked] = await dataSource.query(`SELECT status, caller_masked FROM callback_requests WHERE call_id = $1`, [call.id]);
    expect(booked).toEqual({ status: 'REQUESTED', caller_masked: '*******4444' });
    expect((await twilioNext(api.url, { CallSid: `CA${second.streamSid.slice(2)}` }, 'forged')).status).toBe(404); // not configured here
  }, 90_000);
});

describe.each(testBackends().slice(0, 1))('the voice gateway with a speech endpoint on %s', (backend) => {
  const models = new FakeModelServer();
  let modelsUrl = '';
  beforeAll(async () => {
    modelsUrl = await models.start();
    models.transcribe = () => ({ text: QUESTION });
  });
  afterAll(() => models.stop());
  const api = apiOn(backend, () => ({
    STT_PROVIDER: 'openai',
    STT_BASE_URL: `${modelsUrl}/v1`,
    TTS_PROVIDER: 'openai',
    TTS_BASE_URL: `${modelsUrl}/v1`,
    TTS_VOICE: 'nova',
  }));

  it('speaks through an OpenAI-compatible /v1/audio/speech, the fixed prompts synthesised ahead', async () => {
    await expectEventually(async () => models.requests.filter((r) => r.path === '/v1/audio/speech').length >= 26, 20_000);
    const client = new TwilioTestClient(api.url);
    await client.start({ apiKey: TEST_GATEWAY_KEY });
    await client.until(() => client.received.media.length > 50, 10_000, 'the greeting');
    const before = models.requests.length;
    await client.say(concat(silence(200, 8000), (await recording(QUESTION)).samples));
    await client.until(() => client.received.marks.find((m) => m.name.startsWith('turn-3-')), 30_000, 'the answer');
    const spoken = models.requests.slice(before).filter((r) => r.path === '/v1/audio/speech');
    expect(spoken.length).toBeGreaterThan(0); // the answer was not a cached prompt
    expect(spoken[0].body).toMatchObject({ voice: 'nova', response_format: 'wav', model: 'tts-1' });
    expect(String(spoken[0].body.input)).not.toContain('<speak'); // no SSML to an engine that does not take it
    client.close();
  }, 60_000);
});

describe.each(testBackends().slice(0, 1))('the voice gateway without speech recognition on %s', (backend) => {
  const api = apiOn(backend, { STT_PROVIDER: 'none' });

  it('refuses voice streams with a clear message while text calls keep working', async () => {
    const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/voice/pcm`);
    const messages: Record<string, unknown>[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as Record<string, unknown>));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'start', apiKey: TEST_GATEWAY_KEY }));
    const [code, reason] = await new Promise<[number, string]>((resolve) => socket.once('close', (c, r) => resolve([c, r.toString()])));
    expect(code).toBe(1008);
    expect(reason).toMatch(/^STT_UNAVAILABLE/);
    expect(messages).toEqual([
      expect.objectContaining({ type: 'error', code: 'STT_UNAVAILABLE', message: expect.stringContaining('STT_PROVIDER') }),
    ]);
    const call = await gql<{ startCall: { id: string } }>(api.url, `mutation { startCall(input: { channel: PHONE }) { id } }`);
    const digit = await gql<{ sendDigit: { action: string } }>(
      api.url,
      `mutation($id: ID!) { sendDigit(callId: $id, digit: "0") { action } }`,
      {
        id: call.data!.startCall.id,
      },
    );
    expect(digit.data?.sendDigit.action).toBe('HANDOFF');
  });
});

async function expectEventually(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
