import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal } from './current-principal.decorator.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { AgentStatusModel, AuthSessionModel, CreatedUserModel, UserModel } from './models/user.model.js';
import type { Principal } from './principal.js';
import { OVERSIGHT, Public, Roles, SIGNED_IN } from './roles.decorator.js';
import type { AgentStatus } from './user.entity.js';

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'Signs in. Repeated failures slow the account down.' })
  signIn(@Args('username') username: string, @Args('password') password: string) {
    return this.auth.signIn(username, password);
  }

  @Public()
  @Mutation(() => AuthSessionModel, { description: 'A fresh access token; the refresh token is replaced.' })
  refreshSession(@Args('refreshToken') refreshToken: string) {
    return this.auth.refresh(refreshToken);
  }

  @Roles(...SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  signOut(@CurrentPrincipal() principal: Principal, @Args('refreshToken') refreshToken: string) {
    return this.auth.signOut(principal, refreshToken);
  }

  @Roles(...SIGNED_IN)
  @Query(() => UserModel, { description: 'The signed-in person.' })
  me(@CurrentPrincipal() principal: Principal & { kind: 'user' }) {
    return this.auth.user(principal.id);
  }

  @Roles('AGENT', 'SUPERVISOR')
  @Mutation(() => UserModel, { description: 'AVAILABLE or AWAY; on call and wrap-up follow from the calls taken.' })
  setMyStatus(@CurrentPrincipal() principal: Principal, @Args('status', { type: () => AgentStatusModel }) status: AgentStatus) {
    return this.auth.setOwnStatus(principal, status);
  }

  @Roles('ADMIN')
  @Query(() => [UserModel])
  users() {
    return this.auth.users();
  }

  @Roles(...OVERSIGHT)
  @Query(() => [UserModel], { description: 'Agents and their status, for supervisors.' })
  agents() {
    return this.auth.users('AGENT');
  }

  @Roles('ADMIN')
  @Mutation(() => CreatedUserModel)
  createUser(@Args('input') input: CreateUserInput) {
    return this.auth.createUser(input);
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'Disabling a user ends their sessions.' })
  setUserActive(@Args('id', { type: () => ID }) id: string, @Args('active') active: boolean) {
    return this.auth.setActive(id, active);
  }
}
