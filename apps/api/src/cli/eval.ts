import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type ConfidenceFeatures, fitCalibration, loadKnowledgeBase } from '#libs/knowledge';
import { Bm25Baseline } from '../eval/bm25-baseline.js';
import { type EvalLine, readEvalSet } from '../eval/eval-set.js';
import { type RankingFigures, breakdown, calibrationFigures, median, percentile, rankOf, rankingFigures } from '../eval/ranking-metrics.js';
import { CallsService } from '../modules/calls/calls.service.js';
import { KnowledgeBaseService } from '../modules/knowledge/knowledge-base.service.js';
import { confusion, formatConfusion, predictedIntent, recall } from '../eval/dialogue-metrics.js';
import { KnowledgeSearchService } from '../modules/knowledge/knowledge-search.service.js';
import { cliConfig, createCliContext, parseArgs } from './cli-context.js';

const USAGE = 'usage: npm run eval -- --file <questions.jsonl> [--calibrate] [--use-database-url] [--verbose]';
const CALIBRATION_FILE = 'libs/knowledge/src/confidence-calibration.ts';

interface Outcome {
  line: EvalLine;
  rank: number | null;
  baselineRank: number | null;
  top: string | null;
  confidence: number;
  features: ConfidenceFeatures | null;
  ms: number;
}

/**
 * `npm run eval`: retrieval quality on a labelled question file. Ingests the knowledge base into a fresh in-memory
 * database (or DATABASE_URL with --use-database-url), asks every `faq` line, and prints hit@1, hit@3 and MRR of the
 * expected topic by style and language, beside a plain BM25 baseline; then drives every line through the voicebot as
 * the first turn of a new call (intent accuracy, confusion table, emergency and crisis recall, out-of-scope answered,
 * faq answered / asked back / handed off); then a one-line JSON summary.
 */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const file = args.get('file');
  if (typeof file !== 'string') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const lines = await readEvalSet(file);
  const faq = lines.filter((l) => l.intent === 'faq');
  const base = cliConfig();
  const config = base.override({
    KB_AUTO_INGEST: false,
    DB_MIGRATE_ON_BOOT: true,
    ...(args.has('use-database-url') ? {} : { DATABASE_URL: undefined, DATA_DIR: 'memory://' }),
  });
  const app = await createCliContext(config);
  try {
    await app.get(KnowledgeBaseService).ingest();
    const search = app.get(KnowledgeSearchService);
    for (const name of ['candidates', 'rrfK', 'vectorWeight', 'keywordWeight', 'chunkDecay'] as const) {
      const value = args.get(name);
      if (typeof value === 'string') search.tuning[name] = Number(value);
    }
    if (args.get('articleSynonyms') === 'false') search.tuning.articleSynonyms = false;
    const baseline = new Bm25Baseline(await loadKnowledgeBase(resolve(config.get('KB_DIR'))));

    const outcomes: Outcome[] = [];
    for (const line of lines) {
      const started = performance.now();
      const result = await search.search(line.q, { limit: 10 });
      const ms = performance.now() - started;
      const topics = result.hits.map((h) => h.topicId);
      outcomes.push({
        line,
        rank: line.topic ? rankOf(line.topic, topics) : null,
        baselineRank: line.topic ? rankOf(line.topic, baseline.search(line.q, 10)) : null,
        top: topics[0] ?? null,
        confidence: result.confidence,
        features: result.features,
        ms,
      });
    }
    const faqOutcomes = outcomes.filter((o) => o.line.intent === 'faq');
    const ours = rankingFigures(faqOutcomes.map((o) => o.rank));
    const bm25 = rankingFigures(faqOutcomes.map((o) => o.baselineRank));
    const calibration = calibrationFigures(outcomes.map((o) => ({ p: o.confidence, correct: o.line.intent === 'faq' && o.rank === 1 })));
    const otherConfidence = outcomes.filter((o) => o.line.intent !== 'faq').map((o) => o.confidence);

    const out: string[] = [];
    out.push(`Retrieval eval: ${file} — ${lines.length} lines, ${faq.length} faq (others passed over here)`);
    out.push(`knowledge base: ${config.get('KB_DIR')}, embeddings ${base.get('EMBEDDINGS_PROVIDER')}, backend ${config.databaseBackend}`);
    out.push(`tuning: ${JSON.stringify(search.tuning)}`);
    out.push('');
    out.push(table('all faq', ours, bm25));
    for (const [label, key] of [
      ['style', (o: Outcome) => o.line.style],
      ['lang', (o: Outcome) => o.line.lang],
    ] as const) {
      const a = breakdown(faqOutcomes, key, (o) => o.rank);
      const b = breakdown(faqOutcomes, key, (o) => o.baselineRank);
      for (const k of Object.keys(a)) out.push(table(`${label}=${k}`, a[k], b[k]));
    }
    out.push('');
    out.push(
      `confidence (P(top hit is the right article), every line): Brier ${calibration.brier.toFixed(3)}, ECE ${calibration.ece.toFixed(3)}; ` +
        `median on faq ${median(faqOutcomes.map((o) => o.confidence)).toFixed(2)}, on other intents ${median(otherConfidence).toFixed(2)}`,
    );
    const ms = outcomes.map((o) => o.ms);
    out.push(
      `search latency: p50 ${median(ms).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms (in-process, ${config.databaseBackend})`,
    );
    if (args.has('verbose')) {
      out.push('', 'misses (rank ≠ 1):');
      for (const o of faqOutcomes.filter((x) => x.rank !== 1)) {
        out.push(
          `  ${o.line.id} expected ${o.line.topic} got ${o.top} (rank ${o.rank ?? '-'}, conf ${o.confidence.toFixed(2)}) ${o.line.q}`,
        );
      }
    }
    if (args.has('calibrate')) {
      // A line of any other intent has no right article: its top hit counts as wrong.
      const samples = outcomes
        .filter((o) => o.features)
        .map((o) => ({ features: o.features!, correct: o.line.intent === 'faq' && o.rank === 1 }));
      const fitted = fitCalibration(samples, `${file} (${samples.length} lines), ${new Date().toISOString().slice(0, 10)}`);
      await writeFile(
        CALIBRATION_FILE,
        `import type { ConfidenceCalibration } from './confidence.js';\n\n` +
          `/** Written by \`npm run eval -- --calibrate\`: logistic coefficients fitted on a labelled question set. */\n` +
          `export const CONFIDENCE_CALIBRATION: ConfidenceCalibration = ${JSON.stringify(fitted, null, 2)};\n`,
      );
      out.push(`calibration written to ${CALIBRATION_FILE}: ${JSON.stringify(fitted)}`);
    }
    // The dialogue: every line as the first turn of a new call, through the real voicebot service.
    const calls = app.get(CallsService);
    const dialogue: { line: EvalLine; predicted: ReturnType<typeof predictedIntent>; citedTopic: string | null; ms: number }[] = [];
    for (const line of lines) {
      const { call } = await calls.startCall({ channel: 'TEST', language: line.lang === 'en' ? 'en' : 'ko' });
      const t0 = performance.now();
      const turn = await calls.sendUtterance(call.id, line.q);
      dialogue.push({ line, predicted: predictedIntent(turn), citedTopic: turn.citations[0]?.topicId ?? null, ms: performance.now() - t0 });
    }
    const pairs = dialogue.map((d) => ({ expected: d.line.intent, predicted: d.predicted }));
    const intentAccuracy = pairs.filter((p) => p.expected === p.predicted).length / Math.max(1, pairs.length);
    const emergency = recall(pairs, 'emergency');
    const crisis = recall(pairs, 'crisis');
    const outOfScope = dialogue.filter((d) => d.line.intent === 'out_of_scope');
    const oosAnswered = outOfScope.filter((d) => d.predicted === 'faq').length / Math.max(1, outOfScope.length);
    const faqTurns = dialogue.filter((d) => d.line.intent === 'faq');
    const share = (pred: (d: (typeof dialogue)[number]) => boolean) => faqTurns.filter(pred).length / Math.max(1, faqTurns.length);
    const faqRight = share((d) => d.predicted === 'faq' && d.citedTopic === d.line.topic);
    const faqWrong = share((d) => d.predicted === 'faq' && d.citedTopic !== d.line.topic);
    const faqAsked = share((d) => d.predicted === 'ambiguous' || d.predicted === 'out_of_scope');
    const faqHanded = share((d) => d.predicted === 'handoff' || d.predicted === 'emergency' || d.predicted === 'crisis');
    const turnMs = dialogue.map((d) => d.ms);
    out.push(
      '',
      `Dialogue (each line as the first turn of a new call): intent accuracy ${intentAccuracy.toFixed(3)} over ${pairs.length} lines`,
    );
    out.push(formatConfusion(confusion(pairs)));
    out.push(
      `recall: emergency ${emergency.recall.toFixed(3)} (n=${emergency.n}), crisis ${crisis.recall.toFixed(3)} (n=${crisis.n}); ` +
        `out-of-scope answered from the knowledge base ${oosAnswered.toFixed(3)} (n=${outOfScope.length})`,
    );
    out.push(
      `faq: answered with the right citation ${faqRight.toFixed(3)}, answered citing another topic ${faqWrong.toFixed(3)}, ` +
        `asked back ${faqAsked.toFixed(3)}, handed off ${faqHanded.toFixed(3)}`,
    );
    out.push(
      `turn latency: p50 ${median(turnMs).toFixed(1)} ms, p95 ${percentile(turnMs, 95).toFixed(1)} ms (in-process, offline answerer)`,
    );
    if (args.has('verbose')) {
      out.push('', 'dialogue misses:');
      for (const d of dialogue.filter((x) => x.predicted !== x.line.intent || (x.line.intent === 'faq' && x.citedTopic !== x.line.topic))) {
        out.push(
          `  ${d.line.id} expected ${d.line.intent}${d.line.topic ? `/${d.line.topic}` : ''} got ${d.predicted}${d.citedTopic ? `/${d.citedTopic}` : ''}: ${d.line.q}`,
        );
      }
    }
    const summary = {
      file,
      faq: ours.n,
      hit1: round(ours.hit1),
      hit3: round(ours.hit3),
      mrr: round(ours.mrr),
      baseline: { hit1: round(bm25.hit1), hit3: round(bm25.hit3), mrr: round(bm25.mrr) },
      brier: round(calibration.brier),
      p50Ms: round(median(ms)),
      intentAccuracy: round(intentAccuracy),
      emergencyRecall: round(emergency.recall),
      crisisRecall: round(crisis.recall),
      outOfScopeAnswered: round(oosAnswered),
      faqAnsweredRight: round(faqRight),
      faqAskedBack: round(faqAsked),
      faqHandedOff: round(faqHanded),
    };
    out.push('', JSON.stringify(summary));
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  } finally {
    await app.close();
  }
}

function table(label: string, ours: RankingFigures, bm25: RankingFigures): string {
  const f = (v: number) => v.toFixed(3);
  return (
    `${label.padEnd(18)} n=${String(ours.n).padStart(3)}  hybrid hit@1 ${f(ours.hit1)} hit@3 ${f(ours.hit3)} MRR ${f(ours.mrr)}` +
    `   | BM25 hit@1 ${f(bm25.hit1)} hit@3 ${f(bm25.hit3)} MRR ${f(bm25.mrr)}`
  );
}

const round = (v: number) => Math.round(v * 1000) / 1000;

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
