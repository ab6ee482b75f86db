import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { concat, durationMs, rmsDbfs } from '#libs/audio';
import { toSsml } from '#libs/answers';
import { EspeakSynthesizer } from './espeak-synthesizer.js';
import { SpeechErrorCode, SpeechProviderError, type SynthesisRequest } from './speech-provider.js';

// These run the real espeak-ng (Debian's espeak-ng package; scripts/ensure-espeak.sh installs it).

async function collect(chunks: AsyncIterable<Int16Array>): Promise<Int16Array[]> {
  const out: Int16Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

async function speak(sut: EspeakSynthesizer, req: SynthesisRequest): Promise<Int16Array> {
  return concat(...(await collect(sut.synthesize(req))));
}

/** Zero crossings per sample: the same sound sampled twice as finely crosses zero about half as often per sample. */
function zeroCrossingRate(samples: Int16Array): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1] < 0 !== samples[i] < 0) crossings++;
  return crossings / samples.length;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean | Promise<boolean>, ms = 2000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 20)))
    if (await check()) return true;
  return check();
}

const GREETING = '안녕하세요, 120 다산콜센터입니다.';
const ANSWER = '여권은 구청에서 발급받습니다. 문의는 02-120-1234로 전화 주세요.';
const LONG = '여권은 가까운 구청 민원실에서 발급받을 수 있습니다. '.repeat(2000);

describe(EspeakSynthesizer.name, () => {
  const sut = new EspeakSynthesizer();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dasan-espeak-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('speaks Korean text as audible speech of a plausible length', async () => {
    const audio = await speak(sut, { text: GREETING, language: 'ko', sampleRate: 8000 });
    expect(rmsDbfs(audio)).toBeGreaterThan(-30);
    expect(durationMs(audio, 8000)).toBeGreaterThan(1000);
    expect(durationMs(audio, 8000)).toBeLessThan(5000);
    // Trimmed: sound within the first and last 50 ms, not espeak-ng's 300 ms of trailing silence.
    expect(rmsDbfs(audio.subarray(0, 400))).toBeGreaterThan(-60);
    expect(rmsDbfs(audio.subarray(-400))).toBeGreaterThan(-70);
  });

  it('gives the same speech at 8000 and 16000 Hz, resampled from its own 22 050 Hz', async () => {
    const req = { text: GREETING, language: 'ko' as const };
    const narrow = await speak(sut, { ...req, sampleRate: 8000 });
    const wide = await speak(sut, { ...req, sampleRate: 16000 });
    expect(Math.abs(durationMs(narrow, 8000) - durationMs(wide, 16000))).toBeLessThan(20);
    expect(durationMs(wide, 16000)).toBeGreaterThan(1000);
    expect(zeroCrossingRate(narrow)).toBeGreaterThan(zeroCrossingRate(wide)); // the same sound, sampled more finely
  });

  it('yields sentence by sentence, with a pause after all but the last', async () => {
    const chunks = await collect(sut.synthesize({ text: ANSWER, language: 'ko', sampleRate: 8000 }));
    expect(chunks).toHaveLength(2);
    expect(rmsDbfs(chunks[0].subarray(-1600))).toBeLessThan(-60); // 200 ms of the 250 ms pause
    expect(rmsDbfs(chunks[1].subarray(-400))).toBeGreaterThan(-70);
  });

  it('speaks English with the English voice', async () => {
    const audio = await speak(sut, { text: 'Thank you for calling.', language: 'en', sampleRate: 16000 });
    expect(rmsDbfs(audio)).toBeGreaterThan(-30);
    expect(durationMs(audio, 16000)).toBeGreaterThan(700);
  });

  it('speaks the SSML of toSsml without reading its tags aloud', async () => {
    const rate = 22050; // espeak-ng's own: no resampling, this is about the SSML
    const sentences = ['여권은 구청에서 발급받습니다.', '문의는 02-120-1234로 전화 주세요.'];
    const ssml = toSsml(sentences, 'ko');
    const plain = await speak(sut, { text: sentences.join(' '), language: 'ko', sampleRate: rate });
    const chunks = await collect(sut.synthesize({ text: sentences.join(' '), ssml, language: 'ko', sampleRate: rate }));
    const spoken = concat(...chunks);
    expect(chunks).toHaveLength(1);
    expect(rmsDbfs(spoken)).toBeGreaterThan(-30);
    // The number is read digit by digit and there is a break, but no "speak xml lang ko KR s say as …".
    expect(durationMs(spoken, rate)).toBeLessThan(durationMs(plain, rate) * 1.4);
    const tagsReadAloud = await speak(sut, { text: ssml, language: 'ko', sampleRate: rate });
    expect(durationMs(tagsReadAloud, rate)).toBeGreaterThan(durationMs(spoken, rate) * 1.5);
  });

  it('gives nothing for text with nothing to say', async () => {
    expect(await collect(sut.synthesize({ text: ' … ', language: 'ko', sampleRate: 8000 }))).toEqual([]);
  });

  it('kills espeak-ng when the caller aborts, and rejects with the reason', async () => {
    const pidFile = join(dir, 'abort.pid');
    const binary = join(dir, 'espeak-abort.sh');
    await writeFile(binary, `#!/bin/sh\necho $$ > '${pidFile}'\nexec espeak-ng "$@"\n`);
    await chmod(binary, 0o755);
    const controller = new AbortController();
    const reason = new Error('caller hung up');
    const synthesis = collect(
      new EspeakSynthesizer({ binary }).synthesize({
        text: LONG,
        ssml: `<speak>${LONG}</speak>`,
        language: 'ko',
        sampleRate: 8000,
        signal: controller.signal,
      }),
    );
    const rejected = expect(synthesis).rejects.toBe(reason);

    expect(await waitUntil(async () => (await readFile(pidFile, 'utf8').catch(() => '')).trim() !== '')).toBe(true);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(isAlive(pid)).toBe(true);
    controller.abort(reason);

    await rejected;
    expect(await waitUntil(() => !isAlive(pid))).toBe(true);
  });

  it('fails with TIMEOUT when espeak-ng takes longer than its time', async () => {
    const slow = new EspeakSynthesizer({ timeoutMs: 150 });
    const error = await collect(slow.synthesize({ text: LONG, ssml: `<speak>${LONG}</speak>`, language: 'ko', sampleRate: 8000 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpeechProviderError);
    expect(error).toMatchObject({ provider: 'espeak-ng', code: SpeechErrorCode.TIMEOUT });
  });

  it('does not start when the signal is already aborted', async () => {
    const reason = new Error('already gone');
    await expect(
      collect(sut.synthesize({ text: ANSWER, language: 'ko', sampleRate: 8000, signal: AbortSignal.abort(reason) })),
    ).rejects.toBe(reason);
  });

  it("says to install Debian's espeak-ng package when the binary is missing", async () => {
    const missing = new EspeakSynthesizer({ binary: join(dir, 'no-such-espeak-ng') });
    const error = await collect(missing.synthesize({ text: ANSWER, language: 'ko', sampleRate: 8000 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: SpeechErrorCode.NOT_INSTALLED, provider: 'espeak-ng' });
    expect((error as Error).message).toMatch(/install Debian's espeak-ng package/);
  });

  it("reports espeak-ng's own complaint when it fails", async () => {
    const badVoice = new EspeakSynthesizer({ voices: { ko: 'xx-no-such-voice', en: 'en-us' } });
    const error = await collect(badVoice.synthesize({ text: ANSWER, language: 'ko', sampleRate: 8000 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: SpeechErrorCode.ENGINE_FAILED });
    expect((error as Error).message).toMatch(/exited with 1: .*voice does not exist/);
  });

  it('refuses a sample rate it cannot produce', async () => {
    await expect(collect(sut.synthesize({ text: ANSWER, language: 'ko', sampleRate: 0 }))).rejects.toMatchObject({
      code: SpeechErrorCode.BAD_INPUT,
    });
  });
});
