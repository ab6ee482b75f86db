import { Embeddings } from '@langchain/core/embeddings';
import { charNgrams, contentWords } from '#libs/korean';

export interface LocalHashEmbeddingsOptions {
  /** Vector size; a few hundred keeps collisions rare for a call center's vocabulary. */
  dimensions?: number;
}

/** Feature kinds and their weights: whole stems say most, bigrams carry spacing-free matching, trigrams order. */
const FEATURES = [
  { prefix: 'w:', weight: 1.6 },
  { prefix: 'b:', weight: 1.0 },
  { prefix: 't:', weight: 1.2 },
] as const;

/**
 * A deterministic embedding that needs no model download: feature-hashed content words and character
 * bi-/trigrams (spacing-insensitive, particles stripped), each weighted by 1 + log(tf), signed hashing to
 * cancel collisions, L2-normalised so that cosine distance works in pgvector.
 */
export class LocalHashEmbeddings extends Embeddings {
  static readonly MODEL = 'dasan-local-hash-v1';
  readonly dimensions: number;

  constructor(options: LocalHashEmbeddingsOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 512;
    if (!Number.isInteger(this.dimensions) || this.dimensions < 16 || this.dimensions > 4096) {
      throw new Error(`LocalHashEmbeddings: dimensions must be an integer from 16 to 4096, got ${options.dimensions}`);
    }
  }

  get modelId(): string {
    return `${LocalHashEmbeddings.MODEL}/${this.dimensions}`;
  }

  embedDocuments(documents: string[]): Promise<number[][]> {
    return Promise.resolve(documents.map((d) => this.embed(d)));
  }

  embedQuery(document: string): Promise<number[]> {
    return Promise.resolve(this.embed(document));
  }

  /** Synchronous core, used by both methods and by benchmarks. */
  embed(text: string): number[] {
    const words = contentWords(text);
    const counts = new Map<string, number>();
    const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
    for (const w of words) add(FEATURES[0].prefix + w);
    for (const g of charNgrams(words, 2)) add(FEATURES[1].prefix + g);
    for (const g of charNgrams(words, 3)) add(FEATURES[2].prefix + g);

    const vector = new Float64Array(this.dimensions);
    for (const [feature, tf] of counts) {
      const kind = FEATURES.find((f) => feature.startsWith(f.prefix))!;
      const h = fnv1a(feature);
      const index = h % this.dimensions;
      const sign = (h >>> 31) & 1 ? -1 : 1;
      vector[index] += sign * kind.weight * (1 + Math.log(tf));
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm);
    const out = new Array<number>(this.dimensions);
    for (let i = 0; i < this.dimensions; i++) out[i] = norm > 0 ? vector[i] / norm : 0;
    return out;
  }
}

/** 32-bit FNV-1a over UTF-16 code units: fast, stable across platforms and releases. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
