import {
  type ConfidenceFeatures,
  type DocumentScore,
  type FusedHit,
  type PreparedQuery,
  SynonymLexicon,
  answerableContent,
  confidenceOf,
  documentScores,
  prepareQuery,
  reciprocalRankFusion,
} from '#libs/knowledge';
import { keywordTerms } from '#libs/korean';
import type { EmbeddingProvider } from '#libs/llm';
import type { EntityManager } from 'typeorm';
import { KnowledgeError, KnowledgeErrorCode } from './knowledge.errors.js';
import type { ArticleSummary, ChunkCandidate, ChunkDetails, KeywordResult } from './knowledge.repository.js';
import { KnowledgeRepository } from './knowledge.repository.js';
import { seoulToday } from '../../common/seoul-date.js';
import type { Passage } from '#libs/answers';

export const MAX_QUERY_LENGTH = 2000;
export const MAX_LIMIT = 50;

export interface SearchOptions {
  limit?: number;
  category?: string | null;
  /** Only this article's passages (a follow-up question about the topic already under discussion). */
  topicId?: string | null;
  /** One result per article (the default) or every matching chunk. */
  perDocument?: boolean;
}

export interface SearchHit extends ChunkDetails {
  /** Fused (RRF) score; comparable within one response only. */
  score: number;
  /** Cosine similarity of this chunk to the query, when the vector channel saw it. */
  similarity: number | null;
  vectorRank: number | null;
  keywordRank: number | null;
}

export interface SearchResponse {
  query: PreparedQuery;
  hits: SearchHit[];
  /** The first article's matching passages, best first (up to 8): what an answer about it is composed from. */
  topPassages: SearchHit[];
  /** Calibrated probability that the first hit is the right article; 0 when there is none. */
  confidence: number;
  features: ConfidenceFeatures | null;
}

export interface SearchTuning {
  /** Chunks each channel hands to the fusion. */
  candidates: number;
  /** RRF constant. */
  rrfK: number;
  vectorWeight: number;
  keywordWeight: number;
  /** Weight of a document's second, third, ... chunk relative to the one before. */
  chunkDecay: number;
  /** Expand queries with the articles' own keywords and synonyms too (pointing at their titles). */
  articleSynonyms: boolean;
}

export const DEFAULT_TUNING: SearchTuning = {
  candidates: 40,
  rrfK: 10,
  vectorWeight: 1,
  keywordWeight: 1,
  chunkDecay: 0.5,
  articleSynonyms: true,
};

/** Clock and model check are injected so tests and the eval can pin them. */
export interface SearchDependencies {
  repository: KnowledgeRepository;
  embedder: EmbeddingProvider;
  lexicon: SynonymLexicon;
  today?: () => string;
  tuning?: Partial<SearchTuning>;
}

/**
 * Hybrid retrieval over the knowledge base: the caller's words are normalised (spoken Korean, synonyms), searched
 * by meaning (pgvector) and by keyword (tsvector with IDF), fused by reciprocal rank, and the top answer gets a
 * calibrated confidence the voicebot can act on.
 */
export class KnowledgeSearchService {
  private readonly repository: KnowledgeRepository;
  private readonly embedder: EmbeddingProvider;
  private readonly lexicon: SynonymLexicon;
  private readonly today: () => string;
  readonly tuning: SearchTuning;
  /** Shared by the transaction-bound views of this service (see `inTransaction`). */
  private readonly index = { checkedAt: 0, articleLexicon: SynonymLexicon.empty() };

  constructor(deps: SearchDependencies) {
    this.repository = deps.repository;
    this.embedder = deps.embedder;
    this.lexicon = deps.lexicon;
    this.today = deps.today ?? (() => seoulToday());
    this.tuning = { ...DEFAULT_TUNING, ...deps.tuning };
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const limit = options.limit ?? 5;
    validate(text, limit, options.category);
    await this.refreshIndexState();

    const query = prepareQuery(text, this.tuning.articleSynonyms ? this.lexicon.merge(this.index.articleLexicon) : this.lexicon);
    const filter = { category: options.category ?? null, topicId: options.topicId ?? null, today: this.today() };
    const embedding = await this.embedder.embeddings.embedQuery(query.text);
    // A query with nothing the model can place (only fillers) has a zero vector: cosine distance means nothing then.
    const vector = embedding.some((v) => v !== 0) ? await this.repository.vectorSearch(embedding, this.tuning.candidates, filter) : [];
    const keyword = await this.repository.keywordSearch(query.terms, this.tuning.candidates, filter);

    const fused = reciprocalRankFusion(vector, keyword.hits, {
      k: this.tuning.rrfK,
      vectorWeight: this.tuning.vectorWeight,
      keywordWeight: this.tuning.keywordWeight,
    });
    const documents = documentScores(fused, this.tuning.chunkDecay);
    const ranked = options.perDocument === false ? fused : documents.map((d) => ({ ...d.best, score: d.score }));
    const top = ranked.slice(0, limit);
    // The top article's other matching passages count towards the confidence (coverage) too.
    const topDocumentChunks = documents.length ? fused.filter((h) => h.documentId === documents[0].documentId).slice(0, 8) : [];
    const details = await this.repository.chunkDetails([...new Set([...top, ...topDocumentChunks].map((h) => h.chunkId))]);
    const similarity = new Map(vector.map((v) => [v.chunkId, v.score]));
    const toHit = (h: FusedHit): SearchHit => ({
      ...details.get(h.chunkId)!,
      score: h.score,
      similarity: similarity.get(h.chunkId) ?? null,
      vectorRank: h.vectorRank,
      keywordRank: h.keywordRank,
    });
    const hits = top.filter((h) => details.has(h.chunkId)).map(toHit);
    const topPassages = topDocumentChunks.filter((h) => details.has(h.chunkId)).map(toHit);
    const features = hits.length ? confidenceFeatures(query, hits[0], topPassages, documents, vector, keyword) : null;
    return { query, hits, topPassages, confidence: features ? confidenceOf(features) : 0, features };
  }

  /** The current articles' prepared answers, in the order asked. */
  articles(topicIds: string[]): Promise<ArticleSummary[]> {
    return this.repository.articles(topicIds);
  }

  /**
   * Refuses to search an index built by another embedding model, and reloads the articles' own synonyms;
   * at most once a minute, so that instances pick up another process's ingestion.
   */
  async refreshIndexState(): Promise<void> {
    if (Date.now() - this.index.checkedAt < 60_000) return;
    const models = await this.repository.indexedModels();
    const other = models.find((m) => m.model !== this.embedder.modelId);
    if (other) {
      throw new KnowledgeError(
        KnowledgeErrorCode.INDEX_MODEL_MISMATCH,
        `The knowledge index was built with the embedding model ${other.model}, but ${this.embedder.modelId} is ` +
          'configured. Run `npm run kb:ingest` to re-embed the knowledge base with the configured model.',
      );
    }
    this.index.articleLexicon = SynonymLexicon.fromArticles(await this.repository.documentPhrases());
    this.index.checkedAt = Date.now();
  }

  /**
   * This service running its queries inside the caller's transaction: a voicebot turn holds its call's row lock
   * and, on PGlite, the only connection, so retrieval must use the same one.
   */
  inTransaction(manager: EntityManager): KnowledgeSearchService {
    const view = Object.create(this) as KnowledgeSearchService;
    (view as unknown as { repository: KnowledgeRepository }).repository = this.repository.withManager(manager);
    return view;
  }

  /** Check the index again on the next search, after an ingestion. */
  invalidateIndexState(): void {
    this.index.checkedAt = 0;
  }
}

function validate(text: string, limit: number, category: string | null | undefined): void {
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new KnowledgeError(KnowledgeErrorCode.INVALID_QUERY, 'The query is empty: say or type what you are looking for.');
  }
  if (text.length > MAX_QUERY_LENGTH) {
    throw new KnowledgeError(
      KnowledgeErrorCode.INVALID_QUERY,
      `The query is ${text.length} characters long; at most ${MAX_QUERY_LENGTH} are accepted.`,
    );
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new KnowledgeError(KnowledgeErrorCode.INVALID_LIMIT, `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  }
  if (category != null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(category)) {
    throw new KnowledgeError(KnowledgeErrorCode.INVALID_CATEGORY, `"${category}" is not a category name (e.g. transport, welfare).`);
  }
}

function confidenceFeatures(
  query: PreparedQuery,
  top: SearchHit,
  evidence: ChunkDetails[],
  documents: DocumentScore[],
  vector: ChunkCandidate[],
  keyword: KeywordResult,
): ConfidenceFeatures {
  const topVector = vector.find((v) => v.documentId === top.documentId);
  const chunkTerms = new Set(evidence.flatMap((c) => keywordTerms(`${c.headingPath.join(' ')} ${c.content}`)));
  // Terms the index has never seen weigh like the rarest term.
  const weight = (t: string) => keyword.idf.get(t) ?? Math.log(1 + keyword.totalChunks);
  const total = query.terms.reduce((s, t) => s + weight(t), 0);
  const matched = query.terms.filter((t) => chunkTerms.has(t)).reduce((s, t) => s + weight(t), 0);
  const coverage = total > 0 ? matched / total : 0;
  const specificity = keyword.totalChunks > 0 ? Math.min(1, matched / (3 * Math.log(1 + keyword.totalChunks))) : 0;
  const [first, second] = documents;
  const margin = second && first.score > 0 ? (first.score - second.score) / first.score : 1;
  const agreement = vector[0] && keyword.hits[0] && vector[0].documentId === keyword.hits[0].documentId ? 1 : 0;
  const similarity = topVector && Number.isFinite(topVector.score) ? Math.max(0, topVector.score) : 0;
  return { similarity, coverage, specificity, margin, agreement };
}

/** A search hit as a passage an answer can cite (what the answer composers and the chat model read). */
export function toPassage(h: SearchHit): Passage {
  return {
    chunkId: h.chunkId,
    topicId: h.topicId,
    title: h.title,
    headingPath: h.headingPath,
    // Both answerers (extractive and model) get the passage without the summary card's lists of questions and keywords.
    content: answerableContent(h.content),
    sourceUrl: h.sourceUrl,
    version: h.version,
  };
}
