import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { type Principal, principalAudience } from './principal.js';
import { ACCESS_KEY, type AccessRule } from './roles.decorator.js';

/** The GraphQL context: the HTTP request, or the WebSocket's connection parameters for subscriptions. */
export interface RequestContext {
  req?: { headers?: Record<string, string | string[] | undefined> };
  connectionParams?: Record<string, unknown>;
  principal?: Principal;
}

export function credentialsOf(context: RequestContext): { authorization?: string; apiKey?: string } {
  const header = (name: string) => {
    const value = context.req?.headers?.[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const param = (name: string) => {
    const value = context.connectionParams?.[name];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    authorization: header('authorization') ?? param('authorization') ?? param('Authorization'),
    apiKey: header('x-api-key') ?? param('x-api-key') ?? param('apiKey'),
  };
}

/**
 * Guards every GraphQL operation (queries, mutations, subscriptions): who the caller is (UNAUTHENTICATED when
 * unknown), and whether the operation's rule admits them (FORBIDDEN when not). HTTP routes (health, the console's
 * files) are not GraphQL and pass.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (rule && 'public' in rule) return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    const principal = ctx.principal ?? (await this.auth.principalFrom(credentialsOf(ctx)));
    if (!principal) throw new AuthError(AuthErrorCode.NOT_SIGNED_IN, 'Sign in first: this operation needs an access token.');
    ctx.principal = principal;
    if (!rule || !rule.audiences.includes(principalAudience(principal))) {
      const name = GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName;
      throw new AuthError(AuthErrorCode.ROLE_NOT_ALLOWED, `Your role may not use ${name}.`);
    }
    return true;
  }
}
