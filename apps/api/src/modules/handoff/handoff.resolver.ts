import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { EventBus, QUEUE_TOPIC, type QueueEventPayload } from '../../common/events/event-bus.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { FLOOR, Roles } from '../auth/roles.decorator.js';
import { WrapUpInput } from './dto/wrap-up.input.js';
import { HandoffService } from './handoff.service.js';
import { HandoffModel, QueueEventModel } from './models/handoff.model.js';

type Person = Principal & { kind: 'user' };

@Resolver(() => HandoffModel)
export class HandoffResolver {
  constructor(
    @Inject(HandoffService) private readonly handoffs: HandoffService,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  @Roles(...FLOOR)
  @Query(() => [HandoffModel], {
    description: 'Waiting handoffs: crisis, emergency, caller request, bot failure; oldest first within each.',
  })
  handoffQueue(@Args('limit', { type: () => Int, defaultValue: 100 }) limit: number) {
    return this.handoffs.queue(limit);
  }

  @Roles(...FLOOR)
  @Query(() => HandoffModel)
  handoff(@Args('id', { type: () => ID }) id: string) {
    return this.handoffs.view(id);
  }

  @Roles(...FLOOR)
  @Query(() => HandoffModel, { nullable: true, description: 'The call I have taken and not yet wrapped up.' })
  myActiveHandoff(@CurrentPrincipal() me: Person) {
    return this.handoffs.activeFor(me.id);
  }

  @Roles(...FLOOR)
  @Mutation(() => HandoffModel, { description: 'Takes a waiting call. Exactly one agent gets it; the others get CONFLICT.' })
  claimHandoff(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.handoffs.claim(me.id, id);
  }

  @Roles(...FLOOR)
  @Mutation(() => HandoffModel, { description: 'Finishes my call: disposition, summary, notes. I am available again.' })
  wrapUpHandoff(@CurrentPrincipal() me: Person, @Args('input') input: WrapUpInput) {
    return this.handoffs.wrapUp(me.id, input);
  }

  @Roles(...FLOOR)
  @Subscription(() => QueueEventModel, {
    description: 'Every handoff created, taken or closed, on any API instance.',
    resolve: async function (this: HandoffResolver, event: QueueEventPayload) {
      return { type: event.type, handoff: await this.handoffs.view(event.handoffId) };
    },
  })
  queueEvents() {
    return this.events.iterator<QueueEventPayload>(QUEUE_TOPIC);
  }
}
