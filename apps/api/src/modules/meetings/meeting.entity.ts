import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

export type MeetingStatus = 'QUEUED' | 'SUMMARIZING' | 'DONE' | 'FAILED' | 'CANCELLED';

/** A meeting transcript (masked) and its summary, made by a background job. */
@Entity('meetings')
@Index('meetings_owner_idx', ['ownerId', 'createdAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'FK_meetings_owner' })
  owner?: Relation<UserEntity>;

  @Column({ name: 'meeting_date', type: 'date' })
  meetingDate: string;

  @Column({ type: 'varchar', length: 8 })
  format: string;

  /** The transcript with personal numbers masked. */
  @Column({ type: 'text' })
  transcript: string;

  @Column({ type: 'varchar', length: 16 })
  status: MeetingStatus;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ name: 'minutes_text', type: 'text', nullable: true })
  minutesText: string | null;

  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Summaries of transcript parts by content hash: a retried job does not redo the parts it finished. */
@Entity('meeting_part_cache')
export class MeetingPartCacheEntity {
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'PK_meeting_part_cache' })
  key: string;

  @Column({ type: 'jsonb' })
  value: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
