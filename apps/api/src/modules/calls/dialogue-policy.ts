import type { Classification } from '#libs/dialogue';
import { compact, contentWords } from '#libs/korean';
import type { HandoffReason } from '../handoff/handoff.entity.js';

/** LISTEN: an agent is on the line and the bot stays silent. */
export type BotAction = 'ANSWER' | 'CLARIFY' | 'HANDOFF' | 'EMERGENCY_REDIRECT' | 'END' | 'LISTEN';

/** What a turn was about, as the audit log and the eval name it. */
export type TurnIntent =
  | 'agent'
  | 'faq'
  | 'follow_up'
  | 'ambiguous'
  | 'out_of_scope'
  | 'emergency'
  | 'crisis'
  | 'handoff'
  | 'abuse'
  | 'repeat'
  | 'goodbye'
  | 'sms_request'
  | 'keypad'
  | 'greeting';

/** Where the dialogue stands before this turn. */
export interface DialogueState {
  lastTopicId: string | null;
  pendingTopics: string[];
  abuseWarnings: number;
  turnsWithoutProgress: number;
}

/** What retrieval saw for this utterance. */
export interface RetrievalView {
  confidence: number;
  /** Articles, best first, with their fused scores. */
  topics: { topicId: string; title: string; score: number }[];
  /** Whether the article under discussion has passages matching this utterance. */
  followUpMatches: boolean;
  /** Titles of the topics offered in the last clarifying question, in that order. */
  pendingTitles: { topicId: string; title: string }[];
}

export type Decision =
  | {
      kind: 'script';
      action: BotAction;
      intent: TurnIntent;
      script: ScriptKey;
      progress: boolean;
      handoff?: HandoffReason;
      end?: string;
      flag?: string;
    }
  | { kind: 'emergency'; service: '119' | '112'; reason: string }
  | { kind: 'answer'; topicId: string; followUp: boolean; intent: TurnIntent }
  | { kind: 'clarify'; topicIds: string[] }
  | { kind: 'repeat' }
  | { kind: 'sms' };

export type ScriptKey =
  'crisis' | 'handoffRequest' | 'handoffFailure' | 'outOfScope' | 'notUnderstood' | 'abuseWarning' | 'abuseEnd' | 'goodbye';

/** Calibrated confidence at which the bot answers outright, and below which it does not even offer choices. */
export const ANSWER_CONFIDENCE = 0.45;
export const CLARIFY_CONFIDENCE = 0.2;
/** Clarifying or not understanding this many turns in a row hands the call to a person. */
export const MAX_TURNS_WITHOUT_PROGRESS = 2;

/**
 * The decisions that need no knowledge base, in the order the call center's rules give them:
 * safety first, then a request for a person, then abuse, then the conversational moves.
 */
export function decideBeforeRetrieval(c: Classification, state: DialogueState): Decision | null {
  switch (c.intent) {
    case 'emergency':
      return { kind: 'emergency', service: c.service ?? '119', reason: c.reason ?? 'emergency' };
    case 'crisis':
      return { kind: 'script', action: 'HANDOFF', intent: 'crisis', script: 'crisis', progress: true, handoff: 'CRISIS', flag: 'crisis' };
    case 'handoff':
      return { kind: 'script', action: 'HANDOFF', intent: 'handoff', script: 'handoffRequest', progress: true, handoff: 'CALLER_REQUEST' };
    case 'abuse':
      return state.abuseWarnings >= 1
        ? { kind: 'script', action: 'END', intent: 'abuse', script: 'abuseEnd', progress: false, end: 'abuse', flag: 'abuse' }
        : { kind: 'script', action: 'CLARIFY', intent: 'abuse', script: 'abuseWarning', progress: false };
    case 'repeat':
      return { kind: 'repeat' };
    case 'goodbye':
      return { kind: 'script', action: 'END', intent: 'goodbye', script: 'goodbye', progress: true, end: 'caller' };
    case 'sms_request':
      return { kind: 'sms' };
    case 'out_of_scope':
      return noProgress(state, { kind: 'script', action: 'CLARIFY', intent: 'out_of_scope', script: 'outOfScope', progress: false });
    default:
      return null;
  }
}

/** Answer, follow up, ask back, or give up, from what retrieval found. */
export function decideFromRetrieval(utterance: string, state: DialogueState, r: RetrievalView): Decision {
  const chosen = choiceAmong(utterance, r.pendingTitles);
  if (chosen) return { kind: 'answer', topicId: chosen, followUp: false, intent: 'faq' };

  const top = r.topics[0];
  const short = contentWords(utterance).length <= 6;
  if (state.lastTopicId && r.followUpMatches && (top?.topicId === state.lastTopicId || (r.confidence < ANSWER_CONFIDENCE && short))) {
    return { kind: 'answer', topicId: state.lastTopicId, followUp: true, intent: 'follow_up' };
  }
  if (top && r.confidence >= ANSWER_CONFIDENCE) return { kind: 'answer', topicId: top.topicId, followUp: false, intent: 'faq' };
  if (top && r.confidence >= CLARIFY_CONFIDENCE && r.topics.length >= 2) {
    const options = r.topics.filter((t) => t.score >= top.score * 0.5).slice(0, 3);
    const topicIds = (options.length >= 2 ? options : r.topics.slice(0, 2)).map((t) => t.topicId);
    return noProgress(state, { kind: 'clarify', topicIds });
  }
  return noProgress(state, { kind: 'script', action: 'CLARIFY', intent: 'out_of_scope', script: 'notUnderstood', progress: false });
}

/** A turn without progress, unless it is one too many: then a person takes over. */
function noProgress(state: DialogueState, decision: Decision): Decision {
  if (state.turnsWithoutProgress + 1 >= MAX_TURNS_WITHOUT_PROGRESS) {
    return { kind: 'script', action: 'HANDOFF', intent: 'handoff', script: 'handoffFailure', progress: true, handoff: 'BOT_FAILURE' };
  }
  return decision;
}

const ORDINALS: [RegExp, number][] = [
  [/첫\s*번째|첫번|첫째|앞에\s*(거|것)|처음\s*(거|것)|first/i, 0],
  [/두\s*번째|둘째|second/i, 1],
  [/세\s*번째|셋째|third/i, 2],
  [/마지막|뒤에\s*(거|것)|last/i, -1],
];

/** Which offered topic the caller picked, by ordinal, by a yes to a single option, or by naming it. */
export function choiceAmong(utterance: string, offered: { topicId: string; title: string }[]): string | null {
  if (!offered.length) return null;
  for (const [pattern, index] of ORDINALS) {
    if (pattern.test(utterance)) return offered.at(index)?.topicId ?? null;
  }
  const said = compact(utterance);
  const named = offered.filter((o) =>
    compact(o.title)
      .split(/[·(),]/)
      .flatMap((part) => contentWords(part))
      .some((word) => word.length >= 2 && said.includes(compact(word))),
  );
  if (named.length === 1) return named[0].topicId;
  if (offered.length === 1 && /^(네|예|응|맞아요|맞습니다|그거요|yes|yeah)/i.test(said)) return offered[0].topicId;
  return null;
}
