import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { type GroundedLlmAnswerer, type Passage, composeExtractiveAnswer, toSsml } from '#libs/answers';
import { classifyUtterance } from '#libs/dialogue';
import { isMostlyKorean } from '#libs/korean';
import { maskPii } from '#libs/privacy';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus, QueueEventPayload } from '../../common/events/event-bus.js';
import type { HandoffReason } from '../handoff/handoff.entity.js';
import type { HandoffService, HandoffView } from '../handoff/handoff.service.js';
import { type KnowledgeSearchService, type SearchResponse, toPassage } from '../knowledge/knowledge-search.service.js';
import type { SmsService } from '../sms/sms.service.js';
import { type CallbackAnswer, answerToOffer, answerToOfferByDigit, offersCallback, spokenMinutes } from '../callbacks/callback-policy.js';
import type { CallbacksService } from '../callbacks/callbacks.service.js';
import type { PhoneCipher } from '../../common/phone-cipher.js';
import { type Language, SCRIPTS, articleSmsBody, callbackSmsBody, emergencyScript } from './call-scripts.js';
import { CallTurnEntity, type StoredCandidate, type StoredCitation, type TurnInput } from './call-turn.entity.js';
import { CallEntity, type CallChannel } from './call.entity.js';
import { CallError, CallErrorCode } from './calls.errors.js';
import {
  type BotAction,
  type Decision,
  type DialogueState,
  type TurnIntent,
  decideBeforeRetrieval,
  decideFromRetrieval,
} from './dialogue-policy.js';
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

/** What the bot says and does, before it is stored. */
interface Reply {
  text: string;
  intent: TurnIntent;
  action: BotAction;
  confidence: number | null;
  citations: StoredCitation[];
  candidates: StoredCandidate[];
  answerMode: BotTurn['answerMode'];
  language: Language;
  handoff?: HandoffReason;
  end?: string;
  flag?: string;
  progress: boolean;
  lastTopicId?: string | null;
  pendingTopics?: string[];
  sms?: { topicId: string; body: string };
  /** A queue change the turn made itself (the handoff left for a callback), announced after commit. */
  queueEvent?: QueueEventPayload;
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

  constructor(private readonly deps: CallsDependencies) {}

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
    const shown = MOBILE.test(digits) ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : maskPii(digits).text;
    return this.turn(callId, 'DIGIT', `${shown}#`, async (call) => {
      const language = call.language;
      if (!MOBILE.test(digits)) return { ...script(SCRIPTS[language].keypadHelp, 'keypad', 'CLARIFY', language), progress: false };
      const caller = this.callerIdentity(digits);
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
      const [{ max }] = await manager.query(`SELECT coalesce(max(seq), 0) AS max FROM call_turns WHERE call_id = $1`, [callId]);
      const next = Number(max) + 1;
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
      const [{ max }] = await manager.query(`SELECT coalesce(max(seq), 0) AS max FROM call_turns WHERE call_id = $1`, [callId]);
      const seq = Number(max) + 1;
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
      const reply = await this.withCallbackOffer(manager, call, await respond(call, masked, manager));
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
        const summary = await this.handoffSummary(manager, call, reply);
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
      return answer ? this.answerCallbackOffer(call, answer, language, manager) : waiting(SCRIPTS[language].callbackRemind, language);
    }
    if (digit === '0') {
      return this.realize(
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
      if (answer) return this.answerCallbackOffer(call, answer, language, manager);
      if (!(early?.kind === 'script' && early.intent === 'goodbye')) return waiting(SCRIPTS[language].callbackRemind, language);
    }
    if (
      call.status === 'HANDED_OFF' &&
      !(early && (early.kind === 'emergency' || (early.kind === 'script' && ['crisis', 'goodbye'].includes(early.intent))))
    ) {
      return { ...script(SCRIPTS[language].handoffRequest, 'handoff', 'HANDOFF', language), progress: true };
    }
    if (early) return this.realize(early, call, language, manager);

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
    return this.realize(decision, call, language, manager, masked, retrieval, followUp);
  }

  /** Turns a decision into words, citations and state changes. */
  private async realize(
    decision: Decision,
    call: CallEntity,
    language: Language,
    manager: EntityManager,
    utterance = '',
    retrieval: SearchResponse | null = null,
    followUp: SearchResponse | null = null,
  ): Promise<Reply> {
    const search = this.deps.search.inTransaction(manager);
    const candidates = (retrieval?.hits ?? []).map((h) => ({ topicId: h.topicId, chunkId: h.chunkId, score: h.score }));
    const confidence = retrieval ? retrieval.confidence : null;
    switch (decision.kind) {
      case 'emergency':
        return {
          ...script(emergencyScript(language, decision.service), 'emergency', 'EMERGENCY_REDIRECT', language),
          progress: true,
          handoff: 'EMERGENCY',
          flag: `emergency-${decision.reason}`,
        };
      case 'script':
        return {
          ...script(SCRIPTS[language][decision.script], decision.intent, decision.action, language),
          confidence,
          candidates,
          progress: decision.progress,
          handoff: decision.handoff,
          end: decision.end,
          flag: decision.flag,
          pendingTopics: [],
        };
      case 'repeat': {
        const last = await manager.findOne(CallTurnEntity, { where: { callId: call.id, speaker: 'BOT' }, order: { seq: 'DESC' } });
        if (!last || last.seq === 1) return { ...script(SCRIPTS[language].nothingToRepeat, 'repeat', 'CLARIFY', language), progress: true };
        return {
          ...script(last.text, 'repeat', (last.action as BotAction) ?? 'ANSWER', language),
          citations: last.citations,
          progress: true,
          pendingTopics: call.pendingTopics,
        };
      }
      case 'sms': {
        if (!call.lastTopicId) return { ...script(SCRIPTS[language].smsWhich, 'sms_request', 'CLARIFY', language), progress: true };
        const [article] = await search.articles([call.lastTopicId]);
        const body = articleSmsBody(article);
        return {
          ...script(SCRIPTS[language].smsQueued(article.title), 'sms_request', 'ANSWER', language),
          progress: true,
          sms: { topicId: article.topicId, body },
        };
      }
      case 'clarify': {
        const titles = (await search.articles(decision.topicIds)).map((a) => a.title);
        const s = SCRIPTS[language];
        const text = titles.length >= 3 ? s.clarify3(titles[0], titles[1], titles[2]) : s.clarify2(titles[0], titles[1] ?? titles[0]);
        return {
          ...script(text, 'ambiguous', 'CLARIFY', language),
          confidence,
          candidates,
          progress: false,
          pendingTopics: decision.topicIds,
        };
      }
      case 'answer':
        return this.answer(
          search,
          decision.topicId,
          decision.followUp,
          decision.intent,
          utterance,
          language,
          retrieval,
          followUp,
          candidates,
        );
    }
  }

  private async answer(
    search: KnowledgeSearchService,
    topicId: string,
    isFollowUp: boolean,
    intent: TurnIntent,
    utterance: string,
    language: Language,
    retrieval: SearchResponse | null,
    followUp: SearchResponse | null,
    candidates: StoredCandidate[],
  ): Promise<Reply> {
    const [article] = await search.articles([topicId]);
    // The passages retrieval already found for this article when it came first; a search within it otherwise.
    const found = isFollowUp && followUp ? followUp.hits : retrieval?.hits[0]?.topicId === topicId ? retrieval.topPassages : null;
    const passages = (found ?? (await search.search(utterance || article.title, { topicId, perDocument: false, limit: 3 })).hits)
      .slice(0, 3)
      .map(toPassage);
    let sentences: string[] | null = null;
    let cited: Passage[] = [];
    let mode: Reply['answerMode'] = 'extractive';
    if (this.deps.llm && passages.length) {
      const outcome = await this.deps.llm.answer(utterance, passages, language);
      if (outcome.ok) {
        sentences = outcome.sentences;
        cited = outcome.cited;
        mode = 'llm';
      } else {
        this.logger.warn(
          `LLM answer not used (${outcome.reason}${outcome.detail ? `: ${outcome.detail.slice(0, 120)}` : ''}); extractive answer instead`,
        );
      }
    }
    if (!sentences) {
      const composed = composeExtractiveAnswer({ question: utterance, language, article, passages, followUp: isFollowUp });
      if (!composed)
        return { ...script(SCRIPTS[language].notUnderstood, 'out_of_scope', 'CLARIFY', language), progress: false, candidates };
      sentences = composed.sentences;
      cited = composed.cited;
      if (composed.droppedUrl && sentences.length < 3) sentences = [...sentences, SCRIPTS[language].offerSms];
    }
    return {
      text: sentences.join(' '),
      intent,
      action: 'ANSWER',
      confidence: retrieval?.confidence ?? null,
      citations: cited.map((p) => ({ topicId: p.topicId, title: p.title, sourceUrl: p.sourceUrl, chunkId: p.chunkId, version: p.version })),
      candidates,
      answerMode: mode,
      language,
      progress: true,
      lastTopicId: topicId,
      pendingTopics: [],
    };
  }

  /**
   * A handoff when the wait is long: the bot's words offer a callback (CallbacksService decides), and the call
   * remembers the offer. A call that turns urgent (crisis, emergency) loses a standing offer.
   */
  private async withCallbackOffer(manager: EntityManager, call: CallEntity, reply: Reply): Promise<Reply> {
    if (!reply.handoff) return reply;
    if (!offersCallback(reply.handoff)) {
      if (call.callbackOffer === 'OFFERED') call.callbackOffer = 'WITHDRAWN';
      return reply;
    }
    const wait = await this.deps.callbacks.offerFor(manager, call, reply.handoff);
    if (wait === null) return reply;
    call.callbackOffer = 'OFFERED';
    call.callbackOfferWaitSeconds = wait;
    return { ...reply, text: `${reply.text} ${SCRIPTS[reply.language].callbackOffer(spokenMinutes(wait))}` };
  }

  /**
   * The caller's answer to a standing offer. Yes: the callback is requested, the handoff leaves the queue, a
   * confirmation text goes to the caller and the call ends. No: they keep their place in the queue.
   */
  private async answerCallbackOffer(call: CallEntity, answer: CallbackAnswer, language: Language, manager: EntityManager): Promise<Reply> {
    if (answer === 'decline') {
      call.callbackOffer = 'DECLINED';
      return waiting(SCRIPTS[language].callbackDeclined, language);
    }
    const accepted = await this.deps.callbacks.accept(manager, call);
    if (!accepted) {
      // An agent took the call a moment ago: they are about to speak.
      call.callbackOffer = 'WITHDRAWN';
      return waiting(SCRIPTS[language].callbackTooLate, language);
    }
    call.callbackOffer = 'ACCEPTED';
    return {
      ...script(SCRIPTS[language].callbackAccepted(accepted.callback.callerMasked.slice(-4)), 'handoff', 'END', language),
      progress: true,
      end: 'callback',
      sms: { topicId: CALLBACK_SMS_TOPIC, body: callbackSmsBody(language, accepted.topicTitle) },
      queueEvent: { type: 'CLOSED', handoffId: accepted.handoffId },
    };
  }

  /** What the agent reads first: what the caller wants, what the bot already said, why it was handed over. */
  private async handoffSummary(manager: EntityManager, call: CallEntity, reply: Reply): Promise<string> {
    const turns = await manager.find(CallTurnEntity, { where: { callId: call.id }, order: { seq: 'DESC' }, take: 8 });
    const said = turns
      .filter((t) => t.speaker === 'CALLER')
      .slice(0, 3)
      .reverse()
      .map((t) => `"${t.text.slice(0, 120)}"`);
    const answered = turns.find((t) => t.speaker === 'BOT' && t.action === 'ANSWER' && t.seq > 1);
    const [topic] = call.lastTopicId ? await this.deps.search.inTransaction(manager).articles([call.lastTopicId]) : [];
    return [
      `사유: ${REASON_KO[reply.handoff!]}`,
      `주제: ${topic ? topic.title : '파악되지 않음'}`,
      `발화: ${said.join(' / ') || '(없음)'}`,
      `봇 안내: ${answered ? answered.text.slice(0, 160) : '(없음)'}`,
    ].join('\n');
  }
}

const REASON_KO: Record<HandoffReason, string> = {
  CRISIS: '위기 상황(자살·자해 언급) — 즉시 응대',
  EMERGENCY: '긴급 상황 — 119/112 안내 후 확인 필요',
  CALLER_REQUEST: '상담사 연결 요청',
  BOT_FAILURE: '봇이 두 번 이상 이해하지 못함',
};

const GREETING_SSML: Record<Language, string> = {
  ko: toSsml(splitSentences(SCRIPTS.ko.greeting), 'ko'),
  en: toSsml(splitSentences(SCRIPTS.en.greeting), 'en'),
};

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/).filter(Boolean);
}

/** The outbox's topic of the text message confirming a callback (not a knowledge-base article). */
const CALLBACK_SMS_TOPIC = 'callback';

/** A callback was offered and the caller has not answered yet, while they wait for an agent. */
function offerStands(call: CallEntity): boolean {
  return call.callbackOffer === 'OFFERED' && call.status === 'HANDED_OFF';
}

/** The caller keeps their place in the queue. */
function waiting(text: string, language: Language): Reply {
  return { ...script(text, 'handoff', 'HANDOFF', language), progress: true };
}

/** While an agent talks with the caller, the bot says nothing. */
function listening(language: Language): Reply {
  return { ...script('', 'agent', 'LISTEN', language), progress: true };
}

function script(text: string, intent: TurnIntent, action: BotAction, language: Language): Reply {
  return { text, intent, action, language, confidence: null, citations: [], candidates: [], answerMode: 'script', progress: false };
}
