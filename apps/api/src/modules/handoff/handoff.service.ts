import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus, QueueEventPayload } from '../../common/events/event-bus.js';
import { isUuid } from '../../common/ids.js';
import { setAgentStatus } from '../auth/auth.service.js';
import { type UserView, userColumns, userFromRow } from '../auth/user-view.js';
import { HandoffError, HandoffErrorCode } from './handoff.errors.js';
import {
  DISPOSITIONS,
  type Disposition,
  HANDOFF_PRIORITY,
  HandoffEntity,
  type HandoffReason,
  type HandoffStatus,
} from './handoff.entity.js';

/** A handoff as the console shows it. */
export interface HandoffView {
  id: string;
  callId: string;
  reason: HandoffReason;
  priority: number;
  status: HandoffStatus;
  summary: string;
  topicId: string | null;
  topicTitle: string | null;
  language: string;
  callerMasked: string | null;
  createdAt: Date;
  /** Earlier calls from the same number (by salted hash). */
  previousCalls: number;
  /** From the handoff until an agent took it (or until now while waiting). */
  waitSeconds: number;
  /** The agent who took the call. */
  agent: UserView | null;
  claimedAt: Date | null;
  closedAt: Date | null;
  disposition: Disposition | null;
  department: string | null;
  wrapNotes: string | null;
  wrapSummary: string | null;
  wrapTopicId: string | null;
}

export interface WrapUp {
  handoffId: string;
  disposition: Disposition;
  summary: string;
  notes?: string | null;
  topicId?: string | null;
  department?: string | null;
}

const MAX_TEXT = 4000;

/**
 * The queue of calls handed to human agents (crisis, emergency, caller request, bot failure; oldest first), and the
 * life of each handoff: claimed by exactly one agent, closed by that agent's wrap-up or by the caller hanging up.
 */
export class HandoffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  /** Records the handoff in the caller's transaction; one per call (a more urgent reason replaces a less urgent one). */
  async create(
    manager: EntityManager,
    input: { callId: string; reason: HandoffReason; summary: string; topicId: string | null; language: string },
  ): Promise<{ handoff: HandoffEntity; created: boolean }> {
    const existing = await manager.findOne(HandoffEntity, { where: { callId: input.callId } });
    const priority = HANDOFF_PRIORITY[input.reason];
    if (existing) {
      if (priority < existing.priority && existing.status === 'WAITING') {
        existing.reason = input.reason;
        existing.priority = priority;
        existing.summary = input.summary;
        return { handoff: await manager.save(existing), created: false };
      }
      return { handoff: existing, created: false };
    }
    return { handoff: await manager.save(HandoffEntity, { ...input, priority, status: 'WAITING' }), created: true };
  }

  async queue(limit = 100): Promise<HandoffView[]> {
    return this.select(`h.status = 'WAITING'`, [Math.min(Math.max(limit, 1), 500)]);
  }

  async view(id: string): Promise<HandoffView> {
    const [row] = isUuid(id) ? await this.select(`h.id = $2`, [1, id]) : [];
    if (!row) throw new HandoffError(HandoffErrorCode.HANDOFF_NOT_FOUND, `There is no handoff ${id}.`);
    return row;
  }

  /** The call this agent holds now, if any. */
  async activeFor(agentId: string): Promise<HandoffView | null> {
    const [row] = await this.select(`h.agent_id = $2 AND h.status = 'CLAIMED'`, [1, agentId]);
    return row ?? null;
  }

  /**
   * Gives the call to this agent, or to nobody: a conditional update decides between agents who click at the same
   * moment, and a unique index keeps an agent to one call at a time.
   */
  async claim(agentId: string, handoffId: string): Promise<HandoffView> {
    const { callId } = await this.view(handoffId);
    await this.dataSource.transaction(async (manager) => {
      // The call's row first, as every turn locks it before its handoff: the same order everywhere, so a claim at
      // the moment the caller speaks (or books a callback) waits instead of deadlocking.
      await manager.query(`SELECT id FROM calls WHERE id = $1 FOR UPDATE`, [callId]);
      const held = await manager.query(`SELECT id FROM handoffs WHERE agent_id = $1 AND status = 'CLAIMED'`, [agentId]);
      if (held.length) throw agentBusy();
      let rows: { call_id: string }[];
      try {
        [rows] = await manager.query(
          `UPDATE handoffs SET status = 'CLAIMED', agent_id = $2, claimed_at = now()
            WHERE id = $1 AND status = 'WAITING' RETURNING call_id`,
          [handoffId, agentId],
        );
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw agentBusy();
        throw error;
      }
      if (!rows.length) {
        throw new HandoffError(HandoffErrorCode.ALREADY_CLAIMED, 'Another agent has already taken this call (or the caller hung up).');
      }
      await manager.query(`UPDATE calls SET status = 'WITH_AGENT' WHERE id = $1 AND status <> 'ENDED'`, [rows[0].call_id]);
      await setAgentStatus(manager, agentId, 'ON_CALL');
    });
    await this.announce({ type: 'CLAIMED', handoffId });
    return this.view(handoffId);
  }

  /** Closes the agent's call with its disposition and summary; the call ends if still open; the agent is available again. */
  async wrapUp(agentId: string, input: WrapUp): Promise<HandoffView> {
    const fields = validateWrapUp(input);
    const handoff = await this.view(input.handoffId);
    if (handoff.status !== 'CLAIMED') {
      throw new HandoffError(
        HandoffErrorCode.NOT_CLAIMED,
        'This call is not in progress with an agent: it was never taken or is already wrapped up.',
      );
    }
    if (handoff.agent?.id !== agentId)
      throw new HandoffError(HandoffErrorCode.NOT_YOUR_CALL, 'Only the agent who took this call can wrap it up.');
    let callEnded = false;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM calls WHERE id = $1 FOR UPDATE`, [handoff.callId]); // the call first, as in claim
      const [rows] = await manager.query(
        `UPDATE handoffs SET status = 'CLOSED', closed_at = now(), disposition = $3, wrap_summary = $4, wrap_notes = $5,
                wrap_topic_id = $6, department = $7
          WHERE id = $1 AND agent_id = $2 AND status = 'CLAIMED' RETURNING id`,
        [input.handoffId, agentId, fields.disposition, fields.summary, fields.notes, fields.topicId, fields.department],
      );
      if (!rows.length) throw new HandoffError(HandoffErrorCode.NOT_CLAIMED, 'This call was wrapped up in the meantime.');
      const [ended] = await manager.query(
        `UPDATE calls SET status = 'ENDED', ended_at = now(), end_reason = 'agent' WHERE id = $1 AND status <> 'ENDED' RETURNING id`,
        [handoff.callId],
      );
      callEnded = ended.length > 0;
      await setAgentStatus(manager, agentId, 'AVAILABLE');
    });
    await this.announce({ type: 'CLOSED', handoffId: input.handoffId });
    if (callEnded) await this.events.callChanged({ type: 'ENDED', callId: handoff.callId, turnSeq: null });
    return this.view(input.handoffId);
  }

  /**
   * In the transaction that ends a call: a caller still waiting leaves the queue (abandoned), an agent on the call
   * moves to wrap-up. Returns the queue event to announce after commit.
   */
  async callEnded(manager: EntityManager, callId: string): Promise<QueueEventPayload | null> {
    const handoff = await manager.findOne(HandoffEntity, { where: { callId } });
    if (!handoff) return null;
    if (handoff.status === 'WAITING') {
      await manager.update(HandoffEntity, handoff.id, { status: 'CLOSED', closedAt: new Date(), disposition: 'CALLER_HUNG_UP' });
      return { type: 'CLOSED', handoffId: handoff.id };
    }
    if (handoff.status === 'CLAIMED' && handoff.agentId) await setAgentStatus(manager, handoff.agentId, 'WRAP_UP');
    return null;
  }

  announce(event: QueueEventPayload): Promise<void> {
    return this.events.queueChanged(event);
  }

  private async select(where: string, params: unknown[]): Promise<HandoffView[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT h.id, h.call_id AS "callId", h.reason, h.priority, h.status, h.summary, h.topic_id AS "topicId", h.language,
              h.created_at AS "createdAt", h.claimed_at AS "claimedAt", h.closed_at AS "closedAt", h.disposition, h.department,
              h.wrap_notes AS "wrapNotes", h.wrap_summary AS "wrapSummary", h.wrap_topic_id AS "wrapTopicId",
              c.caller_masked AS "callerMasked",
              extract(epoch FROM coalesce(h.claimed_at, h.closed_at, now()) - h.created_at) AS "waitSeconds",
              (SELECT d.title FROM knowledge_documents d WHERE d.topic_id = h.topic_id AND d.is_current LIMIT 1) AS "topicTitle",
              (SELECT count(*) FROM calls p WHERE p.caller_hash = c.caller_hash AND p.id <> c.id AND p.started_at < c.started_at) AS "previousCalls",
              ${userColumns('u', 'agent')}
         FROM handoffs h JOIN calls c ON c.id = h.call_id LEFT JOIN users u ON u.id = h.agent_id
        WHERE ${where}
        ORDER BY h.priority, h.created_at
        LIMIT $1`,
      params,
    );
    const date = (v: unknown) => (v == null ? null : new Date(v as string));
    return rows.map((r) => ({
      id: r.id as string,
      callId: r.callId as string,
      reason: r.reason as HandoffReason,
      priority: Number(r.priority),
      status: r.status as HandoffStatus,
      summary: r.summary as string,
      topicId: (r.topicId as string) ?? null,
      topicTitle: (r.topicTitle as string) ?? null,
      language: r.language as string,
      callerMasked: (r.callerMasked as string) ?? null,
      createdAt: new Date(r.createdAt as string),
      previousCalls: Number(r.previousCalls),
      waitSeconds: Math.max(0, Math.round(Number(r.waitSeconds))),
      agent: userFromRow(r, 'agent'),
      claimedAt: date(r.claimedAt),
      closedAt: date(r.closedAt),
      disposition: (r.disposition as Disposition) ?? null,
      department: (r.department as string) ?? null,
      wrapNotes: (r.wrapNotes as string) ?? null,
      wrapSummary: (r.wrapSummary as string) ?? null,
      wrapTopicId: (r.wrapTopicId as string) ?? null,
    }));
  }
}

function validateWrapUp(input: WrapUp) {
  const bad = (message: string) => new HandoffError(HandoffErrorCode.INVALID_WRAP_UP, message);
  if (!DISPOSITIONS.includes(input.disposition)) throw bad(`disposition must be one of ${DISPOSITIONS.join(', ')}.`);
  const summary = input.summary?.trim() ?? '';
  if (!summary) throw bad('summary is empty: keep or edit the drafted after-call summary.');
  if (summary.length > MAX_TEXT) throw bad(`summary is ${summary.length} characters; at most ${MAX_TEXT}.`);
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > MAX_TEXT) throw bad(`notes are ${notes.length} characters; at most ${MAX_TEXT}.`);
  const department = input.department?.trim() || null;
  if (input.disposition === 'TRANSFERRED' && !department)
    throw bad('department is required when the call was transferred to a department.');
  if (department && department.length > 100) throw bad('department is at most 100 characters.');
  const topicId = input.topicId?.trim() || null;
  if (topicId && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(topicId)) throw bad(`topicId "${topicId}" is not a topic id (e.g. passport-reissue).`);
  return { disposition: input.disposition, summary, notes, department, topicId };
}

function agentBusy(): HandoffError {
  return new HandoffError(HandoffErrorCode.AGENT_BUSY, 'You already have a call in progress: wrap it up before taking another.');
}
