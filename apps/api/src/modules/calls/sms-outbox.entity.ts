import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CallEntity } from './call.entity.js';

/** A text message a caller asked for (an article's details and official link); sent by the voice-gateway issue's job. */
@Entity('sms_outbox')
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

  @Column({ type: 'varchar', length: 16 })
  status: 'PENDING' | 'SENT' | 'FAILED';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
