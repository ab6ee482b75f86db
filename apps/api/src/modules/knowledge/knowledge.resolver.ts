import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchKnowledgeArgs } from './dto/search-knowledge.args.js';
import { KnowledgeSearchService } from './knowledge-search.service.js';
import { KnowledgeSearchResult } from './models/knowledge-search.model.js';
import { Roles, SIGNED_IN } from '../auth/roles.decorator.js';

@Resolver(() => KnowledgeSearchResult)
export class KnowledgeResolver {
  constructor(@Inject(KnowledgeSearchService) private readonly search: KnowledgeSearchService) {}

  @Roles(...SIGNED_IN)
  @Query(() => KnowledgeSearchResult, { description: 'Searches the knowledge base by meaning and by keyword.' })
  async searchKnowledge(@Args() args: SearchKnowledgeArgs): Promise<KnowledgeSearchResult> {
    const result = await this.search.search(args.query, {
      limit: args.limit,
      category: args.category,
      perDocument: args.perDocument,
    });
    return {
      normalizedQuery: result.query.text,
      expansions: result.query.expansions,
      confidence: result.confidence,
      hits: result.hits,
    };
  }
}
