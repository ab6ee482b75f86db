import { concat, resample } from '#libs/audio';
import { ProviderRequest, endpoint } from './provider-request.js';
import { splitForSpeech } from './split-for-speech.js';
import {
  type SpeechLanguage,
  type SynthesisRequest,
  type TextToSpeech,
  SpeechErrorCode,
  SpeechProviderError,
  checkSampleRate,
} from './speech-provider.js';
import { WavStreamReader } from './wav-stream-reader.js';

export interface OpenAiSpeechSynthesizerOptions {
  /** Base URL of an OpenAI-compatible API, with its version: `https://api.openai.com/v1`, `http://kokoro:8880/v1`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when set. */
  apiKey?: string;
  /** `gpt-4o-mini-tts`, `tts-1`, or the model a local server serves. */
  model: string;
  /** The voice, or one per language when the server's voices speak one language each. */
  voice: string | Record<SpeechLanguage, string>;
  /** Milliseconds one sentence's request may take, its audio included (default 15 000). */
  timeoutMs?: number;
}

/**
 * Speech synthesis through the OpenAI `POST /audio/speech` protocol (OpenAI, Kokoro-FastAPI, speaches, vLLM …), one
 * request per sentence: the first sentence's audio is yielded before the next one is asked for. The reply is asked
 * for as WAV, which carries its sample rate (servers differ on the rate of raw `pcm`), read as it streams in and
 * resampled to the rate wanted. Plain text only: the protocol has no SSML.
 */
export class OpenAiSpeechSynthesizer implements TextToSpeech {
  readonly name: string;
  readonly supportsSsml = false;
  private readonly timeoutMs: number;

  constructor(private readonly options: OpenAiSpeechSynthesizerOptions) {
    if (!options.baseUrl) throw new Error('OpenAiSpeechSynthesizer needs a baseUrl');
    if (!options.model) throw new Error('OpenAiSpeechSynthesizer needs a model');
    if (!options.voice) throw new Error('OpenAiSpeechSynthesizer needs a voice');
    this.name = `openai:${options.model}`;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async *synthesize(req: SynthesisRequest): AsyncIterable<Int16Array> {
    checkSampleRate(this.name, req.sampleRate);
    for (const sentence of splitForSpeech(req.text)) {
      req.signal?.throwIfAborted();
      const chunk = await this.sentence(sentence, req);
      if (chunk.length) yield chunk;
    }
  }

  private async sentence(text: string, req: SynthesisRequest): Promise<Int16Array> {
    const voice = typeof this.options.voice === 'string' ? this.options.voice : this.options.voice[req.language];
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'audio/wav' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const body = JSON.stringify({ model: this.options.model, input: text, voice, response_format: 'wav' });

    const url = endpoint(this.options.baseUrl, '/audio/speech');
    const request = new ProviderRequest(this.name, this.timeoutMs, req.signal);
    const response = await request.post(url, { headers, body });
    if (!response.body)
      throw new SpeechProviderError(this.name, SpeechErrorCode.BAD_REPLY, `empty reply from POST ${url}`, response.status);

    const reader = new WavStreamReader();
    const parts: Int16Array[] = [];
    const stream = response.body.getReader();
    for (;;) {
      let next: Awaited<ReturnType<typeof stream.read>>;
      try {
        next = await stream.read();
      } catch (error) {
        throw request.failure(error, url);
      }
      if (next.done) break;
      try {
        parts.push(reader.push(next.value));
      } catch (error) {
        await stream.cancel().catch(() => undefined);
        const message = `reply from POST ${url}: ${(error as Error).message}`;
        throw new SpeechProviderError(this.name, SpeechErrorCode.BAD_REPLY, message, response.status, { cause: error });
      }
    }
    if (!reader.sampleRate || !reader.started) {
      throw new SpeechProviderError(
        this.name,
        SpeechErrorCode.BAD_REPLY,
        `reply from POST ${url} ended before its WAV header did`,
        response.status,
      );
    }
    return resample(parts.length === 1 ? parts[0] : concat(...parts), reader.sampleRate, req.sampleRate);
  }
}
