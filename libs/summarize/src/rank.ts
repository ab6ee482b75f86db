import { contentWords, keywordTerms } from '#libs/korean';

export interface RankedSentence {
  /** Position of the sentence in the input. */
  index: number;
  text: string;
  /** TextRank score; over all the sentences that carry meaning, the scores sum to 1. */
  score: number;
}

export interface RankOptions {
  /** How many sentences to return (all that carry meaning by default). */
  limit?: number;
  /** 'score' (default): best first; 'order': the best `limit` sentences in their original order. */
  keep?: 'order' | 'score';
  /** Words or phrases to favour, e.g. the caller's question when ranking the answers. */
  boostTerms?: string[];
  /** Favour early sentences: 0 (default) none; w gives the k-th sentence (from 0) a prior of 1 + w / (k + 1). */
  positionPrior?: number;
}

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-9;
/** Scores closer than this are a tie, broken by position, so rounding never reorders the output. */
const TIE = 1e-12;

/** Acknowledgements and courtesies: whatever content words they leave behind say nothing about the call. */
const COURTESIES = [
  '알겠습니다 알겠어요 알았어요 알았습니다 감사합니다 감사해요 고맙습니다 고마워요 그렇군요 그래요 맞아요 맞습니다',
  '좋아요 좋습니다 괜찮아요 괜찮습니다 수고하세요 수고하셨습니다 죄송합니다 죄송해요 잠시만요 잠깐만요 기다릴게요',
  '무엇을 도와드릴까요 더 궁금하신 점 있으신가요 다산콜센터입니다 120다산콜센터입니다',
  'okay ok thanks thank yes no sure right great bye goodbye got see oh this dasan help',
];
const COURTESY_WORDS: ReadonlySet<string> = new Set(COURTESIES.flatMap((line) => contentWords(line)));

/** The content words of a sentence that carry meaning, courtesies left out. */
function meaningfulWords(sentence: string): string[] {
  return contentWords(sentence).filter((word) => !COURTESY_WORDS.has(word));
}

/**
 * False for fillers, acknowledgements and sentences too short to say anything ("네", "음", "아 네 알겠습니다"):
 * a sentence needs two content words, or one of three letters or more.
 */
export function isSubstantive(sentence: string): boolean {
  const words = meaningfulWords(sentence);
  return words.length >= 2 || (words.length === 1 && words[0].length >= 3 && /\p{L}/u.test(words[0]));
}

/** Terms compared between sentences: content-word stems and the character bigrams of the words run together. */
export function sentenceTerms(sentence: string): Set<string> {
  return new Set(keywordTerms(meaningfulWords(sentence).join(' ')));
}

/** TextRank similarity: shared terms over the log lengths (log(1 + n), so one-term sentences do not divide by zero). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (Math.log(1 + a.size) + Math.log(1 + b.size));
}

/**
 * Ranks sentences by TextRank: a graph of the sentences that carry meaning, edges weighted by shared content terms,
 * scored by PageRank (damping 0.85) with a prior that can favour early sentences or sentences with given terms.
 * Deterministic: a fixed number of iterations at most, ties broken by position.
 */
export function rankSentences(sentences: string[], options: RankOptions = {}): RankedSentence[] {
  const limit = Math.max(0, Math.floor(options.limit ?? Infinity));
  const nodes = sentences.map((text, index) => ({ index, text })).filter((s) => isSubstantive(s.text));
  if (nodes.length === 0 || limit === 0) return [];
  const terms = nodes.map((node) => sentenceTerms(node.text));
  const boost = new Set((options.boostTerms ?? []).flatMap((phrase) => keywordTerms(phrase)));
  const prior = normalise(
    terms.map((t, k) => (1 + (options.positionPrior ?? 0) / (k + 1)) * (1 + [...t].filter((term) => boost.has(term)).length)),
  );
  const similarities = terms.map((a, i) => terms.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const scores = pageRank(similarities, prior);
  const ranked = nodes.map((node, k) => ({ ...node, score: scores[k] }));
  const best = [...ranked].sort((a, b) => (Math.abs(b.score - a.score) > TIE ? b.score - a.score : a.index - b.index)).slice(0, limit);
  return options.keep === 'order' ? best.sort((a, b) => a.index - b.index) : best;
}

/**
 * Personalised PageRank over a weighted graph. The prior steers both the random jump and the walk (an edge into a
 * sentence counts in proportion to that sentence's prior), so a position prior or boost matters even when the graph is
 * dense; a sentence with no edges hands its score back through the prior.
 */
function pageRank(similarities: number[][], prior: number[]): number[] {
  const weights = similarities.map((row) => row.map((w, i) => w * prior[i]));
  const outWeight = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let scores = [...prior];
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const dangling = scores.reduce((sum, s, j) => (outWeight[j] === 0 ? sum + s : sum), 0);
    const next = prior.map((p, i) => {
      let flow = 0;
      for (let j = 0; j < prior.length; j++) if (weights[j][i] > 0) flow += (weights[j][i] / outWeight[j]) * scores[j];
      return (1 - DAMPING) * p + DAMPING * (flow + dangling * p);
    });
    const change = next.reduce((sum, s, i) => sum + Math.abs(s - scores[i]), 0);
    scores = next;
    if (change < TOLERANCE) break;
  }
  return scores;
}

function normalise(values: number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => v / total);
}
