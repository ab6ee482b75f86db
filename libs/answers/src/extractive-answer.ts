import { keywordTerms } from '#libs/korean';
import { forSpeech, hasUrl, sentences, stripMarkdown } from './spoken-style.js';

/** A passage of the knowledge base given to an answerer, numbered for citation. */
export interface Passage {
  chunkId: string;
  topicId: string;
  title: string;
  headingPath: string[];
  content: string;
  sourceUrl: string;
  version: number;
}

/** The article's own prepared answers, written to be spoken. */
export interface ArticleAnswers {
  topicId: string;
  answerVoice: string;
  answerEn: string;
}

export interface SpokenAnswer {
  sentences: string[];
  /** Passages the sentences came from. */
  cited: Passage[];
  /** A web address was left out: offer a text message instead of reading it. */
  droppedUrl: boolean;
}

export const MAX_SPOKEN_SENTENCES = 3;

/** What kind of fact a follow-up asks for, and what a sentence that gives it looks like. */
const QUESTION_KINDS = [
  { asks: /얼마|수수료|비용|요금|가격|돈|과태료|fee|cost|price|how much/i, answers: /\d[\d,]*\s*(만\s*)?원|무료|free|won/i },
  {
    asks: /언제|기한|기간|며칠|몇\s*일|마감|when|how long|deadline/i,
    answers: /\d+\s*(일|개월|달|년|주|시)|까지|이내|기한|days?|months?/i,
  },
  { asks: /어디|장소|where/i, answers: /구청|주민센터|센터|사무소|누리집|온라인|앱|방문|역|office|online|center/i },
  { asks: /준비물|서류|가져|챙겨|필요|bring|documents?/i, answers: /신분증|서류|사진|증명|통장|bring|ID|photo/i },
];

/** A sentence that only announces a list ("다음과 같습니다") says nothing when read alone. */
const LEAD_IN = /(다음과|아래와)\s*같(습니다|아요|다)\.?$|:\s*\.?$/;
/** A question is never an answer. */
const QUESTION = /[?？]\s*$/;

/**
 * The offline answer, extractive and grounded: every sentence is taken from the cited article. A first question on a
 * topic gets the article's prepared spoken answer; a follow-up gets the sentences of the best passages that share
 * most of the question's terms.
 */
export function composeExtractiveAnswer(input: {
  question: string;
  language: 'ko' | 'en';
  article: ArticleAnswers | null;
  passages: Passage[];
  followUp: boolean;
}): SpokenAnswer | null {
  const { article, passages, language } = input;
  const own = passages.find((p) => p.topicId === article?.topicId) ?? passages[0];
  if (article && (!input.followUp || language === 'en')) {
    const prepared = language === 'en' ? article.answerEn : article.answerVoice;
    const spoken = sentences(stripMarkdown(prepared)).map(forSpeech).slice(0, MAX_SPOKEN_SENTENCES);
    if (spoken.length && own) return { sentences: spoken, cited: [own], droppedUrl: hasUrl(prepared) };
  }
  const terms = new Set(keywordTerms(input.question));
  const wanted = QUESTION_KINDS.filter((k) => k.asks.test(input.question));
  const scored: { sentence: string; passage: Passage; order: number; score: number }[] = [];
  passages.slice(0, 3).forEach((passage, p) => {
    sentences(stripMarkdown(passage.content)).forEach((sentence, i) => {
      if (LEAD_IN.test(sentence) || QUESTION.test(sentence)) return;
      const sentenceTerms = keywordTerms(sentence);
      const overlap = sentenceTerms.filter((t) => terms.has(t)).length / Math.sqrt(1 + sentenceTerms.length);
      const fits = wanted.some((k) => k.answers.test(sentence)) ? 1 : 0;
      scored.push({ sentence: forSpeech(sentence), passage, order: p * 1000 + i, score: overlap + fits });
    });
  });
  const best = scored
    .filter((s) => s.score > 0 && s.sentence.length <= 160)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 2)
    .sort((a, b) => a.order - b.order);
  if (!best.length) return null;
  return {
    sentences: best.map((b) => b.sentence),
    cited: [...new Map(best.map((b) => [b.passage.chunkId, b.passage])).values()],
    droppedUrl: best.some((b) => hasUrl(b.passage.content)),
  };
}
