import { LocalHashEmbeddings, type EmbeddingProvider } from '../../libs/llm/src/index.js';
import type { Database } from '../../apps/api/src/database/database.js';
import { KnowledgeBaseService } from '../../apps/api/src/modules/knowledge/knowledge-base.service.js';
import { KnowledgeIngestService } from '../../apps/api/src/modules/knowledge/knowledge-ingest.service.js';
import { KnowledgeSearchService, type SearchDependencies } from '../../apps/api/src/modules/knowledge/knowledge-search.service.js';
import { KnowledgeRepository } from '../../apps/api/src/modules/knowledge/knowledge.repository.js';

export function localEmbedder(dimensions = 512): EmbeddingProvider {
  const embeddings = new LocalHashEmbeddings({ dimensions });
  return { embeddings, modelId: embeddings.modelId, dimensions };
}

/** The knowledge services on a test database, built by hand as plain objects (no Nest). */
export async function knowledgeServices(
  database: Database,
  kbRoot: string,
  options: { embedder?: EmbeddingProvider; today?: SearchDependencies['today'] } = {},
) {
  const embedder = options.embedder ?? localEmbedder();
  const repository = new KnowledgeRepository(database.dataSource);
  const lexicon = await KnowledgeBaseService.loadLexicon(kbRoot);
  const search = new KnowledgeSearchService({ repository, embedder, lexicon, today: options.today });
  const ingest = new KnowledgeIngestService(database.dataSource, embedder);
  const knowledgeBase = new KnowledgeBaseService(kbRoot, database.dataSource, ingest, search);
  return { embedder, repository, search, ingest, knowledgeBase };
}

/** Row counts of the knowledge tables, to prove what was (not) written. */
export async function tableCounts(database: Database) {
  const [row] = await database.dataSource.query(
    `SELECT (SELECT count(*) FROM knowledge_documents)::int AS documents,
            (SELECT count(*) FROM knowledge_documents WHERE is_current)::int AS current,
            (SELECT count(*) FROM knowledge_chunks)::int AS chunks,
            (SELECT count(*) FROM knowledge_terms)::int AS terms`,
  );
  return row as { documents: number; current: number; chunks: number; terms: number };
}
