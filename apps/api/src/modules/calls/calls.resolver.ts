import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StartCallInput } from './dto/start-call.input.js';
import { CallsService } from './calls.service.js';
import { BotTurnModel, CallModel } from './models/call.model.js';

@Resolver(() => CallModel)
export class CallsResolver {
  constructor(@Inject(CallsService) private readonly calls: CallsService) {}

  @Mutation(() => CallModel, { description: 'Starts a call; the greeting says the caller is talking to an AI and how to reach a person.' })
  async startCall(@Args('input') input: StartCallInput): Promise<CallModel> {
    const { call, greeting } = await this.calls.startCall({
      channel: input.channel,
      language: input.language ?? undefined,
      callerId: input.callerId,
    });
    return { ...(call as unknown as CallModel), greeting: greeting as unknown as BotTurnModel, turns: [] };
  }

  @Mutation(() => BotTurnModel, { description: "What the recogniser heard the caller say; returns the bot's reply." })
  sendUtterance(@Args('callId', { type: () => ID }) callId: string, @Args('text') text: string): Promise<BotTurnModel> {
    return this.calls.sendUtterance(callId, text) as unknown as Promise<BotTurnModel>;
  }

  @Mutation(() => BotTurnModel, { description: 'A keypad press: 0 for a person, 1 Korean, 2 English.' })
  sendDigit(@Args('callId', { type: () => ID }) callId: string, @Args('digit') digit: string): Promise<BotTurnModel> {
    return this.calls.sendDigit(callId, digit) as unknown as Promise<BotTurnModel>;
  }

  @Mutation(() => CallModel)
  async endCall(@Args('callId', { type: () => ID }) callId: string): Promise<CallModel> {
    await this.calls.endCall(callId);
    return this.call(callId);
  }

  @Query(() => CallModel)
  async call(@Args('id', { type: () => ID }) id: string): Promise<CallModel> {
    const { call, turns } = await this.calls.getCall(id);
    return { ...(call as unknown as CallModel), turns: turns as unknown as CallModel['turns'] };
  }
}
