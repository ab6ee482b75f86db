import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A passage of a knowledge-base article that matches the query.' })
export class KnowledgeHit {
  @Field(() => ID, { description: 'The chunk: cite it to point at the exact passage.' })
  chunkId: string;

  @Field(() => ID, { description: 'The article version the passage belongs to.' })
  documentId: string;

  @Field({ description: 'The topic id of the article (e.g. passport).' })
  topicId: string;

  @Field(() => Int, { description: 'The version of the article the passage was taken from.' })
  version: number;

  @Field()
  title: string;

  @Field()
  category: string;

  @Field(() => [String], { description: 'Headings from the article title down to the passage.' })
  headingPath: string[];

  @Field({ description: 'The passage, in Markdown.' })
  content: string;

  @Field({ description: 'The official page the article is based on.' })
  sourceUrl: string;

  @Field(() => Float, { description: 'Fused (reciprocal rank) score; compare within one response only.' })
  score: number;

  @Field(() => Float, { nullable: true, description: 'Cosine similarity to the query, when the vector channel found it.' })
  similarity: number | null;

  @Field(() => Int, { nullable: true })
  vectorRank: number | null;

  @Field(() => Int, { nullable: true })
  keywordRank: number | null;
}

@ObjectType({ description: 'Hybrid (vector + keyword) search results over the knowledge base.' })
export class KnowledgeSearchResult {
  @Field({ description: 'The query after normalisation and synonym expansion.' })
  normalizedQuery: string;

  @Field(() => [String], { description: 'Canonical phrases the synonym lexicon added.' })
  expansions: string[];

  @Field(() => Float, { description: 'Calibrated probability (0-1) that the first hit is the right article.' })
  confidence: number;

  @Field(() => [KnowledgeHit])
  hits: KnowledgeHit[];
}
