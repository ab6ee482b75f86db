import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CallChannel = 'PHONE' | 'WEB' | 'TEST';
export type CallLanguage = 'ko' | 'en';
/** ACTIVE with the bot, HANDED_OFF waiting for an agent, WITH_AGENT talking to one, ENDED. */
export type CallStatus = 'ACTIVE' | 'HANDED_OFF' | 'WITH_AGENT' | 'ENDED';
/** A callback offered while waiting: standing (OFFERED), taken, turned down, or withdrawn when the call turned urgent. */
export type CallbackOffer = 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/** One call to 120: where it stands in the dialogue. The caller id is kept only as a salted hash and a masked form. */
@Entity('calls')
@Index('calls_caller_hash_idx', ['callerHash'])
@Index('calls_started_at_idx', ['startedAt'])
export class CallEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  channel: CallChannel;

  @Column({ type: 'varchar', length: 2 })
  language: CallLanguage;

  @Column({ type: 'varchar', length: 16 })
  status: CallStatus;

  @Column({ name: 'caller_hash', type: 'char', length: 64, nullable: true })
  callerHash: string | null;

  @Column({ name: 'caller_masked', type: 'varchar', length: 32, nullable: true })
  callerMasked: string | null;

  /** The caller number encrypted (PhoneCipher), only to send text messages the caller asked for. */
  @Column({ name: 'caller_encrypted', type: 'text', nullable: true })
  callerEncrypted: string | null;

  /** The telephony platform's id of the call (Twilio's CallSid, jambonz's call_sid), to find it again on its webhooks. */
  @Index('calls_telephony_id_idx')
  @Column({ name: 'telephony_id', type: 'varchar', length: 64, nullable: true })
  telephonyId: string | null;

  @Column({ type: 'boolean', default: false })
  flagged: boolean;

  @Column({ name: 'flag_reason', type: 'varchar', length: 32, nullable: true })
  flagReason: string | null;

  @Column({ name: 'abuse_warnings', type: 'int', default: 0 })
  abuseWarnings: number;

  @Column({ name: 'turns_without_progress', type: 'int', default: 0 })
  turnsWithoutProgress: number;

  @Column({ name: 'last_topic_id', type: 'varchar', length: 100, nullable: true })
  lastTopicId: string | null;

  /** Topics offered in a clarifying question, awaiting the caller's choice. */
  @Column({ name: 'pending_topics', type: 'jsonb', default: () => "'[]'" })
  pendingTopics: string[];

  @Column({ type: 'text' })
  greeting: string;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 32, nullable: true })
  endReason: string | null;

  /** The callback offered instead of waiting for an agent (one offer per call), and how the caller answered. */
  @Column({ name: 'callback_offer', type: 'varchar', length: 16, nullable: true })
  callbackOffer: CallbackOffer | null;

  /** The expected wait the offer told the caller, in seconds. */
  @Column({ name: 'callback_offer_wait_seconds', type: 'int', nullable: true })
  callbackOfferWaitSeconds: number | null;
}
