import type { DataSource } from 'typeorm';
import type { AgentStatus } from '../auth/user.entity.js';
import type { HandoffReason } from '../handoff/handoff.entity.js';
import { DashboardError, DashboardErrorCode } from './dashboard.errors.js';

export interface Dashboard {
  from: Date;
  to: Date;
  totalCalls: number;
  handedOff: number;
  /** Calls that never needed a person, of all calls in the range. */
  containmentRate: number;
  medianWaitSeconds: number | null;
  callsPerHour: { hour: Date; calls: number; handedOff: number }[];
  handoffsByReason: { reason: HandoffReason; count: number }[];
  topTopics: { topicId: string; title: string; count: number }[];
  agentsByStatus: { status: AgentStatus; count: number }[];
  openKnowledgeGaps: number;
  voiceTurns: number;
  voiceLatency: { stage: VoiceStage; p50: number; p95: number }[];
}

/** The stages of a spoken turn, as voice_turns records them. */
export const VOICE_STAGES = ['endpointing', 'stt', 'dialogue', 'tts', 'total', 'overhead'] as const;
export type VoiceStage = (typeof VOICE_STAGES)[number];
const STAGE_COLUMN: Record<VoiceStage, string> = {
  endpointing: 'endpointing_ms',
  stt: 'stt_ms',
  dialogue: 'dialogue_ms',
  tts: 'tts_first_audio_ms',
  total: 'total_ms',
  overhead: 'overhead_ms',
};

export const MAX_RANGE_DAYS = 31;
const HOUR = 3600_000;
const TOP_TOPICS = 8;
const STATUSES: AgentStatus[] = ['AVAILABLE', 'ON_CALL', 'WRAP_UP', 'AWAY', 'OFFLINE'];
const REASONS: HandoffReason[] = ['CRISIS', 'EMERGENCY', 'CALLER_REQUEST', 'BOT_FAILURE'];

/** What a supervisor watches: volume, how much the bot resolves alone, why calls reach people, and the floor now. */
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async dashboard(from: Date, to: Date): Promise<Dashboard> {
    if (!(from instanceof Date) || !(to instanceof Date) || isNaN(from.getTime()) || isNaN(to.getTime()) || from >= to) {
      throw new DashboardError(DashboardErrorCode.INVALID_RANGE, '"from" must be a date before "to".');
    }
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 24 * HOUR) {
      throw new DashboardError(DashboardErrorCode.INVALID_RANGE, `The range is at most ${MAX_RANGE_DAYS} days: choose a shorter one.`);
    }
    const q = (sql: string, params: unknown[] = [from, to]) => this.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>;
    const [hours, reasons, topics, agents, [totals], [wait], [gaps], [voice]] = await Promise.all([
      q(`SELECT date_trunc('hour', c.started_at) AS hour, count(*) AS calls, count(h.id) AS handed_off
           FROM calls c LEFT JOIN handoffs h ON h.call_id = c.id
          WHERE c.started_at >= $1 AND c.started_at < $2 GROUP BY 1`),
      q(`SELECT h.reason, count(*) AS count FROM handoffs h WHERE h.created_at >= $1 AND h.created_at < $2 GROUP BY 1`),
      q(
        `SELECT t.topic_id, count(*) AS count,
                (SELECT d.title FROM knowledge_documents d WHERE d.topic_id = t.topic_id AND d.is_current LIMIT 1) AS title
           FROM (SELECT coalesce(h.wrap_topic_id, c.last_topic_id, h.topic_id) AS topic_id
                   FROM calls c LEFT JOIN handoffs h ON h.call_id = c.id
                  WHERE c.started_at >= $1 AND c.started_at < $2) t
          WHERE t.topic_id IS NOT NULL GROUP BY t.topic_id ORDER BY count DESC, t.topic_id LIMIT $3`,
        [from, to, TOP_TOPICS],
      ),
      q(`SELECT agent_status AS status, count(*) AS count FROM users WHERE role = 'AGENT' AND active GROUP BY 1`, []),
      q(`SELECT count(*) AS calls, count(h.id) AS handed_off FROM calls c LEFT JOIN handoffs h ON h.call_id = c.id
          WHERE c.started_at >= $1 AND c.started_at < $2`),
      q(`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.claimed_at - h.created_at)) AS median
           FROM handoffs h WHERE h.created_at >= $1 AND h.created_at < $2 AND h.claimed_at IS NOT NULL`),
      q(`SELECT count(*) AS open FROM knowledge_gaps WHERE status = 'OPEN'`, []),
      q(`SELECT count(*) AS turns, ${VOICE_STAGES.map(
        (stage) =>
          `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${STAGE_COLUMN[stage]}) AS ${stage}_p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY ${STAGE_COLUMN[stage]}) AS ${stage}_p95`,
      ).join(', ')}
           FROM voice_turns WHERE created_at >= $1 AND created_at < $2`),
    ]);
    const voiceTurns = Number(voice.turns);
    const totalCalls = Number(totals.calls);
    const handedOff = Number(totals.handed_off);
    const byHour = new Map(hours.map((r) => [new Date(r.hour as string).getTime(), r]));
    const callsPerHour: Dashboard['callsPerHour'] = [];
    for (let t = Math.floor(from.getTime() / HOUR) * HOUR; t < to.getTime(); t += HOUR) {
      const row = byHour.get(t);
      callsPerHour.push({ hour: new Date(t), calls: Number(row?.calls ?? 0), handedOff: Number(row?.handed_off ?? 0) });
    }
    const reasonCount = new Map(reasons.map((r) => [r.reason as HandoffReason, Number(r.count)]));
    const statusCount = new Map(agents.map((r) => [r.status as AgentStatus, Number(r.count)]));
    return {
      from,
      to,
      totalCalls,
      handedOff,
      containmentRate: totalCalls ? round((totalCalls - handedOff) / totalCalls) : 0,
      medianWaitSeconds: wait.median == null ? null : round(Number(wait.median)),
      callsPerHour,
      handoffsByReason: REASONS.map((reason) => ({ reason, count: reasonCount.get(reason) ?? 0 })),
      topTopics: topics.map((r) => ({
        topicId: r.topic_id as string,
        title: (r.title as string) ?? (r.topic_id as string),
        count: Number(r.count),
      })),
      agentsByStatus: STATUSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
      openKnowledgeGaps: Number(gaps.open),
      voiceTurns,
      voiceLatency: voiceTurns
        ? VOICE_STAGES.map((stage) => ({ stage, p50: Number(voice[`${stage}_p50`]), p95: Number(voice[`${stage}_p95`]) }))
        : [],
    };
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
