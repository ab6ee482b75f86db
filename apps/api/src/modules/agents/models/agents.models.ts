import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../../auth/models/user.model.js';
import { CallTurnModel } from '../../calls/models/call.model.js';
import type { GapKind, GapStatus } from '../knowledge-gap.entity.js';

@ObjectType('AssistSuggestion', { description: 'A knowledge-base suggestion for the agent, with an answer ready to be said.' })
export class AssistSuggestionModel {
  @Field()
  topicId: string;

  @Field()
  title: string;

  @Field(() => ID)
  chunkId: string;

  @Field({ description: 'The matching passage (Markdown).' })
  passage: string;

  @Field({ description: 'Short sentences to say to the caller.' })
  suggestedAnswer: string;

  @Field()
  sourceUrl: string;

  @Field(() => Float, { description: '0-1: how likely this is the right article.' })
  score: number;
}

export const CallEventTypeModel = { TURN: 'TURN', ENDED: 'ENDED' } as const;
registerEnumType(CallEventTypeModel, { name: 'CallEventType' });

@ObjectType('CallEvent', { description: 'Something happened in a call the agent is watching.' })
export class CallEventModel {
  @Field(() => CallEventTypeModel)
  type: keyof typeof CallEventTypeModel;

  @Field(() => ID)
  callId: string;

  @Field(() => CallTurnModel, { nullable: true, description: 'The new turn, when type is TURN.' })
  turn: CallTurnModel | null;

  @Field(() => [AssistSuggestionModel], { description: "Fresh suggestions after the caller's words (empty otherwise)." })
  suggestions: AssistSuggestionModel[];
}

@ObjectType('SmsMessage', { description: 'A text message queued for the caller.' })
export class SmsMessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  callId: string;

  @Field()
  topicId: string;

  @Field()
  body: string;

  @Field({ description: 'PENDING, SENT, DELIVERED, UNDELIVERED, FAILED, or SKIPPED (no number, no provider, or the daily cap).' })
  status: string;

  @Field(() => String, { nullable: true, description: 'The number it goes to, masked.' })
  toMasked: string | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was not sent (yet).' })
  lastError: string | null;

  @Field()
  createdAt: Date;
}

export const GapKindModel = { WRONG_ANSWER: 'WRONG_ANSWER', MISSING_ANSWER: 'MISSING_ANSWER' } as const;
registerEnumType(GapKindModel, { name: 'GapKind', description: 'The bot answered wrongly, or the knowledge base has no answer.' });
export const GapStatusModel = { OPEN: 'OPEN', RESOLVED: 'RESOLVED' } as const;
registerEnumType(GapStatusModel, { name: 'GapStatus' });

@ObjectType('KnowledgeGap', { description: 'A wrong or missing answer an agent reported, with the question behind it.' })
export class KnowledgeGapModel {
  @Field(() => ID)
  id: string;

  @Field(() => GapKindModel)
  kind: GapKind;

  @Field(() => GapStatusModel)
  status: GapStatus;

  @Field({ description: "The caller's words (masked)." })
  question: string;

  @Field(() => String, { nullable: true })
  botAnswer: string | null;

  @Field(() => String, { nullable: true })
  topicId: string | null;

  @Field(() => String, { nullable: true })
  topicTitle: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => UserModel, { nullable: true })
  reportedBy: UserModel | null;

  @Field(() => ID)
  callId: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class ReportGapInput {
  @Field(() => ID)
  callId: string;

  @Field(() => Int, { nullable: true, description: 'The bot turn judged wrong (required for WRONG_ANSWER).' })
  turnSeq?: number | null;

  @Field(() => GapKindModel)
  kind: GapKind;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
