import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { FLOOR, OVERSIGHT, Roles } from '../auth/roles.decorator.js';
import type { GapStatus } from './knowledge-gap.entity.js';
import { KnowledgeGapsService } from './knowledge-gaps.service.js';
import { GapStatusModel, KnowledgeGapModel, ReportGapInput } from './models/agents.models.js';

type Person = Principal & { kind: 'user' };

@Resolver(() => KnowledgeGapModel)
export class KnowledgeGapsResolver {
  constructor(@Inject(KnowledgeGapsService) private readonly gaps: KnowledgeGapsService) {}

  @Roles(...FLOOR)
  @Mutation(() => KnowledgeGapModel, { description: 'Reports a wrong bot answer, or a question the knowledge base cannot answer.' })
  reportKnowledgeGap(@CurrentPrincipal() me: Person, @Args('input') input: ReportGapInput) {
    return this.gaps.report(me.id, input);
  }

  @Roles(...OVERSIGHT)
  @Query(() => [KnowledgeGapModel], { description: 'Reported gaps, newest first.' })
  knowledgeGaps(
    @Args('status', { type: () => GapStatusModel, nullable: true }) status?: GapStatus | null,
    @Args('from', { type: () => Date, nullable: true }) from?: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to?: Date | null,
  ) {
    return this.gaps.list({ status, from, to });
  }

  @Roles(...OVERSIGHT)
  @Mutation(() => KnowledgeGapModel, { description: 'Marks a gap as dealt with (the article was fixed or written).' })
  resolveKnowledgeGap(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.gaps.resolve(me.id, id);
  }
}
