import type { DataSource, EntityManager } from 'typeorm';
import { HANDOFF_PRIORITY, HandoffEntity, type HandoffReason } from './handoff.entity.js';

/** A waiting handoff as the queue shows it. */
export interface HandoffView {
  id: string;
  callId: string;
  reason: HandoffReason;
  priority: number;
  status: string;
  summary: string;
  topicId: string | null;
  language: string;
  createdAt: Date;
  /** Earlier calls from the same number (by salted hash). */
  previousCalls: number;
}

/** The queue of calls handed to human agents: crisis first, then emergency, caller request, bot failure; oldest first. */
export class HandoffService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the handoff in the caller's transaction; one per call (a second request keeps the first, more urgent wins). */
  async create(
    manager: EntityManager,
    input: { callId: string; reason: HandoffReason; summary: string; topicId: string | null; language: string },
  ): Promise<HandoffEntity> {
    const existing = await manager.findOne(HandoffEntity, { where: { callId: input.callId } });
    const priority = HANDOFF_PRIORITY[input.reason];
    if (existing) {
      if (priority < existing.priority) {
        existing.reason = input.reason;
        existing.priority = priority;
        existing.summary = input.summary;
        return manager.save(existing);
      }
      return existing;
    }
    return manager.save(HandoffEntity, { ...input, priority, status: 'WAITING' });
  }

  async queue(limit = 100): Promise<HandoffView[]> {
    return this.select(`h.status = 'WAITING'`, [limit]);
  }

  async view(id: string): Promise<HandoffView | null> {
    const [row] = await this.select(`h.id = $2`, [1, id]);
    return row ?? null;
  }

  private async select(where: string, params: unknown[]): Promise<HandoffView[]> {
    const rows: (HandoffEntity & { previous_calls: string })[] = await this.dataSource.query(
      `SELECT h.id, h.call_id AS "callId", h.reason, h.priority, h.status, h.summary, h.topic_id AS "topicId", h.language,
              h.created_at AS "createdAt",
              (SELECT count(*) FROM calls p WHERE p.caller_hash = c.caller_hash AND p.id <> c.id AND p.started_at < c.started_at) AS previous_calls
         FROM handoffs h JOIN calls c ON c.id = h.call_id
        WHERE ${where}
        ORDER BY h.priority, h.created_at
        LIMIT $1`,
      params,
    );
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt), previousCalls: Number(r.previous_calls) }));
  }
}
