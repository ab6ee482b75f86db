import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { CallEntity } from '../calls/call.entity.js';

export type GapKind = 'WRONG_ANSWER' | 'MISSING_ANSWER';
export type GapStatus = 'OPEN' | 'RESOLVED';

/** A bot answer an agent judged wrong, or a question the knowledge base could not answer: work for article editors. */
@Entity('knowledge_gaps')
@Index('knowledge_gaps_status_idx', ['status', 'createdAt'])
export class KnowledgeGapEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_knowledge_gaps_call' })
  call?: Relation<CallEntity>;

  /** The bot turn judged wrong, when there is one. */
  @Column({ name: 'turn_seq', type: 'int', nullable: true })
  turnSeq: number | null;

  @Column({ type: 'varchar', length: 16 })
  kind: GapKind;

  @Column({ type: 'varchar', length: 16 })
  status: GapStatus;

  /** The caller's words that led to it (masked). */
  @Column({ type: 'text' })
  question: string;

  @Column({ name: 'bot_answer', type: 'text', nullable: true })
  botAnswer: string | null;

  @Column({ name: 'topic_id', type: 'varchar', length: 100, nullable: true })
  topicId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'reported_by', type: 'uuid', nullable: true })
  reportedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reported_by', foreignKeyConstraintName: 'FK_knowledge_gaps_reporter' })
  reporter?: Relation<UserEntity>;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'FK_knowledge_gaps_resolver' })
  resolver?: Relation<UserEntity>;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
