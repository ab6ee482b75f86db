import { splitSentences } from '#libs/summarize';

export interface SplitForSpeechOptions {
  /** A sentence longer than this is cut at commas, then between words (default 120 characters). */
  maxChars?: number;
  /** A sentence shorter than this ("네.") is spoken together with the next one (default 8 characters). */
  minChars?: number;
}

/**
 * The pieces to synthesise one after another, so the first sentence can be played while the rest is made: the
 * sentences of the text (Korean and English endings, decimals and dates kept whole), a very short one joined to the
 * next, a very long one cut at commas or between words. Nothing for text with no letters or digits.
 */
export function splitForSpeech(text: string, options: SplitForSpeechOptions = {}): string[] {
  const maxChars = options.maxChars ?? 120;
  const minChars = options.minChars ?? 8;
  const pieces: string[] = [];
  let carry = '';
  for (const sentence of splitSentences(text)) {
    const joined = carry ? `${carry} ${sentence}` : sentence;
    if (joined.length < minChars) {
      carry = joined;
      continue;
    }
    carry = '';
    pieces.push(...cut(joined, maxChars));
  }
  if (carry) {
    if (pieces.length && pieces.at(-1)!.length + 1 + carry.length <= maxChars) pieces.push(`${pieces.pop()} ${carry}`);
    else pieces.push(carry);
  }
  return pieces;
}

/** Cuts a sentence into parts of at most `maxChars`, at commas where it can, else between words, else anywhere. */
function cut(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const clauses = sentence.split(/(?<=[,，、;:])\s*/).flatMap((clause) => (clause.length <= maxChars ? [clause] : words(clause, maxChars)));
  const parts: string[] = [];
  for (const clause of clauses) {
    const last = parts.at(-1);
    if (last !== undefined && last.length + 1 + clause.length <= maxChars) parts[parts.length - 1] = `${last} ${clause}`;
    else parts.push(clause);
  }
  return parts;
}

function words(clause: string, maxChars: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const word of clause.split(' ')) {
    for (let start = 0; start < word.length; start += maxChars) {
      const piece = word.slice(start, start + maxChars);
      if (current && current.length + 1 + piece.length <= maxChars) current = `${current} ${piece}`;
      else {
        if (current) parts.push(current);
        current = piece;
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}
