import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { type CallEventPayload, EventBus, callTopic } from '../../common/events/event-bus.js';
import { FLOOR, Roles } from '../auth/roles.decorator.js';
import { HandoffModel } from '../handoff/models/handoff.model.js';
import { AgentDeskService } from './agent-desk.service.js';
import { AssistSuggestionModel, CallEventModel, SmsMessageModel } from './models/agents.models.js';

/** The agent's desk during a call: suggestions, text messages, the live call. */
@Resolver(() => CallEventModel)
export class AgentDeskResolver {
  constructor(
    @Inject(AgentDeskService) private readonly desk: AgentDeskService,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  @Roles(...FLOOR)
  @Query(() => [AssistSuggestionModel], { description: "Knowledge-base suggestions for the caller's latest words." })
  assist(@Args('callId', { type: () => ID }) callId: string) {
    return this.desk.suggestionsFor(callId);
  }

  @Roles(...FLOOR)
  @Mutation(() => SmsMessageModel, { description: "Queues a text message to the caller with the article's details and link." })
  sendArticleSms(@Args('callId', { type: () => ID }) callId: string, @Args('topicId') topicId: string) {
    return this.desk.sendArticleSms(callId, topicId);
  }

  @Roles(...FLOOR)
  @Subscription(() => CallEventModel, {
    description: "A call's new turns as they arrive (with suggestions after the caller's), and its end.",
    resolve: async function (this: AgentDeskResolver, event: CallEventPayload) {
      if (event.type === 'ENDED' || event.turnSeq == null) return { ...event, turn: null, suggestions: [] };
      const turn = await this.desk.turn(event.callId, event.turnSeq);
      const suggestions = turn.speaker === 'CALLER' && turn.input === 'TEXT' ? await this.desk.suggestionsFor(event.callId) : [];
      return { ...event, turn, suggestions };
    },
  })
  callEvents(@Args('callId', { type: () => ID }) callId: string) {
    return this.events.iterator<CallEventPayload>(callTopic(callId));
  }
}

/** The after-call summary of a handoff: drafted from the transcript until the agent's wrap-up keeps its own. */
@Resolver(() => HandoffModel)
export class HandoffSummaryResolver {
  constructor(@Inject(AgentDeskService) private readonly desk: AgentDeskService) {}

  @ResolveField(() => String, { description: 'Extractive draft of the call while open; the text the agent kept after wrap-up.' })
  afterCallSummary(@Parent() handoff: HandoffModel) {
    return handoff.wrapSummary ?? this.desk.afterCallSummary(handoff.callId);
  }
}
