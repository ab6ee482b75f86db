import pgvector from 'pgvector';
import type { DataSource, EntityManager } from 'typeorm';

/** A chunk as the search channels return it. */
export interface ChunkCandidate {
  chunkId: string;
  documentId: string;
  topicId: string;
  /** Cosine similarity (vector channel) or the IDF-weighted rank (keyword channel). */
  score: number;
}

/** What the keyword channel found, and the weight (inverse document frequency) it gave each query term. */
export interface KeywordResult {
  hits: ChunkCandidate[];
  idf: Map<string, number>;
  /** Chunks in the index: the scale of the weights. */
  totalChunks: number;
}

export interface SearchFilter {
  category?: string | null;
  /** Only this article's passages (follow-up questions). */
  topicId?: string | null;
  /** ISO date; chunks of articles whose valid_until is before it are left out. */
  today: string;
}

/** A chunk to write: everything but the ids the database assigns. */
export interface NewChunk {
  documentId: string;
  topicId: string;
  category: string;
  validUntil: string | null;
  chunkIndex: number;
  kind: string;
  headingPath: string[];
  content: string;
  embedding: number[];
  /** Terms of the headings (weighted A) and of the text (weighted B). */
  headingTerms: string[];
  contentTerms: string[];
}

export interface ChunkDetails {
  chunkId: string;
  documentId: string;
  topicId: string;
  version: number;
  title: string;
  category: string;
  sourceUrl: string;
  headingPath: string[];
  content: string;
  kind: string;
}

export interface ArticleSummary {
  topicId: string;
  title: string;
  category: string;
  sourceUrl: string;
  answerVoice: string;
  answerEn: string;
}

export interface IndexedModel {
  model: string;
  dimensions: number;
  chunks: number;
}

/** How many chunk postings the keyword channel's first stage may read, and the fewest seed terms it uses. */
const SEED_POSTINGS = 1500;
const MIN_SEED_TERMS = 4;

/** Weights for ts_rank's D, C, B, A classes: headings (A) count double the text (B). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.5, 1.0}';

/**
 * All SQL of the knowledge base's two retrieval channels and of ingestion's chunk writes, in one place,
 * the same on PostgreSQL and PGlite.
 */
export class KnowledgeRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  withManager(manager: EntityManager): KnowledgeRepository {
    return new KnowledgeRepository(manager);
  }

  /** Nearest chunks by cosine distance, through the HNSW index for the embedding's size. */
  async vectorSearch(embedding: number[], limit: number, filter: SearchFilter): Promise<ChunkCandidate[]> {
    const dim = embedding.length;
    if (!Number.isInteger(dim) || dim < 1 || dim > 16000) throw new Error(`invalid embedding size ${dim}`);
    const rows: { id: string; document_id: string; topic_id: string; distance: number }[] = await this.db.query(
      `SELECT c.id, c.document_id, c.topic_id, c.embedding::vector(${dim}) <=> $1::vector(${dim}) AS distance
         FROM knowledge_chunks c
        WHERE c.embedding_dim = ${dim}
          AND ($3::text IS NULL OR c.category = $3)
          AND (c.valid_until IS NULL OR c.valid_until >= $4::date)
          AND ($5::text IS NULL OR c.topic_id = $5)
        ORDER BY c.embedding::vector(${dim}) <=> $1::vector(${dim})
        LIMIT $2`,
      [pgvector.toSql(embedding), limit, filter.category ?? null, filter.today, filter.topicId ?? null],
    );
    return rows.map((r) => ({ chunkId: r.id, documentId: r.document_id, topicId: r.topic_id, score: 1 - Number(r.distance) }));
  }

  /**
   * Chunks ranked by Σ idf(term) · ts_rank(term) over the query's terms (BM25-like: rare terms outweigh common ones,
   * headings outweigh text). Two stages keep it fast on large corpora: the GIN index finds the chunks that hold
   * any of the query's rarest terms (a bounded number of postings) and keeps the best few hundred by plain rank; only those are scored exactly,
   * over all the terms.
   */
  async keywordSearch(terms: string[], limit: number, filter: SearchFilter): Promise<KeywordResult> {
    const stats = terms.length ? await this.termStatistics(terms) : { total: 0, counts: new Map<string, number>() };
    const empty = { hits: [], idf: new Map<string, number>(), totalChunks: stats.total };
    if (stats.total === 0) return empty;
    const weighted = terms
      .filter((term) => (stats.counts.get(term) ?? 0) > 0)
      .map((term) => {
        const df = stats.counts.get(term)!;
        return { term, df, idf: Math.log(1 + (stats.total - df + 0.5) / (df + 0.5)) };
      });
    if (weighted.length === 0) return empty;
    const idf = new Map(weighted.map((t) => [t.term, t.idf]));
    // Seeds: the rarest terms, taken while their posting lists add up to at most SEED_POSTINGS (and at least
    // MIN_SEED_TERMS of them), so the first stage reads a bounded number of rows however large the corpus grows.
    const bySpecificity = [...weighted].sort((a, b) => a.df - b.df);
    let postings = 0;
    const seedTerms = bySpecificity.filter((t, i) => (postings += t.df) <= SEED_POSTINGS || i < MIN_SEED_TERMS);
    const seeds = seedTerms.map((t) => `'${t.term}'`).join(' | ');
    const rows: { id: string; document_id: string; topic_id: string; score: number }[] = await this.db.query(
      `WITH terms AS MATERIALIZED (
         SELECT t.term, t.idf, plainto_tsquery('simple', t.term) AS q FROM unnest($1::text[], $2::float8[]) AS t(term, idf)
       ),
       candidates AS MATERIALIZED (
         SELECT c.id, c.document_id, c.topic_id, c.keywords
           FROM knowledge_chunks c
          WHERE c.keywords @@ to_tsquery('simple', $6)
            AND ($4::text IS NULL OR c.category = $4)
            AND (c.valid_until IS NULL OR c.valid_until >= $5::date)
            AND ($8::text IS NULL OR c.topic_id = $8)
          ORDER BY ts_rank('${RANK_WEIGHTS}'::float4[], c.keywords, to_tsquery('simple', $6)) DESC
          LIMIT $7
       )
       SELECT c.id, c.document_id, c.topic_id, SUM(t.idf * ts_rank('${RANK_WEIGHTS}'::float4[], c.keywords, t.q)) AS score
         FROM candidates c JOIN terms t ON c.keywords @@ t.q
        GROUP BY c.id, c.document_id, c.topic_id
        ORDER BY score DESC, c.id
        LIMIT $3`,
      [
        weighted.map((t) => t.term),
        weighted.map((t) => t.idf),
        limit,
        filter.category ?? null,
        filter.today,
        seeds,
        Math.max(200, limit * 5),
        filter.topicId ?? null,
      ],
    );
    return {
      hits: rows.map((r) => ({ chunkId: r.id, documentId: r.document_id, topicId: r.topic_id, score: Number(r.score) })),
      idf,
      totalChunks: stats.total,
    };
  }

  /** Chunk counts of the given terms and of the whole index. */
  async termStatistics(terms: string[]): Promise<{ total: number; counts: Map<string, number> }> {
    const rows: { term: string; chunk_count: number }[] = await this.db.query(
      `SELECT term, chunk_count FROM knowledge_terms WHERE term = ANY($1::text[]) OR term = ''`,
      [terms],
    );
    const counts = new Map<string, number>();
    let total = 0;
    for (const r of rows) {
      if (r.term === '') total = Number(r.chunk_count);
      else counts.set(r.term, Number(r.chunk_count));
    }
    return { total, counts };
  }

  /** Rebuilds the term statistics from the chunks (the empty term holds the number of chunks). */
  async rebuildTermStatistics(): Promise<void> {
    await this.db.query(`DELETE FROM knowledge_terms`);
    await this.db.query(
      `INSERT INTO knowledge_terms (term, chunk_count)
       SELECT word, ndoc FROM ts_stat('SELECT keywords FROM knowledge_chunks')`,
    );
    await this.db.query(`INSERT INTO knowledge_terms (term, chunk_count) SELECT '', count(*) FROM knowledge_chunks`);
  }

  async insertChunks(chunks: NewChunk[], model: string): Promise<void> {
    for (const c of chunks) {
      await this.db.query(
        `INSERT INTO knowledge_chunks
           (document_id, topic_id, category, valid_until, chunk_index, kind, heading_path, content,
            embedding, embedding_model, embedding_dim, keywords)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::vector, $10, $11,
                 setweight(to_tsvector('simple', $12), 'A') || setweight(to_tsvector('simple', $13), 'B'))`,
        [
          c.documentId,
          c.topicId,
          c.category,
          c.validUntil,
          c.chunkIndex,
          c.kind,
          JSON.stringify(c.headingPath),
          c.content,
          pgvector.toSql(c.embedding),
          model,
          c.embedding.length,
          c.headingTerms.join(' '),
          c.contentTerms.join(' '),
        ],
      );
    }
  }

  async deleteChunksOf(documentIds: string[]): Promise<void> {
    if (documentIds.length) await this.db.query(`DELETE FROM knowledge_chunks WHERE document_id = ANY($1::uuid[])`, [documentIds]);
  }

  /** The models the current index was built with (normally one). */
  async indexedModels(): Promise<IndexedModel[]> {
    const rows: { model: string; dim: number; chunks: string }[] = await this.db.query(
      `SELECT embedding_model AS model, embedding_dim AS dim, count(*) AS chunks
         FROM knowledge_chunks GROUP BY embedding_model, embedding_dim ORDER BY count(*) DESC`,
    );
    return rows.map((r) => ({ model: r.model, dimensions: Number(r.dim), chunks: Number(r.chunks) }));
  }

  /**
   * Makes sure an HNSW index exists for vectors of this size (pgvector indexes one size per index;
   * it cannot index more than 2,000 dimensions, where the search stays exact).
   */
  async ensureVectorIndex(dimensions: number): Promise<boolean> {
    if (!Number.isInteger(dimensions) || dimensions > 2000) return false;
    await this.db.query(
      `CREATE INDEX IF NOT EXISTS "knowledge_chunks_embedding_${dimensions}_hnsw" ON knowledge_chunks
       USING hnsw ((embedding::vector(${dimensions})) vector_cosine_ops) WHERE embedding_dim = ${dimensions}`,
    );
    return true;
  }

  /** The current version's prepared answers and source of each article asked for. */
  async articles(topicIds: string[]): Promise<ArticleSummary[]> {
    if (!topicIds.length) return [];
    const rows: { topic_id: string; title: string; source_url: string; answer_voice: string; answer_en: string; category: string }[] =
      await this.db.query(
        `SELECT topic_id, title, source_url, answer_voice, answer_en, category FROM knowledge_documents
          WHERE is_current AND topic_id = ANY($1::text[])`,
        [topicIds],
      );
    const byId = new Map(rows.map((r) => [r.topic_id, r]));
    return topicIds
      .map((id) => byId.get(id))
      .filter((r) => !!r)
      .map((r) => ({
        topicId: r.topic_id,
        title: r.title,
        sourceUrl: r.source_url,
        answerVoice: r.answer_voice,
        answerEn: r.answer_en,
        category: r.category,
      }));
  }

  /** Titles, keywords and synonyms of the current articles: the lexicon the articles bring. */
  async documentPhrases(): Promise<{ title: string; keywords: string[]; synonyms: string[] }[]> {
    return this.db.query(`SELECT title, keywords, synonyms FROM knowledge_documents WHERE is_current ORDER BY topic_id`);
  }

  async chunkDetails(chunkIds: string[]): Promise<Map<string, ChunkDetails>> {
    if (chunkIds.length === 0) return new Map();
    const rows: {
      id: string;
      document_id: string;
      topic_id: string;
      version: number;
      title: string;
      category: string;
      source_url: string;
      heading_path: string[];
      content: string;
      kind: string;
    }[] = await this.db.query(
      `SELECT c.id, c.document_id, c.topic_id, d.version, d.title, d.category, d.source_url, c.heading_path, c.content, c.kind
         FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id
        WHERE c.id = ANY($1::uuid[])`,
      [chunkIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          chunkId: r.id,
          documentId: r.document_id,
          topicId: r.topic_id,
          version: Number(r.version),
          title: r.title,
          category: r.category,
          sourceUrl: r.source_url,
          headingPath: r.heading_path,
          content: r.content,
          kind: r.kind,
        },
      ]),
    );
  }
}
