import { Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { EventBus } from '../events/event-bus.js';
import { BullMqJobQueue } from './bullmq-job-queue.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { type JobQueue, QueueName, type RetryPolicy } from './job-queue.js';
import { JobsResolver } from './jobs.resolver.js';
import { JobsService } from './jobs.service.js';

export const JOB_QUEUE = Symbol('JobQueue');

/** Background jobs: BullMQ on Redis when REDIS_URL is set, in this process otherwise; the same handlers either way. */
@Global()
@Module({
  providers: [
    {
      provide: JOB_QUEUE,
      inject: [AppConfig],
      useFactory: (config: AppConfig): JobQueue => {
        const retry = retryPolicy(config);
        const url = config.get('REDIS_URL');
        if (!url) return new InProcessJobQueue(retry, config.get('JOB_CONCURRENCY'));
        return new BullMqJobQueue({
          url,
          queue: QueueName.DOCUMENTS,
          retry,
          runWorkers: config.get('JOBS_RUN_WORKERS'),
          concurrency: config.get('JOB_CONCURRENCY'),
          lockMs: config.get('JOB_LOCK_MS'),
          prefix: config.get('JOB_QUEUE_PREFIX'),
        });
      },
    },
    {
      provide: JobsService,
      inject: [DataSource, JOB_QUEUE, EventBus, AppConfig],
      useFactory: (ds: DataSource, queue: JobQueue, events: EventBus, config: AppConfig) =>
        new JobsService(ds, queue, events, retryPolicy(config)),
    },
    JobsResolver,
  ],
  exports: [JobsService],
})
export class JobsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // BullMQ keeps its jobs in Redis; the in-process queue forgets them when the process stops.
    if (!this.config.get('REDIS_URL') && this.config.get('JOBS_RUN_WORKERS')) {
      const resumed = await this.jobs.resumeUnfinished();
      if (resumed) this.logger.log(`resumed ${resumed} unfinished job(s)`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}

function retryPolicy(config: AppConfig): RetryPolicy {
  return { attempts: config.get('JOB_ATTEMPTS'), backoffMs: config.get('JOB_BACKOFF_MS') };
}
