import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { CallEntity } from '../calls/call.entity.js';

export type HandoffReason = 'CRISIS' | 'EMERGENCY' | 'CALLER_REQUEST' | 'BOT_FAILURE';
export type HandoffStatus = 'WAITING' | 'CLAIMED' | 'CLOSED';
export const DISPOSITIONS = [
  'RESOLVED',
  'TRANSFERRED',
  'CALLBACK_NEEDED',
  'INFO_SENT',
  'EMERGENCY_REFERRED',
  'CALLER_HUNG_UP',
  'OTHER',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Queue order: lower first. */
export const HANDOFF_PRIORITY: Record<HandoffReason, number> = { CRISIS: 1, EMERGENCY: 2, CALLER_REQUEST: 3, BOT_FAILURE: 4 };

/** A call handed to a human agent, waiting in the queue with a summary of what the caller wants. */
@Entity('handoffs')
@Index('handoffs_queue_idx', ['status', 'priority', 'createdAt'])
@Unique('handoffs_call_key', ['callId'])
@Index('handoffs_agent_active_key', ['agentId'], { unique: true, where: `status = 'CLAIMED'` })
export class HandoffEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_handoffs_call' })
  call?: Relation<CallEntity>;

  @Column({ type: 'varchar', length: 24 })
  reason: HandoffReason;

  @Column({ type: 'int' })
  priority: number;

  @Column({ type: 'varchar', length: 16 })
  status: HandoffStatus;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'topic_id', type: 'varchar', length: 100, nullable: true })
  topicId: string | null;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The agent who took the call. */
  @Column({ name: 'agent_id', type: 'uuid', nullable: true })
  agentId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'FK_handoffs_agent' })
  agent?: Relation<UserEntity>;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  disposition: Disposition | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ name: 'wrap_notes', type: 'text', nullable: true })
  wrapNotes: string | null;

  /** The after-call summary as the agent left it. */
  @Column({ name: 'wrap_summary', type: 'text', nullable: true })
  wrapSummary: string | null;

  @Column({ name: 'wrap_topic_id', type: 'varchar', length: 100, nullable: true })
  wrapTopicId: string | null;
}
