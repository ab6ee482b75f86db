import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CallEntity } from './call.entity.js';

export type SmsStatus = 'PENDING' | 'SENT' | 'DELIVERED' | 'UNDELIVERED' | 'FAILED' | 'SKIPPED';

/** A text message a caller asked for (an article's details and official link), and how its sending went. */
@Entity('sms_outbox')
@Index('sms_outbox_to_hash_idx', ['toHash', 'sentAt'])
export class SmsOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_sms_outbox_call' })
  call?: Relation<CallEntity>;

  @Column({ name: 'topic_id', type: 'varchar', length: 100 })
  topicId: string;

  @Column({ type: 'text' })
  body: string;

  /** PENDING until sent; SKIPPED when there is no number, no provider or the daily cap is reached (see lastError). */
  @Column({ type: 'varchar', length: 16 })
  status: SmsStatus;

  @Column({ name: 'to_masked', type: 'varchar', length: 32, nullable: true })
  toMasked: string | null;

  /** The salted hash of the number, for the daily cap. */
  @Column({ name: 'to_hash', type: 'char', length: 64, nullable: true })
  toHash: string | null;

  @Column({ name: 'to_encrypted', type: 'text', nullable: true })
  toEncrypted: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'provider_message_id', type: 'varchar', length: 100, nullable: true })
  providerMessageId: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
