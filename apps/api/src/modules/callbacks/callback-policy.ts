import type { HandoffReason } from '../handoff/handoff.entity.js';
import type { CallbackOutcome, CallbackStatus } from './callback-request.entity.js';

/** Tries to reach a caller before a callback is given up (FAILED). */
export const CALLBACK_MAX_ATTEMPTS = 3;

/** The caller's answer to a callback offer. */
export type CallbackAnswer = 'accept' | 'decline';

/**
 * Whether a handoff of this reason may come with a callback offer: a caller who asked for a person, or whom the bot
 * could not help. Never a crisis or an emergency: those callers stay on the line and go first.
 */
export function offersCallback(reason: HandoffReason): boolean {
  return reason === 'CALLER_REQUEST' || reason === 'BOT_FAILURE';
}

export interface OfferCircumstances {
  reason: HandoffReason;
  /** Whether the call has a number to call back (kept encrypted). */
  hasCallerNumber: boolean;
  /** Whether this call was offered a callback before (answered or not): one offer per call. */
  alreadyOffered: boolean;
  /** CALLBACK_OFFER_WAIT_SECONDS; 0 turns the offer off. */
  thresholdSeconds: number;
}

/** Everything but the wait: checked first, so the queue is measured only for a caller who could be offered a callback. */
export function mayOfferCallback(c: OfferCircumstances): boolean {
  return c.thresholdSeconds > 0 && offersCallback(c.reason) && c.hasCallerNumber && !c.alreadyOffered;
}

/** Offer a callback when the caller may have one and the expected wait reaches the threshold. */
export function shouldOfferCallback(c: OfferCircumstances & { expectedWaitSeconds: number }): boolean {
  return mayOfferCallback(c) && c.expectedWaitSeconds >= c.thresholdSeconds;
}

/** The offer says 1 to be called back, 2 to keep waiting; other keys are no answer. */
export function answerToOfferByDigit(digit: string): CallbackAnswer | null {
  if (digit === '1') return 'accept';
  if (digit === '2') return 'decline';
  return null;
}

// Said to "call me back, or keep waiting?": a refusal of the callback first ("전화 안 주셔도 돼요", "don't call me"),
// then the callback asked for by name ("아니 그냥 전화 주세요" still asks for it), then waiting or a plain no, then a
// plain yes (the question's yes is the callback).
const REFUSES_CALLBACK =
  /(전화|콜\s*백|연락)[^.?!]{0,8}(필요\s*없|싫|괜찮|안\s*(해|주|받)|말고)|(don'?t|do\s+not)\s+(call|ring)|no\s+(need|callback|call\s*back)/i;
const ASKS_FOR_CALLBACK =
  /전화\s*(해|좀)?\s*(주|줘|부탁)|전화\s*받(을|겠)|콜\s*백|다시\s*전화|연락\s*(해|좀)?\s*(주|줘|부탁)|(^|[^0-9])1\s*번|call\s*(me\s*)?back|callback|ring\s+me/i;
const KEEPS_WAITING =
  /기다릴|기다리겠|기다려|기다리고|계속\s*대기|대기\s*할|(^|[^0-9])2\s*번|^\s*(아니|아뇨|괜찮)|\b(wait|hold|stay|no|nope)\b/i;
const PLAIN_YES =
  /^\s*(네|넵|예|응|좋아요|좋습니다|그래요|그럴게요|그렇게\s*해\s*주세요|부탁(해요|합니다|드려요|드립니다)|yes|yeah|yep|sure|ok|okay|please)(?=$|[\s.,!?~])/i;

/** What the caller's words say to a standing callback offer, or null when they say neither (the offer stands). */
export function answerToOffer(utterance: string): CallbackAnswer | null {
  if (REFUSES_CALLBACK.test(utterance)) return 'decline';
  if (ASKS_FOR_CALLBACK.test(utterance)) return 'accept';
  if (KEEPS_WAITING.test(utterance)) return 'decline';
  if (PLAIN_YES.test(utterance)) return 'accept';
  return null;
}

/** Where a callback stands after an attempt: reached, a wrong number, or not answered (tried again until the last try). */
export function afterAttempt(attemptsBefore: number, outcome: CallbackOutcome): { status: CallbackStatus; attempts: number } {
  const attempts = attemptsBefore + 1;
  switch (outcome) {
    case 'REACHED':
      return { status: 'DONE', attempts };
    case 'WRONG_NUMBER':
      return { status: 'FAILED', attempts };
    case 'NO_ANSWER':
      return { status: attempts >= CALLBACK_MAX_ATTEMPTS ? 'FAILED' : 'REQUESTED', attempts };
  }
}

/** The wait as the bot says it: whole minutes, at least one. */
export function spokenMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}
