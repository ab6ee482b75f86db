export enum DashboardErrorCode {
  INVALID_RANGE = 'INVALID_RANGE',
}

export class DashboardError extends Error {
  constructor(
    readonly code: DashboardErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DashboardError';
  }
}
