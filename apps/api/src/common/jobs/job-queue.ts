/** Every queue, by name. */
export enum QueueName {
  /** Letters and meeting summaries for civil servants. */
  DOCUMENTS = 'documents',
}

/** What a handler can do while it runs. */
export interface JobContext {
  /** How many times this job has been started, this run included. */
  attempt: number;
  /** Reports progress (0-100) and the current step; throws JobCancelled when the user cancelled the job. */
  progress(percent: number, step: string): Promise<void>;
}

export type JobHandler<T> = (payload: T, context: JobContext) => Promise<void>;

export interface RetryPolicy {
  attempts: number;
  /** The first retry waits this long; each next one twice as long. */
  backoffMs: number;
}

/**
 * Where work is queued and run: BullMQ on Redis in production (workers scale separately with `npm run worker`), in
 * the process in the embedded mode. Both run the same handlers with the same retries; services only see this.
 */
export interface JobQueue {
  /** Registers the handler of one job type; workers start taking jobs of that type. */
  process<T>(type: string, handler: JobHandler<T>): void;
  /** Queues a job; the same id queued twice runs once. */
  add<T>(type: string, jobId: string, payload: T): Promise<void>;
  /** Takes a job that has not started out of the queue; false when it is running or gone. */
  remove(jobId: string): Promise<boolean>;
  /** Resolves when nothing is queued or running (tests, graceful shutdown). */
  drained(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Thrown from `progress` when the job was cancelled: not retried. */
export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelled';
  }
}

/** A failure retrying cannot fix (bad input): not retried. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
