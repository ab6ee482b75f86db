import { Logger } from '@nestjs/common';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobCancelled, type JobHandler, type JobQueue, PermanentJobError, QueueName, type RetryPolicy } from './job-queue.js';

export interface BullMqOptions {
  url: string;
  queue: QueueName;
  retry: RetryPolicy;
  /** Run workers in this process (the API by default; `npm run worker` always; false for an API that only queues). */
  runWorkers: boolean;
  concurrency: number;
  /** How long a worker's lock on a job lasts without renewal: a killed worker's job is picked up again after it. */
  lockMs: number;
  prefix: string;
}

/**
 * BullMQ on Redis: jobs survive restarts, any worker process takes them, a job whose worker died is found stalled
 * and run again, and retries back off exponentially. Job types share one queue and are told apart by name.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly logger = new Logger(BullMqJobQueue.name);
  private readonly connection: Redis;
  private readonly queue: Queue;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private worker: Worker | null = null;
  private workerConnection: Redis | null = null;

  constructor(private readonly options: BullMqOptions) {
    this.connection = new Redis(options.url, { maxRetriesPerRequest: null });
    this.queue = new Queue(options.queue, {
      connection: this.connection,
      prefix: options.prefix,
      defaultJobOptions: {
        attempts: options.retry.attempts,
        backoff: { type: 'exponential', delay: options.retry.backoffMs },
        removeOnComplete: 1000,
        removeOnFail: 5000,
      },
    });
  }

  process<T>(type: string, handler: JobHandler<T>): void {
    this.handlers.set(type, handler as JobHandler<unknown>);
    if (!this.options.runWorkers || this.worker) return;
    this.workerConnection = new Redis(this.options.url, { maxRetriesPerRequest: null });
    this.worker = new Worker(this.options.queue, (job) => this.run(job), {
      connection: this.workerConnection,
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
      lockDuration: this.options.lockMs,
      stalledInterval: Math.max(1000, Math.floor(this.options.lockMs / 2)),
      maxStalledCount: 3,
    });
    this.worker.on('error', (error) => this.logger.error(`worker: ${error.message}`));
  }

  async add<T>(type: string, jobId: string, payload: T): Promise<void> {
    await this.queue.add(type, payload, { jobId });
  }

  async remove(jobId: string): Promise<boolean> {
    const job = await this.queue.getJob(jobId);
    if (!job || (await job.isActive())) return false;
    await job.remove();
    return true;
  }

  async drained(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      if (Date.now() > deadline) throw new Error(`jobs still queued after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close(): Promise<void> {
    // BullMQ leaves connections it was given open: ours are closed here.
    await this.worker?.close();
    await this.queue.close();
    this.workerConnection?.disconnect();
    this.connection.disconnect();
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job type ${job.name}`);
    try {
      await handler(job.data, {
        attempt: job.attemptsMade + 1,
        progress: async (percent) => {
          await job.updateProgress(percent);
        },
      });
    } catch (error) {
      if (error instanceof JobCancelled || error instanceof PermanentJobError) throw new UnrecoverableError((error as Error).message);
      throw error;
    }
  }
}
