import { concat } from '#libs/audio';
import type { SpeechLanguage, SynthesisRequest, TextToSpeech } from './speech-provider.js';

export interface Prompt {
  text: string;
  /** SSML for the same words, used when the engine supports it. */
  ssml?: string;
  language: SpeechLanguage;
}

export interface PromptCacheOptions {
  /** Prompts kept; beyond this the least recently used one is dropped (default 64). */
  maxEntries?: number;
}

/**
 * The fixed prompts of a call (greeting, "잠시만 기다려 주세요", the menu) synthesised ahead and kept, so they play at
 * once instead of waiting for the engine. Keyed by text, language and sample rate; bounded, least recently used out.
 * Answers that are not prompts pass through to the engine uncached.
 */
export class PromptCache {
  private readonly entries = new Map<string, Int16Array>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly maxEntries: number;

  constructor(
    private readonly tts: TextToSpeech,
    options: PromptCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 64;
    if (!(this.maxEntries >= 1)) throw new RangeError(`PromptCache needs room for at least one prompt, not ${options.maxEntries}`);
  }

  /** Prompts held now. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Synthesises the prompts not held yet, one after another (one being warmed already is waited for, not made
   * twice). Rejects with the engine's error when one fails; those done before it stay cached.
   */
  async warm(prompts: Prompt[], sampleRate: number, signal?: AbortSignal): Promise<void> {
    for (const prompt of prompts) {
      const key = keyOf(prompt.text, prompt.language, sampleRate);
      if (this.entries.has(key)) continue;
      let pending = this.inFlight.get(key);
      if (!pending) {
        pending = this.synthesizeInto(key, { ...prompt, sampleRate, signal }).finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, pending);
      }
      await pending;
    }
  }

  /** The prompt's audio (a copy), when it is held; marks it as recently used. */
  get(text: string, language: SpeechLanguage, sampleRate: number): Int16Array | undefined {
    const key = keyOf(text, language, sampleRate);
    const audio = this.entries.get(key);
    if (!audio) return undefined;
    this.entries.delete(key);
    this.entries.set(key, audio);
    return audio.slice();
  }

  /** A held prompt as one chunk at once; anything else synthesised by the engine as it goes. */
  async *speak(req: SynthesisRequest): AsyncIterable<Int16Array> {
    req.signal?.throwIfAborted();
    const audio = this.get(req.text, req.language, req.sampleRate);
    if (audio) {
      yield audio;
      return;
    }
    yield* this.tts.synthesize(req);
  }

  private async synthesizeInto(key: string, req: SynthesisRequest): Promise<void> {
    const chunks: Int16Array[] = [];
    for await (const chunk of this.tts.synthesize(req)) chunks.push(chunk);
    this.entries.set(key, concat(...chunks));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

function keyOf(text: string, language: SpeechLanguage, sampleRate: number): string {
  return `${language}\u0000${sampleRate}\u0000${text}`;
}
