import { charNgrams, contentWords, normalizeText } from './normalize.js';

/**
 * The terms of the keyword channel: content words (stems) and the character bigrams of the words run together.
 * Bigrams make matching spacing-free and tolerant of particles the stripper missed; stems reward whole-word hits.
 */
export function keywordTerms(text: string): string[] {
  const words = contentWords(text);
  const terms = new Set<string>();
  for (const word of words) if (word.length >= 2 || /\d/.test(word)) terms.add(word);
  for (const gram of charNgrams(words, 2)) terms.add(gram);
  return [...terms];
}

/** Every occurrence of the terms, in order: what a document's tsvector is built from, so term frequency counts. */
export function keywordTermOccurrences(text: string): string[] {
  const words = contentWords(text);
  return [...words.filter((w) => w.length >= 2 || /\d/.test(w)), ...charNgrams(words, 2)];
}

/** Space-free form of a phrase, for spacing-insensitive containment checks. */
export function compact(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}
