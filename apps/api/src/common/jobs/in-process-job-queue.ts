import { Logger } from '@nestjs/common';
import { JobCancelled, type JobHandler, type JobQueue, PermanentJobError, type RetryPolicy } from './job-queue.js';

interface Queued {
  type: string;
  jobId: string;
  payload: unknown;
  attempt: number;
}

/**
 * The embedded mode's queue: jobs run in this process, one type's handlers at a time up to `concurrency`, with the
 * same retries and backoff as BullMQ. Jobs waiting here are lost if the process stops; the job records in the
 * database keep their state, and `JobsService` requeues unfinished ones at start.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly logger = new Logger(InProcessJobQueue.name);
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly waiting: Queued[] = [];
  private readonly known = new Set<string>();
  private running = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly retry: RetryPolicy,
    private readonly concurrency = 2,
  ) {}

  process<T>(type: string, handler: JobHandler<T>): void {
    this.handlers.set(type, handler as JobHandler<unknown>);
    this.pump();
  }

  async add<T>(type: string, jobId: string, payload: T): Promise<void> {
    if (this.known.has(jobId)) return;
    this.known.add(jobId);
    this.waiting.push({ type, jobId, payload, attempt: 1 });
    this.pump();
  }

  async remove(jobId: string): Promise<boolean> {
    const index = this.waiting.findIndex((j) => j.jobId === jobId);
    if (index < 0) return false;
    this.waiting.splice(index, 1);
    this.known.delete(jobId);
    this.settle();
    return true;
  }

  drained(timeoutMs = 60_000): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`jobs still running after ${timeoutMs} ms`)), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private isIdle(): boolean {
    return this.running === 0 && this.waiting.length === 0 && this.timers.size === 0;
  }

  private settle(): void {
    if (this.isIdle()) this.idle.splice(0).forEach((f) => f());
  }

  private pump(): void {
    while (!this.closed && this.running < this.concurrency) {
      const index = this.waiting.findIndex((j) => this.handlers.has(j.type));
      if (index < 0) break;
      const [job] = this.waiting.splice(index, 1);
      this.running++;
      void this.run(job).finally(() => {
        this.running--;
        this.pump();
        this.settle();
      });
    }
  }

  private async run(job: Queued): Promise<void> {
    const handler = this.handlers.get(job.type)!;
    try {
      await handler(job.payload, { attempt: job.attempt, progress: async () => {} });
      this.known.delete(job.jobId);
    } catch (error) {
      const final = error instanceof JobCancelled || error instanceof PermanentJobError || job.attempt >= this.retry.attempts;
      if (final) {
        this.known.delete(job.jobId);
        return;
      }
      const delay = this.retry.backoffMs * 2 ** (job.attempt - 1);
      this.logger.warn(`job ${job.jobId} attempt ${job.attempt} failed (${(error as Error).message}); retrying in ${delay} ms`);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.waiting.push({ ...job, attempt: job.attempt + 1 });
        this.pump();
      }, delay);
      this.timers.add(timer);
    }
  }
}
