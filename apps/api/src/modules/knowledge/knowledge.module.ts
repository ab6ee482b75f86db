import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { createEmbeddingProvider, type EmbeddingProvider } from '#libs/llm';
import type { SynonymLexicon } from '#libs/knowledge';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { KnowledgeBaseService } from './knowledge-base.service.js';
import { KnowledgeIngestService } from './knowledge-ingest.service.js';
import { KnowledgeSearchService } from './knowledge-search.service.js';
import { KnowledgeRepository } from './knowledge.repository.js';
import { KnowledgeResolver } from './knowledge.resolver.js';
import { EMBEDDING_PROVIDER, SYNONYM_LEXICON } from './knowledge.tokens.js';

/** The knowledge base: ingestion from Markdown, hybrid retrieval, and the `searchKnowledge` query. */
@Module({
  providers: [
    {
      provide: EMBEDDING_PROVIDER,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        createEmbeddingProvider({
          provider: config.get('EMBEDDINGS_PROVIDER'),
          model: config.get('EMBEDDINGS_MODEL'),
          baseUrl: config.get('EMBEDDINGS_BASE_URL'),
          apiKey: config.get('EMBEDDINGS_API_KEY'),
          dimensions: config.get('EMBEDDINGS_DIMENSIONS'),
          timeoutMs: config.get('EMBEDDINGS_TIMEOUT_MS'),
        }),
    },
    {
      provide: SYNONYM_LEXICON,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => KnowledgeBaseService.loadLexicon(config.get('KB_DIR')),
    },
    { provide: KnowledgeRepository, inject: [DataSource], useFactory: (ds: DataSource) => new KnowledgeRepository(ds) },
    {
      provide: KnowledgeSearchService,
      inject: [KnowledgeRepository, EMBEDDING_PROVIDER, SYNONYM_LEXICON, AppConfig],
      useFactory: (repository: KnowledgeRepository, embedder: EmbeddingProvider, lexicon: SynonymLexicon, config: AppConfig) =>
        new KnowledgeSearchService({
          repository,
          embedder,
          lexicon,
          tuning: {
            candidates: config.get('SEARCH_CANDIDATES'),
            vectorWeight: config.get('SEARCH_VECTOR_WEIGHT') ?? (config.get('EMBEDDINGS_PROVIDER') === 'local' ? 0.5 : 1),
          },
        }),
    },
    {
      provide: KnowledgeIngestService,
      inject: [DataSource, EMBEDDING_PROVIDER],
      useFactory: (ds: DataSource, embedder: EmbeddingProvider) => new KnowledgeIngestService(ds, embedder),
    },
    {
      provide: KnowledgeBaseService,
      inject: [AppConfig, DataSource, KnowledgeIngestService, KnowledgeSearchService],
      useFactory: (config: AppConfig, ds: DataSource, ingest: KnowledgeIngestService, search: KnowledgeSearchService) =>
        new KnowledgeBaseService(config.get('KB_DIR'), ds, ingest, search),
    },
    KnowledgeResolver,
  ],
  exports: [KnowledgeSearchService, KnowledgeBaseService],
})
export class KnowledgeModule implements OnApplicationBootstrap {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(KnowledgeBaseService) private readonly knowledgeBase: KnowledgeBaseService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get('KB_AUTO_INGEST')) await this.knowledgeBase.ingestIfEmpty();
  }
}
