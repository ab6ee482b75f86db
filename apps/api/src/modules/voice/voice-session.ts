import { BargeInDetector, EndOfTurnDetector, PacedSender, type TurnEvent, type Utterance, frameLength, resample } from '#libs/audio';
import { maskPii } from '#libs/privacy';
import type { PromptCache, SpeechLanguage, SpeechToText } from '#libs/speech';
import type { BotTurn, StartCallInput } from '../calls/calls.service.js';
import type { CallStatus } from '../calls/call.entity.js';
import { CLOSE, type TurnTimings, type VoiceLink } from './voice-link.js';

/** What the voice session needs of the voicebot: the same calls, turns and records as every other channel. */
export interface VoiceCalls {
  startCall(input: StartCallInput): Promise<{ call: { id: string; language: string }; greeting: BotTurn }>;
  sendUtterance(callId: string, text: string): Promise<BotTurn>;
  sendDigit(callId: string, digit: string): Promise<BotTurn>;
  sendKeypadEntry(callId: string, digits: string): Promise<BotTurn>;
  endCall(callId: string): Promise<unknown>;
  /** Speech heard on a monitored call (both tracks after a transfer), for the agent's live transcript. */
  recordSpeech(callId: string, speaker: 'CALLER' | 'AGENT', text: string): Promise<void>;
  callStatus(callId: string): Promise<CallStatus | null>;
}

export interface VoiceSettings {
  silenceMs: number;
  maxUtteranceMs: number;
  bargeInMs: number;
  /** Repeat of the hold message while a caller on an open stream waits for an agent; 0: never. */
  holdRepeatMs: number;
  /** Quiet between keys that ends a keypad entry without `#`. */
  digitTimeoutMs: number;
  /** How long to wait for the far end to echo a mark before taking the audio as played. */
  markTimeoutMs: number;
  prompts: Record<SpeechLanguage, { hold: string; notHeard: string }>;
}

export interface VoiceSessionDependencies {
  link: VoiceLink;
  calls: VoiceCalls;
  stt: SpeechToText;
  /** Speech synthesis through the cache of fixed prompts. */
  voice: PromptCache;
  settings: VoiceSettings;
  /** Stores one voice turn's timings; failures are logged, never felt by the caller. */
  recordTimings: (entry: { callId: string; seq: number; timings: TurnTimings; bargeIn: boolean; speechMs: number }) => Promise<void>;
  log: { log(message: string): void; warn(message: string): void; error(message: string): void };
  now?: () => number;
}

/** The STT input rate: what Whisper-style models are trained on. */
const STT_RATE = 16000;
const FRAME_MS = 20;

type Track = 'inbound' | 'outbound';

interface Listener {
  detector: EndOfTurnDetector;
  /** Samples not yet making a whole frame. */
  rest: Int16Array;
  /** The utterance under way: did it start over the bot, and did it interrupt it? */
  current: { duringBot: boolean; bargedIn: boolean } | null;
}

/**
 * One phone call on a media stream: the caller's audio in (end of turn, barge-in, keypad), the voicebot's turn,
 * the reply spoken back paced in real time with marks, transfer and hang-up. Turns run one at a time, in order.
 * The wire protocol lives behind {@link VoiceLink}; this class knows nothing of WebSockets.
 */
export class VoiceSession {
  callId: string | null = null;
  private language: SpeechLanguage = 'ko';
  /** bot: talking with the bot; offered: a callback offer awaits its answer; waiting: handed off, in the queue. */
  private state: 'new' | 'bot' | 'offered' | 'waiting' | 'agent' | 'monitor' | 'transferred' | 'ended' = 'new';
  private readonly now: () => number;
  private readonly listeners = new Map<Track, Listener>();
  private readonly bargeIn: BargeInDetector;
  private readonly pacer: PacedSender;
  private readonly marks = new Map<string, (heard: boolean) => void>();
  private readonly abort = new AbortController();
  private work: Promise<void> = Promise.resolve();
  private pendingTurns = 0;
  private speechGeneration = 0;
  private speaking = false;
  private markCount = 0;
  private digits = '';
  private digitTimer: NodeJS.Timeout | undefined;
  private holdTimer: NodeJS.Timeout | undefined;
  private readonly markTimers = new Set<NodeJS.Timeout>();

  constructor(private readonly deps: VoiceSessionDependencies) {
    this.now = deps.now ?? (() => performance.now());
    this.bargeIn = new BargeInDetector({ bargeInMs: deps.settings.bargeInMs });
    this.pacer = new PacedSender({
      sampleRate: deps.link.sampleRate,
      frameMs: FRAME_MS,
      send: (frame) => {
        if (this.state !== 'ended') deps.link.sendAudio(frame);
      },
      onMark: (name) => this.markSent(name),
    });
  }

  get ended(): boolean {
    return this.state === 'ended';
  }

  /** Starts the call with the bot: the greeting is the first thing the caller hears. */
  async begin(input: StartCallInput): Promise<void> {
    const { call, greeting } = await this.deps.calls.startCall(input);
    this.callId = call.id;
    this.language = greeting.language;
    this.state = 'bot';
    this.deps.link.event({ type: 'started', callId: call.id, language: greeting.language });
    this.deps.log.log(`voice call ${call.id} started (${input.channel})`);
    this.enqueue(() => this.reply(greeting, null));
  }

  /** Attaches to a call already handed to a person: both tracks are transcribed for the agent; the bot says nothing. */
  async monitor(callId: string): Promise<void> {
    const status = await this.deps.calls.callStatus(callId);
    if (!status || status === 'ENDED') throw new Error(`call ${callId} is not open`);
    this.callId = callId;
    this.state = 'monitor';
    this.deps.link.event({ type: 'started', callId, language: this.language });
    this.deps.log.log(`voice call ${callId}: monitoring both tracks`);
  }

  /** Caller audio (or, when monitoring, either track) at the link's sample rate, in frames of any length. */
  audio(samples: Int16Array, track: Track = 'inbound'): void {
    if (this.state === 'ended' || this.state === 'new' || this.state === 'transferred') return;
    if (track === 'outbound' && this.state !== 'monitor') return;
    const listener = this.listener(track);
    const rate = this.deps.link.sampleRate;
    const size = frameLength(rate, FRAME_MS);
    let joined = samples;
    if (listener.rest.length) {
      joined = new Int16Array(listener.rest.length + samples.length);
      joined.set(listener.rest);
      joined.set(samples, listener.rest.length);
    }
    let start = 0;
    for (; start + size <= joined.length; start += size) this.frame(joined.subarray(start, start + size), track, listener);
    listener.rest = joined.slice(start);
  }

  /** A keypad press: a lone key is a menu choice (0 a person, 1/2 the language); several keys ended by `#` an entry. */
  dtmf(digit: string): void {
    if (this.state === 'ended' || this.state === 'monitor' || !/^[0-9*#]$/.test(digit)) return;
    // Any key stops the bot at once; what the keys mean is known when they stop coming (or at #): a lone key is a
    // menu choice (0: a person), several are an entry — a mobile number starts with 0 too.
    this.interrupt('keypad');
    clearTimeout(this.digitTimer);
    if (digit !== '#') {
      this.digits += digit;
      this.digitTimer = setTimeout(() => this.keysDone(), this.deps.settings.digitTimeoutMs);
      return;
    }
    if (!this.digits) this.digits = '#';
    this.keysDone();
  }

  private keysDone(): void {
    const keys = this.digits;
    this.digits = '';
    if (keys) this.enqueue(() => (keys.length > 1 ? this.entryTurn(keys) : this.keyTurn(keys)));
  }

  /** The far end played the audio up to this mark. */
  marked(name: string): void {
    const resolve = this.marks.get(name);
    if (!resolve) return;
    this.marks.delete(name);
    resolve(true);
    this.updateSpeaking();
  }

  /**
   * Ends the session. `hangUp`: the caller is gone, so the call ends (a waiting caller leaves the queue); not after a
   * transfer that moved the call to another leg. Idempotent; nothing keeps running afterwards.
   */
  async end(reason: string, hangUp = true): Promise<void> {
    if (this.state === 'ended') return;
    const transferred = this.state === 'transferred';
    this.state = 'ended';
    clearTimeout(this.digitTimer);
    clearTimeout(this.holdTimer);
    for (const timer of this.markTimers) clearTimeout(timer);
    this.markTimers.clear();
    this.abort.abort();
    this.pacer.clear();
    for (const resolve of this.marks.values()) resolve(false);
    this.marks.clear();
    if (this.callId && hangUp && !transferred) {
      await this.deps.calls.endCall(this.callId).catch((error: Error & { code?: string }) => {
        // The bot or an agent may have ended it already.
        if (error.code !== 'CALL_ENDED') this.deps.log.warn(`call ${this.callId}: ${error.message}`);
      });
    }
    this.deps.log.log(`voice call ${this.callId ?? '(not started)'} ended: ${reason}`);
  }

  /** Resolves when the turns queued so far are done (tests and shutdown). */
  get settled(): Promise<void> {
    return this.work;
  }

  private listener(track: Track): Listener {
    let listener = this.listeners.get(track);
    if (!listener) {
      const { silenceMs, maxUtteranceMs } = this.deps.settings;
      listener = { detector: new EndOfTurnDetector({ silenceMs, maxUtteranceMs }), rest: new Int16Array(0), current: null };
      this.listeners.set(track, listener);
    }
    return listener;
  }

  private frame(frame: Int16Array, track: Track, listener: Listener): void {
    const rate = this.deps.link.sampleRate;
    if (track === 'inbound' && this.state !== 'monitor') {
      for (const event of this.bargeIn.push(frame, rate)) {
        if (event.type === 'bargeIn' && this.speaking) {
          if (listener.current) listener.current.bargedIn = true;
          this.interrupt(`barge-in after ${event.speechMs} ms of speech`);
        } else if (event.type === 'backchannel') {
          this.deps.log.log(`call ${this.callId}: backchannel of ${event.speechMs} ms, playback goes on`);
        }
      }
    }
    for (const event of listener.detector.push(frame, rate)) this.turnEvent(event, track, listener);
  }

  private turnEvent(event: TurnEvent, track: Track, listener: Listener): void {
    if (event.type === 'speechStart') {
      listener.current = { duringBot: this.speaking, bargedIn: false };
      return;
    }
    const current = listener.current;
    listener.current = null;
    const speechMs = event.speechEndMs - event.speechStartMs;
    if (current?.duringBot && !current.bargedIn && speechMs < this.deps.settings.bargeInMs + 300) {
      // "네", "음": the caller acknowledging the bot, not a turn.
      return;
    }
    const receivedAt = this.now();
    this.enqueue(() => this.utteranceTurn(event, track, receivedAt, current?.bargedIn ?? false));
  }

  private async utteranceTurn(utterance: Utterance & { atMs: number }, track: Track, receivedAt: number, bargedIn: boolean) {
    const callId = this.callId!;
    const endpointingMs = Math.max(0, utterance.atMs - utterance.speechEndMs);
    const speechEndedAt = receivedAt - endpointingMs;
    const audio = utterance.sampleRate === STT_RATE ? utterance.audio : resample(utterance.audio, utterance.sampleRate, STT_RATE);
    const sttStarted = this.now();
    let text: string;
    try {
      text = (await this.deps.stt.transcribe(audio, STT_RATE, this.language, { signal: this.abort.signal })).text.trim();
    } catch (error) {
      if (this.state === 'ended') return;
      this.deps.log.warn(`call ${callId}: speech-to-text failed (${(error as Error).message})`);
      if (this.state === 'bot') await this.say(this.deps.settings.prompts[this.language].notHeard, undefined, this.language, 'not-heard');
      return;
    }
    const sttMs = this.now() - sttStarted;
    if (!text || this.state === 'ended') return;
    const speechMs = utterance.speechEndMs - utterance.speechStartMs;
    if (this.state === 'monitor') {
      const speaker = track === 'outbound' ? 'AGENT' : 'CALLER';
      this.deps.link.event({ type: 'transcript', speaker: track === 'outbound' ? 'agent' : 'caller', text: maskPii(text).text, seq: null });
      await this.deps.calls.recordSpeech(callId, speaker, text);
      return;
    }
    this.deps.link.event({ type: 'transcript', speaker: 'caller', text: maskPii(text).text, seq: null });
    const dialogueStarted = this.now();
    const turn = await this.deps.calls.sendUtterance(callId, text);
    const dialogueMs = this.now() - dialogueStarted;
    await this.reply(turn, { speechEndedAt, endpointingMs, sttMs, dialogueMs, bargedIn, speechMs });
  }

  private async keyTurn(digit: string): Promise<void> {
    if (this.state === 'ended' || !this.callId) return;
    await this.reply(await this.deps.calls.sendDigit(this.callId, digit), null);
  }

  private async entryTurn(digits: string): Promise<void> {
    if (this.state === 'ended' || !this.callId) return;
    await this.reply(await this.deps.calls.sendKeypadEntry(this.callId, digits), null);
  }

  /** Speaks the bot's turn and acts on it: listen, answer, transfer, or hang up. */
  private async reply(
    turn: BotTurn,
    voice: { speechEndedAt: number; endpointingMs: number; sttMs: number; dialogueMs: number; bargedIn: boolean; speechMs: number } | null,
  ): Promise<void> {
    if (this.state === 'ended') return;
    this.language = turn.language;
    if (turn.action === 'LISTEN') {
      // An agent is on the line: the caller's words went to the console; the bot says nothing.
      this.state = 'agent';
      clearTimeout(this.holdTimer);
      return;
    }
    this.deps.link.event({ type: 'transcript', speaker: 'bot', text: turn.text, seq: turn.seq });
    const spoken = await this.say(turn.text, turn.ssml || undefined, turn.language, `turn-${turn.seq}`);
    let timings: TurnTimings | null = null;
    if (voice && spoken.firstAt !== null) {
      const totalMs = spoken.firstAt - voice.speechEndedAt;
      timings = {
        endpointingMs: Math.round(voice.endpointingMs),
        sttMs: Math.round(voice.sttMs),
        dialogueMs: Math.round(voice.dialogueMs),
        ttsFirstAudioMs: Math.round(spoken.firstAudioMs),
        totalMs: Math.round(totalMs),
        overheadMs: Math.round(totalMs - voice.endpointingMs - voice.sttMs - spoken.firstAudioMs),
      };
      const entry = { callId: turn.callId, seq: turn.seq, timings, bargeIn: voice.bargedIn, speechMs: voice.speechMs };
      void this.deps
        .recordTimings(entry)
        .catch((error: Error) => this.deps.log.warn(`call ${turn.callId}: timings not kept (${error.message})`));
      this.deps.log.log(
        `call ${turn.callId} turn ${turn.seq}: endpointing ${timings.endpointingMs} ms, STT ${timings.sttMs} ms, dialogue ${timings.dialogueMs} ms, ` +
          `TTS ${timings.ttsFirstAudioMs} ms, voice-to-voice ${timings.totalMs} ms (ours ${timings.overheadMs} ms)`,
      );
    }
    this.deps.link.event({
      type: 'turn',
      seq: turn.seq,
      action: turn.action,
      intent: turn.intent,
      language: turn.language,
      // One line per source, however many of its passages were used.
      citations: [...new Map(turn.citations.map((c) => [c.sourceUrl, { title: c.title, sourceUrl: c.sourceUrl }])).values()],
      timings,
    });
    if (turn.action === 'END') {
      await spoken.heard;
      if (this.ended) return;
      this.deps.link.event({ type: 'end', reason: 'the bot ended the call' });
      await this.end('the bot ended the call', false);
      this.deps.link.close(CLOSE.NORMAL, 'call ended');
      return;
    }
    // A handoff, or the caller's "no" to a callback offer (action HANDOFF, the handoff made a turn earlier).
    if ((turn.handoff || turn.action === 'HANDOFF') && (this.state === 'bot' || this.state === 'offered')) {
      if (turn.callbackOffered) {
        // The bot offered a callback: the caller answers it here (1 / 2, or in words) before any transfer.
        this.state = 'offered';
        return;
      }
      this.state = 'waiting';
      await spoken.heard;
      if (this.state !== 'waiting') return;
      const transfer = {
        type: 'transfer',
        callId: turn.callId,
        handoffId: turn.handoff?.id ?? null,
        reason: turn.handoff?.reason ?? null,
      } as const;
      this.deps.log.log(`call ${turn.callId}: transfer to the agents' queue (${turn.handoff?.reason ?? 'after a callback offer'})`);
      // A link that closes on transfer hands the call to another leg: closing it must not hang the call up.
      if (this.deps.link.closesOnTransfer) this.state = 'transferred';
      this.deps.link.transfer(transfer);
      if (this.state === 'waiting') this.scheduleHold();
    }
  }

  private scheduleHold(): void {
    const every = this.deps.settings.holdRepeatMs;
    if (!every) return;
    clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => {
      this.enqueue(async () => {
        if (this.state !== 'waiting' || !this.callId) return;
        const status = await this.deps.calls.callStatus(this.callId);
        if (status === 'WITH_AGENT') {
          this.state = 'agent';
          return;
        }
        if (status !== 'HANDED_OFF') return;
        if (!this.speaking && this.pendingTurns <= 1)
          await this.say(this.deps.settings.prompts[this.language].hold, undefined, this.language, 'hold');
        this.scheduleHold();
      });
    }, every);
  }

  /**
   * Synthesises and queues speech, then a mark. `firstAt` is when its first audio went to the pacer (null when
   * interrupted before any); `heard` resolves true once the far end played it all, false if it was cut off.
   */
  private async say(
    text: string,
    ssml: string | undefined,
    language: SpeechLanguage,
    tag: string,
  ): Promise<{ firstAt: number | null; firstAudioMs: number; heard: Promise<boolean> }> {
    const generation = this.speechGeneration;
    const started = this.now();
    let firstAt: number | null = null;
    this.setSpeaking(true);
    try {
      for await (const chunk of this.deps.voice.speak({
        text,
        ssml,
        language,
        sampleRate: this.deps.link.sampleRate,
        signal: this.abort.signal,
      })) {
        if (generation !== this.speechGeneration || this.state === 'ended') break;
        firstAt ??= this.now();
        this.pacer.enqueue(chunk);
      }
    } catch (error) {
      if (this.state !== 'ended') this.deps.log.error(`call ${this.callId}: speech synthesis failed (${(error as Error).message})`);
    }
    const firstAudioMs = firstAt === null ? 0 : firstAt - started;
    if (generation !== this.speechGeneration || this.state === 'ended' || firstAt === null) {
      this.updateSpeaking();
      return { firstAt, firstAudioMs, heard: Promise.resolve(false) };
    }
    const name = `${tag}-${++this.markCount}`;
    const heard = new Promise<boolean>((resolve) => this.marks.set(name, resolve));
    void this.pacer.mark(name).then((result) => {
      if (result.cleared) this.settleMark(name, false);
    });
    return { firstAt, firstAudioMs, heard };
  }

  /** The pacer sent the audio before this mark: ask the far end to echo it, and do not wait for ever. */
  private markSent(name: string): void {
    if (this.state === 'ended') return;
    this.deps.link.sendMark(name);
    const timer = setTimeout(() => {
      this.markTimers.delete(timer);
      this.settleMark(name, true);
    }, this.deps.settings.markTimeoutMs);
    this.markTimers.add(timer);
  }

  private settleMark(name: string, heard: boolean): void {
    const resolve = this.marks.get(name);
    if (!resolve) return;
    this.marks.delete(name);
    resolve(heard);
    this.updateSpeaking();
  }

  /** Stops the bot mid-sentence: queued audio dropped here and at the far end, pending marks settled as not heard. */
  private interrupt(why: string): void {
    if (!this.speaking) return;
    this.speechGeneration++;
    const droppedMs = this.pacer.clear();
    this.deps.link.clear();
    for (const resolve of this.marks.values()) resolve(false);
    this.marks.clear();
    this.setSpeaking(false);
    this.deps.log.log(`call ${this.callId}: playback stopped (${why}), ${Math.round(droppedMs)} ms of audio dropped`);
  }

  private setSpeaking(speaking: boolean): void {
    if (this.speaking === speaking) return;
    this.speaking = speaking;
    this.bargeIn.setBotSpeaking(speaking);
  }

  private updateSpeaking(): void {
    this.setSpeaking(this.marks.size > 0 || this.pacer.queuedMs > 0);
  }

  private enqueue(task: () => Promise<void>): void {
    this.pendingTurns++;
    this.work = this.work
      .then(task)
      .catch((error: Error) => {
        if (this.state === 'ended') return;
        this.deps.log.error(`call ${this.callId}: turn failed (${error.message})`);
        this.deps.link.event({ type: 'error', code: 'CALL_FAILED', message: error.message });
      })
      .finally(() => this.pendingTurns--);
  }
}
