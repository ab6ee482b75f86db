import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pgvector from 'pgvector';
import { chunkArticle, chunkEmbeddingText, loadKnowledgeBase } from '#libs/knowledge';
import { keywordTermOccurrences } from '#libs/korean';
import { LocalHashEmbeddings } from '#libs/llm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { Database } from '../database/database.js';
import { readEvalSet } from '../eval/eval-set.js';
import { median, percentile } from '../eval/ranking-metrics.js';
import { KnowledgeBaseService } from '../modules/knowledge/knowledge-base.service.js';
import { KnowledgeSearchService } from '../modules/knowledge/knowledge-search.service.js';
import { KnowledgeRepository } from '../modules/knowledge/knowledge.repository.js';
import { cliConfig, createCliContext, parseArgs } from './cli-context.js';

const USAGE = 'usage: npm run bench:retrieval -- [--sizes 10000,100000] [--queries 200] [--concurrency 8] [--file questions.jsonl]';

interface Figures {
  corpus: string;
  chunks: number;
  loadSeconds: number;
  search: { p50: number; p95: number; qps: number; concurrentQps: number };
  floor: { p50: number; p95: number };
  hit1: number;
}

/**
 * `npm run bench:retrieval`: search latency (p50/p95) and throughput of the full hybrid search on the real knowledge
 * base and on synthetic corpora of 10k and 100k chunks (the real articles plus generated distractor chunks), beside
 * the bare pgvector HNSW query in the same run — the floor. PostgreSQL when DATABASE_URL is set, PGlite otherwise.
 */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const base = cliConfig();
  const sizes = String(args.get('sizes') ?? '10000,100000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const queryCount = Number(args.get('queries') ?? 200);
  const concurrency = Number(args.get('concurrency') ?? 8);
  const lines = (await readEvalSet(String(args.get('file') ?? 'test/fixtures/eval/callers.jsonl'))).filter((l) => l.intent === 'faq');
  const questions = Array.from({ length: queryCount }, (_, i) => lines[i % lines.length]);

  process.stdout.write(
    `Retrieval benchmark on ${base.databaseBackend}, ${questions.length} questions per corpus, concurrency ${concurrency}\n`,
  );
  const results: Figures[] = [];
  for (const size of [0, ...sizes]) {
    const corpus = size === 0 ? 'knowledge base' : `synthetic ${size / 1000}k`;
    results.push(await runCorpus(base, corpus, size, questions, concurrency));
    const r = results.at(-1)!;
    process.stdout.write(
      `${r.corpus.padEnd(15)} ${String(r.chunks).padStart(7)} chunks (loaded in ${r.loadSeconds.toFixed(1)} s)  ` +
        `search p50 ${r.search.p50.toFixed(1)} ms p95 ${r.search.p95.toFixed(1)} ms, ${r.search.qps.toFixed(1)} q/s sequential, ` +
        `${r.search.concurrentQps.toFixed(1)} q/s at ${concurrency}  | bare pgvector p50 ${r.floor.p50.toFixed(2)} ms p95 ${r.floor.p95.toFixed(2)} ms` +
        `  | hit@1 ${r.hit1.toFixed(3)}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify({ backend: base.databaseBackend, results })}\n`);
  return 0;
}

async function runCorpus(
  base: AppConfig,
  corpus: string,
  syntheticChunks: number,
  questions: { q: string; topic: string | null }[],
  concurrency: number,
): Promise<Figures> {
  const scratch = await scratchDatabase(base);
  const app = await createCliContext(scratch.config.override({ KB_AUTO_INGEST: false, DB_MIGRATE_ON_BOOT: true }));
  try {
    const started = performance.now();
    await app.get(KnowledgeBaseService).ingest();
    const dataSource = app.get(Database).dataSource;
    if (syntheticChunks > 0) await addSyntheticChunks(dataSource, base, syntheticChunks);
    const loadSeconds = (performance.now() - started) / 1000;
    const search = app.get(KnowledgeSearchService);
    const repository = app.get(KnowledgeRepository);
    const embedder = new LocalHashEmbeddings({ dimensions: 512 });
    const [{ chunks }] = await dataSource.query(`SELECT count(*)::int AS chunks FROM knowledge_chunks`);

    for (const q of questions.slice(0, 20)) await search.search(q.q); // warm-up
    const latencies: number[] = [];
    const floor: number[] = [];
    let hits = 0;
    for (const q of questions) {
      const t0 = performance.now();
      const result = await search.search(q.q);
      latencies.push(performance.now() - t0);
      if (result.hits[0]?.topicId === q.topic) hits++;
      const vector = embedder.embed(q.q);
      const t1 = performance.now();
      await repository.vectorSearch(vector, 10, { today: '2026-11-26' });
      floor.push(performance.now() - t1);
    }
    const t2 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < questions.length) await search.search(questions[next++].q);
      }),
    );
    const concurrentQps = questions.length / ((performance.now() - t2) / 1000);
    const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
    return {
      corpus,
      chunks,
      loadSeconds,
      search: { p50: median(latencies), p95: percentile(latencies, 95), qps: 1000 / mean, concurrentQps },
      floor: { p50: median(floor), p95: percentile(floor, 95) },
      hit1: hits / questions.length,
    };
  } finally {
    await app.close();
    await scratch.drop();
  }
}

/**
 * Distractor chunks made from the real articles' sentences, shuffled across topics, so that they look like the
 * knowledge base to both channels; loaded in bulk with the HNSW index rebuilt afterwards, as a real re-index would.
 */
async function addSyntheticChunks(ds: DataSource, base: AppConfig, count: number): Promise<void> {
  const articles = await loadKnowledgeBase(resolve(base.get('KB_DIR')));
  const sentences: string[] = [];
  for (const article of articles) {
    for (const chunk of await chunkArticle(article)) sentences.push(...chunk.content.split(/(?<=[.다요])\s+/).filter((s) => s.length > 15));
  }
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const embedder = new LocalHashEmbeddings({ dimensions: 512 });
  const perDocument = 10;
  await ds.query(`DROP INDEX IF EXISTS knowledge_chunks_embedding_512_hnsw`);
  for (let start = 0; start < count; start += perDocument * 50) {
    const docs = Math.min(50, Math.ceil((count - start) / perDocument));
    const ids: { id: string }[] = await ds.query(
      `INSERT INTO knowledge_documents (topic_id, version, title, category, department, source_url, reviewed_at, keywords, synonyms,
         questions, answer_voice, answer_en, body, content_hash, source_file)
       SELECT 'synthetic-' || ($1::int + g), 1, '합성 문서 ' || ($1::int + g), 'synthetic', '벤치마크', 'https://example.org', DATE '2026-11-26',
              '[]', '[]', '[]', '', '', '', repeat('0', 64), 'synthetic'
         FROM generate_series(0, $2::int - 1) AS g RETURNING id`,
      [start / perDocument, docs],
    );
    const rows: unknown[][] = [];
    for (const { id } of ids) {
      for (let i = 0; i < perDocument && start + rows.length < count; i++) {
        const content = [pick(), pick(), pick()].join(' ');
        const heading = `합성 문서 > ${pick().slice(0, 12)}`;
        rows.push([
          id,
          i,
          content,
          pgvector.toSql(embedder.embed(chunkEmbeddingText({ headingPath: [heading], content }))),
          keywordTermOccurrences(heading).join(' '),
          keywordTermOccurrences(content).join(' '),
        ]);
      }
    }
    const values = rows
      .map((_, r) => {
        const p = r * 6;
        return `($${p + 1}::uuid, 'synthetic', 'synthetic', $${p + 2}::int, 'section', '["합성 문서"]', $${p + 3}, $${p + 4}::vector, 'dasan-local-hash-v1/512', 512,
                 setweight(to_tsvector('simple', $${p + 5}), 'A') || setweight(to_tsvector('simple', $${p + 6}), 'B'))`;
      })
      .join(',');
    await ds.query(
      `INSERT INTO knowledge_chunks (document_id, topic_id, category, chunk_index, kind, heading_path, content, embedding,
         embedding_model, embedding_dim, keywords) VALUES ${values}`,
      rows.flat(),
    );
  }
  await ds.query(`SET maintenance_work_mem = '512MB'`).catch(() => undefined);
  await new KnowledgeRepository(ds).ensureVectorIndex(512);
  await new KnowledgeRepository(ds).rebuildTermStatistics();
  await ds.query(`ANALYZE knowledge_chunks`);
}

/** A database of its own for one corpus: a new database on the server, or a PGlite folder in /tmp. */
async function scratchDatabase(base: AppConfig): Promise<{ config: AppConfig; drop(): Promise<void> }> {
  const url = base.get('DATABASE_URL');
  if (!url) {
    const dir = await mkdtemp(join(tmpdir(), 'dasan-bench-'));
    return { config: base.override({ DATA_DIR: dir }), drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `dasan_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { config: base.override({ DATABASE_URL: target.toString() }), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
