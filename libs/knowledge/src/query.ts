import { FILLERS, keywordTerms, normalizeText } from '#libs/korean';
import type { SynonymLexicon } from './synonym-lexicon.js';

/** A caller's question made ready for both retrieval channels. */
export interface PreparedQuery {
  /** What the caller said, as received. */
  raw: string;
  /** Normalised, fillers dropped, with the synonyms' canonical phrases appended: what gets embedded. */
  text: string;
  /** Keyword-channel terms (stems and spacing-free bigrams) of `text`. */
  terms: string[];
  /** Canonical phrases added by the synonym lexicon. */
  expansions: string[];
}

/** Normalises spoken Korean (fillers, particles, spacing) and expands synonyms. */
export function prepareQuery(raw: string, lexicon: SynonymLexicon): PreparedQuery {
  const normalized = normalizeText(raw)
    .split(' ')
    .filter((w) => w && !FILLERS.has(w))
    .join(' ');
  const expansions = [...new Set(lexicon.expansions(normalized))];
  const text = [normalized, ...expansions].join(' ').trim();
  return { raw, text, terms: keywordTerms(text), expansions };
}
