import type { BotAction, TurnIntent } from '../calls/dialogue-policy.js';

/** How long each stage of one voice turn took, in ms. */
export interface TurnTimings {
  /** From the end of the caller's speech to the end of turn being decided (the silence waited for). */
  endpointingMs: number;
  /** The speech-to-text provider. */
  sttMs: number;
  /** The voicebot's turn: masking, policy, retrieval, answer, records. */
  dialogueMs: number;
  /** From asking for speech to its first audio (0 when the reply was cached or silent). */
  ttsFirstAudioMs: number;
  /** From the end of the caller's speech to the first audio of the reply on the wire. */
  totalMs: number;
  /** Our own share: total minus endpointing, STT and TTS. */
  overheadMs: number;
}

/** What a stream tells its far end besides audio (the PCM protocol sends these as JSON; Twilio has no place for them). */
export type VoiceEvent =
  | { type: 'started'; callId: string; language: string }
  | { type: 'transcript'; speaker: 'caller' | 'bot' | 'agent'; text: string; seq: number | null }
  | {
      type: 'turn';
      seq: number;
      action: BotAction;
      intent: TurnIntent;
      language: string;
      citations: { title: string; sourceUrl: string }[];
      timings: TurnTimings | null;
    }
  | { type: 'transfer'; callId: string; handoffId: string | null; reason: string | null }
  | { type: 'end'; reason: string }
  | { type: 'error'; code: VoiceErrorCode; message: string };

export type VoiceErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_MESSAGE' | 'UNSUPPORTED_MEDIA' | 'STT_UNAVAILABLE' | 'TOO_MANY_CALLS' | 'CALL_FAILED' | 'TIMEOUT';

/**
 * One telephony stream as the voice session sees it, whatever the wire protocol: audio out at the stream's rate,
 * marks, clear, events, transfer and close.
 */
export interface VoiceLink {
  /** Sample rate of the audio on the wire (8000 for Twilio's μ-law, 16000 for PCM). */
  readonly sampleRate: number;
  /** Whether {@link transfer} ends this stream (the telephony side moves the call to another leg). */
  readonly closesOnTransfer: boolean;
  sendAudio(frame: Int16Array): void;
  /** Asks the far end to echo `name` once the audio sent before it has been played to the caller. */
  sendMark(name: string): void;
  /** Drops the audio the far end has buffered (barge-in). */
  clear(): void;
  event(event: VoiceEvent): void;
  /**
   * The caller is handed to a person and has heard the hold message: Twilio's stream closes so that its TwiML goes on
   * to the transfer; the PCM stream stays open and says so.
   */
  transfer(event: Extract<VoiceEvent, { type: 'transfer' }>): void;
  close(code: number, reason: string): void;
}

/** WebSocket close codes used by the gateway. */
export const CLOSE = { NORMAL: 1000, UNSUPPORTED: 1003, INVALID_DATA: 1007, POLICY: 1008, INTERNAL: 1011, TRY_LATER: 1013 } as const;
