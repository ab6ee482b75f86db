import { useSyncExternalStore } from 'react';
import { type Client, createClient } from 'graphql-ws';
import { koreanErrorMessage } from '../labels';
import { getSession, subscribeSession } from '../session';
import { ApiError, type GraphQLErrorShape, endSession, freshAccessToken, refreshSessionOnce } from './client';

// GraphQL subscriptions over graphql-ws on ws(s)://<host>/graphql. One lazy client per signed-in user: it connects
// with the first subscription, sends the (fresh) access token in connectionParams on every (re)connect, reconnects
// after the API restarts, and is closed at sign-out.

let client: Client | null = null;
let clientUserId: string | null = null;
const reconnectListeners = new Set<() => void>();

export type SocketState = 'idle' | 'connecting' | 'connected' | 'closed';
let socketState: SocketState = 'idle';
const stateListeners = new Set<() => void>();

function setSocketState(state: SocketState): void {
  if (state === socketState) return;
  socketState = state;
  for (const listener of stateListeners) listener();
}

/** Whether the live connection is up (for a "실시간" indicator). */
export function useSocketState(): SocketState {
  return useSyncExternalStore(
    (listener) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    () => socketState,
  );
}

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/graphql`;
}

function getClient(): Client {
  if (client) return client;
  client = createClient({
    url: socketUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => getSession() !== null,
    retryWait: async (retries) => {
      const delay = Math.min(1_000 * 2 ** retries, 10_000) + Math.random() * 500;
      await new Promise((resolve) => window.setTimeout(resolve, delay));
    },
    connectionParams: async () => {
      const token = await freshAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => setSocketState('connecting'),
      connected: (_socket, _payload, wasRetry) => {
        setSocketState('connected');
        if (wasRetry) for (const listener of reconnectListeners) listener();
      },
      closed: () => setSocketState('closed'),
    },
  });
  clientUserId = getSession()?.user.id ?? null;
  return client;
}

function closeClient(): void {
  const closing = client;
  client = null;
  clientUserId = null;
  void closing?.dispose();
  setSocketState('idle');
}

// A new user (or none) gets a new socket: the old one was authenticated as someone else.
subscribeSession(() => {
  if (client && getSession()?.user.id !== clientUserId) closeClient();
});

/** Called after the socket comes back from a drop, so a page can reload what it may have missed. */
export function onReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

function isAuthFailure(error: unknown): boolean {
  if (error instanceof ApiError) return error.code === 'UNAUTHENTICATED';
  const code = (error as { code?: number } | null)?.code;
  return code === 4401 || code === 4403;
}

function toApiError(error: unknown): ApiError {
  if (Array.isArray(error) && error.length > 0) {
    const first = error[0] as GraphQLErrorShape;
    const { code = 'INTERNAL_SERVER_ERROR', ...rest } = first.extensions ?? {};
    return new ApiError(koreanErrorMessage(first.message, rest), String(code), rest);
  }
  if (error instanceof ApiError) return error;
  const close = error as { code?: number; reason?: string } | null;
  if (close && typeof close.code === 'number') {
    return new ApiError(
      close.reason || `실시간 연결이 끊어졌습니다 (${close.code}).`,
      close.code === 4401 ? 'UNAUTHENTICATED' : 'SOCKET_CLOSED',
    );
  }
  return new ApiError('실시간 연결에 실패했습니다.', 'SOCKET_ERROR');
}

export interface SubscriptionHandlers<T> {
  next: (data: T) => void;
  error?: (error: ApiError) => void;
}

/**
 * Subscribes to one GraphQL subscription; returns the function that stops it. An authentication failure refreshes
 * the session once and subscribes again.
 */
export function subscribe<T>(query: string, variables: Record<string, unknown> | undefined, handlers: SubscriptionHandlers<T>): () => void {
  let stopped = false;
  let retriedAuth = false;
  let stop: () => void = () => undefined;

  const start = () => {
    stop = getClient().subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (stopped) return;
          if (result.errors?.length) handlers.error?.(toApiError(result.errors));
          else if (result.data) handlers.next(result.data as T);
        },
        error: (raw) => {
          if (stopped) return;
          const error = toApiError(raw);
          if ((isAuthFailure(raw) || isAuthFailure(error)) && !retriedAuth) {
            retriedAuth = true;
            void refreshSessionOnce().then((session) => {
              if (stopped) return;
              if (session) start();
              else endSession('세션이 만료되었습니다. 다시 로그인해 주세요.');
            });
            return;
          }
          handlers.error?.(error);
        },
        complete: () => undefined,
      },
    );
  };

  start();
  return () => {
    stopped = true;
    stop();
  };
}
