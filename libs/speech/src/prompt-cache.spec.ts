import { describe, expect, it } from '@jest/globals';
import { tone } from '#libs/audio';
import { PromptCache } from './prompt-cache.js';
import type { SynthesisRequest, TextToSpeech } from './speech-provider.js';

/** An engine that counts its work: each request gives two chunks, a tone pitched by the text's length. */
class CountingTts implements TextToSpeech {
  readonly name = 'counting';
  readonly supportsSsml = true;
  readonly requests: SynthesisRequest[] = [];

  async *synthesize(req: SynthesisRequest): AsyncIterable<Int16Array> {
    this.requests.push(req);
    await new Promise((resolve) => setTimeout(resolve, 5));
    yield tone(200 + req.text.length * 10, 50, req.sampleRate);
    yield tone(300, 50, req.sampleRate);
  }
}

async function collect(chunks: AsyncIterable<Int16Array>): Promise<Int16Array[]> {
  const out: Int16Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

const greeting = {
  text: '안녕하세요, 120 다산콜센터입니다.',
  ssml: '<speak>안녕하세요, 120 다산콜센터입니다.</speak>',
  language: 'ko' as const,
};
const hold = { text: '잠시만 기다려 주세요.', language: 'ko' as const };

describe(PromptCache.name, () => {
  it('synthesises each prompt once, with its SSML, and plays it from the cache after', async () => {
    const tts = new CountingTts();
    const sut = new PromptCache(tts);

    await Promise.all([sut.warm([greeting, hold], 8000), sut.warm([greeting], 8000)]);
    await sut.warm([greeting, hold], 8000);

    expect(tts.requests.map((r) => r.text)).toEqual([greeting.text, hold.text]);
    expect(tts.requests[0]).toMatchObject({ ssml: greeting.ssml, language: 'ko', sampleRate: 8000 });
    const audio = sut.get(greeting.text, 'ko', 8000)!;
    expect(audio).toHaveLength(800); // both chunks, 2 × 50 ms at 8 kHz
    expect(audio.subarray(0, 400)).toEqual(tone(200 + greeting.text.length * 10, 50, 8000));

    const spoken = await collect(sut.speak({ text: greeting.text, language: 'ko', sampleRate: 8000 }));
    expect(spoken).toEqual([audio]);
    expect(tts.requests).toHaveLength(2);
  });

  it('keeps a prompt per sample rate and language', async () => {
    const tts = new CountingTts();
    const sut = new PromptCache(tts);
    await sut.warm([hold], 8000);
    expect(sut.get(hold.text, 'ko', 16000)).toBeUndefined();
    expect(sut.get(hold.text, 'en', 8000)).toBeUndefined();
    await sut.warm([hold], 16000);
    expect(sut.get(hold.text, 'ko', 16000)).toHaveLength(1600);
    expect(tts.requests).toHaveLength(2);
  });

  it('passes text it does not hold to the engine, chunk by chunk, without keeping it', async () => {
    const tts = new CountingTts();
    const sut = new PromptCache(tts);
    const req = { text: '여권은 구청에서 발급받을 수 있습니다.', language: 'ko' as const, sampleRate: 8000 };

    expect(await collect(sut.speak(req))).toHaveLength(2);
    expect(await collect(sut.speak(req))).toHaveLength(2);
    expect(tts.requests).toHaveLength(2);
    expect(sut.size).toBe(0);
  });

  it('drops the least recently used prompt when full', async () => {
    const tts = new CountingTts();
    const sut = new PromptCache(tts, { maxEntries: 2 });
    const a = { text: '첫 번째 안내입니다.', language: 'ko' as const };
    const b = { text: '두 번째 안내입니다.', language: 'ko' as const };
    const c = { text: '세 번째 안내입니다.', language: 'ko' as const };

    await sut.warm([a, b], 8000);
    expect(sut.get(a.text, 'ko', 8000)).toBeDefined(); // a is now more recent than b
    await sut.warm([c], 8000);

    expect(sut.size).toBe(2);
    expect(sut.get(b.text, 'ko', 8000)).toBeUndefined();
    expect(sut.get(a.text, 'ko', 8000)).toBeDefined();
    expect(sut.get(c.text, 'ko', 8000)).toBeDefined();
  });

  it('hands out copies, so a caller cannot spoil the cached audio', async () => {
    const sut = new PromptCache(new CountingTts());
    await sut.warm([hold], 8000);
    sut.get(hold.text, 'ko', 8000)!.fill(0);
    expect(sut.get(hold.text, 'ko', 8000)!.some((s) => s !== 0)).toBe(true);
  });

  it("rejects with the engine's error and keeps the prompts made before it", async () => {
    const failing: TextToSpeech = {
      name: 'failing',
      supportsSsml: false,
      async *synthesize(req) {
        if (req.text === hold.text) throw new Error('engine down');
        yield tone(300, 10, req.sampleRate);
      },
    };
    const sut = new PromptCache(failing);
    await expect(sut.warm([greeting, hold], 8000)).rejects.toThrow('engine down');
    expect(sut.get(greeting.text, 'ko', 8000)).toBeDefined();
    expect(sut.size).toBe(1);
  });
});
