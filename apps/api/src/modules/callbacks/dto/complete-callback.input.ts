import { Field, ID, InputType } from '@nestjs/graphql';
import type { CallbackOutcome } from '../callback-request.entity.js';
import { CallbackOutcomeModel } from '../models/callback.model.js';

@InputType()
export class CompleteCallbackInput {
  @Field(() => ID)
  id: string;

  @Field(() => CallbackOutcomeModel)
  outcome: CallbackOutcome;

  @Field(() => String, { nullable: true, description: 'What happened on this attempt (kept with the attempt number).' })
  notes?: string | null;
}
