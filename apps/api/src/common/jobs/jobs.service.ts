import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus } from '../events/event-bus.js';
import { JobEntity } from './job.entity.js';
import { JobCancelled, type JobContext, type JobQueue, PermanentJobError, type RetryPolicy } from './job-queue.js';

/** What a job handler receives besides its payload. */
export interface JobRun {
  jobId: string;
  subjectId: string;
  attempt: number;
  /** Records progress (0-100) and the step, tells subscribers, and throws JobCancelled if the owner cancelled. */
  progress(percent: number, step: string): Promise<void>;
}

export type JobWork<T> = (payload: T, run: JobRun) => Promise<void>;

/** Called once when a job of the type ends without success (failed for good, or cancelled), with its record. */
export type JobGiveUp = (job: { id: string; subjectId: string; status: 'FAILED' | 'CANCELLED'; error: string | null }) => Promise<void>;

const FINAL = `('COMPLETED', 'FAILED', 'CANCELLED')`;

/**
 * Background jobs with a record each: the queue (BullMQ or in-process) delivers and retries them; this keeps what
 * their owners see — status, progress, step, error — and makes a job finish once: a job run again after its worker
 * died starts over on the same record, and only a running record can complete.
 */
export class JobsService {
  private readonly logger = new Logger(JobsService.name);
  private readonly giveUps = new Map<string, JobGiveUp>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
    private readonly retry: RetryPolicy,
  ) {}

  /** Registers the work of one job type on this process's workers, and what to do when such a job is given up. */
  define<T>(type: string, work: JobWork<T>, onGiveUp?: JobGiveUp): void {
    if (onGiveUp) this.giveUps.set(type, onGiveUp);
    this.queue.process<{ jobId: string; payload: T }>(type, (data, context) => this.execute(data.jobId, data.payload, context, work));
  }

  /** Records a job in the caller's transaction; call `dispatch` after commit. */
  async create(
    manager: EntityManager,
    input: { type: string; ownerId: string | null; subjectId: string; payload: Record<string, unknown> },
  ): Promise<JobEntity> {
    return manager.save(JobEntity, { ...input, status: 'QUEUED', progress: 0, step: '대기 중', attempts: 0 });
  }

  async dispatch(job: JobEntity): Promise<void> {
    await this.queue.add(job.type, job.id, { jobId: job.id, payload: job.payload });
  }

  async view(id: string): Promise<JobEntity | null> {
    return this.dataSource.getRepository(JobEntity).findOne({ where: { id } });
  }

  /** The latest job working on a document or meeting. */
  async forSubject(subjectId: string): Promise<JobEntity | null> {
    return this.dataSource.getRepository(JobEntity).findOne({ where: { subjectId }, order: { createdAt: 'DESC' } });
  }

  /**
   * Cancels a job: one still queued leaves the queue at once; a running one stops at its next progress report.
   * Returns the record.
   */
  async cancel(id: string): Promise<JobEntity | null> {
    await this.dataSource.query(`UPDATE jobs SET cancel_requested = true, updated_at = now() WHERE id = $1 AND status NOT IN ${FINAL}`, [
      id,
    ]);
    if (await this.queue.remove(id)) await this.finish(id, 'CANCELLED', '취소되었습니다.');
    await this.events.jobChanged(id);
    return this.view(id);
  }

  /** Queues again the jobs a stopped process left unfinished (the in-process queue forgets them). */
  async resumeUnfinished(): Promise<number> {
    const rows: JobEntity[] = await this.dataSource
      .getRepository(JobEntity)
      .createQueryBuilder('j')
      .where(`j.status NOT IN ${FINAL}`)
      .getMany();
    for (const job of rows) await this.dispatch(job);
    return rows.length;
  }

  drained(timeoutMs?: number): Promise<void> {
    return this.queue.drained(timeoutMs);
  }

  private async execute<T>(jobId: string, payload: T, context: JobContext, work: JobWork<T>): Promise<void> {
    const [started] = await this.dataSource.query(
      `UPDATE jobs SET status = 'RUNNING', attempts = $2, error = NULL, updated_at = now()
        WHERE id = $1 AND status NOT IN ${FINAL} AND NOT cancel_requested RETURNING subject_id`,
      [jobId, context.attempt],
    );
    if (!started?.length) {
      // Cancelled before it started, already finished, or unknown: nothing to do, and nothing to retry.
      await this.finish(jobId, 'CANCELLED', '취소되었습니다.', `cancel_requested`);
      return;
    }
    await this.events.jobChanged(jobId);
    const run: JobRun = {
      jobId,
      subjectId: started[0].subject_id,
      attempt: context.attempt,
      progress: async (percent, step) => {
        // A cancelled job stops here, before it claims any further progress.
        const [rows] = await this.dataSource.query(
          `UPDATE jobs SET progress = $2, step = $3, updated_at = now() WHERE id = $1 AND status = 'RUNNING' AND NOT cancel_requested RETURNING id`,
          [jobId, Math.max(0, Math.min(100, Math.round(percent))), step],
        );
        if (!rows.length) throw new JobCancelled();
        await context.progress(percent, step);
        await this.events.jobChanged(jobId);
      },
    };
    try {
      await work(payload, run);
      await this.finish(jobId, 'COMPLETED', null);
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof JobCancelled) await this.finish(jobId, 'CANCELLED', '취소되었습니다.');
      else if (error instanceof PermanentJobError || context.attempt >= this.retry.attempts) await this.finish(jobId, 'FAILED', message);
      else {
        this.logger.warn(`job ${jobId} attempt ${context.attempt} failed: ${message}; it will be retried`);
        await this.dataSource.query(
          `UPDATE jobs SET status = 'RETRYING', error = $2, updated_at = now() WHERE id = $1 AND status = 'RUNNING'`,
          [jobId, message],
        );
        await this.events.jobChanged(jobId);
      }
      throw error;
    }
  }

  private async finish(jobId: string, status: 'COMPLETED' | 'FAILED' | 'CANCELLED', error: string | null, only = 'true'): Promise<void> {
    const [rows] = await this.dataSource.query(
      `UPDATE jobs SET status = $2::varchar, error = $3, finished_at = now(), updated_at = now(),
              progress = CASE WHEN $2::varchar = 'COMPLETED' THEN 100 ELSE progress END,
              step = CASE WHEN $2::varchar = 'COMPLETED' THEN '완료' WHEN $2::varchar = 'CANCELLED' THEN '취소됨' ELSE '실패' END
        WHERE id = $1 AND status NOT IN ${FINAL} AND ${only} RETURNING type, subject_id`,
      [jobId, status, error],
    );
    if (!rows.length) return;
    if (status === 'COMPLETED') this.logger.log(`job ${jobId} completed`);
    await this.events.jobChanged(jobId);
    const giveUp = status === 'COMPLETED' ? undefined : this.giveUps.get(rows[0].type);
    if (giveUp) {
      await giveUp({ id: jobId, subjectId: rows[0].subject_id, status: status as 'FAILED' | 'CANCELLED', error }).catch((e: Error) =>
        this.logger.error(`job ${jobId}: after giving up: ${e.message}`),
      );
    }
  }
}
