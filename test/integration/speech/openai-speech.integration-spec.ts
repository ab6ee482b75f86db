import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { durationMs, resample, rmsDbfs, speechLike, tone } from '../../../libs/audio/src/index.js';
import { OpenAiSpeechSynthesizer, OpenAiTranscriber, SpeechErrorCode, SpeechProviderError } from '../../../libs/speech/src/index.js';
import { FakeModelServer } from '../../support/fake-model-server.js';

async function collect(chunks: AsyncIterable<Int16Array>): Promise<Int16Array[]> {
  const out: Int16Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

/** The dominant frequency of a pure tone, from its zero crossings. */
function toneHz(samples: Int16Array, sampleRate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1] < 0 !== samples[i] < 0) crossings++;
  return (crossings / 2) * (sampleRate / samples.length);
}

describe('OpenAI-compatible speech providers against a local server speaking their protocol', () => {
  const server = new FakeModelServer();
  const defaults = { transcribe: server.transcribe, speech: server.speech };
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = `${await server.start()}/v1`;
  });
  afterAll(() => server.stop());
  afterEach(() => {
    server.failWith = null;
    server.requests.length = 0;
    Object.assign(server, defaults);
  });

  describe(OpenAiTranscriber.name, () => {
    it('uploads the utterance as a WAV form with the model, language and prompt, and returns the trimmed text', async () => {
      const heard: { sampleRate: number; language: string; model: string; samples: number }[] = [];
      server.transcribe = ({ samples, sampleRate, language, model }) => {
        heard.push({ samples: samples.length, sampleRate, language, model });
        return { text: '  여권 재발급은 어디서 하나요?\n' };
      };
      const sut = new OpenAiTranscriber({ baseUrl, apiKey: 'sk-test', model: 'whisper-1', timeoutMs: 5000, prompt: '다산콜센터, 120' });
      const audio = speechLike(1200, 16000);

      await expect(sut.transcribe(audio, 16000, 'ko')).resolves.toEqual({ text: '여권 재발급은 어디서 하나요?' });

      expect(sut.name).toBe('openai:whisper-1');
      const request = server.requests.at(-1)!;
      expect(request).toMatchObject({
        method: 'POST',
        path: '/v1/audio/transcriptions',
        body: {
          model: 'whisper-1',
          language: 'ko',
          response_format: 'json',
          prompt: '다산콜센터, 120',
          file: { name: 'audio.wav', bytes: 44 + audio.length * 2, sampleRate: 16000, durationMs: 1200 },
        },
      });
      expect(request.headers.authorization).toBe('Bearer sk-test');
      expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(heard).toEqual([{ samples: audio.length, sampleRate: 16000, language: 'ko', model: 'whisper-1' }]);
    });

    it('sends no Authorization header and no prompt when none is configured, and keeps the telephone rate', async () => {
      server.transcribe = ({ language }) => ({ text: language === 'en' ? 'Where do I renew a passport?' : '' });
      const sut = new OpenAiTranscriber({ baseUrl: `${baseUrl}/`, model: 'large-v3', timeoutMs: 5000 });

      await expect(sut.transcribe(speechLike(500, 8000), 8000, 'en')).resolves.toEqual({ text: 'Where do I renew a passport?' });

      const request = server.requests.at(-1)!;
      expect(request.path).toBe('/v1/audio/transcriptions');
      expect(request.headers.authorization).toBeUndefined();
      expect(request.body).not.toHaveProperty('prompt');
      expect(request.body).toMatchObject({ language: 'en', file: { sampleRate: 8000, durationMs: 500 } });
    });

    it('fails with the HTTP status and the server message when the server errors', async () => {
      server.failWith = 500;
      const sut = new OpenAiTranscriber({ baseUrl, model: 'whisper-1', timeoutMs: 5000 });
      const error = await sut.transcribe(speechLike(300, 8000), 8000, 'ko').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpeechProviderError);
      expect(error).toMatchObject({ provider: 'openai:whisper-1', code: SpeechErrorCode.HTTP_ERROR, status: 500 });
      expect((error as Error).message).toMatch(/HTTP 500 from POST .*\/v1\/audio\/transcriptions: the fake model server was told to fail/);
    });

    it('fails with TIMEOUT when the server is slower than the timeout', async () => {
      server.transcribe = () => ({ text: '늦은 답', delayMs: 700 });
      const sut = new OpenAiTranscriber({ baseUrl, model: 'whisper-1', timeoutMs: 150 });
      const started = Date.now();
      const error = await sut.transcribe(speechLike(300, 8000), 8000, 'ko').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: SpeechErrorCode.TIMEOUT, provider: 'openai:whisper-1' });
      expect((error as Error).message).toMatch(/no answer within 150 ms/);
      expect(Date.now() - started).toBeLessThan(600);
    });

    it("rejects with the caller's reason when the caller aborts", async () => {
      server.transcribe = () => ({ text: '늦은 답', delayMs: 700 });
      const sut = new OpenAiTranscriber({ baseUrl, model: 'whisper-1', timeoutMs: 5000 });
      const controller = new AbortController();
      const reason = new Error('caller hung up');
      setTimeout(() => controller.abort(reason), 50);
      await expect(sut.transcribe(speechLike(300, 8000), 8000, 'ko', { signal: controller.signal })).rejects.toBe(reason);
    });

    it('fails with BAD_REPLY when the reply has no text, and NETWORK_ERROR when nothing listens', async () => {
      const wrongPath = new OpenAiTranscriber({ baseUrl: baseUrl.replace(/\/v1$/, '/v2'), model: 'whisper-1', timeoutMs: 5000 });
      await expect(wrongPath.transcribe(speechLike(300, 8000), 8000, 'ko')).rejects.toMatchObject({
        code: SpeechErrorCode.HTTP_ERROR,
        status: 404,
      });

      server.transcribe = () => ({ text: undefined as unknown as string });
      const sut = new OpenAiTranscriber({ baseUrl, model: 'whisper-1', timeoutMs: 5000 });
      await expect(sut.transcribe(speechLike(300, 8000), 8000, 'ko')).rejects.toMatchObject({ code: SpeechErrorCode.BAD_REPLY });

      const nobody = new OpenAiTranscriber({ baseUrl: 'http://127.0.0.1:9/v1', model: 'whisper-1', timeoutMs: 5000 });
      await expect(nobody.transcribe(speechLike(300, 8000), 8000, 'ko')).rejects.toMatchObject({ code: SpeechErrorCode.NETWORK_ERROR });
    });

    it('refuses empty audio without a request', async () => {
      const sut = new OpenAiTranscriber({ baseUrl, model: 'whisper-1', timeoutMs: 5000 });
      await expect(sut.transcribe(new Int16Array(0), 8000, 'ko')).rejects.toMatchObject({ code: SpeechErrorCode.BAD_INPUT });
      expect(server.requests).toHaveLength(0);
    });
  });

  describe(OpenAiSpeechSynthesizer.name, () => {
    it('asks for a WAV of each sentence with the model and voice, and resamples it to the rate wanted', async () => {
      server.speech = (input) => ({ samples: tone(input.startsWith('여권') ? 500 : 1000, 400, 24000, 0.5), sampleRate: 24000 });
      const sut = new OpenAiSpeechSynthesizer({ baseUrl, apiKey: 'sk-test', model: 'gpt-4o-mini-tts', voice: 'alloy', timeoutMs: 5000 });

      const chunks = await collect(
        sut.synthesize({ text: '여권은 구청에서 발급받습니다. 수수료는 5만 원입니다.', language: 'ko', sampleRate: 16000 }),
      );

      expect(sut).toMatchObject({ name: 'openai:gpt-4o-mini-tts', supportsSsml: false });
      expect(chunks).toHaveLength(2);
      expect(chunks.map((chunk) => durationMs(chunk, 16000))).toEqual([400, 400]);
      expect(toneHz(chunks[0], 16000)).toBeCloseTo(500, -1);
      expect(toneHz(chunks[1], 16000)).toBeCloseTo(1000, -1);
      expect(chunks[0]).toEqual(resample(tone(500, 400, 24000, 0.5), 24000, 16000));
      expect(server.requests.map((r) => [r.path, r.body])).toEqual([
        ['/v1/audio/speech', { model: 'gpt-4o-mini-tts', input: '여권은 구청에서 발급받습니다.', voice: 'alloy', response_format: 'wav' }],
        ['/v1/audio/speech', { model: 'gpt-4o-mini-tts', input: '수수료는 5만 원입니다.', voice: 'alloy', response_format: 'wav' }],
      ]);
      expect(server.requests[0].headers.authorization).toBe('Bearer sk-test');
    });

    it('yields the first sentence before asking for the second', async () => {
      const sut = new OpenAiSpeechSynthesizer({ baseUrl, model: 'tts-1', voice: { ko: 'ko-female', en: 'alloy' }, timeoutMs: 5000 });
      const req = { text: '첫 번째 문장입니다. 두 번째 문장입니다. 세 번째 문장입니다.', language: 'ko' as const, sampleRate: 16000 };
      const chunks = sut.synthesize(req)[Symbol.asyncIterator]();

      const first = await chunks.next();
      expect(first.done).toBe(false);
      expect(rmsDbfs(first.value as Int16Array)).toBeGreaterThan(-30);
      expect(server.requests.map((r) => r.body.input)).toEqual(['첫 번째 문장입니다.']);
      expect(server.requests[0].body.voice).toBe('ko-female');

      await chunks.next();
      expect(server.requests).toHaveLength(2);
      await chunks.return?.();
      expect(server.requests).toHaveLength(2);
    });

    it('reads a WAV whose rate differs from the telephone, keeping its duration', async () => {
      server.speech = () => ({ samples: speechLike(1000, 22050), sampleRate: 22050 });
      const sut = new OpenAiSpeechSynthesizer({ baseUrl, model: 'kokoro', voice: 'af_heart', timeoutMs: 5000 });
      const [chunk] = await collect(sut.synthesize({ text: 'Thank you for calling.', language: 'en', sampleRate: 8000 }));
      expect(durationMs(chunk, 8000)).toBeCloseTo(1000, 0);
      expect(rmsDbfs(chunk)).toBeGreaterThan(-30);
    });

    it('fails with the HTTP status when the server errors', async () => {
      server.failWith = 500;
      const sut = new OpenAiSpeechSynthesizer({ baseUrl, model: 'tts-1', voice: 'alloy', timeoutMs: 5000 });
      const error = await collect(sut.synthesize({ text: '안녕하세요, 다산콜센터입니다.', language: 'ko', sampleRate: 8000 })).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SpeechProviderError);
      expect(error).toMatchObject({ provider: 'openai:tts-1', code: SpeechErrorCode.HTTP_ERROR, status: 500 });
    });

    it('fails with TIMEOUT when a sentence takes longer than the timeout', async () => {
      server.speech = () => ({ samples: speechLike(300, 24000), sampleRate: 24000, delayMs: 700 });
      const sut = new OpenAiSpeechSynthesizer({ baseUrl, model: 'tts-1', voice: 'alloy', timeoutMs: 150 });
      const error = await collect(sut.synthesize({ text: '안녕하세요, 다산콜센터입니다.', language: 'ko', sampleRate: 8000 })).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: SpeechErrorCode.TIMEOUT, provider: 'openai:tts-1' });
    });

    it("rejects with the caller's reason when the caller aborts between sentences", async () => {
      const sut = new OpenAiSpeechSynthesizer({ baseUrl, model: 'tts-1', voice: 'alloy', timeoutMs: 5000 });
      const controller = new AbortController();
      const reason = new Error('barge-in');
      const req = {
        text: '첫 번째 문장입니다. 두 번째 문장입니다.',
        language: 'ko' as const,
        sampleRate: 16000,
        signal: controller.signal,
      };
      const chunks = sut.synthesize(req)[Symbol.asyncIterator]();
      await chunks.next();
      controller.abort(reason);
      await expect(chunks.next()).rejects.toBe(reason);
      expect(server.requests).toHaveLength(1);
    });
  });
});
