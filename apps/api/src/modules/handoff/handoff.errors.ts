/** What can go wrong taking and finishing a handed-over call. */
export enum HandoffErrorCode {
  HANDOFF_NOT_FOUND = 'HANDOFF_NOT_FOUND',
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  AGENT_BUSY = 'AGENT_BUSY',
  NOT_YOUR_CALL = 'NOT_YOUR_CALL',
  NOT_CLAIMED = 'NOT_CLAIMED',
  INVALID_WRAP_UP = 'INVALID_WRAP_UP',
}

export class HandoffError extends Error {
  constructor(
    readonly code: HandoffErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandoffError';
  }
}
