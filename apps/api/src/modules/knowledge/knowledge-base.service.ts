import { Logger } from '@nestjs/common';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { KnowledgeBaseInvalidError, SynonymLexicon, loadKnowledgeBase } from '#libs/knowledge';
import type { DataSource } from 'typeorm';
import type { IngestReport, KnowledgeIngestService } from './knowledge-ingest.service.js';
import type { KnowledgeSearchService } from './knowledge-search.service.js';
import { KnowledgeError, KnowledgeErrorCode } from './knowledge.errors.js';

export interface KnowledgeStats {
  articles: number;
  chunks: number;
  models: string[];
}

/**
 * The Markdown knowledge base on disk and its index in the database: ingests on demand, and on the first
 * start of an empty database.
 */
export class KnowledgeBaseService {
  private readonly logger = new Logger(KnowledgeBaseService.name);

  constructor(
    private readonly directory: string,
    private readonly dataSource: DataSource,
    private readonly ingestService: KnowledgeIngestService,
    private readonly searchService: KnowledgeSearchService,
  ) {}

  /** Validates every article (nothing is written if one is bad), then ingests them all in one transaction. */
  async ingest(): Promise<IngestReport> {
    let articles;
    try {
      articles = await loadKnowledgeBase(resolve(this.directory));
    } catch (error) {
      if (error instanceof KnowledgeBaseInvalidError) throw new KnowledgeError(KnowledgeErrorCode.INVALID_ARTICLES, error.message);
      throw error;
    }
    const report = await this.ingestService.ingest(articles);
    this.searchService.invalidateIndexState();
    this.logger.log(
      `Ingested ${articles.length} articles with ${report.model}: ${report.added.length} added, ${report.changed.length} changed, ` +
        `${report.reembedded.length} re-embedded, ${report.skipped.length} unchanged, ${report.removed.length} removed; ` +
        `${report.chunksWritten} chunks written`,
    );
    return report;
  }

  /** Ingests when the database holds no article yet; returns whether it did. */
  async ingestIfEmpty(): Promise<boolean> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*) AS count FROM knowledge_documents WHERE is_current`);
    if (Number(count) > 0) return false;
    this.logger.log(`The knowledge index is empty: ingesting ${this.directory}`);
    await this.ingest();
    return true;
  }

  async stats(): Promise<KnowledgeStats> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM knowledge_documents WHERE is_current) AS articles,
              (SELECT count(*) FROM knowledge_chunks) AS chunks,
              (SELECT coalesce(json_agg(DISTINCT embedding_model), '[]'::json) FROM knowledge_chunks) AS models`,
    );
    return { articles: Number(row.articles), chunks: Number(row.chunks), models: row.models };
  }

  /** The domain's synonym lexicon, `synonyms.yaml` in the knowledge-base folder. */
  static async loadLexicon(directory: string): Promise<SynonymLexicon> {
    const path = join(resolve(directory), 'synonyms.yaml');
    return existsSync(path) ? SynonymLexicon.fromFile(path) : SynonymLexicon.empty();
  }
}
