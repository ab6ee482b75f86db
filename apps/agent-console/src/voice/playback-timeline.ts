/** How far ahead of the clock playback starts after a pause: room for the network's jitter between 20 ms frames. */
export const PLAYBACK_LEAD_SECONDS = 0.12;

/**
 * When each piece of the bot's audio plays, on the AudioContext's clock (seconds): chunks are laid end to end so
 * the voice has no gaps, a chunk that arrives after the queue ran dry starts a little ahead of now, and a mark is
 * due when everything queued before it has played. No Web Audio here: the player asks it for start times and
 * which marks are due, which keeps the timing rules testable.
 */
export class PlaybackTimeline<Mark = string> {
  /** Where the queued audio ends. */
  private end = 0;
  private marks: { mark: Mark; at: number }[] = [];

  constructor(private readonly lead = PLAYBACK_LEAD_SECONDS) {}

  /** The start time of a chunk of `duration` seconds arriving at `now`; the queue then ends after it. */
  schedule(now: number, duration: number): number {
    const start = this.end > now ? this.end : now + this.lead;
    this.end = start + duration;
    return start;
  }

  /** Queues a mark behind the audio scheduled so far: due once that has played (at once if nothing is queued). */
  mark(mark: Mark, now: number): void {
    this.marks.push({ mark, at: Math.max(now, this.end) });
  }

  /** The marks whose audio has played by `now`, in order; they are removed. */
  due(now: number): Mark[] {
    const due: Mark[] = [];
    while (this.marks.length && this.marks[0].at <= now) due.push(this.marks.shift()!.mark);
    return due;
  }

  /** Marks still waiting for their audio to play. */
  get pendingMarks(): number {
    return this.marks.length;
  }

  /** Where the queued audio ends on the clock (0 when nothing was queued since the last clear). */
  get queuedUntil(): number {
    return this.end;
  }

  /** Whether audio is still queued to play at `now` (the bot is speaking). */
  playing(now: number): boolean {
    return this.end > now;
  }

  /** Barge-in: nothing is queued any more and pending marks are dropped. */
  clear(): void {
    this.end = 0;
    this.marks = [];
  }
}
