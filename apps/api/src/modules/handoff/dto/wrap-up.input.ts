import { Field, ID, InputType } from '@nestjs/graphql';
import type { Disposition } from '../handoff.entity.js';
import { DispositionModel } from '../models/handoff.model.js';

@InputType()
export class WrapUpInput {
  @Field(() => ID)
  handoffId: string;

  @Field(() => DispositionModel)
  disposition: Disposition;

  @Field({ description: 'The after-call summary as the agent edited it.' })
  summary: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'The topic the call was about, if not the one the bot found.' })
  topicId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the call was transferred to a department.' })
  department?: string | null;
}
