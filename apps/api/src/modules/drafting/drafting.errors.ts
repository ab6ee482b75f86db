/** What can go wrong drafting documents and summarising meetings. */
export enum DraftingErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  DOCUMENT_NOT_FOUND = 'DOCUMENT_NOT_FOUND',
  MEETING_NOT_FOUND = 'MEETING_NOT_FOUND',
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  NOT_YOURS = 'NOT_YOURS',
  WRONG_STATUS = 'WRONG_STATUS',
  OWN_APPROVAL = 'OWN_APPROVAL',
  VERSION_NOT_FOUND = 'VERSION_NOT_FOUND',
}

export class DraftingError extends Error {
  constructor(
    readonly code: DraftingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DraftingError';
  }
}
