export { LocalHashEmbeddings, type LocalHashEmbeddingsOptions } from './embeddings/local-hash-embeddings.js';
export {
  createEmbeddingProvider,
  type EmbeddingProvider,
  type EmbeddingProviderName,
  type EmbeddingSettings,
} from './embeddings/embedding-provider.js';
export { type ChatProviderName, type ChatSettings, createChatModel } from './chat/chat-model-provider.js';
