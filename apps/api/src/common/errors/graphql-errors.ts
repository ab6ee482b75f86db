import { randomUUID } from 'node:crypto';
import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { KnowledgeError, KnowledgeErrorCode } from '../../modules/knowledge/knowledge.errors.js';

/** The codes clients see in `extensions.code`. */
export type ClientErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

const logger = new Logger('GraphQLErrors');

/** Codes GraphQL itself (parsing, validation, argument coercion) already set well. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND']);

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

/**
 * The one place where errors become what a GraphQL client sees: domain errors keep their message and get a code,
 * anything unexpected becomes a generic message with a correlation id, and its detail goes to the log.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof KnowledgeError) {
    return withCode(formatted, original.message, knowledgeErrorCode(original.code), { reason: original.code });
  }
  if (original instanceof HttpException && original.getStatus() < 500) {
    const status = original.getStatus();
    const code: ClientErrorCode =
      status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
    return withCode(formatted, original.message, code);
  }
  const given = formatted.extensions?.code;
  if (typeof given === 'string' && PASS_THROUGH.has(given))
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: given } };
  const correlationId = randomUUID();
  logger.error(`[${correlationId}] ${(original as Error)?.stack ?? String(original)}`);
  return withCode(
    formatted,
    `Something went wrong on our side. Quote this id if you report it: ${correlationId}`,
    'INTERNAL_SERVER_ERROR',
    {
      correlationId,
    },
  );
}

function withCode(
  formatted: GraphQLFormattedError,
  message: string,
  code: ClientErrorCode,
  extra: Record<string, unknown> = {},
): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code, ...extra } };
}
