import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../../auth/models/user.model.js';
import { DISPOSITIONS, type Disposition, type HandoffStatus } from '../handoff.entity.js';

export enum HandoffReasonModel {
  CRISIS = 'CRISIS',
  EMERGENCY = 'EMERGENCY',
  CALLER_REQUEST = 'CALLER_REQUEST',
  BOT_FAILURE = 'BOT_FAILURE',
}
registerEnumType(HandoffReasonModel, {
  name: 'HandoffReason',
  description: 'Why the bot handed the call over; also its queue priority, in this order.',
});

export const HandoffStatusModel = { WAITING: 'WAITING', CLAIMED: 'CLAIMED', CLOSED: 'CLOSED' } as const;
registerEnumType(HandoffStatusModel, { name: 'HandoffStatus', description: 'Waiting in the queue, taken by an agent, or closed.' });

export const DispositionModel = Object.fromEntries(DISPOSITIONS.map((d) => [d, d])) as { [K in Disposition]: K };
registerEnumType(DispositionModel, { name: 'Disposition', description: 'How a call taken by an agent ended.' });

@ObjectType('Handoff', { description: 'A call handed to a human agent.' })
export class HandoffModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  callId: string;

  @Field(() => HandoffReasonModel)
  reason: HandoffReasonModel;

  @Field(() => Int, { description: '1 is most urgent.' })
  priority: number;

  @Field(() => HandoffStatusModel)
  status: HandoffStatus;

  @Field({ description: 'For the agent: what the caller wants, what the bot already said, why it was handed over (masked).' })
  summary: string;

  @Field(() => String, { nullable: true })
  topicId: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the topic, from the knowledge base.' })
  topicTitle: string | null;

  @Field()
  language: string;

  @Field(() => String, { nullable: true, description: 'The caller number, masked.' })
  callerMasked: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Earlier calls from the same number.' })
  previousCalls: number;

  @Field(() => Int, { description: 'Seconds from the handoff until an agent took it (until now while waiting).' })
  waitSeconds: number;

  @Field(() => UserModel, { nullable: true, description: 'The agent who took the call.' })
  agent: UserModel | null;

  @Field(() => Date, { nullable: true })
  claimedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => DispositionModel, { nullable: true })
  disposition: Disposition | null;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  wrapNotes: string | null;

  @Field(() => String, { nullable: true })
  wrapTopicId: string | null;

  /** Read by the afterCallSummary field. */
  wrapSummary: string | null;
}

export const QueueEventTypeModel = { CREATED: 'CREATED', CLAIMED: 'CLAIMED', CLOSED: 'CLOSED' } as const;
registerEnumType(QueueEventTypeModel, { name: 'QueueEventType' });

@ObjectType('QueueEvent', { description: 'The queue changed: a handoff was created, taken or closed.' })
export class QueueEventModel {
  @Field(() => QueueEventTypeModel)
  type: keyof typeof QueueEventTypeModel;

  @Field(() => HandoffModel)
  handoff: HandoffModel;
}
