import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import { HandoffEvents } from './handoff-events.js';
import { HandoffService } from './handoff.service.js';
import { HandoffModel } from './models/handoff.model.js';

@Resolver(() => HandoffModel)
export class HandoffResolver {
  constructor(
    @Inject(HandoffService) private readonly handoffs: HandoffService,
    @Inject(HandoffEvents) private readonly events: HandoffEvents,
  ) {}

  @Query(() => [HandoffModel], {
    description: 'Waiting handoffs: crisis, emergency, caller request, bot failure; oldest first within each.',
  })
  handoffQueue(@Args('limit', { type: () => Int, defaultValue: 100 }) limit: number) {
    return this.handoffs.queue(Math.min(Math.max(limit, 1), 500));
  }

  @Subscription(() => HandoffModel, { description: 'Announces every new handoff.' })
  handoffCreated() {
    return this.events.iterator();
  }
}
