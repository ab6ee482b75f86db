import { EnergyVad, type EnergyVadOptions } from './vad.js';

export interface BargeInOptions {
  /** Loud frames within one burst that make it a barge-in (default 300 ms). */
  bargeInMs?: number;
  vad?: EnergyVadOptions;
}

/**
 * `bargeIn`: the caller is talking over the bot — stop playback. `backchannel`: a burst that ended short of
 * `bargeInMs` while the bot spoke ("네", "음", "아"), for logging; playback goes on.
 * Times are stream times (ms since the first frame pushed); `speechMs` counts the burst's loud frames.
 */
export type BargeInEvent =
  | { type: 'bargeIn'; atMs: number; burstStartMs: number; speechMs: number }
  | { type: 'backchannel'; atMs: number; burstStartMs: number; speechMs: number };

/**
 * Decides whether caller speech during bot playback is a barge-in. Push every caller frame (so the noise floor
 * stays current) and tell it when the bot speaks; only bursts while the bot speaks count. A burst is a run of
 * loud frames bridged by the VAD's hangover; it is a barge-in once its loud frames reach `bargeInMs`.
 */
export class BargeInDetector {
  private readonly bargeInMs: number;
  private readonly vad: EnergyVad;
  private botSpeaking = false;
  private nowMs = 0;
  private burst: { startMs: number; speechMs: number; fired: boolean } | undefined;

  constructor(options: BargeInOptions = {}) {
    this.bargeInMs = options.bargeInMs ?? 300;
    this.vad = new EnergyVad(options.vad);
  }

  /** Starts or stops counting bursts; a burst in progress when the bot starts speaking is not counted. */
  setBotSpeaking(speaking: boolean): void {
    this.botSpeaking = speaking;
    this.burst = undefined;
  }

  get isBotSpeaking(): boolean {
    return this.botSpeaking;
  }

  push(frame: Int16Array, sampleRate: number): BargeInEvent[] {
    const decision = this.vad.push(frame, sampleRate);
    const startedAt = this.nowMs;
    this.nowMs += decision.frameMs;
    const events: BargeInEvent[] = [];
    if (!this.botSpeaking) return events;

    if (!this.burst && decision.active) this.burst = { startMs: startedAt, speechMs: 0, fired: false };
    const burst = this.burst;
    if (!burst) return events;
    if (decision.active) burst.speechMs += decision.frameMs;
    if (!burst.fired && burst.speechMs >= this.bargeInMs) {
      burst.fired = true;
      events.push({ type: 'bargeIn', atMs: this.nowMs, burstStartMs: burst.startMs, speechMs: burst.speechMs });
    }
    if (!decision.speech) {
      if (!burst.fired) events.push({ type: 'backchannel', atMs: this.nowMs, burstStartMs: burst.startMs, speechMs: burst.speechMs });
      this.burst = undefined;
    }
    return events;
  }
}
