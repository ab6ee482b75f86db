import type { Embeddings } from '@langchain/core/embeddings';
import { OllamaEmbeddings } from '@langchain/ollama';
import { OpenAIEmbeddings } from '@langchain/openai';
import { LocalHashEmbeddings } from './local-hash-embeddings.js';

export type EmbeddingProviderName = 'local' | 'openai' | 'ollama';

export interface EmbeddingSettings {
  provider: EmbeddingProviderName;
  /** Model name at the provider; ignored by `local`. */
  model?: string;
  /** Base URL of an OpenAI-compatible endpoint (vLLM, a cloud API) or of an Ollama server. */
  baseUrl?: string;
  apiKey?: string;
  /** Vector size; for `local` the hashing size, for `openai` passed to models that can shorten their output. */
  dimensions?: number;
  /** Milliseconds a provider call may take. */
  timeoutMs?: number;
}

/**
 * The embedding model in use: the LangChain `Embeddings`, and the id and dimension that every stored vector is
 * tagged with, so an index built by one model is never searched with another.
 */
export interface EmbeddingProvider {
  readonly embeddings: Embeddings;
  readonly modelId: string;
  readonly dimensions: number;
}

/** Builds the configured provider; a remote one is probed once to learn (and check) its dimension. */
export async function createEmbeddingProvider(settings: EmbeddingSettings): Promise<EmbeddingProvider> {
  switch (settings.provider) {
    case 'local': {
      const embeddings = new LocalHashEmbeddings({ dimensions: settings.dimensions });
      return { embeddings, modelId: embeddings.modelId, dimensions: embeddings.dimensions };
    }
    case 'openai': {
      const model = required(settings.model, 'model', 'openai');
      const embeddings = new OpenAIEmbeddings({
        model,
        apiKey: settings.apiKey ?? 'not-needed',
        dimensions: settings.dimensions,
        timeout: settings.timeoutMs,
        maxRetries: 2,
        configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : undefined,
      });
      return probe(embeddings, `openai:${model}`, settings.dimensions);
    }
    case 'ollama': {
      const model = required(settings.model, 'model', 'ollama');
      const embeddings = new OllamaEmbeddings({ model, baseUrl: settings.baseUrl, maxRetries: 2 });
      return probe(embeddings, `ollama:${model}`, settings.dimensions);
    }
  }
}

async function probe(embeddings: Embeddings, name: string, expected?: number): Promise<EmbeddingProvider> {
  let vector: number[];
  try {
    vector = await embeddings.embedQuery('서울시 120 다산콜센터');
  } catch (error) {
    throw new Error(`Embedding provider ${name} did not answer a probe: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(vector) || vector.length === 0) {
    throw new Error(`Embedding provider ${name} returned no vector for a probe`);
  }
  if (expected && vector.length !== expected) {
    throw new Error(`Embedding provider ${name} returned ${vector.length} dimensions, configured ${expected}`);
  }
  return { embeddings, modelId: `${name}/${vector.length}`, dimensions: vector.length };
}

function required(value: string | undefined, field: string, provider: string): string {
  if (!value) throw new Error(`The ${provider} embedding provider needs a ${field}`);
  return value;
}
