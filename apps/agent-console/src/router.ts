import { useSyncExternalStore } from 'react';

// A tiny hash router: routes are `#/path/segments`. The hash keeps the console a set of static files the API can
// serve from / without a fallback rule.

export interface Route {
  /** The path without the leading `#`, e.g. `/call/42`. */
  path: string;
  /** The path split on `/`, e.g. ['call', '42']. */
  segments: string[];
}

function currentHash(): string {
  return window.location.hash;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const segments = path.split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
  return { path, segments };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

export function navigate(path: string): void {
  const target = `#${path}`;
  if (window.location.hash !== target) window.location.hash = target;
}

export function href(path: string): string {
  return `#${path}`;
}
