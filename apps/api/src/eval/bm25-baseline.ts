import MiniSearch from 'minisearch';
import type { Article } from '#libs/knowledge';

/**
 * The baseline the hybrid retrieval must beat: plain BM25 (MiniSearch) over the same articles, with whitespace
 * tokens and lower-casing only — what one gets without any Korean-aware processing.
 */
export class Bm25Baseline {
  private readonly index: MiniSearch<{ id: string; text: string }>;

  constructor(articles: Article[]) {
    this.index = new MiniSearch({
      fields: ['text'],
      storeFields: ['id'],
      tokenize: (text) => text.split(/\s+/).filter(Boolean),
      processTerm: (term) => term.toLowerCase(),
    });
    this.index.addAll(
      articles.map((a) => ({
        id: a.id,
        text: [a.title, a.keywords.join(' '), a.synonyms.join(' '), a.questions.join(' '), a.answerVoice, a.answerEn, a.body].join('\n'),
      })),
    );
  }

  /** Topic ids, best first. */
  search(query: string, limit = 10): string[] {
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => String(r.id));
  }
}
