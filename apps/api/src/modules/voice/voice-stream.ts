import type { RawData, WebSocket } from 'ws';
import type { Language } from '../calls/call-scripts.js';
import { CLOSE, type VoiceErrorCode, type VoiceEvent } from './voice-link.js';
import type { VoiceLink } from './voice-link.js';
import type { VoiceSession } from './voice-session.js';
import { VoiceError, type VoiceService } from './voice.service.js';

export type StreamSocket = WebSocket;

/** How long a new stream may take to send its start message. */
export const START_TIMEOUT_MS = 5000;

export type StreamTarget =
  | { language: Language; callerId: string | null; telephonyId: string | null }
  /** A forked stream of a call already handed to a person. */
  | { monitor: string };

/**
 * What every media-stream protocol shares: the start message within a deadline, authentication, one session per
 * stream, malformed input closing the stream with a reason (never an exception out of a socket handler), and the
 * session ended however the socket goes away.
 */
export abstract class VoiceStream implements Pick<VoiceLink, 'close'> {
  protected session: VoiceSession | null = null;
  private phase: 'waiting' | 'starting' | 'live' | 'closed' = 'waiting';
  private readonly startTimer: NodeJS.Timeout;

  protected constructor(
    protected readonly socket: StreamSocket,
    protected readonly service: VoiceService,
    protected readonly log: { log(message: string): void; warn(message: string): void; error(message: string): void },
    private readonly protocol: string,
  ) {
    this.startTimer = setTimeout(
      () => this.fail('TIMEOUT', `No start message within ${START_TIMEOUT_MS / 1000} s.`, CLOSE.POLICY),
      START_TIMEOUT_MS,
    );
    socket.on('message', (data: RawData, isBinary: boolean) => {
      const handled = isBinary ? this.onBinary(toBuffer(data)) : this.onText(toBuffer(data).toString('utf8'));
      void Promise.resolve(handled).catch((error: Error) => {
        this.log.error(`${this.protocol} stream: ${error.stack ?? error.message}`);
        this.fail('CALL_FAILED', 'The call failed on our side; it has been logged.', CLOSE.INTERNAL);
      });
    });
    socket.on('close', () => void this.finish('the stream closed', true));
    socket.on('error', (error: Error) => this.log.warn(`${this.protocol} stream error: ${error.message}`));
  }

  protected abstract onText(text: string): Promise<void> | void;
  protected abstract onBinary(data: Buffer): Promise<void> | void;

  protected get live(): boolean {
    return this.phase === 'live' && this.session !== null;
  }

  /** Authenticates and starts (or attaches to) the call; refusals close the stream with their reason. */
  protected async startSession(credentials: { token?: unknown; apiKey?: unknown }, target: StreamTarget): Promise<void> {
    if (this.phase !== 'waiting') return this.fail('BAD_MESSAGE', 'The stream has already started.', CLOSE.POLICY);
    this.phase = 'starting';
    clearTimeout(this.startTimer);
    try {
      const channel = await this.service.authenticate(credentials, 'monitor' in target ? target.monitor : undefined);
      if (this.phase !== 'starting') return;
      this.session = this.service.open(this as unknown as VoiceLink);
      if ('monitor' in target) {
        await this.session.monitor(target.monitor).catch(() => {
          throw new VoiceError('BAD_MESSAGE', `There is no open call "${target.monitor}" to monitor.`);
        });
      } else {
        await this.session.begin({ channel, language: target.language, callerId: target.callerId, telephonyId: target.telephonyId });
      }
      if (this.phase !== 'starting') return;
      this.phase = 'live';
    } catch (error) {
      if (error instanceof VoiceError)
        return this.fail(error.code, error.message, error.code === 'TOO_MANY_CALLS' ? CLOSE.TRY_LATER : CLOSE.POLICY);
      const message = (error as { code?: string }).code === 'INVALID_CALLER_ID' ? (error as Error).message : null;
      if (message) return this.fail('BAD_MESSAGE', message, CLOSE.INVALID_DATA);
      throw error;
    }
  }

  protected beforeStart(what: string): void {
    // Audio may arrive while the start is being checked; before any start it is a protocol error.
    if (this.phase === 'starting') return;
    this.fail('BAD_MESSAGE', `A ${what} message came before the start message.`, CLOSE.POLICY);
  }

  protected parseJson(text: string): Record<string, unknown> | null {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    this.fail('BAD_MESSAGE', 'A text message must be one JSON object.', CLOSE.INVALID_DATA);
    return null;
  }

  /** Tells the far end what went wrong (where the protocol can), closes the stream, and ends the call. */
  protected fail(code: VoiceErrorCode, message: string, closeCode: number): void {
    if (this.phase === 'closed') return;
    this.log.warn(`${this.protocol} stream refused or failed: ${code} ${message}`);
    this.event({ type: 'error', code, message });
    this.close(closeCode, `${code}: ${message}`);
    void this.finish(`${code}`, true);
  }

  /** Ends the session once, whichever way the stream went. */
  protected async finish(reason: string, hangUp: boolean): Promise<void> {
    if (this.phase === 'closed') return;
    this.phase = 'closed';
    clearTimeout(this.startTimer);
    if (this.session) await this.service.close(this.session, reason, hangUp);
    this.close(CLOSE.NORMAL, 'call ended');
  }

  abstract event(event: VoiceEvent): void;

  protected send(message: unknown): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message));
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, truncateUtf8(reason, 123));
    }
  }
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** A close reason may hold at most 123 bytes. */
function truncateUtf8(text: string, bytes: number): string {
  let out = text;
  while (Buffer.byteLength(out) > bytes) out = out.slice(0, -1);
  return out;
}
