/**
 * Korean text handling for retrieval: the same functions prepare documents at ingest time and callers'
 * utterances at query time, so both sides agree on what a "term" is.
 */

/** Sounds and words a caller says while thinking; they carry no meaning for retrieval. */
export const FILLERS: ReadonlySet<string> = new Set([
  '어',
  '어어',
  '음',
  '음음',
  '흠',
  '으음',
  '아',
  '아아',
  '에',
  '에이',
  '그',
  '그그',
  '저',
  '저기',
  '저기요',
  '저어',
  '뭐',
  '뭐지',
  '뭐냐',
  '뭐냐면',
  '그러니까',
  '그니까',
  '있잖아요',
  '있잖아',
  '근데',
  '그런데',
  '그래서',
  '막',
  '좀',
  '약간',
  '혹시',
  '네',
  '예',
  '여보세요',
  '안녕하세요',
  '수고하십니다',
  '말이에요',
  '말인데요',
  '아니',
  '진짜',
  '정말',
  '제발',
  'um',
  'uh',
  'hmm',
  'er',
  'like',
  'well',
  'so',
  'hello',
  'hi',
]);

/**
 * Question and function words that appear in almost every caller question and in every article's FAQ lines:
 * they would make unrelated articles look alike, so neither channel scores them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '어떻게',
  '어떡해',
  '어떡하죠',
  '어떻게요',
  '어디',
  '어디서',
  '어디에',
  '어디로',
  '어디에서',
  '언제',
  '언제까지',
  '무엇',
  '무엇을',
  '뭘',
  '뭔가요',
  '뭐예요',
  '뭐에요',
  '왜',
  '누가',
  '얼마',
  '얼마나',
  '얼마예요',
  '얼마에요',
  '몇',
  '어느',
  '어떤',
  '무슨',
  '하나요',
  '되나요',
  '있나요',
  '없나요',
  '인가요',
  '한가요',
  '할까요',
  '될까요',
  '하죠',
  '되죠',
  '해요',
  '돼요',
  '되요',
  '해야',
  '하면',
  '하려면',
  '되려면',
  '하는데',
  '했는데',
  '싶어요',
  '싶은데',
  '싶습니다',
  '싶은데요',
  '주세요',
  '알려',
  '알려주세요',
  '알고',
  '궁금해요',
  '궁금합니다',
  '문의',
  '문의드려요',
  '질문',
  '방법',
  '방법은',
  '있어요',
  '있습니다',
  '합니다',
  '입니다',
  '제가',
  '저는',
  '저희',
  '우리',
  '그거',
  '이거',
  '저거',
  '거기',
  '여기',
  '것',
  '거',
  '수',
  '때',
  '등',
  '및',
  '또는',
  '그리고',
  '가능한가요',
  '가능해요',
  '받을',
  '받으려면',
  '하고',
  '해서',
  '하는',
  '되는',
  '있는',
  '없는',
  '했어요',
  '됐어요',
  '요',
  'how',
  'what',
  'where',
  'when',
  'who',
  'which',
  'do',
  'does',
  'did',
  'can',
  'could',
  'i',
  'my',
  'me',
  'is',
  'are',
  'the',
  'a',
  'an',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'it',
  'if',
  'you',
  'your',
  'there',
  'get',
  'be',
  'with',
]);

/** Particles and endings, longest first; stripped from a word when a stem of at least two syllables remains. */
const SUFFIXES: readonly string[] = [
  '에서부터',
  '으로부터',
  '에서는',
  '에서도',
  '으로는',
  '으로도',
  '에게서',
  '한테서',
  '이라도',
  '이라는',
  '이라고',
  '라는',
  '까지는',
  '하려면',
  '하려고',
  '하는데',
  '했는데',
  '하나요',
  '되나요',
  '인가요',
  '있나요',
  '없나요',
  '할까요',
  '해야',
  '해요',
  '돼요',
  '이에요',
  '예요',
  '입니다',
  '합니다',
  '습니다',
  '이랑',
  '하고',
  '에서',
  '에게',
  '한테',
  '으로',
  '까지',
  '부터',
  '마다',
  '처럼',
  '보다',
  '라도',
  '이나',
  '이란',
  '이요',
  '은요',
  '는요',
  '가요',
  // One-syllable particles that also end many nouns (이: 따릉이, 어린이; 가: 평가; 도: 제도; 의: 회의; 과: 결과;
  // 만: 천만) are left on: the bigrams still match, and a mangled noun would not.
  '은',
  '는',
  '을',
  '를',
  '에',
  '로',
  '와',
  '랑',
  '요',
];

const HANGUL = /[\uac00-\ud7a3]/;

/** NFKC, lower case, punctuation to spaces, runs of white space folded. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The stem of a Korean word with its particle or ending removed, or the word itself. */
export function stripSuffix(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The words of a text that carry meaning: fillers and stop words dropped, particles and endings stripped. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const word of normalizeText(text).split(' ')) {
    if (!word || FILLERS.has(word) || STOP_WORDS.has(word)) continue;
    const stem = stripSuffix(word);
    if (STOP_WORDS.has(stem) || FILLERS.has(stem)) continue;
    words.push(stem);
  }
  return words;
}

/**
 * Character n-grams of the content words run together, so "주차 위반" and "주차위반" give the same grams:
 * recognisers and callers space Korean freely.
 */
export function charNgrams(words: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (const run of spacingFreeRuns(words)) {
    for (let i = 0; i + n <= run.length; i++) grams.push(run.slice(i, i + n));
  }
  return grams;
}

/** Hangul words are run together; a Latin or numeric word stands alone. */
function spacingFreeRuns(words: readonly string[]): string[] {
  const runs: string[] = [];
  let current = '';
  for (const word of words) {
    if (HANGUL.test(word)) {
      current += word;
    } else {
      if (current) runs.push(current);
      current = '';
      runs.push(word);
    }
  }
  if (current) runs.push(current);
  return runs;
}

/**
 * True when the text is mostly Korean. A Hangul syllable carries about what three Latin letters do, so that is
 * the exchange rate ("여권 renew" is Korean, "How do I renew my 여권" English).
 */
export function isMostlyKorean(text: string): boolean {
  const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  return hangul > 0 && hangul * 3 >= latin;
}
