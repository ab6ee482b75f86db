import { type Article, type ArticleChunk, chunkArticle, chunkEmbeddingText } from '#libs/knowledge';
import { keywordTermOccurrences } from '#libs/korean';
import type { EmbeddingProvider } from '#libs/llm';
import type { DataSource, EntityManager } from 'typeorm';
import { KnowledgeDocumentEntity } from './knowledge-document.entity.js';
import { KnowledgeRepository } from './knowledge.repository.js';

/** What one ingestion did, by topic id. */
export interface IngestReport {
  added: string[];
  changed: string[];
  reembedded: string[];
  skipped: string[];
  removed: string[];
  chunksWritten: number;
  model: string;
}

interface CurrentDocument {
  id: string;
  topicId: string;
  version: number;
  contentHash: string;
}

/** Serialises ingestions across processes (two API instances starting on an empty database, say). */
const INGEST_LOCK = 'SELECT pg_advisory_xact_lock(727120001)';

/**
 * Brings the database in line with the Markdown knowledge base, in one transaction: new articles are added,
 * changed ones get a new version (the old version row stays, its chunks go), unchanged ones are skipped, removed
 * ones are deleted, and everything is re-embedded when the embedding model changed. Idempotent.
 */
export class KnowledgeIngestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly embedder: EmbeddingProvider,
  ) {}

  async ingest(articles: Article[]): Promise<IngestReport> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(INGEST_LOCK);
      const repo = new KnowledgeRepository(manager);
      const report: IngestReport = {
        added: [],
        changed: [],
        reembedded: [],
        skipped: [],
        removed: [],
        chunksWritten: 0,
        model: this.embedder.modelId,
      };
      const current = await this.currentDocuments(manager);
      const modelChanged = (await repo.indexedModels()).some((m) => m.model !== this.embedder.modelId);

      for (const article of articles) {
        const existing = current.get(article.id);
        if (existing && existing.contentHash === article.contentHash) {
          if (!modelChanged) {
            report.skipped.push(article.id);
            continue;
          }
          await repo.deleteChunksOf([existing.id]);
          report.chunksWritten += await this.writeChunks(repo, existing.id, article);
          report.reembedded.push(article.id);
          continue;
        }
        let version = 1;
        if (existing) {
          await repo.deleteChunksOf([existing.id]);
          await manager.update(KnowledgeDocumentEntity, { id: existing.id }, { isCurrent: false });
          version = existing.version + 1;
        } else {
          const [{ max }] = await manager.query(`SELECT max(version) AS max FROM knowledge_documents WHERE topic_id = $1`, [article.id]);
          version = (Number(max) || 0) + 1;
        }
        const saved = await manager.save(KnowledgeDocumentEntity, toDocument(article, version));
        report.chunksWritten += await this.writeChunks(repo, saved.id, article);
        (existing ? report.changed : report.added).push(article.id);
      }

      const wanted = new Set(articles.map((a) => a.id));
      const gone = [...current.values()].filter((d) => !wanted.has(d.topicId)).map((d) => d.topicId);
      if (gone.length) {
        await manager.query(`DELETE FROM knowledge_documents WHERE topic_id = ANY($1::text[])`, [gone]);
        report.removed.push(...gone);
      }
      if (report.chunksWritten > 0 || gone.length > 0) {
        await repo.ensureVectorIndex(this.embedder.dimensions);
        await repo.rebuildTermStatistics();
      }
      return report;
    });
  }

  private async currentDocuments(manager: EntityManager): Promise<Map<string, CurrentDocument>> {
    const rows = await manager.find(KnowledgeDocumentEntity, {
      where: { isCurrent: true },
      select: { id: true, topicId: true, version: true, contentHash: true },
    });
    return new Map(rows.map((r) => [r.topicId, r]));
  }

  private async writeChunks(repo: KnowledgeRepository, documentId: string, article: Article): Promise<number> {
    const chunks = await chunkArticle(article);
    const vectors = await this.embedder.embeddings.embedDocuments(chunks.map(chunkEmbeddingText));
    if (vectors.length !== chunks.length || vectors.some((v) => v.length !== this.embedder.dimensions)) {
      throw new Error(`The embedding model ${this.embedder.modelId} returned vectors of the wrong number or size`);
    }
    await repo.insertChunks(
      chunks.map((chunk, i) => toNewChunk(article, documentId, chunk, vectors[i])),
      this.embedder.modelId,
    );
    return chunks.length;
  }
}

function toNewChunk(article: Article, documentId: string, chunk: ArticleChunk, embedding: number[]) {
  return {
    documentId,
    topicId: article.id,
    category: article.category,
    validUntil: article.validUntil,
    chunkIndex: chunk.index,
    kind: chunk.kind,
    headingPath: chunk.headingPath,
    content: chunk.content,
    embedding,
    headingTerms: keywordTermOccurrences(chunk.headingPath.join(' ')),
    contentTerms: keywordTermOccurrences(chunk.content),
  };
}

function toDocument(article: Article, version: number): Partial<KnowledgeDocumentEntity> {
  return {
    topicId: article.id,
    version,
    isCurrent: true,
    title: article.title,
    category: article.category,
    department: article.department,
    sourceUrl: article.source,
    reviewedAt: article.reviewed,
    validUntil: article.validUntil,
    legalBasis: article.legalBasis,
    keywords: article.keywords,
    synonyms: article.synonyms,
    questions: article.questions,
    answerVoice: article.answerVoice,
    answerEn: article.answerEn,
    body: article.body,
    contentHash: article.contentHash,
    sourceFile: article.file,
  };
}
