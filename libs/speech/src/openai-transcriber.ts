import { toWav } from '#libs/audio';
import { ProviderRequest, endpoint } from './provider-request.js';
import {
  type SpeechLanguage,
  type SpeechToText,
  type TranscribeOptions,
  SpeechErrorCode,
  SpeechProviderError,
  checkSampleRate,
} from './speech-provider.js';

export interface OpenAiTranscriberOptions {
  /** Base URL of an OpenAI-compatible API, with its version: `https://api.openai.com/v1`, `http://vllm:8000/v1`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when set. */
  apiKey?: string;
  /** `whisper-1`, `gpt-4o-transcribe`, or the model a local server serves. */
  model: string;
  /** Milliseconds the whole request may take (default 15 000). */
  timeoutMs?: number;
  /** Words the recogniser should expect (place names, 다산콜센터 …), sent as `prompt`. */
  prompt?: string;
}

/**
 * Speech recognition through the OpenAI `POST /audio/transcriptions` protocol, which OpenAI, vLLM, faster-whisper
 * servers (speaches) and whisper.cpp's server speak: the utterance goes up as a 16-bit PCM WAV.
 */
export class OpenAiTranscriber implements SpeechToText {
  readonly name: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: OpenAiTranscriberOptions) {
    if (!options.baseUrl) throw new Error('OpenAiTranscriber needs a baseUrl');
    if (!options.model) throw new Error('OpenAiTranscriber needs a model');
    this.name = `openai:${options.model}`;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async transcribe(
    audio: Int16Array,
    sampleRate: number,
    language: SpeechLanguage,
    options: TranscribeOptions = {},
  ): Promise<{ text: string }> {
    checkSampleRate(this.name, sampleRate);
    if (audio.length === 0) throw new SpeechProviderError(this.name, SpeechErrorCode.BAD_INPUT, 'no audio to transcribe (0 samples)');

    const form = new FormData();
    form.append('file', new Blob([toWav(audio, sampleRate)], { type: 'audio/wav' }), 'audio.wav');
    form.append('model', this.options.model);
    form.append('language', language);
    form.append('response_format', 'json');
    if (this.options.prompt) form.append('prompt', this.options.prompt);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;

    const url = endpoint(this.options.baseUrl, '/audio/transcriptions');
    const request = new ProviderRequest(this.name, this.timeoutMs, options.signal);
    const response = await request.post(url, { headers, body: form });
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      throw request.failure(error, url);
    }
    let reply: unknown;
    try {
      reply = JSON.parse(body);
    } catch {
      throw new SpeechProviderError(
        this.name,
        SpeechErrorCode.BAD_REPLY,
        `reply from POST ${url} is not JSON: ${body.slice(0, 100)}`,
        response.status,
      );
    }
    const text = (reply as { text?: unknown } | null)?.text;
    if (typeof text !== 'string') {
      throw new SpeechProviderError(
        this.name,
        SpeechErrorCode.BAD_REPLY,
        `reply from POST ${url} has no "text": ${body.slice(0, 100)}`,
        response.status,
      );
    }
    return { text: text.trim() };
  }
}
