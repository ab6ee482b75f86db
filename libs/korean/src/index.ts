export { FILLERS, STOP_WORDS, charNgrams, contentWords, isMostlyKorean, normalizeText, stripSuffix } from './normalize.js';
export { compact, keywordTermOccurrences, keywordTerms } from './terms.js';
