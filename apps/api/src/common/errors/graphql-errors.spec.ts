import { describe, expect, it } from '@jest/globals';
import { Logger, NotFoundException } from '@nestjs/common';
import { KnowledgeError, KnowledgeErrorCode } from '../../modules/knowledge/knowledge.errors.js';
import { CallError, CallErrorCode } from '../../modules/calls/calls.errors.js';
import { callErrorCode, formatGraphQLError, knowledgeErrorCode, toGraphQLError } from './graphql-errors.js';

describe(toGraphQLError.name, () => {
  it('keeps a domain error message and maps its code', () => {
    const sut = toGraphQLError(new KnowledgeError(KnowledgeErrorCode.INVALID_LIMIT, 'limit must be ...'));
    expect(sut.message).toBe('limit must be ...');
    expect(sut.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_LIMIT' });
  });

  it('maps every knowledge and call error code', () => {
    for (const code of Object.values(KnowledgeErrorCode)) expect(knowledgeErrorCode(code)).toMatch(/^[A-Z_]+$/);
    for (const code of Object.values(CallErrorCode)) expect(callErrorCode(code)).toMatch(/^[A-Z_]+$/);
    expect(toGraphQLError(new CallError(CallErrorCode.CALL_ENDED, 'ended')).extensions.code).toBe('CALL_ENDED');
  });

  it('maps HTTP exceptions by status', () => {
    expect(toGraphQLError(new NotFoundException('no such call')).extensions.code).toBe('NOT_FOUND');
  });

  it('hides an unexpected error behind a correlation id and logs the detail', () => {
    const logged: string[] = [];
    Logger.overrideLogger({ error: (m: string) => logged.push(m), log() {}, warn() {}, debug() {}, verbose() {} });
    const sut = toGraphQLError(new Error('password=hunter2 leaked in a driver message'));
    Logger.overrideLogger(['error', 'warn']);
    expect(sut.message).not.toContain('hunter2');
    expect(sut.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(sut.message).toContain(String(sut.extensions.correlationId));
    expect(logged.join('\n')).toContain('hunter2');
  });
});

describe(formatGraphQLError.name, () => {
  it('sends message, place and code only', () => {
    const sut = formatGraphQLError({ message: 'x', path: ['a'], extensions: { code: 'BAD_USER_INPUT', stacktrace: ['secret'] } });
    expect(sut).toEqual({ message: 'x', path: ['a'], locations: undefined, extensions: { code: 'BAD_USER_INPUT' } });
  });
});
