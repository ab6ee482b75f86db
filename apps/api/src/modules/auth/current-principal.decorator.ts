import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal } from './principal.js';

/** The principal the guard authenticated for this operation. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal => GqlExecutionContext.create(ctx).getContext<{ principal: Principal }>().principal,
);
