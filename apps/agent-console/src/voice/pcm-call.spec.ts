import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { CapturedFrame } from './pcm';
import {
  PcmCall,
  type VoiceAudio,
  VoiceCallError,
  type VoiceCallEvent,
  type VoiceSocket,
  parseServerMessage,
  voiceSocketUrl,
} from './pcm-call';

/** A WebSocket the test drives: it records what the call sends and delivers what the "server" says. */
class FakeSocket implements VoiceSocket {
  binaryType: BinaryType = 'blob';
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: (string | ArrayBuffer)[] = [];
  closedWith: number | null = null;

  constructor(readonly url: string) {}

  send(data: string | ArrayBuffer): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    this.sent.push(data);
  }

  close(code?: number): void {
    this.closedWith = code ?? 1005;
    this.readyState = 3;
  }

  /** The JSON messages the call sent, parsed. */
  get json(): Record<string, unknown>[] {
    return this.sent.filter((m): m is string => typeof m === 'string').map((m) => JSON.parse(m) as Record<string, unknown>);
  }

  get binary(): ArrayBuffer[] {
    return this.sent.filter((m): m is ArrayBuffer => m instanceof ArrayBuffer);
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }

  receive(message: Record<string, unknown> | ArrayBuffer): void {
    this.onmessage?.({ data: message instanceof ArrayBuffer ? message : JSON.stringify(message) } as MessageEvent);
  }

  serverClose(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason } as CloseEvent);
  }
}

/** The microphone and loudspeaker: frames are fed by the test; played audio stays queued until `playOut()`. */
class FakeAudio implements VoiceAudio {
  onFrame: ((frame: CapturedFrame) => void) | null = null;
  micError: Error | null = null;
  readonly played: ArrayBuffer[] = [];
  private waiting: (() => void)[] = [];
  queued = 0;
  clears = 0;
  closedWith: boolean | null = null;

  async startMicrophone(onFrame: (frame: CapturedFrame) => void): Promise<void> {
    if (this.micError) throw this.micError;
    this.onFrame = onFrame;
  }

  play(pcm: ArrayBuffer): void {
    this.played.push(pcm);
    this.queued++;
  }

  mark(played: () => void): void {
    if (this.queued === 0) played();
    else this.waiting.push(played);
  }

  /** Everything queued has now been heard. */
  playOut(): void {
    this.queued = 0;
    this.waiting.splice(0).forEach((played) => played());
  }

  clear(): void {
    this.clears++;
    this.queued = 0;
    this.waiting = [];
  }

  get speaking(): boolean {
    return this.queued > 0;
  }

  close(drain = false): void {
    this.closedWith = drain;
  }
}

const frame = (level = 0.5): CapturedFrame => ({ pcm: new ArrayBuffer(640), level });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(PcmCall.name, () => {
  let socket: FakeSocket;
  let audio: FakeAudio;
  let events: VoiceCallEvent[];
  let sut: PcmCall;

  beforeEach(() => {
    audio = new FakeAudio();
    events = [];
    sut = new PcmCall({
      url: 'ws://console.test/voice/pcm',
      token: 'access-token',
      language: 'ko',
      callerId: '01012345678',
      audio,
      onEvent: (event) => events.push(event),
      openSocket: (url) => (socket = new FakeSocket(url)),
      startTimeoutMs: 200,
    });
  });

  afterEach(() => sut.hangUp());

  /** Dials and has the server accept. */
  async function connect(): Promise<void> {
    sut.start();
    socket.open();
    socket.receive({ type: 'started', callId: 'call-1', language: 'ko' });
    await flush();
  }

  const types = () => events.map((e) => e.type);

  it('opens the stream with the start message first: token, language and caller number, binary as ArrayBuffer', () => {
    sut.start();
    expect(socket.url).toBe('ws://console.test/voice/pcm');
    expect(socket.binaryType).toBe('arraybuffer');
    socket.open();
    expect(socket.json).toEqual([{ type: 'start', token: 'access-token', language: 'ko', callerId: '01012345678' }]);
  });

  it('opens the microphone once the server accepts, and sends each 20 ms frame as a binary message', async () => {
    await connect();
    expect(events.slice(0, 2)).toEqual([{ type: 'started', callId: 'call-1', language: 'ko' }, { type: 'listening' }]);
    const pcm = frame();
    audio.onFrame!(pcm);
    audio.onFrame!(frame());
    expect(socket.binary).toHaveLength(2);
    expect(socket.binary[0]).toBe(pcm.pcm);
    expect(events.find((e) => e.type === 'activity')).toEqual({ type: 'activity', level: 0.5, botSpeaking: false });
  });

  it("plays the bot's binary audio", async () => {
    await connect();
    const voice = new ArrayBuffer(640);
    socket.receive(voice);
    expect(audio.played).toEqual([voice]);
  });

  it('echoes a mark only once the audio before it has been heard', async () => {
    await connect();
    socket.receive(new ArrayBuffer(640));
    socket.receive({ type: 'mark', name: 'greeting-1' });
    expect(socket.json.filter((m) => m.type === 'mark')).toEqual([]);
    audio.playOut();
    expect(socket.json.filter((m) => m.type === 'mark')).toEqual([{ type: 'mark', name: 'greeting-1' }]);
  });

  it('stops playback and drops pending marks on clear (barge-in)', async () => {
    await connect();
    socket.receive(new ArrayBuffer(640));
    socket.receive({ type: 'mark', name: 'answer-2' });
    socket.receive({ type: 'clear' });
    audio.playOut();
    expect(audio.clears).toBe(1);
    expect(socket.json.filter((m) => m.type === 'mark')).toEqual([]);
  });

  it('passes transcripts, turns and the transfer to the page', async () => {
    await connect();
    socket.receive({ type: 'transcript', speaker: 'caller', text: '여권 재발급은 어떻게 하나요', seq: 1 });
    socket.receive({ type: 'transcript', speaker: 'bot', text: '여권은 구청에서 재발급합니다.', seq: 2 });
    socket.receive({
      type: 'turn',
      seq: 2,
      action: 'ANSWER',
      intent: 'faq',
      language: 'ko',
      citations: [{ title: '여권 발급', sourceUrl: 'https://www.passport.go.kr' }],
      timings: null,
    });
    socket.receive({ type: 'transfer', callId: 'call-1', handoffId: 'h-1', reason: 'CALLER_REQUEST' });
    expect(events.filter((e) => ['transcript', 'turn', 'transfer'].includes(e.type))).toEqual([
      { type: 'transcript', speaker: 'caller', text: '여권 재발급은 어떻게 하나요', seq: 1 },
      { type: 'transcript', speaker: 'bot', text: '여권은 구청에서 재발급합니다.', seq: 2 },
      {
        type: 'turn',
        seq: 2,
        action: 'ANSWER',
        intent: 'faq',
        citations: [{ title: '여권 발급', sourceUrl: 'https://www.passport.go.kr' }],
      },
      { type: 'transfer', handoffId: 'h-1', reason: 'CALLER_REQUEST' },
    ]);
  });

  it("shows the server's refusal in Korean and ends once when the stream closes", () => {
    sut.start();
    socket.open();
    socket.receive({ type: 'error', code: 'STT_UNAVAILABLE', message: 'No speech-to-text provider is configured' });
    socket.serverClose(1008, 'STT_UNAVAILABLE');
    expect(events).toEqual([
      {
        type: 'error',
        code: 'STT_UNAVAILABLE',
        message: '음성 인식 서비스가 설정되지 않아 음성 통화를 할 수 없습니다. 문자 통화를 이용해 주세요.',
      },
      { type: 'ended', reason: 'STT_UNAVAILABLE' },
    ]);
    expect(audio.closedWith).toBe(false);
  });

  it('sends keypad digits during the call and refuses what is not a key', async () => {
    await connect();
    sut.sendDigit('0');
    sut.sendDigit('#');
    expect(socket.json.filter((m) => m.type === 'dtmf')).toEqual([
      { type: 'dtmf', digit: '0' },
      { type: 'dtmf', digit: '#' },
    ]);
    expect(() => sut.sendDigit('12')).toThrow(VoiceCallError);
  });

  it('hangs up with stop, closes the stream normally and releases the microphone', async () => {
    await connect();
    sut.hangUp();
    expect(socket.json.at(-1)).toEqual({ type: 'stop' });
    expect(socket.closedWith).toBe(1000);
    expect(audio.closedWith).toBe(false);
    expect(types().filter((t) => t === 'ended')).toHaveLength(1);
    audio.onFrame!(frame());
    expect(socket.binary).toHaveLength(0);
  });

  it('lets the goodbye play out when the server ends the call', async () => {
    await connect();
    socket.receive({ type: 'end', reason: 'caller said goodbye' });
    socket.serverClose(1000);
    expect(events.at(-1)).toEqual({ type: 'ended', reason: 'caller said goodbye' });
    expect(types().filter((t) => t === 'ended' || t === 'error')).toEqual(['ended']);
    expect(audio.closedWith).toBe(true);
  });

  it('says the server cannot be reached when the stream never opens', () => {
    sut.start();
    socket.serverClose(1006);
    expect(events).toEqual([
      { type: 'error', code: 'CONNECTION_FAILED', message: '음성 서버에 연결할 수 없습니다. 네트워크를 확인해 주세요.' },
      { type: 'ended', reason: 'closed 1006' },
    ]);
  });

  it('says the connection was lost when an open call drops without an end', async () => {
    await connect();
    socket.serverClose(1006);
    expect(events.filter((e) => e.type === 'error')).toEqual([
      { type: 'error', code: 'CONNECTION_LOST', message: '음성 연결이 끊어졌습니다. 다시 걸어 주세요.' },
    ]);
  });

  it('gives up when the server does not accept the start in time', async () => {
    jest.useFakeTimers();
    try {
      sut.start();
      socket.open();
      jest.advanceTimersByTime(200);
    } finally {
      jest.useRealTimers();
    }
    expect(types()).toEqual(['error', 'ended']);
    expect(events[0]).toMatchObject({ code: 'TIMEOUT' });
    expect(socket.closedWith).toBe(1000);
  });

  it('hangs up with a Korean reason when the microphone is refused', async () => {
    audio.micError = new VoiceCallError('MIC_DENIED');
    await connect();
    expect(socket.json.at(-1)).toEqual({ type: 'stop' });
    expect(events.slice(1)).toEqual([
      { type: 'error', code: 'MIC_DENIED', message: expect.stringContaining('마이크 사용이 허용되지 않았습니다') },
      { type: 'ended', reason: 'MIC_DENIED' },
    ]);
  });
});

describe('voice stream messages', () => {
  it('addresses the stream on the page host, wss under https', () => {
    expect(voiceSocketUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/voice/pcm');
    expect(voiceSocketUrl({ protocol: 'https:', host: 'dasan.example' })).toBe('wss://dasan.example/voice/pcm');
  });

  it('ignores what is not a message the console knows', () => {
    expect(parseServerMessage('not json')).toBeNull();
    expect(parseServerMessage('[]')).toBeNull();
    expect(parseServerMessage('{"type":"future"}')).toBeNull();
    expect(parseServerMessage('{"type":"transcript","speaker":"robot","text":"x"}')).toBeNull();
    expect(parseServerMessage('{"type":"mark"}')).toBeNull();
  });

  it('keeps well-formed citations of a turn and drops broken ones', () => {
    expect(
      parseServerMessage(
        JSON.stringify({ type: 'turn', seq: 3, action: 'ANSWER', citations: [{ title: 'a', sourceUrl: 'u' }, { title: 1 }, null] }),
      ),
    ).toEqual({ type: 'turn', seq: 3, action: 'ANSWER', intent: null, citations: [{ title: 'a', sourceUrl: 'u' }] });
  });
});
