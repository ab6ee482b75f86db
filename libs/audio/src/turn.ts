import { concat } from './signals.js';
import { EnergyVad, type EnergyVadOptions } from './vad.js';

export interface EndOfTurnOptions {
  /** Loud frames needed before speech counts as started; shorter bursts are ignored (default 200 ms). */
  minSpeechMs?: number;
  /** Quiet after speech that ends the turn (default 700 ms). */
  silenceMs?: number;
  /** Speech longer than this is cut off and handed over anyway (default 15 000 ms). */
  maxUtteranceMs?: number;
  /** Audio kept from before the first loud frame, so soft onsets reach the recogniser (default 200 ms). */
  preRollMs?: number;
  /** Audio kept after the last loud frame, for fading word endings (default 100 ms). */
  postRollMs?: number;
  vad?: EnergyVadOptions;
}

export interface Utterance {
  audio: Int16Array;
  sampleRate: number;
  /** Stream time (ms since the first frame) of the first loud frame and of the end of the last one. */
  speechStartMs: number;
  speechEndMs: number;
}

/** `atMs`: stream time (ms since the first frame pushed) at the end of the frame that raised the event. */
export type TurnEvent =
  | { type: 'speechStart'; atMs: number; speechStartMs: number }
  | ({ type: 'speechEnd'; atMs: number } & Utterance)
  | ({ type: 'maxUtterance'; atMs: number } & Utterance);

const DEFAULTS = { minSpeechMs: 200, silenceMs: 700, maxUtteranceMs: 15_000, preRollMs: 200, postRollMs: 100 };

interface Frame {
  samples: Int16Array;
  ms: number;
}

/**
 * End of turn on top of {@link EnergyVad}: frame-driven and clock-free, so a test (or the gateway) pushes frames
 * and gets events back. Idle → a run of loud frames (bridged by the VAD's hangover) reaching `minSpeechMs` emits
 * `speechStart`; then `silenceMs` without a loud frame emits `speechEnd` (the end of turn), or `maxUtteranceMs`
 * after the start emits `maxUtterance`. Both carry the utterance: pre-roll + speech + post-roll.
 */
export class EndOfTurnDetector {
  private readonly options: typeof DEFAULTS;
  private readonly vad: EnergyVad;
  private sampleRate: number | undefined;
  private nowMs = 0;
  private state: 'idle' | 'candidate' | 'speaking' = 'idle';
  private before: Frame[] = []; // recent frames before the candidate, trimmed to the pre-roll
  private utterance: Frame[] = []; // from the candidate's first loud frame on
  private activeMs = 0;
  private quietMs = 0;
  private startMs = 0;

  constructor(options: EndOfTurnOptions = {}) {
    const { vad, ...rest } = options;
    this.options = { ...DEFAULTS, ...rest };
    this.vad = new EnergyVad(vad);
  }

  get speaking(): boolean {
    return this.state === 'speaking';
  }

  push(frame: Int16Array, sampleRate: number): TurnEvent[] {
    if (this.sampleRate !== undefined && this.sampleRate !== sampleRate) {
      throw new Error(`Sample rate changed from ${this.sampleRate} to ${sampleRate} Hz; reset() first`);
    }
    this.sampleRate = sampleRate;
    const decision = this.vad.push(frame, sampleRate);
    const startedAt = this.nowMs;
    this.nowMs += decision.frameMs;
    const current = { samples: frame, ms: decision.frameMs };
    const { minSpeechMs, silenceMs, maxUtteranceMs } = this.options;
    const events: TurnEvent[] = [];

    if (this.state === 'idle') {
      if (!decision.active) {
        this.keepBefore(current);
        return events;
      }
      this.state = 'candidate';
      this.startMs = startedAt;
      this.activeMs = 0;
      this.quietMs = 0;
      this.utterance = [];
    }
    this.utterance.push(current);
    this.activeMs += decision.active ? decision.frameMs : 0;
    this.quietMs = decision.active ? 0 : this.quietMs + decision.frameMs;

    if (this.state === 'candidate') {
      if (!decision.speech) {
        // A burst too short to be speech ("음", a click): it becomes pre-roll material.
        this.state = 'idle';
        for (const f of this.utterance) this.keepBefore(f);
        this.utterance = [];
      } else if (this.activeMs >= minSpeechMs) {
        this.state = 'speaking';
        events.push({ type: 'speechStart', atMs: this.nowMs, speechStartMs: this.startMs });
      }
    } else if (this.quietMs >= silenceMs) {
      events.push({ type: 'speechEnd', atMs: this.nowMs, ...this.finish() });
    } else if (this.nowMs - this.startMs >= maxUtteranceMs) {
      events.push({ type: 'maxUtterance', atMs: this.nowMs, ...this.finish() });
    }
    return events;
  }

  /** Forgets everything, the noise floor included (a new call). */
  reset(): void {
    this.vad.reset();
    this.sampleRate = undefined;
    this.nowMs = 0;
    this.state = 'idle';
    this.before = [];
    this.utterance = [];
  }

  private keepBefore(frame: Frame): void {
    this.before.push(frame);
    let ms = this.before.reduce((sum, f) => sum + f.ms, 0);
    while (this.before.length > 0 && ms - this.before[0].ms >= this.options.preRollMs) ms -= this.before.shift()!.ms;
  }

  private finish(): Utterance {
    const speechEndMs = this.nowMs - this.quietMs;
    // Drop the trailing quiet beyond the post-roll.
    let dropMs = this.quietMs - this.options.postRollMs;
    const kept = [...this.utterance];
    while (kept.length > 0 && dropMs >= kept[kept.length - 1].ms) dropMs -= kept.pop()!.ms;
    const audio = concat(...this.before.map((f) => f.samples), ...kept.map((f) => f.samples));
    const utterance = { audio, sampleRate: this.sampleRate!, speechStartMs: this.startMs, speechEndMs };
    this.state = 'idle';
    this.before = [];
    this.utterance = [];
    return utterance;
  }
}
