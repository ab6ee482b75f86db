import type { BotAction, Language } from '../api/types';
import { voiceErrorMessage } from '../labels';
import type { CapturedFrame } from './pcm';

// A microphone call on the API's /voice/pcm stream (the protocol is the API's, apps/api/src/modules/voice): the start message with
// the signed-in user's token, 20 ms PCM16 frames of the microphone up, the bot's PCM16 down, marks echoed once their
// audio has been heard, `clear` on barge-in, keypad digits, and a hang-up. The audio itself is behind VoiceAudio
// (browser-audio.ts in the browser, a fake in the unit test), so the protocol runs in Node too.

export const VOICE_PATH = '/voice/pcm';
/** How long the server may take to accept the start message before the call gives up. */
export const START_TIMEOUT_MS = 10_000;
/** Level-meter updates to the page, at most this often. */
const ACTIVITY_INTERVAL_MS = 100;
const OPEN = 1; // WebSocket.OPEN, spelled out so the protocol runs where there is no WebSocket global
const NORMAL_CLOSE = 1000;

/** ws(s)://<the page's host>/voice/pcm: the console and the API share an origin (the dev server proxies /voice). */
export function voiceSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${VOICE_PATH}`;
}

export type VoiceSpeaker = 'caller' | 'bot' | 'agent';
export interface VoiceCitation {
  title: string;
  sourceUrl: string;
}

/** The server's JSON messages the console acts on; anything else is ignored (the protocol may grow). */
export type ServerMessage =
  | { type: 'started'; callId: string; language: string }
  | { type: 'mark'; name: string }
  | { type: 'clear' }
  | { type: 'transcript'; speaker: VoiceSpeaker; text: string; seq: number | null }
  | { type: 'turn'; seq: number; action: BotAction; intent: string | null; citations: VoiceCitation[] }
  | { type: 'transfer'; handoffId: string | null; reason: string | null }
  | { type: 'error'; code: string; message: string }
  | { type: 'end'; reason: string };

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Reads one text frame from the server; null for what is not JSON or not a message this console knows. */
export function parseServerMessage(text: string): ServerMessage | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'started':
      return str(m.callId) ? { type: 'started', callId: str(m.callId)!, language: str(m.language) ?? 'ko' } : null;
    case 'mark':
      return str(m.name) !== null ? { type: 'mark', name: str(m.name)! } : null;
    case 'clear':
      return { type: 'clear' };
    case 'transcript': {
      const speaker = m.speaker === 'caller' || m.speaker === 'bot' || m.speaker === 'agent' ? m.speaker : null;
      return speaker && str(m.text) !== null ? { type: 'transcript', speaker, text: str(m.text)!, seq: num(m.seq) } : null;
    }
    case 'turn': {
      if (num(m.seq) === null || !str(m.action)) return null;
      const citations = Array.isArray(m.citations)
        ? m.citations.flatMap((c: unknown) => {
            const { title, sourceUrl } = (c ?? {}) as Record<string, unknown>;
            return typeof title === 'string' && typeof sourceUrl === 'string' ? [{ title, sourceUrl }] : [];
          })
        : [];
      return { type: 'turn', seq: num(m.seq)!, action: str(m.action) as BotAction, intent: str(m.intent), citations };
    }
    case 'transfer':
      return { type: 'transfer', handoffId: str(m.handoffId), reason: str(m.reason) };
    case 'error':
      return { type: 'error', code: str(m.code) ?? 'UNKNOWN', message: str(m.message) ?? '' };
    case 'end':
      return { type: 'end', reason: str(m.reason) ?? '' };
    default:
      return null;
  }
}

/** What the page hears about the call. `ended` comes exactly once and last; an `error` (in Korean) comes before it. */
export type VoiceCallEvent =
  | { type: 'started'; callId: string; language: string }
  | { type: 'listening' }
  | { type: 'transcript'; speaker: VoiceSpeaker; text: string; seq: number | null }
  | { type: 'turn'; seq: number; action: BotAction; intent: string | null; citations: VoiceCitation[] }
  | { type: 'transfer'; handoffId: string | null; reason: string | null }
  | { type: 'activity'; level: number; botSpeaking: boolean }
  | { type: 'error'; code: string; message: string }
  | { type: 'ended'; reason: string };

/** The microphone and the loudspeaker of a call. */
export interface VoiceAudio {
  /** Opens the microphone; each 20 ms frame goes to `onFrame`. Rejects with a VoiceCallError (MIC_…) when it cannot. */
  startMicrophone(onFrame: (frame: CapturedFrame) => void): Promise<void>;
  /** Queues the bot's PCM16 16 kHz bytes right after what is already queued. */
  play(pcm: ArrayBuffer): void;
  /** Calls `played` once everything queued so far has been heard (at once if nothing is). */
  mark(played: () => void): void;
  /** Stops all queued audio at once and forgets pending marks. */
  clear(): void;
  /** Whether the bot's audio is playing now. */
  readonly speaking: boolean;
  /** Releases the microphone and the loudspeaker; with `drain`, only after the queued audio has played. */
  close(drain?: boolean): void;
}

/** The WebSocket as the call uses it (a real one in the browser, a fake in the unit test). */
export interface VoiceSocket {
  binaryType: BinaryType;
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string | ArrayBuffer): void;
  close(code?: number, reason?: string): void;
}

export class VoiceCallError extends Error {
  constructor(
    readonly code: string,
    message = voiceErrorMessage(code),
  ) {
    super(message);
    this.name = 'VoiceCallError';
  }
}

export interface PcmCallOptions {
  /** ws(s)://…/voice/pcm (voiceSocketUrl). */
  url: string;
  /** The signed-in supervisor's or administrator's access token. */
  token: string;
  language: Language;
  callerId?: string | null;
  audio: VoiceAudio;
  onEvent: (event: VoiceCallEvent) => void;
  openSocket?: (url: string) => VoiceSocket;
  startTimeoutMs?: number;
}

const DIGIT = /^[0-9*#]$/;

/** One microphone call: `start()` dials, `sendDigit` presses a key, `hangUp()` ends it. */
export class PcmCall {
  private socket: VoiceSocket | null = null;
  private state: 'idle' | 'connecting' | 'live' | 'ended' = 'idle';
  private opened = false;
  private errorShown = false;
  private startTimer: ReturnType<typeof setTimeout> | null = null;
  private peak = 0;
  private lastActivity = 0;

  constructor(private readonly options: PcmCallOptions) {}

  get live(): boolean {
    return this.state === 'live';
  }

  start(): void {
    if (this.state !== 'idle') throw new Error('A PcmCall starts once');
    this.state = 'connecting';
    const open = this.options.openSocket ?? ((url: string) => new WebSocket(url));
    let socket: VoiceSocket;
    try {
      socket = open(this.options.url);
    } catch {
      this.fail('CONNECTION_FAILED');
      return;
    }
    this.socket = socket;
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      this.opened = true;
      const { token, language, callerId } = this.options;
      this.sendJson({ type: 'start', token, language, ...(callerId ? { callerId } : {}) });
    };
    socket.onmessage = (event) => {
      if (this.state === 'ended') return;
      if (typeof event.data === 'string') this.handle(parseServerMessage(event.data));
      else if (event.data instanceof ArrayBuffer) this.options.audio.play(event.data);
    };
    socket.onerror = () => undefined; // a close event always follows, with the code
    socket.onclose = (event) => {
      if (this.state === 'ended') return;
      if (!this.errorShown) {
        if (!this.opened) this.emitError('CONNECTION_FAILED');
        else if (event.code !== NORMAL_CLOSE) this.emitError('CONNECTION_LOST', `${event.code} ${event.reason}`.trim());
      }
      this.finish(event.reason || `closed ${event.code}`, false);
    };
    this.startTimer = setTimeout(() => {
      if (this.state === 'connecting') this.fail('TIMEOUT');
    }, this.options.startTimeoutMs ?? START_TIMEOUT_MS);
  }

  /** A keypad press during the call (0-9, *, #). */
  sendDigit(digit: string): void {
    if (!DIGIT.test(digit)) throw new VoiceCallError('BAD_DIGIT', '키패드 입력은 0-9, *, # 중 하나만 보낼 수 있습니다.');
    if (this.state === 'live') this.sendJson({ type: 'dtmf', digit });
  }

  /** Hangs up: tells the server, closes the stream, releases the microphone. */
  hangUp(): void {
    if (this.state === 'ended' || this.state === 'idle') return;
    this.sendJson({ type: 'stop' });
    this.finish('hangup', false);
  }

  private handle(message: ServerMessage | null): void {
    if (!message) return;
    const { audio, onEvent } = this.options;
    switch (message.type) {
      case 'started':
        if (this.state !== 'connecting') return;
        this.state = 'live';
        this.clearStartTimer();
        onEvent({ type: 'started', callId: message.callId, language: message.language });
        audio
          .startMicrophone((frame) => this.onFrame(frame))
          .then(
            () => {
              if (this.state === 'live') onEvent({ type: 'listening' });
            },
            (error: unknown) => {
              if (this.state === 'ended') return;
              this.sendJson({ type: 'stop' });
              this.fail(
                error instanceof VoiceCallError ? error.code : 'MIC_UNSUPPORTED',
                error instanceof VoiceCallError ? error.message : undefined,
              );
            },
          );
        return;
      case 'mark': {
        const { name } = message;
        audio.mark(() => {
          if (this.state === 'live') this.sendJson({ type: 'mark', name });
        });
        return;
      }
      case 'clear':
        audio.clear();
        return;
      case 'transcript':
      case 'turn':
      case 'transfer':
        onEvent(message);
        return;
      case 'error':
        this.emitError(message.code, message.message);
        return; // the server closes the stream next
      case 'end':
        this.finish(message.reason || 'ended', true);
        return;
    }
  }

  private onFrame(frame: CapturedFrame): void {
    if (this.state !== 'live' || this.socket?.readyState !== OPEN) return;
    this.socket.send(frame.pcm);
    this.peak = Math.max(this.peak, frame.level);
    const now = Date.now();
    if (now - this.lastActivity >= ACTIVITY_INTERVAL_MS) {
      this.options.onEvent({ type: 'activity', level: this.peak, botSpeaking: this.options.audio.speaking });
      this.peak = 0;
      this.lastActivity = now;
    }
  }

  private sendJson(message: Record<string, unknown>): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private emitError(code: string, serverMessage?: string): void {
    this.errorShown = true;
    this.options.onEvent({ type: 'error', code, message: voiceErrorMessage(code, serverMessage) });
  }

  private fail(code: string, message?: string): void {
    if (this.state === 'ended') return;
    this.errorShown = true;
    this.options.onEvent({ type: 'error', code, message: message ?? voiceErrorMessage(code) });
    this.finish(code, false);
  }

  /** Ends the call once: the stream closed, the microphone released, the page told. */
  private finish(reason: string, drain: boolean): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.clearStartTimer();
    const socket = this.socket;
    if (socket) {
      socket.onmessage = null;
      socket.onclose = null;
      if (socket.readyState <= OPEN) socket.close(NORMAL_CLOSE);
    }
    this.options.audio.close(drain);
    this.options.onEvent({ type: 'ended', reason });
  }

  private clearStartTimer(): void {
    if (this.startTimer !== null) clearTimeout(this.startTimer);
    this.startTimer = null;
  }
}
