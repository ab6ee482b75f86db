import { KnowledgeChunkEntity } from '../modules/knowledge/knowledge-chunk.entity.js';
import { KnowledgeDocumentEntity } from '../modules/knowledge/knowledge-document.entity.js';
import { KnowledgeTermEntity } from '../modules/knowledge/knowledge-term.entity.js';

/** Every entity of the API. */
export const ENTITIES = [KnowledgeDocumentEntity, KnowledgeChunkEntity, KnowledgeTermEntity];
