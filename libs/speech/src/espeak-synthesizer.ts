import { spawn } from 'node:child_process';
import { concat, resample, silence } from '#libs/audio';
import { splitForSpeech } from './split-for-speech.js';
import {
  type SpeechLanguage,
  type SynthesisRequest,
  type TextToSpeech,
  SpeechErrorCode,
  SpeechProviderError,
  checkSampleRate,
} from './speech-provider.js';
import { trimSilence } from './trim-silence.js';
import { WavStreamReader } from './wav-stream-reader.js';

export interface EspeakSynthesizerOptions {
  /** The espeak-ng executable, a name on the PATH or a path (default `espeak-ng`). */
  binary?: string;
  /** espeak-ng voice per language (default `ko` and `en-us`). */
  voices?: Record<SpeechLanguage, string>;
  /** Speaking rate, espeak-ng's `-s` (its default is 175 words per minute). */
  wordsPerMinute?: number;
  /** Milliseconds one run of espeak-ng (one sentence, or a whole SSML text) may take (default 10 000). */
  timeoutMs?: number;
  /** Pause between sentences spoken one by one, in ms (default 250). */
  sentencePauseMs?: number;
}

/** What espeak-ng makes: 16-bit mono WAV at 22 050 Hz. */
interface EngineAudio {
  samples: Int16Array;
  sampleRate: number;
}

/**
 * Speech synthesis with eSpeak NG, run locally (Debian's `espeak-ng` package): robotic, but offline, instant and
 * Korean. Plain text is spoken sentence by sentence, one run of espeak-ng each, so the first sentence is ready in
 * milliseconds; SSML (`<speak>`, `<s>`, `<break>`, `<say-as interpret-as="telephone">` as `toSsml` writes it) is
 * spoken in one run with `-m`. Text goes in on stdin, never on the command line. Silence before and after each piece
 * is trimmed; sentences spoken one by one get a short pause between them instead.
 */
export class EspeakSynthesizer implements TextToSpeech {
  readonly name = 'espeak-ng';
  readonly supportsSsml = true;
  private readonly binary: string;
  private readonly voices: Record<SpeechLanguage, string>;
  private readonly timeoutMs: number;
  private readonly pauseMs: number;

  constructor(private readonly options: EspeakSynthesizerOptions = {}) {
    this.binary = options.binary ?? 'espeak-ng';
    this.voices = options.voices ?? { ko: 'ko', en: 'en-us' };
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.pauseMs = options.sentencePauseMs ?? 250;
  }

  async *synthesize(req: SynthesisRequest): AsyncIterable<Int16Array> {
    checkSampleRate(this.name, req.sampleRate);
    req.signal?.throwIfAborted();
    if (req.ssml?.trim()) {
      const audio = await this.run(req.ssml, req.language, true, req.signal);
      const speech = trimSilence(audio.samples, audio.sampleRate);
      if (speech.length) yield resample(speech, audio.sampleRate, req.sampleRate);
      return;
    }
    const sentences = splitForSpeech(req.text);
    for (const [index, sentence] of sentences.entries()) {
      const audio = await this.run(sentence, req.language, false, req.signal);
      const speech = trimSilence(audio.samples, audio.sampleRate);
      if (!speech.length) continue;
      const last = index === sentences.length - 1;
      yield resample(last ? speech : concat(speech, silence(this.pauseMs, audio.sampleRate)), audio.sampleRate, req.sampleRate);
    }
  }

  /** One run of espeak-ng over `input`; killed on abort or timeout. */
  private run(input: string, language: SpeechLanguage, ssml: boolean, signal?: AbortSignal): Promise<EngineAudio> {
    signal?.throwIfAborted();
    const args = ['--stdout', '-b', '1', '-v', this.voices[language]];
    if (this.options.wordsPerMinute) args.push('-s', String(this.options.wordsPerMinute));
    if (ssml) args.push('-m');
    return new Promise<EngineAudio>((resolve, reject) => {
      const child = spawn(this.binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      const reader = new WavStreamReader();
      const parts: Int16Array[] = [];
      let stderr = '';
      let settled = false;
      const settle = (error: unknown, audio?: EngineAudio) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (audio) return resolve(audio);
        child.kill('SIGKILL');
        reject(error);
      };
      const fail = (code: SpeechErrorCode, message: string, cause?: unknown) =>
        settle(new SpeechProviderError(this.name, code, message, undefined, cause ? { cause } : undefined));
      const onAbort = () => settle(signal!.reason);
      const timer = setTimeout(
        () => fail(SpeechErrorCode.TIMEOUT, `no audio within ${this.timeoutMs} ms; the process was killed`),
        this.timeoutMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });

      child.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
          fail(
            SpeechErrorCode.NOT_INSTALLED,
            `"${this.binary}" was not found: install Debian's espeak-ng package (apt-get install espeak-ng, or run scripts/ensure-espeak.sh)`,
            error,
          );
        } else fail(SpeechErrorCode.ENGINE_FAILED, `could not run "${this.binary}": ${error.message}`, error);
      });
      child.stdout.on('data', (bytes: Buffer) => {
        try {
          parts.push(reader.push(bytes));
        } catch (error) {
          fail(SpeechErrorCode.ENGINE_FAILED, `"${this.binary}" wrote no WAV audio: ${(error as Error).message}`, error);
        }
      });
      child.stderr.on('data', (bytes: Buffer) => {
        if (stderr.length < 2000) stderr += bytes.toString('utf8');
      });
      child.on('close', (code, killedBy) => {
        const said = stderr.trim() ? `: ${stderr.trim().slice(0, 300)}` : '';
        if (code !== 0) return fail(SpeechErrorCode.ENGINE_FAILED, `"${this.binary}" exited with ${code ?? killedBy}${said}`);
        if (!reader.sampleRate) return fail(SpeechErrorCode.ENGINE_FAILED, `"${this.binary}" wrote no WAV audio${said}`);
        settle(undefined, { samples: concat(...parts), sampleRate: reader.sampleRate });
      });
      child.stdin.on('error', () => undefined); // EPIPE when it exits early: its exit status says why
      child.stdin.end(`${input.replace(/\s+/g, ' ')}\n`);
    });
  }
}
