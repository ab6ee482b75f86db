import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { EventBus } from '../../../apps/api/src/common/events/event-bus.js';
import { BullMqJobQueue } from '../../../apps/api/src/common/jobs/bullmq-job-queue.js';
import { InProcessJobQueue } from '../../../apps/api/src/common/jobs/in-process-job-queue.js';
import { type JobQueue, PermanentJobError, QueueName } from '../../../apps/api/src/common/jobs/job-queue.js';
import { JobsService } from '../../../apps/api/src/common/jobs/jobs.service.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../../support/test-database.js';

const RETRY = { attempts: 3, backoffMs: 50 };
const redisUrl = process.env.REDIS_URL;
const queues: [string, () => JobQueue][] = [
  ['in-process', () => new InProcessJobQueue(RETRY)],
  ...(redisUrl
    ? ([
        [
          'BullMQ',
          () =>
            new BullMqJobQueue({
              url: redisUrl,
              queue: QueueName.DOCUMENTS,
              retry: RETRY,
              runWorkers: true,
              concurrency: 2,
              lockMs: 5000,
              prefix: `dasan_jobs_${randomBytes(4).toString('hex')}`,
            }),
        ],
      ] as [string, () => JobQueue][])
    : []),
];

describe.each(testBackends().slice(-1))('background jobs on %s', (backend) => {
  describe.each(queues)('through the %s queue', (_, makeQueue) => {
    let db: TestDatabase;
    let queue: JobQueue;
    let jobs: JobsService;

    beforeAll(async () => {
      db = await createTestDatabase(backend);
      queue = makeQueue();
      jobs = new JobsService(db.database.dataSource, queue, EventBus.inMemory(), RETRY);
    });
    afterAll(async () => {
      await queue?.close();
      await db?.drop();
    });

    async function start(type: string, payload: Record<string, unknown> = {}) {
      const job = await jobs.create(db.database.dataSource.manager, { type, ownerId: null, subjectId: randomUUID(), payload });
      await jobs.dispatch(job);
      return job.id;
    }

    async function settled(id: string, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const job = (await jobs.view(id))!;
        if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
        if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    it('retries a failing job with backoff until it succeeds, clearing the error', async () => {
      const tries: number[] = [];
      jobs.define('flaky', async (_payload, run) => {
        tries.push(Date.now());
        await run.progress(50, '반쯤');
        if (tries.length < 3) throw new Error(`temporary failure ${tries.length}`);
      });
      const job = await settled(await start('flaky'));
      expect(job).toMatchObject({ status: 'COMPLETED', attempts: 3, error: null, progress: 100 });
      expect(tries[2] - tries[1]).toBeGreaterThanOrEqual(tries[1] - tries[0]);
    });

    it('keeps the error of a job that fails every time, and does not retry a permanent failure', async () => {
      jobs.define('broken', async () => {
        throw new Error('the model server is down');
      });
      const failed = await settled(await start('broken'));
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 3, error: 'the model server is down' });
      let calls = 0;
      jobs.define('bad-input', async () => {
        calls++;
        throw new PermanentJobError('the transcript is not text');
      });
      const permanent = await settled(await start('bad-input'));
      expect(permanent).toMatchObject({ status: 'FAILED', attempts: 1, error: 'the transcript is not text' });
      expect(calls).toBe(1);
    });

    it('cancels a running job at its next step, and a queued one before it starts', async () => {
      let steps = 0;
      jobs.define('long', async (_payload, run) => {
        for (let i = 0; i < 200; i++) {
          steps++;
          await run.progress(i / 2, `단계 ${i}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      const running = await start('long');
      while (((await jobs.view(running))!.progress ?? 0) < 5) await new Promise((r) => setTimeout(r, 20));
      await jobs.cancel(running);
      const cancelled = await settled(running);
      expect(cancelled.status).toBe('CANCELLED');
      const stoppedAt = steps;
      await new Promise((r) => setTimeout(r, 200));
      expect(steps).toBe(stoppedAt);

      let ran = false;
      const queued = await start('never-defined-yet');
      await jobs.cancel(queued);
      jobs.define('never-defined-yet', async () => {
        ran = true;
      });
      expect((await settled(queued)).status).toBe('CANCELLED');
      expect(ran).toBe(false);
    });
  });
});
