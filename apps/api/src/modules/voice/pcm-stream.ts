import type { VoiceEvent, VoiceLink } from './voice-link.js';
import { CLOSE } from './voice-link.js';
import { type StreamSocket, VoiceStream } from './voice-stream.js';
import type { VoiceService } from './voice.service.js';

export const PCM_RATE = 16000;

/**
 * 16-bit little-endian linear PCM at 16 kHz (`/voice/pcm`), for jambonz's `listen` verb and for browsers: binary
 * frames are audio both ways; text frames are JSON control messages. The first text message starts the call:
 * `{"type":"start", ...}`, or jambonz's metadata object (no `type`), with `apiKey` or `token` (or both in the URL
 * query), `language`, `callerId` or `from`. See docs/voice.md.
 */
export class PcmStream extends VoiceStream implements VoiceLink {
  readonly sampleRate = PCM_RATE;
  readonly closesOnTransfer = false;

  constructor(
    socket: StreamSocket,
    service: VoiceService,
    log: VoiceStream['log'],
    private readonly query: URLSearchParams,
  ) {
    super(socket, service, log, 'pcm');
  }

  protected async onText(text: string): Promise<void> {
    const message = this.parseJson(text);
    if (!message) return;
    const type = message.type ?? message.event;
    if (type === 'start' || (type === undefined && !this.live)) return this.onStart(message);
    if (type === 'dtmf') {
      const digit = message.digit ?? message.dtmf;
      if (typeof digit !== 'string') return this.fail('BAD_MESSAGE', 'A dtmf message needs a digit.', CLOSE.INVALID_DATA);
      if (!this.live) return this.beforeStart('dtmf');
      this.session!.dtmf(digit);
      return;
    }
    if (type === 'mark') {
      const name = message.name ?? (message.data as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string' && this.live) this.session!.marked(name);
      return;
    }
    if (type === 'stop') {
      await this.finish('the caller hung up (stop)', true);
      return;
    }
    this.fail('BAD_MESSAGE', `Unknown message type "${String(type)}": expected start, dtmf, mark or stop.`, CLOSE.INVALID_DATA);
  }

  protected onBinary(data: Buffer): void {
    if (data.length % 2 !== 0) {
      return this.fail('BAD_MESSAGE', 'Audio frames must hold whole 16-bit samples (an even number of bytes).', CLOSE.INVALID_DATA);
    }
    if (!this.live) return this.beforeStart('audio');
    const samples = new Int16Array(data.length / 2);
    for (let i = 0; i < samples.length; i++) samples[i] = data.readInt16LE(i * 2);
    this.session!.audio(samples);
  }

  private async onStart(message: Record<string, unknown>): Promise<void> {
    const rate = message.sampleRate ?? message.sample_rate;
    if (rate !== undefined && Number(rate) !== PCM_RATE) {
      return this.fail(
        'UNSUPPORTED_MEDIA',
        `Audio must be 16-bit PCM at ${PCM_RATE} Hz (sampleRate ${String(rate)} was given).`,
        CLOSE.UNSUPPORTED,
      );
    }
    const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
    const callSid = str(message.callSid) ?? str(message.call_sid);
    await this.startSession(
      { token: message.token ?? this.query.get('token'), apiKey: message.apiKey ?? this.query.get('apiKey') },
      message.mode === 'monitor'
        ? { monitor: str(message.callId) ?? '' }
        : {
            language: message.language === 'en' ? 'en' : 'ko',
            callerId: str(message.callerId) ?? str(message.from),
            telephonyId: callSid ? callSid.slice(0, 64) : null,
          },
    );
  }

  sendAudio(frame: Int16Array): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    const bytes = Buffer.alloc(frame.length * 2);
    for (let i = 0; i < frame.length; i++) bytes.writeInt16LE(frame[i], i * 2);
    this.socket.send(bytes);
  }

  sendMark(name: string): void {
    this.send({ type: 'mark', name });
  }

  clear(): void {
    this.send({ type: 'clear' });
  }

  event(event: VoiceEvent): void {
    this.send(event);
  }

  /** The stream stays open: the caller waits on it, and their words keep reaching the agent's transcript. */
  transfer(event: Extract<VoiceEvent, { type: 'transfer' }>): void {
    this.send(event);
  }
}
