import { mulawBase64ToPcm16, pcm16ToMulawBase64 } from '#libs/audio';
import type { VoiceLink } from './voice-link.js';
import { CLOSE } from './voice-link.js';
import { type StreamSocket, VoiceStream } from './voice-stream.js';
import type { VoiceService } from './voice.service.js';

/** Twilio's `start` message, as far as we read it. */
interface TwilioStart {
  streamSid: string;
  callSid: string | null;
  customParameters: Record<string, string>;
}

/**
 * The Twilio Media Streams protocol (`/voice/twilio`), both directions: `connected`, `start` (custom parameters carry
 * the API key or token, the caller's number, the language, and for a forked stream after a transfer `mode=monitor`
 * with the call id), `media` (base64 μ-law at 8 kHz, inbound or outbound track), `dtmf`, `mark`, `stop` in;
 * `media`, `mark` and `clear` out. Many telephony platforms speak it, so one endpoint reaches many carriers.
 */
export class TwilioStream extends VoiceStream implements VoiceLink {
  readonly sampleRate = 8000;
  readonly closesOnTransfer = true;
  private streamSid: string | null = null;

  constructor(socket: StreamSocket, service: VoiceService, log: VoiceStream['log']) {
    super(socket, service, log, 'twilio');
  }

  protected async onText(text: string): Promise<void> {
    const message = this.parseJson(text);
    if (!message) return;
    switch (message.event) {
      case 'connected':
        return;
      case 'start':
        return this.onStart(message);
      case 'media': {
        const media = message.media as { payload?: unknown; track?: unknown } | undefined;
        if (typeof media?.payload !== 'string')
          return this.fail('BAD_MESSAGE', 'A media message needs media.payload (base64 μ-law).', CLOSE.INVALID_DATA);
        if (!this.live) return this.beforeStart('media');
        if (!BASE64.test(media.payload)) return this.fail('BAD_MESSAGE', 'media.payload is not base64.', CLOSE.INVALID_DATA);
        this.session!.audio(mulawBase64ToPcm16(media.payload), media.track === 'outbound' ? 'outbound' : 'inbound');
        return;
      }
      case 'dtmf': {
        const digit = (message.dtmf as { digit?: unknown } | undefined)?.digit;
        if (typeof digit !== 'string') return this.fail('BAD_MESSAGE', 'A dtmf message needs dtmf.digit.', CLOSE.INVALID_DATA);
        if (!this.live) return this.beforeStart('dtmf');
        this.session!.dtmf(digit);
        return;
      }
      case 'mark': {
        const name = (message.mark as { name?: unknown } | undefined)?.name;
        if (typeof name === 'string' && this.live) this.session!.marked(name);
        return;
      }
      case 'stop':
        await this.finish('the caller hung up (stop)', true);
        return;
      default:
        // Events added to the protocol later are not errors.
        return;
    }
  }

  protected onBinary(): void {
    this.fail('BAD_MESSAGE', 'Twilio media streams carry JSON text messages, not binary frames.', CLOSE.UNSUPPORTED);
  }

  private async onStart(message: Record<string, unknown>): Promise<void> {
    const start = parseStart(message);
    if (typeof start === 'string') return this.fail('BAD_MESSAGE', start, CLOSE.INVALID_DATA);
    const format = (message.start as { mediaFormat?: { encoding?: unknown; sampleRate?: unknown; channels?: unknown } }).mediaFormat;
    if (format && (format.encoding !== 'audio/x-mulaw' || Number(format.sampleRate) !== 8000 || Number(format.channels ?? 1) !== 1)) {
      return this.fail('UNSUPPORTED_MEDIA', 'Only μ-law (audio/x-mulaw) at 8000 Hz, one channel, is supported here.', CLOSE.UNSUPPORTED);
    }
    this.streamSid = start.streamSid;
    const p = start.customParameters;
    await this.startSession(
      { token: p.token, apiKey: p.apiKey },
      p.mode === 'monitor'
        ? { monitor: p.callId ?? '' }
        : { language: p.language === 'en' ? 'en' : 'ko', callerId: p.from || p.callerId || null, telephonyId: start.callSid },
    );
  }

  sendAudio(frame: Int16Array): void {
    this.send({ event: 'media', streamSid: this.streamSid, media: { payload: pcm16ToMulawBase64(frame) } });
  }

  sendMark(name: string): void {
    this.send({ event: 'mark', streamSid: this.streamSid, mark: { name } });
  }

  clear(): void {
    this.send({ event: 'clear', streamSid: this.streamSid });
  }

  /** Twilio's stream has no place for our events (errors are logged where they arise, and close the stream with a reason). */
  event(): void {}

  /** Closing a `<Connect><Stream>` makes Twilio go on with the TwiML after it: our `/voice/twilio/next` transfers. */
  transfer(): void {
    this.close(CLOSE.NORMAL, 'transfer');
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function parseStart(message: Record<string, unknown>): TwilioStart | string {
  const start = message.start as Record<string, unknown> | undefined;
  const streamSid = (message.streamSid ?? start?.streamSid) as unknown;
  if (!start || typeof start !== 'object') return 'A start message needs a start object.';
  if (typeof streamSid !== 'string' || !streamSid) return 'A start message needs a streamSid.';
  const raw = (start.customParameters ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) return 'start.customParameters must be an object.';
  const customParameters = Object.fromEntries(
    Object.entries(raw)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => [k, v as string]),
  );
  return {
    streamSid,
    callSid: typeof start.callSid === 'string' ? start.callSid.slice(0, 64) : null,
    customParameters,
  };
}
