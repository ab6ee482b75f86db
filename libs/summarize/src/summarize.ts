import { FILLERS, isMostlyKorean, normalizeText } from '#libs/korean';
import { rankSentences } from './rank.js';
import { splitSentences } from './sentences.js';

export interface CallTurn {
  speaker: 'CALLER' | 'BOT' | 'AGENT';
  text: string;
}

export interface CallSummary {
  /** What the caller wanted: their most informative sentences, in the order they said them. */
  request: string;
  /** What the caller was told: the bot's and agent's sentences that matter most to the request, in order. */
  answered: string[];
  /** How the call ended, e.g. "상담원 연결 요청" or "안내 완료"; empty when nothing was asked. */
  outcome: string;
  /** The summary as the agent edits it: "문의: …\n안내: …\n결과: …". */
  text: string;
}

export interface CallSummaryOptions {
  /** Language of the labels; by default that of the call. */
  language?: 'ko' | 'en';
  /** Sentences kept for the request and for the answers, each (default 2). */
  maxSentences?: number;
}

const LABELS = {
  ko: {
    request: '문의',
    answered: '안내',
    outcome: '결과',
    person: '상담원 연결 요청',
    agent: '상담원 응대',
    done: '안내 완료',
    open: '미해결',
  },
  en: {
    request: 'Request',
    answered: 'Told',
    outcome: 'Outcome',
    person: 'Asked for an agent',
    agent: 'Handled by an agent',
    done: 'Answered',
    open: 'Unresolved',
  },
};

/**
 * The most central sentences of a text, in their original order: an extractive summary. For long transcripts,
 * summarise each part and then the joined part summaries (map-reduce); the output is stable for the same input.
 */
export function summarizeText(text: string, options: { maxSentences?: number; boostTerms?: string[] } = {}): string[] {
  const ranked = rankSentences(splitSentences(text), { limit: options.maxSentences ?? 3, keep: 'order', boostTerms: options.boostTerms });
  return ranked.map((s) => s.text);
}

/** A caller asking to speak to a person rather than the bot. */
const ASKS_FOR_PERSON =
  /상담원|상담사|(사람|직원).{0,8}(연결|바꿔|통화|얘기|이야기)|(연결|바꿔)\s*(해\s*)?주세요|\b(agent|human|representative|operator|real person|speak to someone)\b/i;

/**
 * The after-call summary of a transcript, extractive and deterministic: the caller's most central sentences as the
 * request, the bot's and agent's sentences closest to that request as what was told, and how the call ended.
 * Masked personal data ("010-****-5678") is kept exactly as it appears.
 */
export function summarizeCall(turns: CallTurn[], options: CallSummaryOptions = {}): CallSummary {
  const limit = options.maxSentences ?? 2;
  const said = (speakers: CallTurn['speaker'][]) =>
    turns.filter((turn) => speakers.includes(turn.speaker)).flatMap((turn) => splitSentences(turn.text));
  const callerSentences = said(['CALLER']);
  const staffSentences = said(['BOT', 'AGENT']);
  const language = options.language ?? (isMostlyKorean(turns.map((turn) => turn.text).join(' ')) || turns.length === 0 ? 'ko' : 'en');
  const labels = LABELS[language];

  // The first asks usually state the reason for the call; later ones are follow-ups.
  const requestSentences = rankSentences(callerSentences, { limit, keep: 'order', positionPrior: 1 }).map((s) => trimFillers(s.text));
  const answered = rankSentences(staffSentences, { limit, keep: 'order', boostTerms: requestSentences }).map((s) => trimFillers(s.text));
  const request = requestSentences.join(' ');

  let outcome = '';
  if (turns.some((turn) => turn.speaker === 'AGENT')) outcome = labels.agent;
  else if (callerSentences.some((s) => ASKS_FOR_PERSON.test(s))) outcome = labels.person;
  else if (request) outcome = answered.length > 0 ? labels.done : labels.open;

  const lines: [string, string][] = [
    [labels.request, request],
    [labels.answered, answered.join(' ')],
    [labels.outcome, outcome],
  ];
  const text = lines
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
  return { request, answered, outcome, text };
}

/** A sentence without the fillers it opens with ("아 네 저기요 여권을…" → "여권을…"). */
function trimFillers(sentence: string): string {
  const words = sentence.split(' ');
  let start = 0;
  while (start < words.length - 1 && FILLERS.has(normalizeText(words[start]))) start++;
  return words.slice(start).join(' ');
}
