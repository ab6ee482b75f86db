import { durationMs, rmsDbfs } from './frames.js';

export interface EnergyVadOptions {
  /** Speech needs the frame's level this far above the noise floor (default 9 dB). */
  thresholdDb?: number;
  /** …and above this absolute level, so hiss on a silent line never counts (default −50 dBFS). */
  absoluteFloorDb?: number;
  /** Keep reporting speech this long after the last loud frame, bridging stops and short pauses (default 120 ms). */
  hangoverMs?: number;
  /** Time constant of the noise floor falling toward quieter frames (default 150 ms: it follows dips fast). */
  noiseFallMs?: number;
  /** Time constant of the noise floor rising toward louder quiet frames (default 1500 ms). */
  noiseRiseMs?: number;
  /** Time constant of the floor creeping up during speech, so a lasting jump in noise is not speech forever (default 3 s). */
  noiseRiseInSpeechMs?: number;
}

export interface VadDecision {
  /** This frame is loud enough to be speech. */
  active: boolean;
  /** Speech, smoothed: active or within the hangover after an active frame. */
  speech: boolean;
  levelDb: number;
  noiseDb: number;
  /** Duration of the frame, ms. */
  frameMs: number;
}

const DEFAULTS: Required<EnergyVadOptions> = {
  thresholdDb: 9,
  absoluteFloorDb: -50,
  hangoverMs: 120,
  noiseFallMs: 150,
  noiseRiseMs: 1500,
  noiseRiseInSpeechMs: 3000,
};

/**
 * Frame-energy voice activity detector, tuned for 20 ms frames of telephone speech.
 *
 * The noise floor (dB) starts at the first frame's level and follows the level of each frame as an exponential
 * moving average, asymmetrically: it falls quickly and rises slowly with quiet frames, and barely rises during
 * speech — a minimum-tracking estimate, like a low percentile of recent levels. A frame is active when its RMS
 * level exceeds both floor + `thresholdDb` and `absoluteFloorDb`.
 */
export class EnergyVad {
  private readonly options: Required<EnergyVadOptions>;
  private noiseDb: number | undefined;
  private sinceActiveMs = Infinity;

  constructor(options: EnergyVadOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  get noiseFloorDb(): number | undefined {
    return this.noiseDb;
  }

  push(frame: Int16Array, sampleRate: number): VadDecision {
    const { thresholdDb, absoluteFloorDb, hangoverMs, noiseFallMs, noiseRiseMs, noiseRiseInSpeechMs } = this.options;
    const frameMs = durationMs(frame, sampleRate);
    const levelDb = rmsDbfs(frame);
    const noiseDb = this.noiseDb ?? levelDb;
    const active = levelDb > noiseDb + thresholdDb && levelDb > absoluteFloorDb;

    const timeConstant = levelDb < noiseDb ? noiseFallMs : active ? noiseRiseInSpeechMs : noiseRiseMs;
    this.noiseDb = noiseDb + (levelDb - noiseDb) * (1 - Math.exp(-frameMs / timeConstant));

    this.sinceActiveMs = active ? 0 : this.sinceActiveMs + frameMs;
    return { active, speech: this.sinceActiveMs <= hangoverMs, levelDb, noiseDb, frameMs };
  }

  reset(): void {
    this.noiseDb = undefined;
    this.sinceActiveMs = Infinity;
  }
}
