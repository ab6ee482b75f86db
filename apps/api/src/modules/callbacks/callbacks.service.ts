import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import type { PhoneCipher } from '../../common/phone-cipher.js';
import { setAgentStatus } from '../auth/auth.service.js';
import { type UserView, userColumns, userFromRow } from '../auth/user-view.js';
import type { CallEntity } from '../calls/call.entity.js';
import { HANDOFF_PRIORITY, type HandoffReason } from '../handoff/handoff.entity.js';
import { afterAttempt, mayOfferCallback, shouldOfferCallback } from './callback-policy.js';
import { CALLBACK_OUTCOMES, type CallbackOutcome, CallbackRequestEntity, type CallbackStatus } from './callback-request.entity.js';
import { CallbackError, CallbackErrorCode } from './callbacks.errors.js';
import { type QueueSnapshot, expectedWaitSeconds } from './expected-wait.js';

/** A callback as the console shows it: never the number itself. */
export interface CallbackView {
  id: string;
  callId: string;
  handoffId: string;
  callerMasked: string;
  summary: string;
  topicId: string | null;
  topicTitle: string | null;
  language: string;
  status: CallbackStatus;
  attempts: number;
  agent: UserView | null;
  requestedAt: Date;
  takenAt: Date | null;
  completedAt: Date | null;
  outcome: CallbackOutcome | null;
  notes: string | null;
  expectedWaitSeconds: number;
}

export interface CallbackCompletion {
  id: string;
  outcome: CallbackOutcome;
  notes?: string | null;
}

/** A callback made from a call, with what the confirmation needs. */
export interface AcceptedCallback {
  callback: CallbackRequestEntity;
  handoffId: string;
  topicTitle: string | null;
}

const MAX_NOTES = 2000;
const LIST_LIMIT = 200;
const OPEN: CallbackStatus[] = ['REQUESTED', 'IN_PROGRESS'];

/**
 * Callbacks instead of waiting: the expected wait in the agents' queue, the offer a caller gets when it is long, the
 * request made when they accept (the handoff leaves the queue), and agents working through the requests: one agent
 * dials one callback at a time and records each attempt, three unanswered tries and the callback has failed.
 */
export class CallbacksService {
  private readonly logger = new Logger(CallbacksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PhoneCipher,
    /** CALLBACK_OFFER_WAIT_SECONDS: the expected wait from which a callback is offered; 0 never offers one. */
    private readonly offerWaitSeconds: number,
  ) {}

  /**
   * The queue a caller handed off for this reason finds, in the turn's transaction: who waits ahead of their handoff
   * (or of the one about to be made, at the back of its priority), how long recent calls took, and who is signed in.
   */
  async queueSnapshot(manager: EntityManager, callId: string, reason: HandoffReason): Promise<QueueSnapshot> {
    const [row] = await manager.query(
      `WITH mine AS (
         SELECT least(priority, $2) AS priority, created_at FROM handoffs WHERE call_id = $1 AND status = 'WAITING'
       ), place AS (
         SELECT coalesce((SELECT priority FROM mine), $2) AS priority,
                coalesce((SELECT created_at FROM mine), 'infinity'::timestamptz) AS created_at
       ), handled AS (
         SELECT extract(epoch FROM closed_at - claimed_at) AS seconds FROM handoffs
          WHERE claimed_at IS NOT NULL AND closed_at IS NOT NULL AND closed_at > now() - interval '7 days'
       )
       SELECT (SELECT count(*)::int FROM handoffs o, place p
                WHERE o.status = 'WAITING' AND o.call_id <> $1
                  AND (o.priority < p.priority OR (o.priority = p.priority AND o.created_at < p.created_at))) AS ahead,
              (SELECT count(*)::int FROM handled) AS handled,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM handled) AS median,
              (SELECT count(*)::int FROM users
                WHERE role = 'AGENT' AND active AND agent_status IN ('AVAILABLE', 'ON_CALL', 'WRAP_UP')) AS agents`,
      [callId, HANDOFF_PRIORITY[reason]],
    );
    return {
      ahead: Number(row.ahead),
      handledRecently: Number(row.handled),
      medianHandlingSeconds: row.median === null ? null : Number(row.median),
      agentsSignedIn: Number(row.agents),
    };
  }

  /**
   * The expected wait to offer this caller a callback with, or null when they are not offered one (a crisis or an
   * emergency, no number, offered before, the offer turned off, or a short queue).
   */
  async offerFor(manager: EntityManager, call: CallEntity, reason: HandoffReason): Promise<number | null> {
    const circumstances = {
      reason,
      hasCallerNumber: !!call.callerEncrypted,
      alreadyOffered: call.callbackOffer !== null,
      thresholdSeconds: this.offerWaitSeconds,
    };
    if (!mayOfferCallback(circumstances)) return null;
    const wait = expectedWaitSeconds(await this.queueSnapshot(manager, call.id, reason));
    if (!shouldOfferCallback({ ...circumstances, expectedWaitSeconds: wait })) return null;
    this.logger.log(`call ${call.id}: callback offered at an expected wait of ${wait} s`);
    return wait;
  }

  /**
   * The caller accepted the offer, in the turn's transaction: the waiting handoff closes as CALLBACK_NEEDED and the
   * request is recorded with its summary and the call's encrypted number. Null when the handoff is no longer waiting
   * (an agent took the call a moment ago).
   */
  async accept(manager: EntityManager, call: CallEntity): Promise<AcceptedCallback | null> {
    if (!call.callerEncrypted || !call.callerMasked) return null;
    const [closed]: [{ id: string; summary: string; topic_id: string | null }[]] = await manager.query(
      `UPDATE handoffs SET status = 'CLOSED', closed_at = now(), disposition = 'CALLBACK_NEEDED'
        WHERE call_id = $1 AND status = 'WAITING' RETURNING id, summary, topic_id`,
      [call.id],
    );
    if (!closed.length) return null;
    const [handoff] = closed;
    const callback = await manager.save(CallbackRequestEntity, {
      callId: call.id,
      handoffId: handoff.id,
      callerMasked: call.callerMasked,
      callerEncrypted: call.callerEncrypted,
      summary: handoff.summary,
      topicId: handoff.topic_id,
      language: call.language,
      status: 'REQUESTED' as const,
      attempts: 0,
      expectedWaitSeconds: call.callbackOfferWaitSeconds ?? 0,
    });
    const [topic]: { title: string }[] = handoff.topic_id
      ? await manager.query(`SELECT title FROM knowledge_documents WHERE topic_id = $1 AND is_current LIMIT 1`, [handoff.topic_id])
      : [];
    this.logger.log(`call ${call.id}: callback ${callback.id} requested to ${call.callerMasked}; handoff ${handoff.id} left the queue`);
    return { callback, handoffId: handoff.id, topicTitle: topic?.title ?? null };
  }

  /** Callbacks of one status; without one, the open ones (requested and in progress), oldest first. */
  async list(status?: CallbackStatus | null): Promise<CallbackView[]> {
    const statuses = status ? [status] : OPEN;
    const closed = status === 'DONE' || status === 'FAILED';
    return this.select(
      `cb.status = ANY($2)`,
      [LIST_LIMIT, statuses],
      closed ? 'coalesce(cb.completed_at, cb.requested_at) DESC' : 'cb.requested_at',
    );
  }

  async view(id: string): Promise<CallbackView> {
    const [row] = isUuid(id) ? await this.select(`cb.id = $2`, [1, id]) : [];
    if (!row) throw new CallbackError(CallbackErrorCode.CALLBACK_NOT_FOUND, `There is no callback ${id}.`);
    return row;
  }

  /**
   * Gives a requested callback to this agent, with the number to dial (decrypted for them alone). Of agents taking it
   * at once exactly one gets it; an agent dials one callback at a time and not while on a call. Taking one's own
   * callback again returns it again (the console reloaded).
   */
  async take(agentId: string, id: string): Promise<{ callback: CallbackView; phoneNumber: string }> {
    const current = await this.view(id);
    const mine = current.status === 'IN_PROGRESS' && current.agent?.id === agentId;
    if (current.status === 'IN_PROGRESS' && !mine) throw alreadyTaken();
    if (current.status === 'DONE' || current.status === 'FAILED') {
      throw new CallbackError(
        CallbackErrorCode.CALLBACK_CLOSED,
        `This callback is already ${current.status === 'DONE' ? 'done' : 'given up'}.`,
      );
    }
    // Decrypted before anything changes, so a key that cannot read it leaves the callback on the list.
    const phoneNumber = await this.number(id);
    if (mine) return { callback: current, phoneNumber };
    await this.dataSource.transaction(async (manager) => {
      const [{ busy }] = await manager.query(
        `SELECT (EXISTS (SELECT 1 FROM callback_requests WHERE agent_id = $1 AND status = 'IN_PROGRESS')
              OR EXISTS (SELECT 1 FROM handoffs WHERE agent_id = $1 AND status = 'CLAIMED')) AS busy`,
        [agentId],
      );
      if (busy) throw agentBusy();
      let rows: { id: string }[];
      try {
        [rows] = await manager.query(
          `UPDATE callback_requests SET status = 'IN_PROGRESS', agent_id = $2, taken_at = now()
            WHERE id = $1 AND status = 'REQUESTED' RETURNING id`,
          [id, agentId],
        );
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw agentBusy();
        throw error;
      }
      if (!rows.length) throw alreadyTaken();
      await setAgentStatus(manager, agentId, 'ON_CALL');
    });
    this.logger.log(`callback ${id} taken by agent ${agentId} (attempt ${current.attempts + 1}) to ${current.callerMasked}`);
    return { callback: await this.view(id), phoneNumber };
  }

  /**
   * Records the agent's attempt: reached (done), a wrong number (failed), or no answer (back on the list until the
   * third try, then failed). The agent is available again unless they hold a call.
   */
  async complete(agentId: string, input: CallbackCompletion): Promise<CallbackView> {
    const fields = validateCompletion(input);
    const current = await this.view(input.id);
    if (current.status !== 'IN_PROGRESS') {
      throw new CallbackError(CallbackErrorCode.NOT_IN_PROGRESS, 'This callback is not being dialled: take it first (전화 걸기).');
    }
    if (current.agent?.id !== agentId) {
      throw new CallbackError(CallbackErrorCode.NOT_YOUR_CALLBACK, 'Only the agent who took this callback can complete it.');
    }
    const next = afterAttempt(current.attempts, fields.outcome);
    const note = fields.notes ? `${next.attempts}차: ${fields.notes}` : null;
    await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE callback_requests
            SET status = $3::varchar, attempts = $4, outcome = $5, notes = CASE WHEN $6::text IS NULL THEN notes ELSE concat_ws(E'\\n', notes, $6::text) END,
                completed_at = CASE WHEN $3::varchar IN ('DONE', 'FAILED') THEN now() END,
                agent_id = CASE WHEN $3::varchar = 'REQUESTED' THEN NULL ELSE agent_id END,
                taken_at = CASE WHEN $3::varchar = 'REQUESTED' THEN NULL ELSE taken_at END
          WHERE id = $1 AND agent_id = $2 AND status = 'IN_PROGRESS' RETURNING id`,
        [input.id, agentId, next.status, next.attempts, fields.outcome, note],
      );
      if (!rows.length) throw new CallbackError(CallbackErrorCode.NOT_IN_PROGRESS, 'This callback was completed in the meantime.');
      await manager.query(
        `UPDATE users SET agent_status = 'AVAILABLE', status_changed_at = now()
          WHERE id = $1 AND agent_status = 'ON_CALL' AND NOT EXISTS (SELECT 1 FROM handoffs WHERE agent_id = $1 AND status = 'CLAIMED')`,
        [agentId],
      );
    });
    this.logger.log(`callback ${input.id}: attempt ${next.attempts} ${fields.outcome} by agent ${agentId} → ${next.status}`);
    return this.view(input.id);
  }

  /** The number to dial, decrypted; a key that cannot read it is a configuration problem, not the agent's. */
  private async number(id: string): Promise<string> {
    const [row]: { caller_encrypted: string }[] = await this.dataSource.query(
      `SELECT caller_encrypted FROM callback_requests WHERE id = $1`,
      [id],
    );
    try {
      return this.cipher.decrypt(row.caller_encrypted);
    } catch {
      this.logger.error(`callback ${id}: the number cannot be decrypted with the configured PHONE_ENCRYPTION_KEY`);
      throw new CallbackError(
        CallbackErrorCode.NUMBER_UNAVAILABLE,
        "The caller's number cannot be read with this server's PHONE_ENCRYPTION_KEY: ask an administrator to check it.",
      );
    }
  }

  private async select(where: string, params: unknown[], order = 'cb.requested_at'): Promise<CallbackView[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT cb.id, cb.call_id AS "callId", cb.handoff_id AS "handoffId", cb.caller_masked AS "callerMasked", cb.summary,
              cb.topic_id AS "topicId", cb.language, cb.status, cb.attempts, cb.requested_at AS "requestedAt",
              cb.taken_at AS "takenAt", cb.completed_at AS "completedAt", cb.outcome, cb.notes,
              cb.expected_wait_seconds AS "expectedWaitSeconds",
              (SELECT d.title FROM knowledge_documents d WHERE d.topic_id = cb.topic_id AND d.is_current LIMIT 1) AS "topicTitle",
              ${userColumns('u', 'agent')}
         FROM callback_requests cb LEFT JOIN users u ON u.id = cb.agent_id
        WHERE ${where}
        ORDER BY ${order}
        LIMIT $1`,
      params,
    );
    const date = (v: unknown) => (v == null ? null : new Date(v as string));
    return rows.map((r) => ({
      id: r.id as string,
      callId: r.callId as string,
      handoffId: r.handoffId as string,
      callerMasked: r.callerMasked as string,
      summary: r.summary as string,
      topicId: (r.topicId as string) ?? null,
      topicTitle: (r.topicTitle as string) ?? null,
      language: r.language as string,
      status: r.status as CallbackStatus,
      attempts: Number(r.attempts),
      agent: userFromRow(r, 'agent'),
      requestedAt: new Date(r.requestedAt as string),
      takenAt: date(r.takenAt),
      completedAt: date(r.completedAt),
      outcome: (r.outcome as CallbackOutcome) ?? null,
      notes: (r.notes as string) ?? null,
      expectedWaitSeconds: Number(r.expectedWaitSeconds),
    }));
  }
}

function validateCompletion(input: CallbackCompletion): { outcome: CallbackOutcome; notes: string | null } {
  const bad = (message: string) => new CallbackError(CallbackErrorCode.INVALID_COMPLETION, message);
  if (!CALLBACK_OUTCOMES.includes(input.outcome)) throw bad(`outcome must be one of ${CALLBACK_OUTCOMES.join(', ')}.`);
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > MAX_NOTES) throw bad(`notes are ${notes.length} characters; at most ${MAX_NOTES}.`);
  return { outcome: input.outcome, notes };
}

function alreadyTaken(): CallbackError {
  return new CallbackError(CallbackErrorCode.ALREADY_TAKEN, 'Another agent is already calling this caller back.');
}

function agentBusy(): CallbackError {
  return new CallbackError(
    CallbackErrorCode.AGENT_BUSY,
    'You are on a call or another callback: finish it (wrap-up or 완료) before calling back.',
  );
}
