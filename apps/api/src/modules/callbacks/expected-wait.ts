/** Handling time assumed until the last 7 days have enough closed calls to measure it. */
export const DEFAULT_HANDLING_SECONDS = 180;
/** Closed calls needed before their median handling time is trusted. */
export const MIN_HANDLING_SAMPLES = 5;

/** The queue as a caller about to wait in it finds it. */
export interface QueueSnapshot {
  /** Callers waiting ahead of this one (by priority, then time). */
  ahead: number;
  /** Calls agents closed in the last 7 days (claimed to closed). */
  handledRecently: number;
  /** Their median handling time in seconds, or null when there were none. */
  medianHandlingSeconds: number | null;
  /** Agents signed in and working: available, on a call or in wrap-up. */
  agentsSignedIn: number;
}

/** The median handling time of recent calls, or the default while there are fewer than MIN_HANDLING_SAMPLES of them. */
export function handlingSeconds(queue: QueueSnapshot): number {
  if (queue.handledRecently < MIN_HANDLING_SAMPLES || queue.medianHandlingSeconds === null) return DEFAULT_HANDLING_SECONDS;
  return Math.max(0, queue.medianHandlingSeconds);
}

/**
 * How long this caller will likely wait for an agent: the callers ahead, each taking the median handling time,
 * shared among the agents signed in (at least one, so a floor with nobody signed in still gives a finite wait).
 */
export function expectedWaitSeconds(queue: QueueSnapshot): number {
  const ahead = Math.max(0, queue.ahead);
  return Math.round((ahead * handlingSeconds(queue)) / Math.max(1, queue.agentsSignedIn));
}
