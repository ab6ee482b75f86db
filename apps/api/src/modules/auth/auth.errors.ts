/** What can go wrong with signing in and access, as the client needs to know it. */
export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  SIGN_IN_THROTTLED = 'SIGN_IN_THROTTLED',
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  TOKEN_INVALID = 'TOKEN_INVALID',
  SESSION_INVALID = 'SESSION_INVALID',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  INVALID_USER = 'INVALID_USER',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  INVALID_STATUS = 'INVALID_STATUS',
}

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    /** Seconds until a throttled sign-in may be tried again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
