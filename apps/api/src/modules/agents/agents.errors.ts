/** What can go wrong at the agent's desk: assist, text messages, knowledge-gap reports. */
export enum AgentsErrorCode {
  CALL_NOT_FOUND = 'CALL_NOT_FOUND',
  TOPIC_NOT_FOUND = 'TOPIC_NOT_FOUND',
  TURN_NOT_FOUND = 'TURN_NOT_FOUND',
  GAP_NOT_FOUND = 'GAP_NOT_FOUND',
  INVALID_REPORT = 'INVALID_REPORT',
}

export class AgentsError extends Error {
  constructor(
    readonly code: AgentsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AgentsError';
  }
}
