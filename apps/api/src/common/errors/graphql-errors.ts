import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CallError, CallErrorCode } from '../../modules/calls/calls.errors.js';
import { KnowledgeError, KnowledgeErrorCode } from '../../modules/knowledge/knowledge.errors.js';

/** The codes clients see in `extensions.code`. */
export type ClientErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CALL_ENDED' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

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
  const { code, reason, correlationId } = formatted.extensions ?? {};
  return {
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: code ?? 'INTERNAL_SERVER_ERROR', ...(reason ? { reason } : {}), ...(correlationId ? { correlationId } : {}) },
  };
}
