import type { Span } from './pii.js';

/**
 * Finds the numbers in an utterance however the speech recogniser wrote them: in digits ("010-1234-5678"), in
 * Korean digit words read one digit at a time ("공일공 일이삼사 오육칠팔"), or a mix of both ("010 일이삼사 5678").
 *
 * A number is a run of digit groups joined by separators (spaces, dashes, or the words callers say between the
 * groups: 다시, 에, 하고, 의). What the number is, if anything, is decided elsewhere; this file only reads it.
 */

/** Korean digit words, read one digit at a time the way people read numbers aloud. */
const SPOKEN_DIGITS: ReadonlyMap<string, string> = new Map([
  ['공', '0'],
  ['영', '0'],
  ['빵', '0'],
  ['일', '1'],
  ['이', '2'],
  ['삼', '3'],
  ['사', '4'],
  ['오', '5'],
  ['육', '6'],
  ['륙', '6'],
  ['칠', '7'],
  ['팔', '8'],
  ['구', '9'],
]);

/**
 * Syllables that may come right before the first digit word of a group without making it part of a word: the end
 * of a particle ("번호는공일공…") or of a spoken separator ("…다시일이삼…", "…하고일이삼…"). After any other
 * syllable the digit syllables belong to a word (구로구's second 구 follows 로).
 */
const BEFORE_GROUP: ReadonlySet<string> = new Set([...'는은가를을요고면데서도게죠네시에의']);

/**
 * Syllables that may come right after the last digit word of a group: particles, endings and spoken separators
 * ("…오육칠팔이에요", "…오육칠팔번이요", "…일공일공다시…", "…공일공에"). After any other syllable the digit
 * syllables begin a word: 오늘, 구청, 삼성동, 육교.
 */
const AFTER_GROUP: ReadonlySet<string> = new Set([...'요입예에은는을를로으까고랑번인라야도하다의임였었나지죠네니며면든란거께']);

/** Endings made of digit syllables: "…오육칠팔이에요" ends in the copula 이, "…오육칠팔이구요" in 이구. */
const COPULAS: readonly string[] = ['이구', '이'];

/** Punctuation between two groups of one number: "010-1234-5678", "(02) 123.4567", "010 일이삼사 5678". */
const WRITTEN_SEPARATOR = /^[\s\-‐‑–—－.()]{1,4}$/u;
/** What a caller says between groups: "구공일공일공 다시 일이삼사오육칠", "공일공에 일이삼사". */
const SPOKEN_SEPARATOR = /^[\s\-‐‑–—－,.]{0,3}(?:다시요|다시|하고|에|의)[\s\-‐‑–—－,.]{0,3}$/u;
/** Recognisers put commas between spoken groups: "공일공, 일이삼사, 오육칠팔". */
const COMMA_SEPARATOR = /^[\s,]{1,3}$/u;
/** A separator made of dashes only, as bank account numbers are written. */
const DASH_SEPARATOR = /^\s*[-‐‑–—－]\s*$/u;

const HANGUL = /^[\uac00-\ud7a3]$/u;
const LATIN = /^[A-Za-z]$/u;

export interface DigitGroup extends Span {
  /** The digits read, ASCII. */
  digits: string;
  /** True for Korean digit words, false for written digits. */
  spoken: boolean;
  /**
   * A spoken group ending in a copula (오육칠팔이에요): its end and digits with the copula read as a word. The digits
   * are empty when the group is nothing but the copula (" 이에요").
   */
  withoutCopula?: CopulaReading;
}

export interface CopulaReading {
  end: number;
  digits: string;
  /**
   * True when the copula reading is the likelier one: the copula 이 follows a syllable with a final consonant
   * ("팔이에요" is 8 and 이에요), while after a vowel it contracts ("구예요"), so "구이" is more likely 9 and 2.
   */
  likelier: boolean;
}

export interface DigitRun {
  groups: DigitGroup[];
  /** separators[k] is the text between groups[k] and groups[k + 1]. */
  separators: string[];
}

/** The digit a written character stands for (ASCII or full-width), or undefined. */
export function writtenDigit(ch: string | undefined): string | undefined {
  if (ch === undefined || ch.length !== 1) return undefined;
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return ch;
  if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
  return undefined;
}

/** The digit a Korean digit word stands for (공 → 0, 일 → 1, …), or undefined. */
export function spokenDigit(ch: string | undefined): string | undefined {
  return ch === undefined ? undefined : SPOKEN_DIGITS.get(ch);
}

/** True when a separator between two groups is made of dashes only ("110-123-456789"). */
export function isDashSeparator(separator: string): boolean {
  return DASH_SEPARATOR.test(separator);
}

/**
 * The digit runs of a text, in order. Groups inside `blocked` spans (e-mail addresses) and groups touching a mask
 * character (an already masked number such as 010-****-5678) are left out and end the run they interrupt.
 */
export function findDigitRuns(text: string, blocked: readonly Span[] = []): DigitRun[] {
  const excluded = excludedPositions(text, blocked);
  const runs: DigitRun[] = [];
  let run: DigitRun | undefined;
  let previous: DigitGroup | undefined;
  for (const group of readGroups(text)) {
    if (excluded[group.start] || excluded[group.end - 1]) {
      run = undefined;
      previous = undefined;
      continue;
    }
    const separator = previous ? text.slice(previous.end, group.start) : '';
    if (run && previous && joins(separator, previous, group)) {
      run.groups.push(group);
      run.separators.push(separator);
    } else {
      run = { groups: [group], separators: [] };
      runs.push(run);
    }
    previous = group;
  }
  return runs;
}

/**
 * Positions no group may use: the blocked spans, and every token of digits, dashes and mask characters that holds a
 * mask character, so that an already masked number ("010-****-5678", "********6789") is never read again.
 */
function excludedPositions(text: string, blocked: readonly Span[]): Uint8Array {
  const excluded = new Uint8Array(text.length + 1);
  for (const span of blocked) excluded.fill(1, Math.max(0, span.start), Math.min(text.length, span.end));
  const inToken = (ch: string) => ch === '*' || ch === '-' || ch === '－' || writtenDigit(ch) !== undefined;
  for (let i = 0; i < text.length;) {
    if (!inToken(text[i])) {
      i++;
      continue;
    }
    let end = i;
    let masked = false;
    for (; end < text.length && inToken(text[end]); end++) if (text[end] === '*') masked = true;
    // A spoken group right next to a masked token is excluded too: widen by one position on each side.
    if (masked) excluded.fill(1, Math.max(0, i - 1), end + 1);
    i = end;
  }
  return excluded;
}

/** Every group of written digits, and every group of spoken digit words that is not part of an ordinary word. */
function* readGroups(text: string): Generator<DigitGroup> {
  let i = 0;
  while (i < text.length) {
    if (writtenDigit(text[i]) !== undefined) {
      let end = i;
      let digits = '';
      while (end < text.length && writtenDigit(text[end]) !== undefined) digits += writtenDigit(text[end++]);
      yield { start: i, end, digits, spoken: false };
      i = end;
    } else if (spokenDigit(text[i]) !== undefined) {
      let end = i;
      while (end < text.length && spokenDigit(text[end]) !== undefined) end++;
      const group = readSpokenGroup(text, i, end);
      if (group) yield group;
      i = end;
    } else {
      i++;
    }
  }
}

/**
 * A maximal stretch of digit syllables, read as digits only when it stands as a word of its own: "오늘" and
 * "구청" are words, "공일공" and "…오육칠팔이에요" are numbers.
 */
function readSpokenGroup(text: string, from: number, end: number): DigitGroup | undefined {
  let start = from;
  const before = text[start - 1];
  const after = text[end];
  if (isWrittenOrLatin(before) || isWrittenOrLatin(after)) return undefined;
  if (before !== undefined && HANGUL.test(before) && !BEFORE_GROUP.has(before)) {
    // "핸드폰이공일공…": the 이 is the subject particle of the word before, not a digit.
    if (text[start] !== '이' || end - start < 2) return undefined;
    start += 1;
  }
  let withoutCopula: DigitGroup['withoutCopula'];
  if (after !== undefined && HANGUL.test(after)) {
    if (!AFTER_GROUP.has(after)) return undefined;
    const words = text.slice(start, end);
    const copula = COPULAS.find((c) => words.endsWith(c));
    if (copula) {
      const cut = end - copula.length;
      // A copula said on its own ("…4567811 이에요") is the copula; after a digit word, it depends on that word.
      const likelier = cut === start || hasFinalConsonant(text[cut - 1]);
      withoutCopula = { end: cut, digits: spokenDigits(text, start, cut), likelier };
    }
  }
  const group: DigitGroup = { start, end, digits: spokenDigits(text, start, end), spoken: true };
  if (withoutCopula) group.withoutCopula = withoutCopula;
  return group;
}

function spokenDigits(text: string, start: number, end: number): string {
  let digits = '';
  for (let i = start; i < end; i++) digits += spokenDigit(text[i]);
  return digits;
}

function hasFinalConsonant(syllable: string): boolean {
  return (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;
}

function isWrittenOrLatin(ch: string | undefined): boolean {
  return ch !== undefined && (writtenDigit(ch) !== undefined || LATIN.test(ch));
}

function joins(separator: string, previous: DigitGroup, next: DigitGroup): boolean {
  if (SPOKEN_SEPARATOR.test(separator)) return true;
  if (previous.spoken && next.spoken && COMMA_SEPARATOR.test(separator)) return true;
  return WRITTEN_SEPARATOR.test(separator);
}
