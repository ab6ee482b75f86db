/** Languages the call center speaks: Korean first, English for foreign callers. */
export type SpeechLanguage = 'ko' | 'en';

export interface TranscribeOptions {
  /** Aborts the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Speech recognition of one caller utterance. */
export interface SpeechToText {
  /** Provider and model, e.g. `openai:whisper-1`. */
  readonly name: string;
  /**
   * Transcribes mono PCM16 `audio` at `sampleRate`. Throws a {@link SpeechProviderError} on an HTTP error, a
   * timeout or a malformed reply; rejects with the signal's reason when the caller aborts.
   */
  transcribe(audio: Int16Array, sampleRate: number, language: SpeechLanguage, options?: TranscribeOptions): Promise<{ text: string }>;
}

export interface SynthesisRequest {
  /** The plain text to speak; always given, also when `ssml` is. */
  text: string;
  /** The same words as SSML (`<speak>…</speak>`), used by engines that support it. */
  ssml?: string;
  language: SpeechLanguage;
  /** Rate of the PCM16 samples wanted (8000 for the telephone, 16000 …). */
  sampleRate: number;
  /** Aborts synthesis; the iteration then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Speech synthesis. */
export interface TextToSpeech {
  /** `espeak-ng` or `openai:<model>`. */
  readonly name: string;
  /** True when `SynthesisRequest.ssml` is spoken as SSML; otherwise the plain `text` is. */
  readonly supportsSsml: boolean;
  /**
   * Yields mono PCM16 chunks at `req.sampleRate` as soon as each is ready (sentence by sentence), so the first
   * audio comes early. Throws a {@link SpeechProviderError} when the engine fails.
   */
  synthesize(req: SynthesisRequest): AsyncIterable<Int16Array>;
}

/** What went wrong with a speech provider. */
export enum SpeechErrorCode {
  /** The request itself is unusable (no audio, a sample rate of 0 …). */
  BAD_INPUT = 'BAD_INPUT',
  /** The server could not be reached, or the connection broke. */
  NETWORK_ERROR = 'NETWORK_ERROR',
  /** The server answered with an HTTP error status. */
  HTTP_ERROR = 'HTTP_ERROR',
  /** No (complete) answer within the configured time. */
  TIMEOUT = 'TIMEOUT',
  /** The answer was not what the protocol promises (not JSON, no text, not a WAV …). */
  BAD_REPLY = 'BAD_REPLY',
  /** The local engine is not installed. */
  NOT_INSTALLED = 'NOT_INSTALLED',
  /** The local engine ran and failed. */
  ENGINE_FAILED = 'ENGINE_FAILED',
}

export class SpeechProviderError extends Error {
  constructor(
    /** The provider's `name`, e.g. `openai:whisper-1`, `espeak-ng`. */
    readonly provider: string,
    readonly code: SpeechErrorCode,
    message: string,
    /** The HTTP status, for `HTTP_ERROR`. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(`${provider}: ${message}`, options);
    this.name = 'SpeechProviderError';
  }
}

/** Checks the sample rate of a request; a provider cannot do anything sensible with another. */
export function checkSampleRate(provider: string, sampleRate: number): void {
  if (!Number.isInteger(sampleRate) || sampleRate < 4000 || sampleRate > 48000) {
    throw new SpeechProviderError(
      provider,
      SpeechErrorCode.BAD_INPUT,
      `sample rate ${sampleRate} Hz is not an integer between 4000 and 48000`,
    );
  }
}
