import { durationMs, frameLength } from './frames.js';

export interface PacedSenderOptions {
  sampleRate: number;
  /** Frame duration (default 20 ms, as Twilio media streams use). */
  frameMs?: number;
  /** Sends one frame; awaited before the next is scheduled. */
  send: (frame: Int16Array) => void | Promise<void>;
  /** Called in order when a mark is reached (e.g. to send a Twilio `mark` message after the audio). */
  onMark?: (name: string) => void;
  /** Clock in ms (default `performance.now`). */
  now?: () => number;
  /** Waits `ms` (default a `setTimeout`). */
  sleep?: (ms: number) => Promise<void>;
}

export interface MarkResult {
  name: string;
  /** True when `clear()` dropped the mark before its audio was sent. */
  cleared: boolean;
}

type Item = { frame: Int16Array } | { mark: string; resolve: (result: MarkResult) => void };

/**
 * Sends audio in fixed frames at real-time pace: frame k of a run goes out at start + k·frameMs, where a run
 * starts when audio arrives at an idle sender. A late clock catches up by sending without waiting. Audio is
 * framed across `enqueue` calls; a partial frame left when the queue runs dry, or before a mark, is zero-padded.
 */
export class PacedSender {
  private readonly frameLength: number;
  private readonly frameMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private queue: Item[] = [];
  private partial: Int16Array = new Int16Array(0);
  private running: Promise<void> | undefined;
  private generation = 0;

  constructor(private readonly options: PacedSenderOptions) {
    this.frameMs = options.frameMs ?? 20;
    this.frameLength = frameLength(options.sampleRate, this.frameMs);
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Audio waiting to be sent, in ms. */
  get queuedMs(): number {
    const frames = this.queue.filter((item) => 'frame' in item).length;
    return frames * this.frameMs + durationMs(this.partial, this.options.sampleRate);
  }

  /** Resolves when the queue has drained. */
  get idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  enqueue(samples: Int16Array): void {
    const joined = new Int16Array(this.partial.length + samples.length);
    joined.set(this.partial);
    joined.set(samples, this.partial.length);
    let start = 0;
    for (; start + this.frameLength <= joined.length; start += this.frameLength) {
      this.queue.push({ frame: joined.slice(start, start + this.frameLength) });
    }
    this.partial = joined.slice(start);
    this.start();
  }

  /** Resolves once all audio enqueued before it has been sent (or dropped by `clear()`). */
  mark(name: string): Promise<MarkResult> {
    this.flushPartial();
    const result = new Promise<MarkResult>((resolve) => this.queue.push({ mark: name, resolve }));
    this.start();
    return result;
  }

  /** Drops all queued audio (barge-in); pending marks resolve as cleared. Returns the ms of audio dropped. */
  clear(): number {
    const dropped = this.queuedMs;
    for (const item of this.queue) if ('mark' in item) item.resolve({ name: item.mark, cleared: true });
    this.queue = [];
    this.partial = new Int16Array(0);
    this.generation++;
    return dropped;
  }

  private flushPartial(): void {
    if (this.partial.length === 0) return;
    const frame = new Int16Array(this.frameLength);
    frame.set(this.partial);
    this.queue.push({ frame });
    this.partial = new Int16Array(0);
  }

  private start(): void {
    this.running ??= this.pump().finally(() => (this.running = undefined));
  }

  private async pump(): Promise<void> {
    let generation = this.generation;
    let runStart = this.now();
    let sent = 0;
    for (;;) {
      if (this.queue.length === 0) this.flushPartial();
      const head = this.queue[0];
      if (!head) return;
      if ('mark' in head) {
        this.queue.shift();
        this.options.onMark?.(head.mark);
        head.resolve({ name: head.mark, cleared: false });
        continue;
      }
      const wait = runStart + sent * this.frameMs - this.now();
      if (wait > 0) await this.sleep(wait);
      if (generation !== this.generation) {
        // Cleared while waiting: whatever is queued now is a new run.
        generation = this.generation;
        runStart = this.now();
        sent = 0;
        continue;
      }
      this.queue.shift();
      await this.options.send(head.frame);
      sent++;
    }
  }
}
