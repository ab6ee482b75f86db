import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { type GroundedLlmAnswerer, toSsml } from '#libs/answers';
import { classifyUtterance } from '#libs/dialogue';
import { isMostlyKorean } from '#libs/korean';
import { maskPii } from '#libs/privacy';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus, QueueEventPayload } from '../../common/events/event-bus.js';
import type { HandoffService, HandoffView } from '../handoff/handoff.service.js';
import type { KnowledgeSearchService } from '../knowledge/knowledge-search.service.js';
import type { SmsService } from '../sms/sms.service.js';
import { answerToOffer, answerToOfferByDigit } from '../callbacks/callback-policy.js';
import type { CallbacksService } from '../callbacks/callbacks.service.js';
import type { PhoneCipher } from '../../common/phone-cipher.js';
import { type Language, SCRIPTS } from './call-scripts.js';
import { CallReplies, type Reply, listening, offerStands, script, waiting } from './call-replies.js';
import { CallTurnEntity, type StoredCitation, type TurnInput } from './call-turn.entity.js';
import { CallEntity, type CallChannel } from './call.entity.js';
import { CallError, CallErrorCode } from './calls.errors.js';
import { type BotAction, type DialogueState, type TurnIntent, decideBeforeRetrieval, decideFromRetrieval } from './dialogue-policy.js';
import { isUuid } from '../../common/ids.js';

export const MAX_UTTERANCE_LENGTH = 2000;
/** A Korean mobile number keyed in full. */
const MOBILE = /^01[016789]\d{7,8}$/;
const VALID_DIGITS = /^[0-9*#]$/;

/** The bot's side of a turn, as the caller's phone line receives it. */
export interface BotTurn {
  callId: string;
  seq: number;
  text: string;
  ssml: string;
  language: Language;
  intent: TurnIntent;
  confidence: number | null;
  action: BotAction;
  citations: StoredCitation[];
  handoff: HandoffView | null;
  answerMode: 'script' | 'extractive' | 'llm';
  latencyMs: number;
  /** A callback offer stands after this turn: the caller is asked to answer it before being transferred. */
  callbackOffered?: boolean;
}

export interface StartCallInput {
  channel: CallChannel;
  language?: Language;
  callerId?: string | null;
  /** The telephony platform's id of the call (e.g. Twilio's CallSid), when it came through the voice gateway. */
  telephonyId?: string | null;
}

export interface CallsDependencies {
  dataSource: DataSource;
  search: KnowledgeSearchService;
  handoffs: HandoffService;
  events: EventBus;
  /** The LLM answerer when a chat model is configured; null for the offline extractive default. */
  llm: GroundedLlmAnswerer | null;
  callerIdSalt: string;
  sms: SmsService;
  phoneCipher: PhoneCipher;
  callbacks: CallbacksService;
}

/**
 * The voicebot's calls: every turn is masked, classified (safety first), answered from the knowledge base or
 * handed to a person, and stored with what the bot saw and decided. Turns of one call are serialised by a row lock.
 */
export class CallsService {
  private readonly logger = new Logger(CallsService.name);
  private readonly replies: CallReplies;

  constructor(private readonly deps: CallsDependencies) {
    this.replies = new CallReplies(deps);
  }

  async startCall(input: StartCallInput): Promise<{ call: CallEntity; greeting: BotTurn }> {
    const language = input.language ?? 'ko';
    const caller = input.callerId ? this.callerIdentity(input.callerId) : null;
    const greeting = SCRIPTS[language].greeting;
    return this.deps.dataSource.transaction(async (manager) => {
      const call = await manager.save(CallEntity, {
        channel: input.channel,
        language,
        status: 'ACTIVE',
        callerHash: caller?.hash ?? null,
        callerMasked: caller?.masked ?? null,
        callerEncrypted: caller ? this.deps.phoneCipher.encrypt(caller.digits) : null,
        telephonyId: input.telephonyId ?? null,
        greeting,
        pendingTopics: [],
      });
      await manager.insert(CallTurnEntity, {
        callId: call.id,
        seq: 1,
        speaker: 'BOT',
        input: 'SYSTEM',
        text: greeting,
        ssml: GREETING_SSML[language],
        intent: 'greeting',
        action: 'ANSWER',
        answerMode: 'script',
        latencyMs: 0,
      });
      return {
        call,
        greeting: {
          callId: call.id,
          seq: 1,
          text: greeting,
          ssml: GREETING_SSML[language],
          language,
          intent: 'greeting' as TurnIntent,
          confidence: null,
          action: 'ANSWER' as BotAction,
          citations: [],
          handoff: null,
          answerMode: 'script' as const,
          latencyMs: 0,
        },
      };
    });
  }

  async sendUtterance(callId: string, text: string): Promise<BotTurn> {
    if (typeof text !== 'string' || !text.trim()) {
      throw new CallError(CallErrorCode.EMPTY_UTTERANCE, 'The utterance is empty: send what the caller said.');
    }
    if (text.length > MAX_UTTERANCE_LENGTH) {
      throw new CallError(
        CallErrorCode.UTTERANCE_TOO_LONG,
        `The utterance is ${text.length} characters long; at most ${MAX_UTTERANCE_LENGTH} are accepted.`,
      );
    }
    return this.turn(callId, 'TEXT', text.trim(), (call, masked, manager) => this.replyToUtterance(call, masked, manager));
  }

  async sendDigit(callId: string, digit: string): Promise<BotTurn> {
    if (typeof digit !== 'string' || !VALID_DIGITS.test(digit)) {
      throw new CallError(CallErrorCode.INVALID_DIGIT, `"${digit}" is not a keypad digit: send one of 0-9, * or #.`);
    }
    return this.turn(callId, 'DIGIT', digit, (call, _masked, manager) => this.replyToDigit(call, digit, manager));
  }

  /**
   * Digits keyed in and ended with `#`: a mobile number becomes the number text messages and callbacks go to (for
   * callers whose number the network did not pass on); anything else gets the keypad help.
   */
  async sendKeypadEntry(callId: string, digits: string): Promise<BotTurn> {
    if (typeof digits !== 'string' || !/^[0-9*]{1,32}$/.test(digits)) {
      throw new CallError(CallErrorCode.INVALID_DIGIT, `"${digits}" is not a keypad entry: send 1 to 32 of 0-9 and *.`);
    }
    const caller = MOBILE.test(digits) ? this.callerIdentity(digits) : null;
    return this.turn(callId, 'DIGIT', `${caller?.masked ?? maskPii(digits).text}#`, async (call) => {
      const language = call.language;
      if (!caller) return { ...script(SCRIPTS[language].keypadHelp, 'keypad', 'CLARIFY', language), progress: false };
      call.callerMasked = caller.masked;
      call.callerEncrypted = this.deps.phoneCipher.encrypt(caller.digits);
      call.callerHash ??= caller.hash;
      return { ...script(SCRIPTS[language].numberKept(digits.slice(-4)), 'keypad', 'ANSWER', language), progress: true };
    });
  }

  /** Speech heard on a call a person has taken (both tracks of a forked stream): into the transcript, no reply. */
  async recordSpeech(callId: string, speaker: 'CALLER' | 'AGENT', text: string): Promise<void> {
    if (typeof text !== 'string' || !text.trim()) return;
    const seq = await this.deps.dataSource.transaction(async (manager) => {
      await this.lockedCall(manager, callId);
      const next = await nextSeq(manager, callId);
      await manager.insert(CallTurnEntity, {
        callId,
        seq: next,
        speaker,
        input: 'TEXT',
        text: maskPii(text.trim().slice(0, MAX_UTTERANCE_LENGTH)).text,
      });
      return next;
    });
    await this.deps.events.callChanged({ type: 'TURN', callId, turnSeq: seq });
  }

  /** Where the call stands, or null when there is no such call. */
  async callStatus(callId: string): Promise<CallEntity['status'] | null> {
    if (!isUuid(callId)) return null;
    const call = await this.deps.dataSource.manager.findOne(CallEntity, { where: { id: callId }, select: { id: true, status: true } });
    return call?.status ?? null;
  }

  async endCall(callId: string): Promise<CallEntity> {
    const { call, queueEvent } = await this.deps.dataSource.transaction(async (manager) => {
      const call = await this.lockedCall(manager, callId);
      call.status = 'ENDED';
      call.endedAt = new Date();
      call.endReason = 'hangup';
      await manager.save(call);
      return { call, queueEvent: await this.deps.handoffs.callEnded(manager, callId) };
    });
    await this.announceEnd(callId, queueEvent);
    return call;
  }

  async getCall(callId: string): Promise<{ call: CallEntity; turns: CallTurnEntity[] }> {
    const call = await this.deps.dataSource.manager.findOne(CallEntity, { where: { id: callId } });
    if (!call) throw new CallError(CallErrorCode.CALL_NOT_FOUND, `There is no call ${callId}.`);
    const turns = await this.deps.dataSource.manager.find(CallTurnEntity, { where: { callId }, order: { seq: 'ASC' } });
    return { call, turns };
  }

  /** Salted hash for repeat-caller counts, masked form for display; the number itself is never stored. */
  callerIdentity(callerId: string): { hash: string; masked: string; digits: string } {
    const digits = callerId.replace(/[\s\-()+]/g, '');
    if (!/^\d{3,15}$/.test(digits)) {
      throw new CallError(
        CallErrorCode.INVALID_CALLER_ID,
        'callerId must be a phone number (3 to 15 digits, spaces, dashes or a leading +).',
      );
    }
    const hash = createHash('sha256').update(`${this.deps.callerIdSalt}:${digits}`).digest('hex');
    const masked = digits.length > 4 ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : '*'.repeat(digits.length);
    return { hash, masked, digits };
  }

  private async turn(
    callId: string,
    input: TurnInput,
    raw: string,
    respond: (call: CallEntity, masked: string, manager: EntityManager) => Promise<Reply>,
  ): Promise<BotTurn> {
    const started = performance.now();
    const outcome = await this.deps.dataSource.transaction(async (manager) => {
      const call = await this.lockedCall(manager, callId);
      const masked = input === 'DIGIT' ? `[키패드 ${raw}]` : maskPii(raw).text;
      const seq = await nextSeq(manager, callId);
      if (call.status === 'WITH_AGENT') {
        // A person is on the line: the bot stays silent and the caller's words go to the agent's transcript.
        await manager.insert(CallTurnEntity, { callId, seq, speaker: 'CALLER', input, text: masked });
        return {
          reply: listening(call.language),
          seq,
          callerSeq: seq,
          ssml: '',
          latencyMs: 0,
          handoffId: null,
          queueEvent: null,
          sms: null,
          offer: false,
        };
      }
      const reply = await this.replies.withCallbackOffer(manager, call, await respond(call, masked, manager));
      const latencyMs = Math.round(performance.now() - started);
      const ssml = toSsml(splitSentences(reply.text), reply.language);
      await manager.insert(CallTurnEntity, [
        { callId, seq, speaker: 'CALLER', input, text: masked },
        {
          callId,
          seq: seq + 1,
          speaker: 'BOT',
          input: 'SYSTEM',
          text: reply.text,
          ssml,
          intent: reply.intent,
          confidence: reply.confidence,
          action: reply.action,
          answerMode: reply.answerMode,
          citations: reply.citations,
          candidates: reply.candidates,
          latencyMs,
        },
      ]);
      call.language = reply.language;
      call.turnsWithoutProgress = reply.progress ? 0 : call.turnsWithoutProgress + 1;
      if (reply.intent === 'abuse' && reply.action !== 'END') call.abuseWarnings += 1;
      if (reply.lastTopicId !== undefined) call.lastTopicId = reply.lastTopicId;
      call.pendingTopics = reply.pendingTopics ?? [];
      if (reply.flag) {
        call.flagged = true;
        call.flagReason = reply.flag;
      }
      if (reply.end) {
        call.status = 'ENDED';
        call.endedAt = new Date();
        call.endReason = reply.end;
      } else if (reply.handoff) {
        call.status = 'HANDED_OFF';
      }
      await manager.save(call);
      let handoffId: string | null = null;
      let queueEvent: QueueEventPayload | null = null;
      if (reply.handoff) {
        const summary = await this.replies.handoffSummary(manager, call, reply);
        const made = await this.deps.handoffs.create(manager, {
          callId,
          reason: reply.handoff,
          summary,
          topicId: call.lastTopicId,
          language: call.language,
        });
        handoffId = made.handoff.id;
        if (made.created) queueEvent = { type: 'CREATED', handoffId };
      }
      if (reply.end) queueEvent = (await this.deps.handoffs.callEnded(manager, callId)) ?? reply.queueEvent ?? null;
      const sms = reply.sms ? await this.deps.sms.record(manager, call, reply.sms) : null;
      return { reply, seq: seq + 1, callerSeq: seq, ssml, latencyMs, handoffId, queueEvent, sms, offer: offerStands(call) };
    });
    const handoff = outcome.handoffId ? await this.deps.handoffs.view(outcome.handoffId) : null;
    if (outcome.queueEvent) await this.deps.handoffs.announce(outcome.queueEvent);
    if (outcome.sms) await this.deps.sms.dispatch(outcome.sms);
    await this.deps.events.callChanged({ type: 'TURN', callId, turnSeq: outcome.callerSeq });
    if (outcome.seq !== outcome.callerSeq) await this.deps.events.callChanged({ type: 'TURN', callId, turnSeq: outcome.seq });
    if (outcome.reply.end) await this.announceEnd(callId, null);
    this.logger.log(`call ${callId} turn ${outcome.seq}: ${outcome.reply.intent} → ${outcome.reply.action} in ${outcome.latencyMs} ms`);
    const { reply } = outcome;
    return {
      callId,
      seq: outcome.seq,
      text: reply.text,
      ssml: outcome.ssml,
      language: reply.language,
      intent: reply.intent,
      confidence: reply.confidence,
      action: reply.action,
      citations: reply.citations,
      handoff,
      answerMode: reply.answerMode,
      latencyMs: outcome.latencyMs,
      callbackOffered: outcome.offer,
    };
  }

  private async announceEnd(callId: string, queueEvent: QueueEventPayload | null): Promise<void> {
    if (queueEvent) await this.deps.handoffs.announce(queueEvent);
    await this.deps.events.callChanged({ type: 'ENDED', callId, turnSeq: null });
  }

  private async lockedCall(manager: EntityManager, callId: string): Promise<CallEntity> {
    if (!isUuid(callId)) throw new CallError(CallErrorCode.CALL_NOT_FOUND, `There is no call ${callId}.`);
    const call = await manager.findOne(CallEntity, { where: { id: callId }, lock: { mode: 'pessimistic_write' } });
    if (!call) throw new CallError(CallErrorCode.CALL_NOT_FOUND, `There is no call ${callId}.`);
    if (call.status === 'ENDED') throw new CallError(CallErrorCode.CALL_ENDED, `Call ${callId} has ended; start a new call.`);
    return call;
  }

  private async replyToDigit(call: CallEntity, digit: string, manager: EntityManager): Promise<Reply> {
    const language = call.language;
    // While a callback offer stands, 1 and 2 answer it instead of switching the language.
    // 0 asks for a person now: that declines a standing offer.
    if (offerStands(call) && digit === '0') call.callbackOffer = 'DECLINED';
    if (offerStands(call)) {
      const answer = answerToOfferByDigit(digit);
      return answer
        ? this.replies.answerCallbackOffer(call, answer, language, manager)
        : waiting(SCRIPTS[language].callbackRemind, language);
    }
    if (digit === '0') {
      return this.replies.realize(
        { kind: 'script', action: 'HANDOFF', intent: 'handoff', script: 'handoffRequest', progress: true, handoff: 'CALLER_REQUEST' },
        call,
        language,
        manager,
      );
    }
    if (digit === '1' || digit === '2') {
      const next: Language = digit === '1' ? 'ko' : 'en';
      return { ...script(next === 'ko' ? SCRIPTS.ko.switchedKo : SCRIPTS.en.switchedEn, 'keypad', 'CLARIFY', next), progress: true };
    }
    return { ...script(SCRIPTS[language].keypadHelp, 'keypad', 'CLARIFY', language), progress: true };
  }

  private async replyToUtterance(call: CallEntity, masked: string, manager: EntityManager): Promise<Reply> {
    const language: Language = /[a-z]{2,}/i.test(masked) && !isMostlyKorean(masked) ? 'en' : isMostlyKorean(masked) ? 'ko' : call.language;
    const state: DialogueState = {
      lastTopicId: call.lastTopicId,
      pendingTopics: call.pendingTopics,
      abuseWarnings: call.abuseWarnings,
      turnsWithoutProgress: call.turnsWithoutProgress,
    };
    const classification = classifyUtterance(masked);
    const early = decideBeforeRetrieval(classification, state);
    if (offerStands(call) && !(early && (early.kind === 'emergency' || (early.kind === 'script' && early.intent === 'crisis')))) {
      const answer = answerToOffer(masked);
      if (answer) return this.replies.answerCallbackOffer(call, answer, language, manager);
      if (!(early?.kind === 'script' && early.intent === 'goodbye')) return waiting(SCRIPTS[language].callbackRemind, language);
    }
    if (
      call.status === 'HANDED_OFF' &&
      !(early && (early.kind === 'emergency' || (early.kind === 'script' && ['crisis', 'goodbye'].includes(early.intent))))
    ) {
      return { ...script(SCRIPTS[language].handoffRequest, 'handoff', 'HANDOFF', language), progress: true };
    }
    if (early) return this.replies.realize(early, call, language, manager);

    const search = this.deps.search.inTransaction(manager);
    const retrieval = await search.search(masked, { limit: 5 });
    const followUp = call.lastTopicId ? await search.search(masked, { topicId: call.lastTopicId, perDocument: false, limit: 3 }) : null;
    const pending = await search.articles(call.pendingTopics);
    const decision = decideFromRetrieval(masked, state, {
      confidence: retrieval.confidence,
      topics: retrieval.hits.map((h) => ({ topicId: h.topicId, title: h.title, score: h.score })),
      followUpMatches: !!followUp?.hits.some((h) => h.keywordRank !== null),
      pendingTitles: pending.map((a) => ({ topicId: a.topicId, title: a.title })),
    });
    return this.replies.realize(decision, call, language, manager, masked, retrieval, followUp);
  }
}

/** The seq of the call's next turn (under the call's row lock). */
async function nextSeq(manager: EntityManager, callId: string): Promise<number> {
  const [{ max }] = await manager.query(`SELECT coalesce(max(seq), 0) AS max FROM call_turns WHERE call_id = $1`, [callId]);
  return Number(max) + 1;
}

const GREETING_SSML: Record<Language, string> = {
  ko: toSsml(splitSentences(SCRIPTS.ko.greeting), 'ko'),
  en: toSsml(splitSentences(SCRIPTS.en.greeting), 'en'),
};

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/).filter(Boolean);
}
