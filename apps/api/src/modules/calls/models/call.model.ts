import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HandoffModel } from '../../handoff/models/handoff.model.js';

export enum BotActionModel {
  ANSWER = 'ANSWER',
  CLARIFY = 'CLARIFY',
  HANDOFF = 'HANDOFF',
  EMERGENCY_REDIRECT = 'EMERGENCY_REDIRECT',
  END = 'END',
  /** An agent is on the line: say nothing. */
  LISTEN = 'LISTEN',
}
registerEnumType(BotActionModel, { name: 'BotAction', description: 'What the telephony side does after speaking the turn.' });

export enum CallChannelModel {
  PHONE = 'PHONE',
  WEB = 'WEB',
  TEST = 'TEST',
}
registerEnumType(CallChannelModel, { name: 'CallChannel' });

export enum LanguageModel {
  ko = 'ko',
  en = 'en',
}
registerEnumType(LanguageModel, { name: 'Language' });

@ObjectType('Citation', { description: 'The knowledge-base passage an answer was taken from.' })
export class CitationModel {
  @Field()
  topicId: string;

  @Field()
  title: string;

  @Field()
  sourceUrl: string;

  @Field(() => ID)
  chunkId: string;

  @Field(() => Int, { description: 'The article version the passage belongs to.' })
  version: number;
}

@ObjectType('BotTurn', { description: "The bot's reply, written to be spoken." })
export class BotTurnModel {
  @Field(() => ID)
  callId: string;

  @Field(() => Int)
  seq: number;

  @Field({ description: 'Plain text for speech synthesis: short sentences, no URLs or Markdown.' })
  text: string;

  @Field()
  ssml: string;

  @Field(() => LanguageModel)
  language: LanguageModel;

  @Field({
    description:
      'faq, follow_up, ambiguous, out_of_scope, emergency, crisis, handoff, abuse, repeat, goodbye, sms_request, keypad, greeting.',
  })
  intent: string;

  @Field(() => Float, { nullable: true, description: 'Calibrated retrieval confidence, when the knowledge base was searched.' })
  confidence: number | null;

  @Field(() => BotActionModel)
  action: BotActionModel;

  @Field(() => [CitationModel])
  citations: CitationModel[];

  @Field(() => HandoffModel, { nullable: true, description: 'The handoff made in this turn (or already waiting).' })
  handoff: HandoffModel | null;

  @Field({ description: 'script, extractive or llm.' })
  answerMode: string;

  @Field(() => Int)
  latencyMs: number;
}

@ObjectType('CallTurn', { description: 'One stored turn of a call (masked).' })
export class CallTurnModel {
  @Field(() => Int)
  seq: number;

  @Field({ description: 'CALLER or BOT.' })
  speaker: string;

  @Field({ description: 'TEXT, DIGIT or SYSTEM.' })
  input: string;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  intent: string | null;

  @Field(() => BotActionModel, { nullable: true })
  action: BotActionModel | null;

  @Field(() => Float, { nullable: true })
  confidence: number | null;

  @Field(() => [CitationModel])
  citations: CitationModel[];

  @Field(() => Int, { nullable: true })
  latencyMs: number | null;

  @Field()
  createdAt: Date;
}

@ObjectType('Call')
export class CallModel {
  @Field(() => ID)
  id: string;

  @Field(() => CallChannelModel)
  channel: CallChannelModel;

  @Field(() => LanguageModel)
  language: LanguageModel;

  @Field({ description: 'ACTIVE (with the bot), HANDED_OFF (waiting for an agent), WITH_AGENT or ENDED.' })
  status: string;

  @Field(() => String, { nullable: true, description: 'The caller number, masked.' })
  callerMasked: string | null;

  @Field()
  flagged: boolean;

  @Field(() => String, { nullable: true })
  flagReason: string | null;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => BotTurnModel, { nullable: true, description: "The bot's greeting (returned by startCall)." })
  greeting?: BotTurnModel | null;

  @Field(() => [CallTurnModel], { description: 'Every turn, in order.' })
  turns: CallTurnModel[];
}
