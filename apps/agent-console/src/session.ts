import { useSyncExternalStore } from 'react';
import type { AuthSession, User } from './api/types';

// The signed-in session (tokens and user), kept in sessionStorage: it survives a reload of the tab and ends with it.

const KEY = 'dasan.console.session';
const listeners = new Set<() => void>();
let current: AuthSession | null = read();
/** A message for the sign-in page (e.g. why the session ended), shown once. */
let notice: string | null = null;

function read(): AuthSession | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as AuthSession) : null;
  } catch {
    return null;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function getSession(): AuthSession | null {
  return current;
}

export function setSession(session: AuthSession | null): void {
  current = session;
  if (session) window.sessionStorage.setItem(KEY, JSON.stringify(session));
  else window.sessionStorage.removeItem(KEY);
  emit();
}

/** Replaces the stored user (after setMyStatus or a `me` refresh), keeping the tokens. */
export function updateSessionUser(user: User): void {
  if (!current || current.user.id !== user.id) return;
  setSession({ ...current, user });
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): AuthSession | null {
  return useSyncExternalStore(subscribeSession, getSession);
}

export function setSignInNotice(message: string | null): void {
  notice = message;
}

export function takeSignInNotice(): string | null {
  const message = notice;
  notice = null;
  return message;
}
