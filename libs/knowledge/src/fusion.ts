/** A candidate from one retrieval channel, in that channel's rank order. */
export interface ChannelHit {
  chunkId: string;
  documentId: string;
}

export interface FusedHit {
  chunkId: string;
  documentId: string;
  /** Reciprocal-rank-fusion score. */
  score: number;
  /** 1-based rank in each channel, or null when the channel did not return it. */
  vectorRank: number | null;
  keywordRank: number | null;
}

export interface FusionOptions {
  /** The RRF constant: larger flattens the advantage of the very top ranks. */
  k?: number;
  /** Weight of each channel's contribution. */
  vectorWeight?: number;
  keywordWeight?: number;
}

/**
 * Reciprocal rank fusion (Cormack et al., 2009): score = Σ w / (k + rank). Robust to the two channels' scores
 * being on different scales, which cosine similarity and ts_rank are.
 */
export function reciprocalRankFusion(vector: ChannelHit[], keyword: ChannelHit[], options: FusionOptions = {}): FusedHit[] {
  const k = options.k ?? 60;
  const wv = options.vectorWeight ?? 1;
  const wk = options.keywordWeight ?? 1;
  const fused = new Map<string, FusedHit>();
  const visit = (hits: ChannelHit[], weight: number, channel: 'vectorRank' | 'keywordRank') => {
    hits.forEach((hit, i) => {
      const entry = fused.get(hit.chunkId) ?? {
        chunkId: hit.chunkId,
        documentId: hit.documentId,
        score: 0,
        vectorRank: null,
        keywordRank: null,
      };
      if (entry[channel] === null) {
        entry[channel] = i + 1;
        entry.score += weight / (k + i + 1);
      }
      fused.set(hit.chunkId, entry);
    });
  };
  visit(vector, wv, 'vectorRank');
  visit(keyword, wk, 'keywordRank');
  // Exact ties (rank 1 + rank 4 against rank 4 + rank 1) go to the better keyword rank, then the better vector
  // rank, so that results never depend on the random order of ids.
  const rank = (r: number | null) => r ?? Number.MAX_SAFE_INTEGER;
  return [...fused.values()].sort(
    (a, b) =>
      b.score - a.score ||
      rank(a.keywordRank) - rank(b.keywordRank) ||
      rank(a.vectorRank) - rank(b.vectorRank) ||
      a.chunkId.localeCompare(b.chunkId),
  );
}

export interface DocumentScore {
  documentId: string;
  /** The document's best chunk. */
  best: FusedHit;
  score: number;
}

/**
 * Ranks documents by the evidence of all their chunks: the best chunk's score plus a decaying share of the next
 * ones (decay^1, decay^2, ...), so that an article matching in several sections outranks one lucky passage.
 */
export function documentScores(hits: readonly FusedHit[], decay = 0.5): DocumentScore[] {
  const docs = new Map<string, { best: FusedHit; scores: number[] }>();
  for (const hit of hits) {
    const doc = docs.get(hit.documentId);
    if (doc) doc.scores.push(hit.score);
    else docs.set(hit.documentId, { best: hit, scores: [hit.score] });
  }
  return [...docs.entries()]
    .map(([documentId, { best, scores }]) => ({
      documentId,
      best,
      score: scores.sort((a, b) => b - a).reduce((sum, s, i) => sum + s * decay ** i, 0),
    }))
    .sort((a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId));
}
