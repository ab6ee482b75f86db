import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CallEntity } from './call.entity.js';

/** AGENT: the agent's words, heard on a forked telephony stream after a transfer. */
export type Speaker = 'CALLER' | 'BOT' | 'AGENT';
export type TurnInput = 'TEXT' | 'DIGIT' | 'SYSTEM';

export interface StoredCitation {
  topicId: string;
  title: string;
  sourceUrl: string;
  chunkId: string;
  version: number;
}

export interface StoredCandidate {
  topicId: string;
  chunkId: string;
  score: number;
}

/** One thing said in a call, masked, with what the bot decided and why: the audit trail of every answer. */
@Entity('call_turns')
@Unique('call_turns_call_seq_key', ['callId', 'seq'])
export class CallTurnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_call_turns_call' })
  call?: Relation<CallEntity>;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 8 })
  speaker: Speaker;

  @Column({ type: 'varchar', length: 8 })
  input: TurnInput;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  ssml: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  intent: string | null;

  @Column({ type: 'double precision', nullable: true })
  confidence: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  action: string | null;

  @Column({ name: 'answer_mode', type: 'varchar', length: 16, nullable: true })
  answerMode: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  citations: StoredCitation[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  candidates: StoredCandidate[];

  @Column({ name: 'latency_ms', type: 'int', nullable: true })
  latencyMs: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
