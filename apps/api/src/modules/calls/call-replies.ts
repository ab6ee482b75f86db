import { Logger } from '@nestjs/common';
import { type Passage, composeExtractiveAnswer } from '#libs/answers';
import type { EntityManager } from 'typeorm';
import type { QueueEventPayload } from '../../common/events/event-bus.js';
import type { HandoffReason } from '../handoff/handoff.entity.js';
import { type KnowledgeSearchService, type SearchResponse, toPassage } from '../knowledge/knowledge-search.service.js';
import { type CallbackAnswer, offersCallback, spokenMinutes } from '../callbacks/callback-policy.js';
import { type Language, SCRIPTS, articleSmsBody, callbackSmsBody, emergencyScript } from './call-scripts.js';
import { CallTurnEntity, type StoredCandidate, type StoredCitation } from './call-turn.entity.js';
import type { CallEntity } from './call.entity.js';
import type { BotAction, Decision, TurnIntent } from './dialogue-policy.js';
import type { BotTurn, CallsDependencies } from './calls.service.js';

/** What the bot says and does, before it is stored. */
export interface Reply {
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

/**
 * The bot's side of a turn: a decision of the dialogue policy made into words, citations and state changes (scripts,
 * extractive or model answers from the knowledge base, the handoff summary), and the callback offer around a handoff.
 */
export class CallReplies {
  private readonly logger = new Logger(CallReplies.name);

  constructor(private readonly deps: Pick<CallsDependencies, 'search' | 'llm' | 'callbacks'>) {}

  /** Turns a decision into words, citations and state changes. */
  async realize(
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
  async withCallbackOffer(manager: EntityManager, call: CallEntity, reply: Reply): Promise<Reply> {
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
  async answerCallbackOffer(call: CallEntity, answer: CallbackAnswer, language: Language, manager: EntityManager): Promise<Reply> {
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
  async handoffSummary(manager: EntityManager, call: CallEntity, reply: Reply): Promise<string> {
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

/** The outbox's topic of the text message confirming a callback (not a knowledge-base article). */
const CALLBACK_SMS_TOPIC = 'callback';

/** A callback was offered and the caller has not answered yet, while they wait for an agent. */
export function offerStands(call: CallEntity): boolean {
  return call.callbackOffer === 'OFFERED' && call.status === 'HANDED_OFF';
}

/** The caller keeps their place in the queue. */
export function waiting(text: string, language: Language): Reply {
  return { ...script(text, 'handoff', 'HANDOFF', language), progress: true };
}

/** While an agent talks with the caller, the bot says nothing. */
export function listening(language: Language): Reply {
  return { ...script('', 'agent', 'LISTEN', language), progress: true };
}

export function script(text: string, intent: TurnIntent, action: BotAction, language: Language): Reply {
  return { text, intent, action, language, confidence: null, citations: [], candidates: [], answerMode: 'script', progress: false };
}
