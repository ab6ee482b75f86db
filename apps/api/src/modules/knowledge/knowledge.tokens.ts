/** Injection token of the configured `EmbeddingProvider` (an interface, so it needs one). */
export const EMBEDDING_PROVIDER = Symbol('EMBEDDING_PROVIDER');
export const SYNONYM_LEXICON = Symbol('SYNONYM_LEXICON');
