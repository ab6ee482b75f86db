import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { concat, durationMs, parseWav } from '#libs/audio';
import { EspeakSynthesizer, trimSilence } from '#libs/speech';
import { median, percentile } from '../eval/ranking-metrics.js';
import { startServer } from './bench-server.js';
import { parseArgs } from './cli-context.js';
import { TwilioCaller } from './twilio-caller.js';

const USAGE = 'usage: npm run bench:voice -- [--calls 20] [--turns 2] [--stt-delay 300] [--arrival-ms 250]';

/** Callers' questions, spoken by espeak-ng: recorded Korean questions. */
const QUESTIONS = [
  '여권 재발급은 어떻게 하나요',
  '대형폐기물은 어떻게 버려요',
  '주정차 과태료는 어디서 내요',
  '따릉이 대여 방법 알려 주세요',
];

/**
 * `npm run bench:voice`: N telephone calls at once through `/voice/twilio`, in real time, each asking questions
 * recorded with espeak-ng (barging in over the greeting, then over the answer; calls arrive --arrival-ms apart, so all
 * are in progress together), to an API in a child process with a
 * fake OpenAI-compatible speech-to-text server that answers after a fixed delay, and espeak-ng speaking. Prints p50
 * and p95 of every stage as the API recorded them (dashboard.voiceLatency), our own overhead (voice-to-voice minus
 * endpointing, STT and TTS), and the voice-to-voice delay the callers measured themselves.
 */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const calls = Number(args.get('calls') ?? 20);
  const turns = Number(args.get('turns') ?? 2);
  const sttDelayMs = Number(args.get('stt-delay') ?? 300);
  const arrivalMs = Number(args.get('arrival-ms') ?? 250);

  const tts = new EspeakSynthesizer();
  const recordings: { text: string; samples: Int16Array; ms: number }[] = [];
  for (const text of QUESTIONS) {
    const parts: Int16Array[] = [];
    for await (const chunk of tts.synthesize({ text, language: 'ko', sampleRate: 8000 })) parts.push(chunk);
    const samples = trimSilence(concat(...parts), 8000);
    recordings.push({ text, samples, ms: durationMs(samples, 8000) });
  }
  const stt = await startFakeTranscriber(recordings, sttDelayMs);
  const apiKey = randomBytes(24).toString('base64url');
  const password = randomBytes(18).toString('base64url');
  const server = await startServer({
    GATEWAY_API_KEYS: apiKey,
    ADMIN_PASSWORD: password,
    STT_PROVIDER: 'openai',
    STT_BASE_URL: `${stt.url}/v1`,
    VOICE_HOLD_REPEAT_SECONDS: '0',
  });
  try {
    // Let the fixed prompts finish synthesising before the calls come in, as a running instance would have.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const from = new Date();
    const heard: number[] = [];
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: calls }, async (_, index) => {
        // Calls arrive spread over the first seconds, as phone calls do, rather than all in the same 20 ms.
        await new Promise((resolve) => setTimeout(resolve, index * arrivalMs));
        const caller = new TwilioCaller(server.url);
        try {
          await caller.start({ apiKey, from: `0101234${String(1000 + index)}` });
          await caller.until(() => caller.received.media.length > 50, 20_000, 'the greeting');
          for (let turn = 0; turn < turns; turn++) {
            const question = recordings[(index + turn) % recordings.length];
            await caller.say(question.samples);
            const saidAt = caller.now;
            const reply = await caller.until(() => caller.received.media.find((m) => m.at > saidAt), 30_000, 'the answer');
            heard.push(reply.at - saidAt);
            // Listen to a second of the answer, then ask the next question over it.
            await new Promise((resolve) => setTimeout(resolve, 1000));
          }
          caller.stop();
          await Promise.race([caller.whenClosed, new Promise((resolve) => setTimeout(resolve, 5000))]);
        } catch (error) {
          failures++;
          process.stderr.write(`call ${index}: ${(error as Error).message}\n`);
        } finally {
          caller.close();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 500)); // the last timings rows
    const latency = await voiceLatency(server.url, password, from);
    const row = (stage: string) => latency.voiceLatency.find((s) => s.stage === stage);
    const fmt = (stage: string, label: string) => {
      const s = row(stage);
      return s
        ? `${label.padEnd(26)} p50 ${s.p50.toFixed(0).padStart(5)} ms   p95 ${s.p95.toFixed(0).padStart(5)} ms`
        : `${label}: no data`;
    };
    const overhead = row('overhead');
    const result = {
      calls,
      turns: latency.voiceTurns,
      failures,
      sttDelayMs,
      seconds: Math.round(seconds),
      stages: latency.voiceLatency,
      callerHeard: { p50: median(heard), p95: percentile(heard, 95) },
      overheadTargetMet: overhead ? overhead.p95 < 100 : false,
    };
    process.stdout.write(
      [
        `Voice benchmark: ${calls} concurrent calls over /voice/twilio (arriving ${arrivalMs} ms apart), ${latency.voiceTurns} spoken turns in ${seconds.toFixed(0)} s, ` +
          `fake STT at ${sttDelayMs} ms, espeak-ng TTS, ${failures} failed calls`,
        fmt('endpointing', 'endpointing (silence)'),
        fmt('stt', 'speech-to-text'),
        fmt('dialogue', 'dialogue turn'),
        fmt('tts', 'TTS to first audio'),
        fmt('total', 'voice to voice'),
        fmt('overhead', 'our overhead'),
        `${'caller-measured'.padEnd(26)} p50 ${median(heard).toFixed(0).padStart(5)} ms   p95 ${percentile(heard, 95).toFixed(0).padStart(5)} ms` +
          ' (last caller frame sent → first reply frame received)',
        `target: our overhead p95 < 100 ms: ${result.overheadTargetMet ? 'met' : 'NOT met'}`,
        JSON.stringify(result),
      ].join('\n') + '\n',
    );
    return failures ? 1 : 0;
  } finally {
    await server.stop();
    await stt.stop();
  }
}

async function voiceLatency(url: string, password: string, from: Date) {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, never>; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0].message);
    return body.data!;
  };
  const { signIn } = await gql(`mutation($p: String!) { signIn(username: "admin", password: $p) { accessToken } }`, { p: password });
  const { dashboard } = await gql(
    `query($from: DateTime!, $to: DateTime!) { dashboard(from: $from, to: $to) { voiceTurns voiceLatency { stage p50 p95 } } }`,
    { from: from.toISOString(), to: new Date(Date.now() + 1000).toISOString() },
    (signIn as { accessToken: string }).accessToken,
  );
  return dashboard as { voiceTurns: number; voiceLatency: { stage: string; p50: number; p95: number }[] };
}

/** An OpenAI-compatible `/v1/audio/transcriptions` that knows the recordings by length and answers after a fixed delay. */
async function startFakeTranscriber(recordings: { text: string; ms: number }[], delayMs: number) {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const riff = body.indexOf('RIFF');
      if (req.url !== '/v1/audio/transcriptions' || riff < 0) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"expected a WAV file"}}');
        return;
      }
      const wav = parseWav(new Uint8Array(body.subarray(riff)));
      const ms = durationMs(wav.samples, wav.sampleRate);
      const best = [...recordings].sort((a, b) => Math.abs(a.ms - ms) - Math.abs(b.ms - ms))[0];
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ text: best.text })), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
