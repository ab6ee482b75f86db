import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { CallEntity } from '../calls/call.entity.js';
import { HandoffEntity } from '../handoff/handoff.entity.js';

export const CALLBACK_STATUSES = ['REQUESTED', 'IN_PROGRESS', 'DONE', 'FAILED'] as const;
/** REQUESTED until an agent dials, IN_PROGRESS while they do; DONE when reached, FAILED after a wrong number or the last try. */
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];
export const CALLBACK_OUTCOMES = ['REACHED', 'NO_ANSWER', 'WRONG_NUMBER'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/**
 * A caller who chose to be called back instead of waiting in the queue: what they wanted (the handoff's summary), the
 * number only masked and encrypted, and each attempt an agent made to reach them.
 */
@Entity('callback_requests')
@Unique('callback_requests_call_key', ['callId'])
@Index('callback_requests_status_idx', ['status', 'requestedAt'])
@Index('callback_requests_agent_active_key', ['agentId'], { unique: true, where: `status = 'IN_PROGRESS'` })
export class CallbackRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_callback_requests_call' })
  call?: Relation<CallEntity>;

  /** The handoff the caller left (closed as CALLBACK_NEEDED). */
  @Column({ name: 'handoff_id', type: 'uuid' })
  handoffId: string;

  @ManyToOne(() => HandoffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'handoff_id', foreignKeyConstraintName: 'FK_callback_requests_handoff' })
  handoff?: Relation<HandoffEntity>;

  @Column({ name: 'caller_masked', type: 'varchar', length: 32 })
  callerMasked: string;

  /** The number to dial, encrypted (PhoneCipher); decrypted only for the agent who takes the callback. */
  @Column({ name: 'caller_encrypted', type: 'text' })
  callerEncrypted: string;

  /** What the caller wanted: the handoff's summary (masked). */
  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'topic_id', type: 'varchar', length: 100, nullable: true })
  topicId: string | null;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 16 })
  status: CallbackStatus;

  /** Attempts finished so far (an agent dialled and recorded the outcome). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The agent dialling now, or who finished the callback. */
  @Column({ name: 'agent_id', type: 'uuid', nullable: true })
  agentId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'FK_callback_requests_agent' })
  agent?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'taken_at', type: 'timestamptz', nullable: true })
  takenAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The outcome of the latest attempt. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: CallbackOutcome | null;

  /** The agents' notes, one line per attempt. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The expected wait the caller was told when offered the callback. */
  @Column({ name: 'expected_wait_seconds', type: 'int' })
  expectedWaitSeconds: number;
}
