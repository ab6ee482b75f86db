/**
 * Filtered vector searches (one category, one article, unexpired) go on scanning the HNSW index until they have their
 * rows, instead of filtering one ef_search batch and returning fewer (pgvector 0.8). Set on every connection.
 */
export const HNSW_ITERATIVE_SCAN = 'relaxed_order';
