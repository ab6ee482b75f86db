export { type Article, ArticleValidationError, parseArticle } from './article.js';
export { KnowledgeBaseInvalidError, loadKnowledgeBase } from './knowledge-base-loader.js';
export {
  type ArticleChunk,
  type ChunkKind,
  type ChunkOptions,
  ENGLISH_SUMMARY_HEADING,
  SUMMARY_HEADING,
  answerableContent,
  chunkArticle,
  chunkEmbeddingText,
} from './chunker.js';
export { SynonymLexicon } from './synonym-lexicon.js';
export { type PreparedQuery, prepareQuery } from './query.js';
export { type ChannelHit, type FusedHit, type FusionOptions, type DocumentScore, documentScores, reciprocalRankFusion } from './fusion.js';
export { type ConfidenceCalibration, type ConfidenceFeatures, FEATURE_NAMES, confidenceOf, fitCalibration } from './confidence.js';
