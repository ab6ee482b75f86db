/** What can go wrong with a call, as the client needs to know it. */
export enum CallErrorCode {
  EMPTY_UTTERANCE = 'EMPTY_UTTERANCE',
  UTTERANCE_TOO_LONG = 'UTTERANCE_TOO_LONG',
  INVALID_DIGIT = 'INVALID_DIGIT',
  INVALID_CALLER_ID = 'INVALID_CALLER_ID',
  CALL_NOT_FOUND = 'CALL_NOT_FOUND',
  CALL_ENDED = 'CALL_ENDED',
}

export class CallError extends Error {
  constructor(
    readonly code: CallErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}
