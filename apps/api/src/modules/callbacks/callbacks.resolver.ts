import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { FLOOR, Roles } from '../auth/roles.decorator.js';
import type { CallbackStatus } from './callback-request.entity.js';
import { CallbacksService } from './callbacks.service.js';
import { CompleteCallbackInput } from './dto/complete-callback.input.js';
import { CallbackRequestModel, CallbackStatusModel, TakenCallbackModel } from './models/callback.model.js';

type Person = Principal & { kind: 'user' };

@Resolver(() => CallbackRequestModel)
export class CallbacksResolver {
  constructor(@Inject(CallbacksService) private readonly service: CallbacksService) {}

  @Roles(...FLOOR)
  @Query(() => [CallbackRequestModel], {
    description: 'Callbacks of a status; without one, the open ones (requested and in progress), oldest first.',
  })
  callbacks(@Args('status', { type: () => CallbackStatusModel, nullable: true }) status?: CallbackStatus | null) {
    return this.service.list(status);
  }

  @Roles('AGENT')
  @Mutation(() => TakenCallbackModel, {
    description: 'Takes a requested callback to dial it: exactly one agent gets it (the others get CONFLICT), with the number.',
  })
  takeCallback(@CurrentPrincipal() me: Person, @Args('id', { type: () => ID }) id: string) {
    return this.service.take(me.id, id);
  }

  @Roles('AGENT')
  @Mutation(() => CallbackRequestModel, {
    description: 'Records how my callback attempt went: reached, no answer (tried again, at most 3 times) or a wrong number.',
  })
  completeCallback(@CurrentPrincipal() me: Person, @Args('input') input: CompleteCallbackInput) {
    return this.service.complete(me.id, input);
  }
}
