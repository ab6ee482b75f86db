import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CallEntity } from '../calls/call.entity.js';

/** The timings of one spoken turn: what the caller waited for, stage by stage (see TurnTimings). */
@Entity('voice_turns')
@Index('voice_turns_call_idx', ['callId', 'seq'])
@Index('voice_turns_created_at_idx', ['createdAt'])
export class VoiceTurnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_voice_turns_call' })
  call?: Relation<CallEntity>;

  /** The bot turn's seq in call_turns. */
  @Column({ type: 'int' })
  seq: number;

  @Column({ name: 'speech_ms', type: 'int' })
  speechMs: number;

  @Column({ name: 'endpointing_ms', type: 'int' })
  endpointingMs: number;

  @Column({ name: 'stt_ms', type: 'int' })
  sttMs: number;

  @Column({ name: 'dialogue_ms', type: 'int' })
  dialogueMs: number;

  @Column({ name: 'tts_first_audio_ms', type: 'int' })
  ttsFirstAudioMs: number;

  @Column({ name: 'total_ms', type: 'int' })
  totalMs: number;

  @Column({ name: 'overhead_ms', type: 'int' })
  overheadMs: number;

  /** The caller cut into the bot's previous words to say this. */
  @Column({ name: 'barge_in', type: 'boolean', default: false })
  bargeIn: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
