import type { PromptCache, SpeechToText } from '#libs/speech';
import type { CallChannel } from '../calls/call.entity.js';
import { SCRIPTS } from '../calls/call-scripts.js';
import type { Principal } from '../auth/principal.js';
import { StreamTokens } from './stream-tokens.js';
import type { VoiceErrorCode, VoiceLink } from './voice-link.js';
import { type VoiceCalls, VoiceSession, type VoiceSessionDependencies, type VoiceSettings } from './voice-session.js';

/** A stream refused: the code and message go to the far end before the socket closes. */
export class VoiceError extends Error {
  constructor(
    readonly code: VoiceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VoiceError';
  }
}

export interface VoiceServiceDependencies {
  /** Who holds these credentials (AuthService.principalFrom): throws on a bad token or key, null when none given. */
  principalFrom(credentials: { authorization?: string; apiKey?: string }): Promise<Principal | null>;
  calls: VoiceCalls;
  /** Null when no speech-to-text provider is configured: voice streams are refused. */
  stt: SpeechToText | null;
  voice: PromptCache;
  settings: VoiceSettings;
  maxCalls: number;
  /** Signs and checks the tokens of forked monitor streams. */
  streamTokens: StreamTokens;
  recordTimings: VoiceSessionDependencies['recordTimings'];
  log: VoiceSessionDependencies['log'];
}

/** The sample rates the gateway speaks: Twilio's 8 kHz μ-law and 16 kHz PCM. */
export const VOICE_RATES = [8000, 16000] as const;

/**
 * The voice gateway's decisions, apart from WebSockets: who may open a stream and as which channel, whether one
 * more call fits, and the sessions open now. Fixed prompts are synthesised at start so no caller waits for them.
 */
export class VoiceService {
  private readonly sessions = new Set<VoiceSession>();

  constructor(private readonly deps: VoiceServiceDependencies) {}

  get sttAvailable(): boolean {
    return this.deps.stt !== null;
  }

  get activeCalls(): number {
    return this.sessions.size;
  }

  /**
   * A gateway API key opens phone calls; a supervisor's or administrator's access token opens test calls from the
   * console. Anything else is refused.
   */
  async authenticate(credentials: { token?: unknown; apiKey?: unknown }, monitorCallId?: string): Promise<CallChannel> {
    const token = typeof credentials.token === 'string' && credentials.token ? credentials.token : undefined;
    const apiKey = typeof credentials.apiKey === 'string' && credentials.apiKey ? credentials.apiKey : undefined;
    if (!token && !apiKey) {
      throw new VoiceError(
        'UNAUTHENTICATED',
        'The stream carries no credentials: send an API key or an access token in the start message.',
      );
    }
    if (token && StreamTokens.looksLikeOne(token)) {
      // A monitor token admits one forked stream of one call, nothing else.
      const callId = this.deps.streamTokens.verify(token);
      if (!callId) throw new VoiceError('UNAUTHENTICATED', 'The stream token is not valid or has expired.');
      if (callId !== monitorCallId) throw new VoiceError('FORBIDDEN', 'This stream token is for monitoring another call.');
      return 'PHONE';
    }
    let principal: Principal | null;
    try {
      principal = await this.deps.principalFrom(token ? { authorization: `Bearer ${token}` } : { apiKey });
    } catch (error) {
      throw new VoiceError('UNAUTHENTICATED', (error as Error).message);
    }
    if (!principal) throw new VoiceError('UNAUTHENTICATED', 'The credentials were not recognised.');
    if (principal.kind === 'gateway') return 'PHONE';
    if (principal.role === 'SUPERVISOR' || principal.role === 'ADMIN') return 'TEST';
    throw new VoiceError('FORBIDDEN', 'Only the voice gateway and supervisors (test calls) may open a voice stream.');
  }

  /** A new session for this stream, or a refusal when voice is not available or this instance is full. */
  open(link: VoiceLink): VoiceSession {
    if (!this.deps.stt) {
      throw new VoiceError(
        'STT_UNAVAILABLE',
        'No speech-to-text provider is configured (STT_PROVIDER), so voice calls cannot be understood; keypad and text calls still work.',
      );
    }
    if (this.sessions.size >= this.deps.maxCalls) {
      throw new VoiceError('TOO_MANY_CALLS', `This instance already carries ${this.deps.maxCalls} voice calls; try another instance.`);
    }
    const session = new VoiceSession({
      link,
      calls: this.deps.calls,
      stt: this.deps.stt,
      voice: this.deps.voice,
      settings: this.deps.settings,
      recordTimings: this.deps.recordTimings,
      log: this.deps.log,
    });
    this.sessions.add(session);
    return session;
  }

  /** A token for the forked stream that transcribes both sides of this call after its transfer. */
  monitorToken(callId: string): string {
    return this.deps.streamTokens.sign(callId);
  }

  /** Ends a session (idempotent) and forgets it. */
  async close(session: VoiceSession, reason: string, hangUp = true): Promise<void> {
    try {
      await session.end(reason, hangUp);
    } finally {
      this.sessions.delete(session);
    }
  }

  /** Synthesises every fixed prompt at both wire rates (stopped by `signal`: no engine left running at shutdown). */
  async warm(signal?: AbortSignal): Promise<void> {
    const prompts = (['ko', 'en'] as const).flatMap((language) => {
      const s = SCRIPTS[language];
      const fixed = [
        s.greeting,
        s.handoffRequest,
        s.handoffFailure,
        s.goodbye,
        s.keypadHelp,
        s.switchedKo,
        s.switchedEn,
        s.notUnderstood,
        s.emergency119,
        s.emergency112,
        s.crisis,
        this.deps.settings.prompts[language].hold,
        this.deps.settings.prompts[language].notHeard,
      ];
      return fixed.map((text) => ({ text, language }));
    });
    for (const rate of VOICE_RATES) await this.deps.voice.warm(prompts, rate, signal);
  }

  /** Ends every open session (shutdown): callers still with the bot are hung up. */
  async closeAll(reason: string): Promise<void> {
    await Promise.all([...this.sessions].map((session) => this.close(session, reason)));
  }
}

/** The gateway's own spoken prompts (the rest are the voicebot's scripts). */
export const VOICE_PROMPTS: VoiceSettings['prompts'] = {
  ko: {
    hold: '상담사 연결을 기다리고 있습니다. 순서대로 연결해 드리니 잠시만 더 기다려 주세요.',
    notHeard: '죄송해요, 잘 듣지 못했어요. 다시 한 번 말씀해 주시겠어요?',
  },
  en: {
    hold: 'You are waiting for an agent. You will be connected in turn, please stay on the line.',
    notHeard: 'Sorry, I did not catch that. Could you say it again?',
  },
};
