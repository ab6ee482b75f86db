import { Field, InputType } from '@nestjs/graphql';
import { CallChannelModel, LanguageModel } from '../models/call.model.js';

@InputType()
export class StartCallInput {
  @Field(() => CallChannelModel)
  channel: CallChannelModel;

  @Field(() => LanguageModel, { nullable: true, description: 'ko (default) or en.' })
  language?: LanguageModel | null;

  @Field(() => String, { nullable: true, description: 'The caller number; stored only as a salted hash and a masked form.' })
  callerId?: string | null;
}
