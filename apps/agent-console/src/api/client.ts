import { koreanErrorMessage } from '../labels';
import { navigate } from '../router';
import { getSession, setSession, setSignInNotice } from '../session';
import { REFRESH_SESSION } from './operations';
import type { AuthSession } from './types';

// GraphQL over HTTP: POST /graphql with the access token. An UNAUTHENTICATED answer refreshes the session once and
// retries; if that fails too, the session ends and the sign-in page shows why. Errors carry the server's message,
// which is written for people.

export const GRAPHQL_PATH = '/graphql';
/** Refresh a little before the access token expires, so requests and subscriptions rarely meet an expired one. */
const REFRESH_MARGIN_MS = 30_000;

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function isApiError(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.code === code;
}

interface Envelope<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

async function post<T>(query: string, variables: Record<string, unknown> | undefined, token: string | null): Promise<Envelope<T>> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('서버에 연결할 수 없습니다. 네트워크를 확인해 주세요.', 'NETWORK_ERROR');
  }
  try {
    return (await response.json()) as Envelope<T>;
  } catch {
    throw new ApiError(`서버 응답을 읽을 수 없습니다 (HTTP ${response.status}).`, 'BAD_RESPONSE');
  }
}

function firstError(errors: GraphQLErrorShape[]): ApiError {
  const [error] = errors;
  const { code = 'INTERNAL_SERVER_ERROR', ...rest } = error.extensions ?? {};
  return new ApiError(koreanErrorMessage(error.message, rest), code, rest);
}

let refreshing: Promise<AuthSession | null> | null = null;

/** Exchanges the refresh token for a new session (one request at a time; the token rotates). Null when it fails. */
export function refreshSessionOnce(): Promise<AuthSession | null> {
  refreshing ??= (async () => {
    const session = getSession();
    if (!session) return null;
    try {
      const res = await post<{ refreshSession: AuthSession }>(REFRESH_SESSION, { refreshToken: session.refreshToken }, null);
      if (res.errors?.length || !res.data) return null;
      // Someone may have signed out meanwhile.
      if (getSession()?.refreshToken !== session.refreshToken) return getSession();
      setSession(res.data.refreshSession);
      return res.data.refreshSession;
    } catch {
      return null;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Ends the session locally and shows the sign-in page with a reason. */
export function endSession(reason: string | null): void {
  setSession(null);
  setSignInNotice(reason);
  navigate('/signin');
}

/** The access token, refreshed first when it is about to expire. Null when signed out. */
export async function freshAccessToken(): Promise<string | null> {
  const session = getSession();
  if (!session) return null;
  const expiresAt = Date.parse(session.accessTokenExpiresAt);
  if (Number.isFinite(expiresAt) && expiresAt - Date.now() < REFRESH_MARGIN_MS) {
    const refreshed = await refreshSessionOnce();
    if (!refreshed) {
      endSession('세션이 만료되었습니다. 다시 로그인해 주세요.');
      return null;
    }
    return refreshed.accessToken;
  }
  return session.accessToken;
}

/**
 * Sends one GraphQL document and returns its data, or throws an ApiError with the server's message and code.
 * `auth: false` for the public mutations (signIn, refreshSession).
 */
export async function request<T>(query: string, variables?: Record<string, unknown>, options: { auth?: boolean } = {}): Promise<T> {
  const auth = options.auth ?? true;
  let token = auth ? await freshAccessToken() : null;
  let res = await post<T>(query, variables, token);
  if (auth && res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
    const refreshed = getSession() ? await refreshSessionOnce() : null;
    if (!refreshed) {
      endSession('세션이 만료되었습니다. 다시 로그인해 주세요.');
      throw firstError(res.errors);
    }
    token = refreshed.accessToken;
    res = await post<T>(query, variables, token);
    if (res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
      endSession(firstError(res.errors).message);
      throw firstError(res.errors);
    }
  }
  if (res.errors?.length) throw firstError(res.errors);
  if (!res.data) throw new ApiError('서버가 빈 응답을 보냈습니다.', 'BAD_RESPONSE');
  return res.data;
}
