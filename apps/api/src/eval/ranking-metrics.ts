/** Rank-quality figures for a set of questions, each with the rank (1-based) of its expected topic, or null. */
export interface RankingFigures {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

/** hit@1, hit@3 and MRR (reciprocal rank, 0 when the topic is not in the list). */
export function rankingFigures(ranks: (number | null)[]): RankingFigures {
  const n = ranks.length;
  if (n === 0) return { n: 0, hit1: 0, hit3: 0, mrr: 0 };
  const share = (pred: (r: number) => boolean) => ranks.filter((r) => r !== null && pred(r)).length / n;
  const mrr = ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / n;
  return { n, hit1: share((r) => r === 1), hit3: share((r) => r <= 3), mrr };
}

/** The rank of `expected` in a list of topic ids, or null. */
export function rankOf(expected: string, topics: string[]): number | null {
  const i = topics.indexOf(expected);
  return i < 0 ? null : i + 1;
}

/** Figures per value of a key (style, lang), in key order. */
export function breakdown<T>(items: T[], key: (t: T) => string, rank: (t: T) => number | null): Record<string, RankingFigures> {
  const groups = new Map<string, (number | null)[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), rank(item)]);
  }
  return Object.fromEntries([...groups.keys()].sort().map((k) => [k, rankingFigures(groups.get(k)!)]));
}

/** Brier score and expected calibration error (10 equal-width bins) of probabilities against outcomes. */
export function calibrationFigures(samples: { p: number; correct: boolean }[]): { brier: number; ece: number } {
  if (samples.length === 0) return { brier: 0, ece: 0 };
  const brier = samples.reduce((s, x) => s + (x.p - (x.correct ? 1 : 0)) ** 2, 0) / samples.length;
  let ece = 0;
  for (let b = 0; b < 10; b++) {
    const bin = samples.filter((x) => Math.min(9, Math.floor(x.p * 10)) === b);
    if (!bin.length) continue;
    const conf = bin.reduce((s, x) => s + x.p, 0) / bin.length;
    const acc = bin.filter((x) => x.correct).length / bin.length;
    ece += (bin.length / samples.length) * Math.abs(conf - acc);
  }
  return { brier, ece };
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
