import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession } from './session';

// Short confirmations at the bottom of the screen ("후처리를 완료했습니다"), gone after a few seconds.

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showToast(message: string, kind: Toast['kind'] = 'info', ms = 5000): void {
  const toast = { id: nextId++, message, kind };
  toasts = [...toasts, toast];
  emit();
  window.setTimeout(() => {
    toasts = toasts.filter((t) => t.id !== toast.id);
    emit();
  }, ms);
}

// A new user (or none) starts with no toasts: they were about someone else's work.
let toastUser = getSession()?.user.id ?? null;
subscribeSession(() => {
  const user = getSession()?.user.id ?? null;
  if (user === toastUser) return;
  toastUser = user;
  toasts = [];
  emit();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function Toasts() {
  const list = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="toasts" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} data-testid="toast" role={t.kind === 'error' ? 'alert' : 'status'}>
          {t.message}
        </div>
      ))}
    </div>
  );
}
