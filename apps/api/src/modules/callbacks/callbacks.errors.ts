/** What can go wrong taking and finishing a callback. */
export enum CallbackErrorCode {
  CALLBACK_NOT_FOUND = 'CALLBACK_NOT_FOUND',
  ALREADY_TAKEN = 'ALREADY_TAKEN',
  CALLBACK_CLOSED = 'CALLBACK_CLOSED',
  AGENT_BUSY = 'AGENT_BUSY',
  NOT_YOUR_CALLBACK = 'NOT_YOUR_CALLBACK',
  NOT_IN_PROGRESS = 'NOT_IN_PROGRESS',
  INVALID_COMPLETION = 'INVALID_COMPLETION',
  NUMBER_UNAVAILABLE = 'NUMBER_UNAVAILABLE',
}

export class CallbackError extends Error {
  constructor(
    readonly code: CallbackErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CallbackError';
  }
}
