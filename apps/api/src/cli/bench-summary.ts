import { parseTranscript, summarizeMeeting } from '#libs/meetings';
import { parseArgs } from './args.js';

const USAGE = 'usage: npm run bench:summary -- [--runs 5] [--sizes 10000,50000,200000]';

/** Lines of a realistic Korean working meeting, cycled (with the agenda number varied) to any length. */
const BLOCK = [
  '김과장: 오늘은 {n}번 안건으로 따릉이 대여소 확충 계획을 논의하겠습니다.',
  '이주무관: 지난달 강서구와 노원구에서 대여소가 부족하다는 민원이 {m}건 들어왔습니다.',
  '박팀장: 설치 후보지는 제가 다음 주 금요일까지 정리해서 보고하겠습니다.',
  '최주무관: 예산은 추경에 반영할 수 있을지 추후 논의가 필요합니다.',
  '김과장: 그럼 두 구에 대여소를 각각 열 곳씩 늘리기로 결정하겠습니다.',
  '이주무관: 자치구 협조 공문은 제가 11월 30일까지 보내겠습니다.',
  '박팀장: 야간 안전 문제도 있어서 조명 설치를 같이 검토해 주시기 바랍니다.',
  '최주무관: 시민 설문 결과는 다음 회의 때 공유드리겠습니다.',
];

export function syntheticTranscript(chars: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const line = BLOCK[i % BLOCK.length].replace('{n}', String(Math.floor(i / BLOCK.length) + 1)).replace('{m}', String(40 + (i % 90)));
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n').slice(0, chars);
}

/**
 * `npm run bench:summary`: time and memory of the offline meeting summariser (parse + map-reduce + reduce) on
 * transcripts of 10k, 50k and 200k characters, median of several runs, beside parsing alone as the baseline.
 */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const runs = Number(args.get('runs') ?? 5);
  const sizes = String(args.get('sizes') ?? '10000,50000,200000')
    .split(',')
    .map(Number);
  const rows: Record<string, unknown>[] = [];
  process.stdout.write(`Meeting summary benchmark (offline extractive summariser), median of ${runs} runs\n`);
  for (const size of sizes) {
    const text = syntheticTranscript(size);
    const parse: number[] = [];
    const total: number[] = [];
    let heapPeak = 0;
    let parts = 0;
    for (let r = 0; r < runs; r++) {
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const transcript = parseTranscript(text);
      const t1 = performance.now();
      const summary = await summarizeMeeting(transcript, { meetingDate: '2026-11-26' });
      const t2 = performance.now();
      parse.push(t1 - t0);
      total.push(t2 - t0);
      parts = summary.stats.parts;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore);
    }
    const row = {
      chars: size,
      parts,
      parseMs: round(median(parse)),
      totalMs: round(median(total)),
      msPer10kChars: round((median(total) / size) * 10_000),
      heapDeltaMb: round(heapPeak / 1_048_576),
      rssMb: round(process.memoryUsage().rss / 1_048_576),
    };
    rows.push(row);
    process.stdout.write(
      `${String(size).padStart(7)} chars, ${String(parts).padStart(2)} parts: total ${row.totalMs} ms (parse ${row.parseMs} ms), ` +
        `${row.msPer10kChars} ms per 10k chars, heap +${row.heapDeltaMb} MB, rss ${row.rssMb} MB\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(rows)}\n`);
  return 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().then((code) => process.exit(code));
