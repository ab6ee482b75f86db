import { randomBytes } from 'node:crypto';
import { readEvalSet } from '../eval/eval-set.js';
import { median, percentile } from '../eval/ranking-metrics.js';
import { startServer } from './bench-server.js';
import { parseArgs } from './cli-context.js';

const USAGE =
  'usage: npm run bench:turns -- [--url http://localhost:3000 --api-key <gateway key>] [--callers 50] [--turns 300] [--file questions.jsonl]';

/**
 * `npm run bench:turns`: N simulated callers talk to the API over GraphQL at once (a question, then a follow-up),
 * with the offline answerer, and the turn latency is printed beside the latency of a trivial GraphQL query under
 * the same load — the floor of the stack. Without --url it starts the API in a child process on a scratch database
 * (PGlite in a temporary folder, or DATABASE_URL as configured).
 */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const callers = Number(args.get('callers') ?? 50);
  const totalTurns = Number(args.get('turns') ?? 300);
  const lines = await readEvalSet(String(args.get('file') ?? 'test/fixtures/eval/callers.jsonl'));
  const questions = lines.filter((l) => l.intent === 'faq' && l.lang === 'ko').map((l) => l.q);
  const followUps = ['그럼 비용은 얼마나 들어요?', '어디서 신청해요?', '준비물은 뭐예요?', '언제까지 해야 돼요?'];

  let server: { url: string; stop(): Promise<void> } | null = null;
  let url = typeof args.get('url') === 'string' ? String(args.get('url')) : '';
  // The callers play the voice gateway: they need one of its API keys.
  let apiKey = typeof args.get('api-key') === 'string' ? String(args.get('api-key')) : '';
  if (url && !apiKey) {
    process.stderr.write(`--url needs --api-key (one of the server's GATEWAY_API_KEYS)\n${USAGE}\n`);
    return 64;
  }
  if (!url) {
    apiKey = randomBytes(24).toString('base64url');
    server = await startServer({ GATEWAY_API_KEYS: apiKey });
    url = server.url;
  }
  try {
    const gql = async (query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, { id?: string; action?: string }>; errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors[0].message);
      return body.data!;
    };
    const turnLatencies: number[] = [];
    let issued = 0;
    let q = 0;
    const caller = async () => {
      while (issued < totalTurns) {
        const { startCall } = await gql(`mutation { startCall(input: { channel: TEST }) { id } }`);
        for (const text of [questions[q++ % questions.length], followUps[q % followUps.length]]) {
          if (issued >= totalTurns) break;
          issued++;
          const t0 = performance.now();
          await gql(`mutation($id: ID!, $text: String!) { sendUtterance(callId: $id, text: $text) { action } }`, {
            id: startCall.id,
            text,
          });
          turnLatencies.push(performance.now() - t0);
        }
      }
    };
    await gql(`mutation { startCall(input: { channel: TEST }) { id } }`); // warm-up
    const t0 = performance.now();
    await Promise.all(Array.from({ length: callers }, caller));
    const turnSeconds = (performance.now() - t0) / 1000;

    const floorLatencies: number[] = [];
    let floorIssued = 0;
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: callers }, async () => {
        while (floorIssued++ < totalTurns) {
          const s = performance.now();
          await gql(`{ __typename }`);
          floorLatencies.push(performance.now() - s);
        }
      }),
    );
    const floorSeconds = (performance.now() - t1) / 1000;

    const fmt = (xs: number[]) =>
      `p50 ${median(xs).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms`;
    const result = {
      callers,
      turns: turnLatencies.length,
      turn: {
        p50: median(turnLatencies),
        p95: percentile(turnLatencies, 95),
        p99: percentile(turnLatencies, 99),
        perSecond: turnLatencies.length / turnSeconds,
      },
      floor: {
        p50: median(floorLatencies),
        p95: percentile(floorLatencies, 95),
        p99: percentile(floorLatencies, 99),
        perSecond: floorLatencies.length / floorSeconds,
      },
    };
    process.stdout.write(
      [
        `Turn benchmark: ${callers} concurrent callers, ${turnLatencies.length} turns against ${url}`,
        `sendUtterance  ${fmt(turnLatencies)}, ${result.turn.perSecond.toFixed(1)} turns/s`,
        `{ __typename } ${fmt(floorLatencies)}, ${result.floor.perSecond.toFixed(1)} requests/s (the floor, same load)`,
        `ratio p50 ${(result.turn.p50 / result.floor.p50).toFixed(1)}×, p95 ${(result.turn.p95 / result.floor.p95).toFixed(1)}×`,
        JSON.stringify(result),
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
