import { composeExtractiveAnswer } from '#libs/answers';
import { summarizeCall } from '#libs/summarize';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { articleSmsBody } from '../calls/call-scripts.js';
import { CallTurnEntity } from '../calls/call-turn.entity.js';
import { CallEntity } from '../calls/call.entity.js';
import type { SmsOutboxEntity } from '../calls/sms-outbox.entity.js';
import type { SmsService } from '../sms/sms.service.js';
import { type KnowledgeSearchService, type SearchResponse, toPassage } from '../knowledge/knowledge-search.service.js';
import { AgentsError, AgentsErrorCode } from './agents.errors.js';

/** A knowledge-base suggestion for the agent: the passage, and an answer ready to be said. */
export interface AssistSuggestion {
  topicId: string;
  title: string;
  chunkId: string;
  passage: string;
  suggestedAnswer: string;
  sourceUrl: string;
  score: number;
}

const SUGGESTIONS = 3;
/** Above this confidence the caller's last words alone decide the suggestions. */
const CONFIDENT = 0.45;

/**
 * What helps an agent during a call: knowledge-base suggestions for what the caller just said, text messages with an
 * article's details, and the after-call summary drafted from the transcript.
 */
export class AgentDeskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: KnowledgeSearchService,
    private readonly sms: SmsService,
  ) {}

  /**
   * Suggestions for the caller's latest words in this call. A short or unclear last turn is read together with the
   * one before it (a follow-up such as "그럼 수수료는요?"), whichever the knowledge base is surer of.
   */
  async suggestionsFor(callId: string): Promise<AssistSuggestion[]> {
    const call = await this.call(callId);
    const [latest, previous] = await this.dataSource.getRepository(CallTurnEntity).find({
      where: { callId, speaker: 'CALLER', input: 'TEXT' },
      order: { seq: 'DESC' },
      take: 2,
    });
    if (!latest?.text.trim()) return [];
    const alone = await this.search.search(latest.text.slice(0, 1000), { limit: SUGGESTIONS });
    let best = alone;
    if (previous && alone.confidence < CONFIDENT) {
      const together = await this.search.search(`${previous.text} ${latest.text}`.slice(-1000), { limit: SUGGESTIONS });
      if (together.confidence > alone.confidence) best = together;
    }
    return this.toSuggestions(latest.text, best, call.language);
  }

  /** The top articles for these words, each with its best passage and a short spoken answer. */
  async suggest(text: string, language: 'ko' | 'en'): Promise<AssistSuggestion[]> {
    return this.toSuggestions(text, await this.search.search(text, { limit: SUGGESTIONS }), language);
  }

  private async toSuggestions(question: string, result: SearchResponse, language: 'ko' | 'en'): Promise<AssistSuggestion[]> {
    if (!result.hits.length) return [];
    const articles = new Map((await this.search.articles(result.hits.map((h) => h.topicId))).map((a) => [a.topicId, a]));
    const top = result.hits[0].score;
    return result.hits.map((hit) => {
      const article = articles.get(hit.topicId) ?? null;
      // A section passage answers the specific question; a summary card stands for the article's prepared answer.
      const section = hit.kind === 'section';
      const answer = composeExtractiveAnswer({ question, language, article, passages: [toPassage(hit)], followUp: section });
      return {
        topicId: hit.topicId,
        title: hit.title,
        chunkId: hit.chunkId,
        passage: section ? hit.content : hit.content.split('\n')[0],
        suggestedAnswer: answer?.sentences.join(' ') ?? article?.answerVoice ?? '',
        sourceUrl: hit.sourceUrl,
        score: Math.round(result.confidence * (hit.score / top) * 1000) / 1000,
      };
    });
  }

  /** Queues a text message with the article's details and official link, as the caller would get from the bot. */
  async sendArticleSms(callId: string, topicId: string): Promise<SmsOutboxEntity> {
    const call = await this.call(callId);
    const [article] = await this.search.articles([topicId]);
    if (!article) throw new AgentsError(AgentsErrorCode.TOPIC_NOT_FOUND, `There is no article "${topicId}" in the knowledge base.`);
    const sms = await this.sms.record(this.dataSource.manager, call, { topicId, body: articleSmsBody(article) });
    await this.sms.dispatch(sms);
    return sms;
  }

  /** An extractive draft of what the call was about and what the caller was told, for the agent to edit. */
  async afterCallSummary(callId: string): Promise<string> {
    const call = await this.call(callId);
    const turns = await this.dataSource.getRepository(CallTurnEntity).find({ where: { callId }, order: { seq: 'ASC' } });
    // What the caller said and the bot's real answers; scripted lines (greeting, hold, handoff) say nothing of the call.
    const spoken = turns.filter((t) => t.text && (t.speaker === 'CALLER' ? t.input === 'TEXT' : t.answerMode !== 'script'));
    return summarizeCall(
      spoken.map((t) => ({ speaker: t.speaker, text: t.text })),
      { language: call.language },
    ).text;
  }

  async turn(callId: string, seq: number): Promise<CallTurnEntity> {
    const turn = await this.dataSource.getRepository(CallTurnEntity).findOne({ where: { callId, seq } });
    if (!turn) throw new AgentsError(AgentsErrorCode.TURN_NOT_FOUND, `Call ${callId} has no turn ${seq}.`);
    return turn;
  }

  private async call(callId: string): Promise<CallEntity> {
    const call = isUuid(callId) ? await this.dataSource.getRepository(CallEntity).findOne({ where: { id: callId } }) : null;
    if (!call) throw new AgentsError(AgentsErrorCode.CALL_NOT_FOUND, `There is no call ${callId}.`);
    return call;
  }
}
