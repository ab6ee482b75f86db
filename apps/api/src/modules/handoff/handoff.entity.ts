import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CallEntity } from '../calls/call.entity.js';

export type HandoffReason = 'CRISIS' | 'EMERGENCY' | 'CALLER_REQUEST' | 'BOT_FAILURE';
export type HandoffStatus = 'WAITING' | 'CLAIMED' | 'CLOSED';

/** Queue order: lower first. */
export const HANDOFF_PRIORITY: Record<HandoffReason, number> = { CRISIS: 1, EMERGENCY: 2, CALLER_REQUEST: 3, BOT_FAILURE: 4 };

/** A call handed to a human agent, waiting in the queue with a summary of what the caller wants. */
@Entity('handoffs')
@Index('handoffs_queue_idx', ['status', 'priority', 'createdAt'])
@Unique('handoffs_call_key', ['callId'])
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
}
