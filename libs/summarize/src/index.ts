export { splitSentences } from './sentences.js';
export { type RankOptions, type RankedSentence, isSubstantive, rankSentences } from './rank.js';
export { type CallSummary, type CallSummaryOptions, type CallTurn, summarizeCall, summarizeText } from './summarize.js';
