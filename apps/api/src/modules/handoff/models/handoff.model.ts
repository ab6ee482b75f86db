import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

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

@ObjectType('Handoff', { description: 'A call handed to a human agent, waiting in the queue.' })
export class HandoffModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  callId: string;

  @Field(() => HandoffReasonModel)
  reason: HandoffReasonModel;

  @Field(() => Int, { description: '1 is most urgent.' })
  priority: number;

  @Field()
  status: string;

  @Field({ description: 'For the agent: what the caller wants, what the bot already said, why it was handed over (masked).' })
  summary: string;

  @Field(() => String, { nullable: true })
  topicId: string | null;

  @Field()
  language: string;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Earlier calls from the same number.' })
  previousCalls: number;
}
