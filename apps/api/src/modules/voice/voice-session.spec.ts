import { describe, expect, it, jest } from '@jest/globals';
import { concat, noise, silence, speechLike } from '#libs/audio';
import { PromptCache, type SynthesisRequest, type TextToSpeech } from '#libs/speech';
import type { BotTurn } from '../calls/calls.service.js';
import type { VoiceEvent, VoiceLink } from './voice-link.js';
import { type VoiceCalls, VoiceSession, type VoiceSettings } from './voice-session.js';

const RATE = 8000;
const CALL = 'c0ffee00-0000-4000-8000-000000000001';

function turn(seq: number, overrides: Partial<BotTurn> = {}): BotTurn {
  return {
    callId: CALL,
    seq,
    text: '네, 안내해 드릴게요.',
    ssml: '',
    language: 'ko',
    intent: 'faq',
    confidence: 0.9,
    action: 'ANSWER',
    citations: [],
    handoff: null,
    answerMode: 'extractive',
    latencyMs: 5,
    ...overrides,
  };
}

/** An engine that "speaks" a tone for `ms` per request. */
class ToneVoice implements TextToSpeech {
  readonly name = 'tone';
  readonly supportsSsml = false;
  constructor(private readonly ms: number) {}
  async *synthesize(req: SynthesisRequest): AsyncIterable<Int16Array> {
    yield speechLike(this.ms, req.sampleRate, 0.3);
  }
}

class FakeLink implements VoiceLink {
  readonly sampleRate = RATE;
  closesOnTransfer = false;
  readonly audio: Int16Array[] = [];
  readonly marks: string[] = [];
  readonly events: VoiceEvent[] = [];
  clears = 0;
  closed: [number, string] | null = null;
  sendAudio(frame: Int16Array) {
    this.audio.push(frame);
  }
  sendMark(name: string) {
    this.marks.push(name);
  }
  clear() {
    this.clears++;
  }
  event(event: VoiceEvent) {
    this.events.push(event);
  }
  transfer(event: Extract<VoiceEvent, { type: 'transfer' }>) {
    this.events.push(event);
  }
  close(code: number, reason: string) {
    this.closed = [code, reason];
  }
}

const SETTINGS: VoiceSettings = {
  silenceMs: 300,
  maxUtteranceMs: 10_000,
  bargeInMs: 300,
  holdRepeatMs: 0,
  digitTimeoutMs: 80,
  markTimeoutMs: 50,
  prompts: { ko: { hold: '기다려 주세요', notHeard: '다시 말씀해 주세요' }, en: { hold: 'Please hold', notHeard: 'Say again?' } },
};

function setUp(options: { speakMs?: number; status?: 'ACTIVE' | 'HANDED_OFF' | 'ENDED' } = {}) {
  const link = new FakeLink();
  let seq = 1;
  const calls = {
    startCall: jest.fn(async () => ({ call: { id: CALL, language: 'ko' }, greeting: turn(1, { intent: 'greeting' }) })),
    sendUtterance: jest.fn(async (_id: string, _text: string) => turn((seq += 2))),
    sendDigit: jest.fn(async (_id: string, digit: string) =>
      digit === '0'
        ? turn((seq += 2), { action: 'HANDOFF', intent: 'handoff', handoff: { id: 'h1', reason: 'CALLER_REQUEST' } as never })
        : turn((seq += 2)),
    ),
    sendKeypadEntry: jest.fn(async (_id: string, _digits: string) => turn((seq += 2), { intent: 'keypad' })),
    endCall: jest.fn(async () => undefined),
    recordSpeech: jest.fn(async (_id: string, _speaker: 'CALLER' | 'AGENT', _text: string) => undefined),
    callStatus: jest.fn(async () => options.status ?? 'ACTIVE'),
  } satisfies VoiceCalls;
  const stt = { name: 'fake', transcribe: jest.fn(async () => ({ text: '여권 재발급은 어떻게 하나요' })) };
  const sut = new VoiceSession({
    link,
    calls,
    stt,
    voice: new PromptCache(new ToneVoice(options.speakMs ?? 2000)),
    settings: SETTINGS,
    recordTimings: jest.fn(async () => undefined),
    log: { log: () => undefined, warn: () => undefined, error: () => undefined },
  });
  return { sut, link, calls, stt };
}

/** Pushes audio in 20 ms frames at real-time pace (the pacer and the marks run on the real clock). */
async function stream(sut: VoiceSession, samples: Int16Array, track: 'inbound' | 'outbound' = 'inbound') {
  for (let i = 0; i < samples.length; i += 160) {
    sut.audio(samples.subarray(i, i + 160), track);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const line = (ms: number) => noise(ms, RATE, 0.002, 7);

describe(VoiceSession.name, () => {
  it('answers an utterance after the silence that ends the turn, and marks the reply', async () => {
    const { sut, link, calls, stt } = setUp({ speakMs: 200 });
    await sut.begin({ channel: 'PHONE' });
    await stream(sut, line(600)); // the greeting plays out
    await stream(sut, concat(speechLike(800, RATE), line(600)));
    await sut.settled;
    expect(stt.transcribe).toHaveBeenCalledTimes(1);
    expect(calls.sendUtterance).toHaveBeenCalledWith(CALL, '여권 재발급은 어떻게 하나요');
    expect(link.events).toContainEqual(expect.objectContaining({ type: 'transcript', speaker: 'caller' }));
    await stream(sut, line(400));
    expect(link.marks).toEqual([expect.stringMatching(/^turn-1-/), expect.stringMatching(/^turn-3-/)]);
    await sut.end('test');
  }, 15_000);

  it('stops playback when the caller talks over the bot, but not for a short backchannel', async () => {
    const { sut, link, stt } = setUp({ speakMs: 6000 });
    await sut.begin({ channel: 'PHONE' });
    await stream(sut, line(300));
    await stream(sut, concat(speechLike(260, RATE), line(700))); // "네"
    expect(link.clears).toBe(0);
    expect(stt.transcribe).not.toHaveBeenCalled();
    await stream(sut, concat(speechLike(900, RATE), line(500)));
    expect(link.clears).toBe(1);
    await sut.settled;
    expect(stt.transcribe).toHaveBeenCalledTimes(1);
    await sut.end('test');
  }, 15_000);

  it('takes a lone 0 as a person, a lone 2 as a menu choice, and a number starting with 0 as an entry', async () => {
    const { sut, link, calls } = setUp({ speakMs: 100 });
    await sut.begin({ channel: 'PHONE' });
    for (const d of '01012345678#') sut.dtmf(d);
    await sut.settled;
    expect(calls.sendKeypadEntry).toHaveBeenCalledWith(CALL, '01012345678');
    expect(calls.sendDigit).not.toHaveBeenCalled();
    sut.dtmf('2');
    await new Promise((resolve) => setTimeout(resolve, 150)); // no # : a single key after the pause
    await sut.settled;
    expect(calls.sendDigit).toHaveBeenLastCalledWith(CALL, '2');
    sut.dtmf('x');
    sut.dtmf('0');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await sut.settled;
    expect(calls.sendDigit).toHaveBeenLastCalledWith(CALL, '0');
    await stream(sut, line(300));
    expect(link.events).toContainEqual(expect.objectContaining({ type: 'transfer', handoffId: 'h1' }));
    await sut.end('test');
  }, 15_000);

  it('holds the transfer while a callback offer waits for its answer, and transfers on a no', async () => {
    const { sut, link, calls } = setUp({ speakMs: 100 });
    calls.sendDigit.mockImplementation(async (_id: string, digit: string) =>
      digit === '0'
        ? turn(3, { action: 'HANDOFF', intent: 'handoff', handoff: { id: 'h1', reason: 'CALLER_REQUEST' } as never, callbackOffered: true })
        : turn(5, { action: 'HANDOFF', intent: 'handoff', handoff: null }),
    );
    await sut.begin({ channel: 'PHONE' });
    sut.dtmf('0');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await sut.settled;
    await stream(sut, line(300));
    expect(link.events.filter((e) => e.type === 'transfer')).toHaveLength(0);
    sut.dtmf('2');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await sut.settled;
    await stream(sut, line(300));
    await sut.settled;
    expect(link.events.filter((e) => e.type === 'transfer')).toEqual([expect.objectContaining({ handoffId: null })]);
    await sut.end('test');
  }, 15_000);

  it('does not hang up a call another leg took over, and hangs up one it did not', async () => {
    const transferred = setUp({ speakMs: 100 });
    transferred.link.closesOnTransfer = true;
    await transferred.sut.begin({ channel: 'PHONE' });
    transferred.sut.dtmf('0');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await transferred.sut.settled;
    await stream(transferred.sut, line(300));
    await transferred.sut.settled;
    await transferred.sut.end('the stream closed');
    expect(transferred.calls.endCall).not.toHaveBeenCalled();

    const dropped = setUp({ speakMs: 100 });
    await dropped.sut.begin({ channel: 'PHONE' });
    await dropped.sut.end('the line dropped');
    await dropped.sut.end('again');
    expect(dropped.calls.endCall).toHaveBeenCalledTimes(1);
  }, 15_000);

  it('transcribes both tracks of a monitored call into the transcript, and says nothing', async () => {
    const { sut, link, calls } = setUp({ status: 'HANDED_OFF' });
    await sut.monitor(CALL);
    await Promise.all([
      stream(sut, concat(speechLike(600, RATE), silence(500, RATE)), 'inbound'),
      stream(sut, concat(line(1200), speechLike(600, RATE), silence(500, RATE)), 'outbound'),
    ]);
    await sut.settled;
    expect(calls.recordSpeech.mock.calls.map((c) => c[1])).toEqual(['CALLER', 'AGENT']);
    expect(link.audio).toHaveLength(0);
    await sut.end('stop');
    expect(calls.endCall).toHaveBeenCalledTimes(1);
  }, 15_000);
});
