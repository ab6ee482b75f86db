import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator.js';
import { StartCallInput } from './dto/start-call.input.js';
import { CallsService } from './calls.service.js';
import { BotTurnModel, CallModel } from './models/call.model.js';

/** The citizen's side of a call: the voice gateway (API key), and supervisors' test calls from the console. */
const CALLER_SIDE = ['GATEWAY', 'SUPERVISOR', 'ADMIN'] as const;

@Resolver(() => CallModel)
export class CallsResolver {
  constructor(@Inject(CallsService) private readonly calls: CallsService) {}

  @Roles(...CALLER_SIDE)
  @Mutation(() => CallModel, { description: 'Starts a call; the greeting says the caller is talking to an AI and how to reach a person.' })
  async startCall(@Args('input') input: StartCallInput): Promise<CallModel> {
    const { call, greeting } = await this.calls.startCall({
      channel: input.channel,
      language: input.language ?? undefined,
      callerId: input.callerId,
    });
    return { ...(call as unknown as CallModel), greeting: greeting as unknown as BotTurnModel, turns: [] };
  }

  @Roles(...CALLER_SIDE)
  @Mutation(() => BotTurnModel, { description: "What the recogniser heard the caller say; returns the bot's reply." })
  sendUtterance(@Args('callId', { type: () => ID }) callId: string, @Args('text') text: string): Promise<BotTurnModel> {
    return this.calls.sendUtterance(callId, text) as unknown as Promise<BotTurnModel>;
  }

  @Roles(...CALLER_SIDE)
  @Mutation(() => BotTurnModel, { description: 'A keypad press: 0 for a person, 1 Korean, 2 English.' })
  sendDigit(@Args('callId', { type: () => ID }) callId: string, @Args('digit') digit: string): Promise<BotTurnModel> {
    return this.calls.sendDigit(callId, digit) as unknown as Promise<BotTurnModel>;
  }

  @Roles(...CALLER_SIDE)
  @Mutation(() => CallModel, { description: 'The caller hung up.' })
  async endCall(@Args('callId', { type: () => ID }) callId: string): Promise<CallModel> {
    await this.calls.endCall(callId);
    return this.call(callId);
  }

  @Roles(...CALLER_SIDE, 'AGENT')
  @Query(() => CallModel, { description: 'A call with every turn (masked), its citations and status.' })
  async call(@Args('id', { type: () => ID }) id: string): Promise<CallModel> {
    const { call, turns } = await this.calls.getCall(id);
    return { ...(call as unknown as CallModel), turns: turns as unknown as CallModel['turns'] };
  }
}
