import { describe, expect, it } from '@jest/globals';
import { callbackErrorCode, toGraphQLError } from '../../common/errors/graphql-errors.js';
import { CallbackError, CallbackErrorCode } from './callbacks.errors.js';

describe(callbackErrorCode.name, () => {
  it('maps every callback error code', () => {
    for (const code of Object.values(CallbackErrorCode)) expect(callbackErrorCode(code)).toMatch(/^[A-Z_]+$/);
  });

  it('tells an agent whose colleague took the callback first CONFLICT, with the reason', () => {
    const sut = toGraphQLError(new CallbackError(CallbackErrorCode.ALREADY_TAKEN, 'Another agent is already calling this caller back.'));
    expect(sut.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_TAKEN' });
    expect(sut.message).toBe('Another agent is already calling this caller back.');
  });

  it('keeps the number a configuration problem, not the agent’s', () => {
    expect(callbackErrorCode(CallbackErrorCode.NUMBER_UNAVAILABLE)).toBe('SERVICE_UNAVAILABLE');
    expect(callbackErrorCode(CallbackErrorCode.NOT_YOUR_CALLBACK)).toBe('FORBIDDEN');
  });
});
