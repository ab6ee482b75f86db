import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class SearchKnowledgeArgs {
  @Field({ description: "The caller's question or an agent's search words, as said or typed (at most 2,000 characters)." })
  query: string;

  @Field(() => Int, { defaultValue: 5, description: 'How many results, 1 to 50.' })
  limit: number;

  @Field(() => String, { nullable: true, description: 'Only articles of this category (e.g. transport, welfare).' })
  category?: string | null;

  @Field({ defaultValue: true, description: 'One result per article (the best passage); false for every matching passage.' })
  perDocument: boolean;
}
