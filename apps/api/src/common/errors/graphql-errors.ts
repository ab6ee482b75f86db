import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AgentsError, AgentsErrorCode } from '../../modules/agents/agents.errors.js';
import { AuthError, AuthErrorCode } from '../../modules/auth/auth.errors.js';
import { DashboardError, DashboardErrorCode } from '../../modules/dashboard/dashboard.errors.js';
import { DraftingError, DraftingErrorCode } from '../../modules/drafting/drafting.errors.js';
import { HandoffError, HandoffErrorCode } from '../../modules/handoff/handoff.errors.js';
import { CallError, CallErrorCode } from '../../modules/calls/calls.errors.js';
import { CallbackError, CallbackErrorCode } from '../../modules/callbacks/callbacks.errors.js';
import { KnowledgeError, KnowledgeErrorCode } from '../../modules/knowledge/knowledge.errors.js';

/** The codes clients see in `extensions.code`. */
export type ClientErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CALL_ENDED'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

const logger = new Logger('GraphQLErrors');

export function knowledgeErrorCode(code: KnowledgeErrorCode): ClientErrorCode {
  switch (code) {
    case KnowledgeErrorCode.INVALID_QUERY:
    case KnowledgeErrorCode.INVALID_LIMIT:
    case KnowledgeErrorCode.INVALID_CATEGORY:
      return 'BAD_USER_INPUT';
    case KnowledgeErrorCode.INDEX_MODEL_MISMATCH:
    case KnowledgeErrorCode.INVALID_ARTICLES:
      return 'SERVICE_UNAVAILABLE';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped knowledge error code ${String(unhandled)}`);
    }
  }
}

export function callErrorCode(code: CallErrorCode): ClientErrorCode {
  switch (code) {
    case CallErrorCode.EMPTY_UTTERANCE:
    case CallErrorCode.UTTERANCE_TOO_LONG:
    case CallErrorCode.INVALID_DIGIT:
    case CallErrorCode.INVALID_CALLER_ID:
      return 'BAD_USER_INPUT';
    case CallErrorCode.CALL_NOT_FOUND:
      return 'NOT_FOUND';
    case CallErrorCode.CALL_ENDED:
      return 'CALL_ENDED';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped call error code ${String(unhandled)}`);
    }
  }
}

export function authErrorCode(code: AuthErrorCode): ClientErrorCode {
  switch (code) {
    case AuthErrorCode.INVALID_CREDENTIALS:
    case AuthErrorCode.NOT_SIGNED_IN:
    case AuthErrorCode.TOKEN_INVALID:
    case AuthErrorCode.SESSION_INVALID:
      return 'UNAUTHENTICATED';
    case AuthErrorCode.SIGN_IN_THROTTLED:
      return 'TOO_MANY_REQUESTS';
    case AuthErrorCode.ROLE_NOT_ALLOWED:
      return 'FORBIDDEN';
    case AuthErrorCode.USERNAME_TAKEN:
      return 'CONFLICT';
    case AuthErrorCode.INVALID_USER:
    case AuthErrorCode.INVALID_STATUS:
      return 'BAD_USER_INPUT';
    case AuthErrorCode.USER_NOT_FOUND:
      return 'NOT_FOUND';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped auth error code ${String(unhandled)}`);
    }
  }
}

export function handoffErrorCode(code: HandoffErrorCode): ClientErrorCode {
  switch (code) {
    case HandoffErrorCode.HANDOFF_NOT_FOUND:
      return 'NOT_FOUND';
    case HandoffErrorCode.ALREADY_CLAIMED:
    case HandoffErrorCode.AGENT_BUSY:
    case HandoffErrorCode.NOT_CLAIMED:
      return 'CONFLICT';
    case HandoffErrorCode.NOT_YOUR_CALL:
      return 'FORBIDDEN';
    case HandoffErrorCode.INVALID_WRAP_UP:
      return 'BAD_USER_INPUT';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped handoff error code ${String(unhandled)}`);
    }
  }
}

export function agentsErrorCode(code: AgentsErrorCode): ClientErrorCode {
  switch (code) {
    case AgentsErrorCode.CALL_NOT_FOUND:
    case AgentsErrorCode.TOPIC_NOT_FOUND:
    case AgentsErrorCode.TURN_NOT_FOUND:
    case AgentsErrorCode.GAP_NOT_FOUND:
      return 'NOT_FOUND';
    case AgentsErrorCode.INVALID_REPORT:
      return 'BAD_USER_INPUT';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped agents error code ${String(unhandled)}`);
    }
  }
}

export function dashboardErrorCode(code: DashboardErrorCode): ClientErrorCode {
  switch (code) {
    case DashboardErrorCode.INVALID_RANGE:
      return 'BAD_USER_INPUT';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped dashboard error code ${String(unhandled)}`);
    }
  }
}

/**
 * The one place where an error becomes what a GraphQL client sees: a domain error keeps its message and gets a
 * code; anything unexpected becomes a generic message with a correlation id, and its detail goes to the log.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof KnowledgeError) {
    return new GraphQLError(error.message, { extensions: { code: knowledgeErrorCode(error.code), reason: error.code } });
  }
  if (error instanceof CallError) {
    return new GraphQLError(error.message, { extensions: { code: callErrorCode(error.code), reason: error.code } });
  }
  const domain = domainCode(error);
  if (domain) return new GraphQLError((error as Error).message, { extensions: domain });
  if (error instanceof AuthError) {
    return new GraphQLError(error.message, {
      extensions: {
        code: authErrorCode(error.code),
        reason: error.code,
        ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      },
    });
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    const code: ClientErrorCode =
      status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
    return new GraphQLError(error.message, { extensions: { code } });
  }
  const correlationId = randomUUID();
  logger.error(`[${correlationId}] ${(error as Error)?.stack ?? String(error)}`);
  return new GraphQLError(`Something went wrong on our side. Quote this id if you report it: ${correlationId}`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  });
}

export function draftingErrorCode(code: DraftingErrorCode): ClientErrorCode {
  switch (code) {
    case DraftingErrorCode.INVALID_INPUT:
      return 'BAD_USER_INPUT';
    case DraftingErrorCode.DOCUMENT_NOT_FOUND:
    case DraftingErrorCode.MEETING_NOT_FOUND:
    case DraftingErrorCode.JOB_NOT_FOUND:
    case DraftingErrorCode.VERSION_NOT_FOUND:
      return 'NOT_FOUND';
    case DraftingErrorCode.NOT_YOURS:
    case DraftingErrorCode.OWN_APPROVAL:
      return 'FORBIDDEN';
    case DraftingErrorCode.WRONG_STATUS:
      return 'CONFLICT';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped drafting error code ${String(unhandled)}`);
    }
  }
}

export function callbackErrorCode(code: CallbackErrorCode): ClientErrorCode {
  switch (code) {
    case CallbackErrorCode.CALLBACK_NOT_FOUND:
      return 'NOT_FOUND';
    case CallbackErrorCode.ALREADY_TAKEN:
    case CallbackErrorCode.CALLBACK_CLOSED:
    case CallbackErrorCode.AGENT_BUSY:
    case CallbackErrorCode.NOT_IN_PROGRESS:
      return 'CONFLICT';
    case CallbackErrorCode.NOT_YOUR_CALLBACK:
      return 'FORBIDDEN';
    case CallbackErrorCode.INVALID_COMPLETION:
      return 'BAD_USER_INPUT';
    case CallbackErrorCode.NUMBER_UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped callback error code ${String(unhandled)}`);
    }
  }
}

function domainCode(error: unknown): { code: ClientErrorCode; reason: string } | null {
  if (error instanceof HandoffError) return { code: handoffErrorCode(error.code), reason: error.code };
  if (error instanceof CallbackError) return { code: callbackErrorCode(error.code), reason: error.code };
  if (error instanceof AgentsError) return { code: agentsErrorCode(error.code), reason: error.code };
  if (error instanceof DraftingError) return { code: draftingErrorCode(error.code), reason: error.code };
  if (error instanceof DashboardError) return { code: dashboardErrorCode(error.code), reason: error.code };
  return null;
}

/** Applies `toGraphQLError` to everything a resolver throws. */
@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError | unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    return toGraphQLError(exception);
  }
}

/** What leaves the server: message, place and code only (no stack traces, whatever the mode). */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { code, reason, correlationId, retryAfterSeconds } = formatted.extensions ?? {};
  return {
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: code ?? 'INTERNAL_SERVER_ERROR',
      ...(reason ? { reason } : {}),
      ...(correlationId ? { correlationId } : {}),
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
    },
  };
}
