import { createHash } from 'node:crypto';
import { WebSocket } from 'ws';
import { concat, framesOf, mulawBase64ToPcm16, noise, pcm16ToMulawBase64, rmsDbfs } from '#libs/audio';

export interface Received {
  /** Audio frames the server sent, with when they arrived (ms since connect). */
  media: { at: number; samples: Int16Array }[];
  marks: { name: string; sentAt: number; playedAt: number | null }[];
  clears: number[];
  closed: { code: number; reason: string } | null;
}

/**
 * Plays the telephony platform on Twilio's media-stream protocol (for `npm run bench:voice` and the voice tests), in real time: the caller's line sends a 20 ms
 * μ-law frame every 20 ms (quiet line noise between sentences), the bot's audio is "played" at real-time pace from a
 * buffer, marks are echoed once the audio before them has played, and `clear` empties the buffer (echoing its marks),
 * as Twilio does.
 */
export class TwilioCaller {
  readonly received: Received = { media: [], marks: [], clears: [], closed: null };
  readonly streamSid = `MZ${createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 32)}`;
  private readonly socket: WebSocket;
  private readonly started = performance.now();
  private outgoing: Int16Array[] = [];
  /** The other party's audio on a forked stream of both tracks (the agent after a transfer). */
  private outgoingOutbound: Int16Array[] | null = null;
  private playout: ({ frame: Int16Array } | { mark: string })[] = [];
  private sent = 0;
  private played = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly opened: Promise<void>;
  readonly whenClosed: Promise<{ code: number; reason: string }>;
  private lineNoise = noise(20, 8000, 0.002, Math.floor(Math.random() * 1000) + 1);

  constructor(url: string, path = '/voice/twilio') {
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}${path}`);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.whenClosed = new Promise((resolve) =>
      this.socket.once('close', (code, reason) => {
        this.received.closed = { code, reason: reason.toString() };
        clearInterval(this.timer);
        resolve(this.received.closed);
      }),
    );
    this.socket.on('message', (data) => this.onMessage(data.toString()));
  }

  get now(): number {
    return performance.now() - this.started;
  }

  /** Opens the stream: `connected`, then `start` with these custom parameters; then the line runs in real time. */
  async start(customParameters: Record<string, string>, mediaFormat = { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 }) {
    await this.opened;
    this.sendJson({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    this.sendJson({
      event: 'start',
      sequenceNumber: '1',
      start: {
        streamSid: this.streamSid,
        accountSid: 'AC00000000000000000000000000000000',
        callSid: `CA${this.streamSid.slice(2)}`,
        tracks: ['inbound'],
        customParameters,
        mediaFormat,
      },
      streamSid: this.streamSid,
    });
    this.timer = setInterval(() => this.tick(), 10);
  }

  /** Raw text, for malformed-input tests. */
  async sendRaw(text: string | Buffer): Promise<void> {
    await this.opened;
    this.socket.send(text);
  }

  sendJson(message: unknown): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  /** Queues audio (8 kHz) to go out frame by frame in real time; resolves when it has all been sent. */
  say(samples: Int16Array, track: 'inbound' | 'outbound' = 'inbound'): Promise<void> {
    if (track === 'outbound') this.outgoingOutbound ??= [];
    const queue = track === 'outbound' ? this.outgoingOutbound! : this.outgoing;
    queue.push(...framesOf(samples, 8000, 20));
    const last = queue.at(-1);
    return new Promise((resolve) => {
      const check = setInterval(() => {
        if (!queue.includes(last!) || this.received.closed) {
          clearInterval(check);
          resolve();
        }
      }, 10);
    });
  }

  dtmf(digit: string): void {
    this.sendJson({ event: 'dtmf', streamSid: this.streamSid, dtmf: { track: 'inbound_track', digit } });
  }

  stop(): void {
    this.sendJson({ event: 'stop', streamSid: this.streamSid, stop: { callSid: `CA${this.streamSid.slice(2)}` } });
  }

  /** Drops the connection without a goodbye (the line went dead). */
  terminate(): void {
    clearInterval(this.timer);
    this.socket.terminate();
  }

  close(): void {
    clearInterval(this.timer);
    if (this.socket.readyState === WebSocket.OPEN) this.socket.close(1000, 'test done');
  }

  /** The bot's audio played out so far (what the caller heard). */
  heardSamples(from = 0): Int16Array {
    return concat(...this.received.media.slice(from).map((m) => m.samples));
  }

  /** Loud bot audio received after a point in time, in ms. */
  speechMsAfter(at: number): number {
    return this.received.media.filter((m) => m.at >= at && rmsDbfs(m.samples) > -45).length * 20;
  }

  async until<T>(probe: () => T | undefined | null | false, timeoutMs: number, what: string): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private tick(): void {
    const due = Math.floor(this.now / 20);
    while (this.sent < due) {
      this.sent++;
      const frame = this.outgoing.shift() ?? this.lineNoise;
      this.sendJson({
        event: 'media',
        sequenceNumber: String(this.sent + 2),
        media: { track: 'inbound', chunk: String(this.sent), timestamp: String(this.sent * 20), payload: pcm16ToMulawBase64(frame) },
        streamSid: this.streamSid,
      });
      if (this.outgoingOutbound) {
        const other = this.outgoingOutbound.shift() ?? this.lineNoise;
        this.sendJson({
          event: 'media',
          media: { track: 'outbound', chunk: String(this.sent), timestamp: String(this.sent * 20), payload: pcm16ToMulawBase64(other) },
          streamSid: this.streamSid,
        });
      }
    }
    // Play the bot's audio at real-time pace; echo each mark when the audio before it has played.
    while (this.played < due) {
      this.played++;
      while (this.playout[0] && 'mark' in this.playout[0]) this.echoMark((this.playout.shift() as { mark: string }).mark);
      if (this.playout[0]) this.playout.shift();
      while (this.playout[0] && 'mark' in this.playout[0]) this.echoMark((this.playout.shift() as { mark: string }).mark);
    }
  }

  private echoMark(name: string): void {
    const mark = this.received.marks.find((m) => m.name === name && m.playedAt === null);
    if (mark) mark.playedAt = this.now;
    this.sendJson({ event: 'mark', sequenceNumber: '0', streamSid: this.streamSid, mark: { name } });
  }

  private onMessage(text: string): void {
    const message = JSON.parse(text) as { event: string; media?: { payload: string }; mark?: { name: string }; streamSid?: string };
    if (message.streamSid !== this.streamSid) throw new Error(`message for another stream: ${text.slice(0, 200)}`);
    if (message.event === 'media') {
      const samples = mulawBase64ToPcm16(message.media!.payload);
      this.received.media.push({ at: this.now, samples });
      this.playout.push({ frame: samples });
    } else if (message.event === 'mark') {
      this.received.marks.push({ name: message.mark!.name, sentAt: this.now, playedAt: null });
      this.playout.push({ mark: message.mark!.name });
    } else if (message.event === 'clear') {
      this.received.clears.push(this.now);
      const marks = this.playout.filter((item): item is { mark: string } => 'mark' in item);
      this.playout = [];
      for (const { mark } of marks) this.echoMark(mark);
    }
  }
}
