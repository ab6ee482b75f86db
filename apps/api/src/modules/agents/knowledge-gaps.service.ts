import type { DataSource } from 'typeorm';
import { maskPii } from '#libs/privacy';
import { isUuid } from '../../common/ids.js';
import { type UserView, userColumns, userFromRow } from '../auth/user-view.js';
import { CallTurnEntity } from '../calls/call-turn.entity.js';
import { CallEntity } from '../calls/call.entity.js';
import { AgentsError, AgentsErrorCode } from './agents.errors.js';
import { type GapKind, type GapStatus, KnowledgeGapEntity } from './knowledge-gap.entity.js';

export interface KnowledgeGapView {
  id: string;
  kind: GapKind;
  status: GapStatus;
  question: string;
  botAnswer: string | null;
  topicId: string | null;
  topicTitle: string | null;
  note: string | null;
  callId: string;
  createdAt: Date;
  reportedBy: UserView | null;
}

const MAX_NOTE = 2000;

/**
 * Agents' reports of bot answers that were wrong and questions the knowledge base could not answer, with the
 * caller's words that produced them: the work list of the people who maintain the articles.
 */
export class KnowledgeGapsService {
  constructor(private readonly dataSource: DataSource) {}

  async report(
    reporterId: string,
    input: { callId: string; turnSeq?: number | null; kind: GapKind; note?: string | null },
  ): Promise<KnowledgeGapView> {
    const call = isUuid(input.callId) ? await this.dataSource.getRepository(CallEntity).findOne({ where: { id: input.callId } }) : null;
    if (!call) throw new AgentsError(AgentsErrorCode.CALL_NOT_FOUND, `There is no call ${input.callId}.`);
    const note = input.note?.trim() ? maskPii(input.note.trim()).text : null;
    if (note && note.length > MAX_NOTE) throw new AgentsError(AgentsErrorCode.INVALID_REPORT, `note is at most ${MAX_NOTE} characters.`);
    const turns = this.dataSource.getRepository(CallTurnEntity);
    let botTurn: CallTurnEntity | null = null;
    if (input.turnSeq != null) {
      botTurn = await turns.findOne({ where: { callId: call.id, seq: input.turnSeq } });
      if (!botTurn || botTurn.speaker !== 'BOT') {
        throw new AgentsError(
          AgentsErrorCode.TURN_NOT_FOUND,
          `Turn ${input.turnSeq} of this call is not a bot answer: pick the bot's turn.`,
        );
      }
    } else if (input.kind === 'WRONG_ANSWER') {
      throw new AgentsError(AgentsErrorCode.INVALID_REPORT, 'turnSeq is required for WRONG_ANSWER: say which bot answer was wrong.');
    }
    const [question] = await this.dataSource.query(
      `SELECT text FROM call_turns WHERE call_id = $1 AND speaker = 'CALLER' AND input = 'TEXT' AND seq < $2 ORDER BY seq DESC LIMIT 1`,
      [call.id, botTurn?.seq ?? 2 ** 31 - 1],
    );
    if (!question) throw new AgentsError(AgentsErrorCode.INVALID_REPORT, 'The caller has not asked anything yet in this call.');
    const saved = await this.dataSource.getRepository(KnowledgeGapEntity).save({
      callId: call.id,
      turnSeq: botTurn?.seq ?? null,
      kind: input.kind,
      status: 'OPEN',
      question: question.text,
      botAnswer: botTurn?.text ?? null,
      topicId: botTurn?.citations[0]?.topicId ?? call.lastTopicId,
      note,
      reportedBy: reporterId,
    });
    return this.view(saved.id);
  }

  async list(filter: { status?: GapStatus | null; from?: Date | null; to?: Date | null; limit?: number }): Promise<KnowledgeGapView[]> {
    return this.select(
      `($2::varchar IS NULL OR g.status = $2) AND ($3::timestamptz IS NULL OR g.created_at >= $3) AND ($4::timestamptz IS NULL OR g.created_at < $4)`,
      [Math.min(filter.limit ?? 200, 500), filter.status ?? null, filter.from ?? null, filter.to ?? null],
    );
  }

  async resolve(userId: string, id: string): Promise<KnowledgeGapView> {
    await this.view(id);
    await this.dataSource
      .getRepository(KnowledgeGapEntity)
      .update({ id, status: 'OPEN' }, { status: 'RESOLVED', resolvedBy: userId, resolvedAt: new Date() });
    return this.view(id);
  }

  async view(id: string): Promise<KnowledgeGapView> {
    const [row] = isUuid(id) ? await this.select('g.id = $2', [1, id]) : [];
    if (!row) throw new AgentsError(AgentsErrorCode.GAP_NOT_FOUND, `There is no knowledge-gap report ${id}.`);
    return row;
  }

  private async select(where: string, params: unknown[]): Promise<KnowledgeGapView[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT g.id, g.kind, g.status, g.question, g.bot_answer AS "botAnswer", g.topic_id AS "topicId", g.note, g.call_id AS "callId",
              g.created_at AS "createdAt",
              (SELECT d.title FROM knowledge_documents d WHERE d.topic_id = g.topic_id AND d.is_current LIMIT 1) AS "topicTitle",
              ${userColumns('u', 'reporter')}
         FROM knowledge_gaps g LEFT JOIN users u ON u.id = g.reported_by
        WHERE ${where}
        ORDER BY g.created_at DESC
        LIMIT $1`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      kind: r.kind as GapKind,
      status: r.status as GapStatus,
      question: r.question as string,
      botAnswer: (r.botAnswer as string) ?? null,
      topicId: (r.topicId as string) ?? null,
      topicTitle: (r.topicTitle as string) ?? null,
      note: (r.note as string) ?? null,
      callId: r.callId as string,
      createdAt: new Date(r.createdAt as string),
      reportedBy: userFromRow(r, 'reporter'),
    }));
  }
}
