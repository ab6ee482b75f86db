import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page, WebSocket } from 'playwright-core';
import { concat, parseWav, resample, silence, toWav } from '../../libs/audio/src/index.js';
import { TEST_ADMIN_PASSWORD, apiOn, gql, signIn } from '../support/api-client.js';
import { WAIT, builtConsole, eventually, launchChromium, shot, text } from '../support/browser.js';
import { FakeModelServer } from '../support/fake-model-server.js';
import { testBackends } from '../support/test-database.js';

// The supervisor's test call by microphone, in Chromium: a Korean question spoken by espeak-ng is the fake
// microphone, the console streams it to /voice/pcm, the API's speech-to-text (a fake OpenAI-compatible server)
// hears it, and the caller's words and the bot's answer appear in the phone's message list. Without a speech-to-text
// provider the microphone call is refused with a Korean message.

const QUESTION = '여권 재발급은 어떻게 하나요';
/** Speech goes through the stream in real time, then endpointing, transcription, the turn and its speech. */
const SPEECH_WAIT = 30_000;

const CONSOLE_DIR = builtConsole('dasan-voice-console-');
const backend = testBackends().at(-1)!;

/** The question spoken by espeak-ng at 16 kHz, then 2 s of silence to end the caller's turn. */
async function spokenQuestion(dir: string): Promise<string> {
  const raw = join(dir, 'espeak.wav');
  await promisify(execFile)('espeak-ng', ['-v', 'ko', '-w', raw, QUESTION], { timeout: 20_000 });
  const spoken = parseWav(readFileSync(raw));
  const samples = resample(spoken.samples, spoken.sampleRate, 16_000);
  const file = join(dir, 'question.wav');
  writeFileSync(file, toWav(concat(samples, silence(2_000, 16_000)), 16_000));
  return file;
}

describe(`the microphone test call in a browser on ${backend}`, () => {
  const stt = new FakeModelServer();
  /** The length of each utterance the provider was sent, in ms. */
  const heard: number[] = [];
  let sttUrl = '';
  let browser: Browser;
  let workDir: string;

  beforeAll(async () => {
    sttUrl = await stt.start();
    // Any real stretch of speech is the question; a scrap of noise is nothing.
    stt.transcribe = ({ samples, sampleRate }) => {
      const ms = (samples.length * 1000) / sampleRate;
      heard.push(ms);
      return { text: ms >= 500 ? QUESTION : '' };
    };
    workDir = mkdtempSync(join(tmpdir(), 'dasan-voice-'));
    const wav = await spokenQuestion(workDir);
    browser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      // Said once (Chromium loops the file without %noloop): the answer and the hold message then play out
      // without the caller barging in, so their marks come back and the transfer happens.
      `--use-file-for-fake-audio-capture=${wav}%noloop`,
    ]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stt.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  /**
   * Signs a new supervisor in on the test-call page, runs `steps`, and closes the page (and so the microphone) even
   * when a step fails; a failure carries what went over /voice/pcm, to tell a console fault from a server one.
   */
  async function asSupervisor(url: string, username: string, steps: (page: Page, wire: VoiceWire) => Promise<void>): Promise<void> {
    const admin = await signIn(url, 'admin', TEST_ADMIN_PASSWORD);
    const password = `${username}-password-long`;
    const created = await gql(
      url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      { input: { username, displayName: '박관리', role: 'SUPERVISOR', password } },
      admin.as,
    );
    expect(created.errors).toBeUndefined();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    const wire = new VoiceWire();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT);
      page.setDefaultNavigationTimeout(WAIT);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('websocket', (socket) => {
        if (socket.url().includes('/voice/pcm')) wire.watch(socket);
      });
      await page.goto(`${url}/`);
      await page.getByTestId('signin-username').fill(username);
      await page.getByTestId('signin-password').fill(password);
      await page.getByTestId('signin-submit').click();
      await page.getByTestId('dashboard-page').waitFor();
      await page.getByTestId('nav-test-call').click();
      await page.getByTestId('test-call-page').waitFor();
      await steps(page, wire);
      expect(pageErrors).toEqual([]);
    } catch (error) {
      if (error instanceof Error) error.message += `\n/voice/pcm traffic:\n${wire.summary()}`;
      throw error;
    } finally {
      await context.close();
    }
  }

  describe('with a speech-to-text provider', () => {
    const api = apiOn(backend, () => ({
      CONSOLE_DIR,
      STT_PROVIDER: 'openai',
      STT_BASE_URL: `${sttUrl}/v1`,
      STT_MODEL: 'whisper-1',
    }));

    it("hears the caller through the microphone and shows the question with the bot's spoken answer", async () => {
      await asSupervisor(api.url, 'park.voice', async (page, wire) => {
        expect(await page.getByTestId('start-mic-call').isEnabled()).toBe(true);
        await shot(page, 'voice-01-test-call-page');

        await page.getByTestId('start-mic-call').click();
        // The greeting arrives as the bot's transcript; the microphone is open.
        await page.getByTestId('bot-reply').first().waitFor();
        expect(await text(page.getByTestId('phone-state'))).toBe('마이크 통화 중');
        expect(await text(page.getByTestId('end-call'))).toBe('끊기');
        expect(await page.getByTestId('utterance-input').count()).toBe(0);
        const start = wire.sent[0] as Record<string, unknown>;
        expect(start).toMatchObject({ type: 'start', language: 'ko' });
        expect(typeof start.token).toBe('string');

        // The question, heard by the speech-to-text provider, and the answer about passports with its source.
        const question = page.getByTestId('caller-message').filter({ hasText: QUESTION }).first();
        await question.waitFor({ timeout: SPEECH_WAIT });
        const answer = page.getByTestId('bot-reply').filter({ hasText: '여권' }).first();
        await answer.waitFor({ timeout: SPEECH_WAIT });
        // The answer is being played: the indicator says the bot is speaking.
        await eventually(
          () => page.getByTestId('voice-status').getAttribute('data-state'),
          (state) => state === 'speaking',
          'the bot to be heard speaking',
          SPEECH_WAIT,
        );
        await eventually(
          () => answer.getByTestId('reply-citation').allTextContents(),
          (titles) => titles.some((title) => title.includes('여권')),
          "the answer's citation",
          SPEECH_WAIT,
        );
        expect(await answer.getByTestId('reply-action').getAttribute('data-action')).toBe('ANSWER');
        // The whole question reached the provider as one utterance (espeak-ng says it in about 2.5 s).
        expect(stt.requests.some((r) => r.method === 'POST' && r.path === '/v1/audio/transcriptions')).toBe(true);
        expect(Math.max(...heard)).toBeGreaterThan(1_500);
        // 20 ms frames of 16 kHz PCM16 went up, the bot's voice came down, and its marks were echoed once played.
        expect(wire.binarySent.length).toBeGreaterThan(50);
        expect(new Set(wire.binarySent)).toEqual(new Set([640]));
        expect(wire.binaryReceived).toBeGreaterThan(0);
        await eventually(
          async () => wire.sent.filter((m) => m.type === 'mark').length,
          (n) => n > 0,
          'a mark echoed back',
          SPEECH_WAIT,
        );
        await shot(page, 'voice-02-mic-call-answer');

        // The keypad goes on the stream: 0 hands the caller to a person once the hold message has been heard.
        await page.getByTestId('key-0').click();
        await eventually(
          async () => wire.sent.filter((m) => m.type === 'dtmf'),
          (sent) => sent.length === 1 && sent[0].digit === '0',
          'the digit on the stream',
        );
        await page.getByTestId('handoff-notice').waitFor({ timeout: SPEECH_WAIT });
        expect(await text(page.getByTestId('handoff-notice'))).toContain('상담원 대기열로 연결되었습니다');
        await shot(page, 'voice-03-mic-call-transfer');

        // 끊기 says stop, closes the stream and releases the microphone.
        await page.getByTestId('end-call').click();
        await page.getByTestId('call-ended-notice').waitFor();
        expect(await text(page.getByTestId('phone-state'))).toBe('통화 종료');
        expect(await page.getByTestId('voice-status').count()).toBe(0);
        expect(await page.getByTestId('test-call-error').count()).toBe(0);
        expect(wire.sent.at(-1)).toEqual({ type: 'stop' });
        await eventually(async () => wire.closed, Boolean, 'the stream to close');
        await shot(page, 'voice-04-mic-call-ended');
      });
    }, 180_000);
  });

  describe('without a speech-to-text provider', () => {
    const api = apiOn(backend, { CONSOLE_DIR });

    it('refuses the microphone call with a Korean message and keeps the text call', async () => {
      await asSupervisor(api.url, 'kang.voice', async (page, wire) => {
        await page.getByTestId('start-mic-call').click();
        expect(await text(page.getByTestId('test-call-error'))).toBe(
          '음성 인식 서비스가 설정되지 않아 음성 통화를 할 수 없습니다. 문자 통화를 이용해 주세요.',
        );
        expect(wire.received).toContainEqual(expect.objectContaining({ type: 'error', code: 'STT_UNAVAILABLE' }));
        expect(await text(page.getByTestId('phone-state'))).toBe('대기');
        expect(await page.getByTestId('start-call').isEnabled()).toBe(true);
        await shot(page, 'voice-05-stt-unavailable');

        // The text call still works.
        await page.getByTestId('start-call').click();
        await page.getByTestId('bot-reply').first().waitFor();
        expect(await page.getByTestId('test-call-error').count()).toBe(0);
      });
    }, 90_000);
  });
});

/** What went over the page's /voice/pcm WebSocket: JSON both ways (the token redacted), binary frame sizes. */
class VoiceWire {
  readonly sent: Record<string, unknown>[] = [];
  readonly received: Record<string, unknown>[] = [];
  readonly binarySent: number[] = [];
  binaryReceived = 0;
  closed = false;
  private readonly log: string[] = [];
  private readonly startedAt = Date.now();

  watch(socket: WebSocket): void {
    const record = (direction: '→' | '←', payload: string | Buffer) => {
      if (typeof payload !== 'string') {
        if (direction === '→') this.binarySent.push(payload.length);
        else this.binaryReceived++;
        return;
      }
      const message = JSON.parse(payload) as Record<string, unknown>;
      (direction === '→' ? this.sent : this.received).push(message);
      const shown = 'token' in message ? { ...message, token: '<redacted>' } : message;
      this.log.push(`${Date.now() - this.startedAt} ms ${direction} ${JSON.stringify(shown)}`);
    };
    socket.on('framesent', ({ payload }) => record('→', payload));
    socket.on('framereceived', ({ payload }) => record('←', payload));
    socket.on('socketerror', (error) => this.log.push(`${Date.now() - this.startedAt} ms socket error ${error}`));
    socket.on('close', () => {
      this.closed = true;
      this.log.push(`${Date.now() - this.startedAt} ms closed`);
    });
  }

  summary(): string {
    const lines = this.log.length ? this.log : ['(no /voice/pcm socket was opened)'];
    return [...lines, `binary frames sent: ${this.binarySent.length}, received: ${this.binaryReceived}`].join('\n');
  }
}
