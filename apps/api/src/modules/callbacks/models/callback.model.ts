import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../../auth/models/user.model.js';
import { CALLBACK_OUTCOMES, CALLBACK_STATUSES, type CallbackOutcome, type CallbackStatus } from '../callback-request.entity.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CallbackStatusModel = enumOf(CALLBACK_STATUSES);
registerEnumType(CallbackStatusModel, {
  name: 'CallbackStatus',
  description:
    'REQUESTED (waiting for an agent to dial), IN_PROGRESS (being dialled), DONE (reached), FAILED (wrong number, or no answer three times).',
});

export const CallbackOutcomeModel = enumOf(CALLBACK_OUTCOMES);
registerEnumType(CallbackOutcomeModel, { name: 'CallbackOutcome', description: 'How one attempt to call a caller back went.' });

@ObjectType('CallbackRequest', { description: 'A caller who chose to be called back instead of waiting in the queue.' })
export class CallbackRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  callId: string;

  @Field(() => ID, { description: 'The handoff the caller left (closed as CALLBACK_NEEDED).' })
  handoffId: string;

  @Field({ description: 'The number to call back, masked; takeCallback gives the agent who dials it the number itself.' })
  callerMasked: string;

  @Field({ description: 'What the caller wanted: the summary the bot wrote for the agent (masked).' })
  summary: string;

  @Field(() => String, { nullable: true })
  topicId: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the topic, from the knowledge base.' })
  topicTitle: string | null;

  @Field({ description: "The caller's language: ko or en." })
  language: string;

  @Field(() => CallbackStatusModel)
  status: CallbackStatus;

  @Field(() => Int, { description: 'Attempts made so far (at most 3).' })
  attempts: number;

  @Field(() => UserModel, { nullable: true, description: 'The agent dialling now, or who finished the callback.' })
  agent: UserModel | null;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  takenAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => CallbackOutcomeModel, { nullable: true, description: 'The outcome of the latest attempt.' })
  outcome: CallbackOutcome | null;

  @Field(() => String, { nullable: true, description: "The agents' notes, one line per attempt." })
  notes: string | null;

  @Field(() => Int, { description: 'The expected wait the caller was told when offered the callback, in seconds.' })
  expectedWaitSeconds: number;
}

@ObjectType('TakenCallback', { description: 'A callback taken by the agent, with the number to dial.' })
export class TakenCallbackModel {
  @Field(() => CallbackRequestModel)
  callback: CallbackRequestModel;

  @Field({ description: "The caller's number, decrypted for the agent who took the callback only. Never store or log it." })
  phoneNumber: string;
}
