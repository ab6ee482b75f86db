/** What can go wrong in the knowledge domain, as the client and the operator need to know it. */
export enum KnowledgeErrorCode {
  INVALID_QUERY = 'INVALID_QUERY',
  INVALID_LIMIT = 'INVALID_LIMIT',
  INVALID_CATEGORY = 'INVALID_CATEGORY',
  INDEX_MODEL_MISMATCH = 'INDEX_MODEL_MISMATCH',
  INVALID_ARTICLES = 'INVALID_ARTICLES',
}

export class KnowledgeError extends Error {
  constructor(
    readonly code: KnowledgeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KnowledgeError';
  }
}
