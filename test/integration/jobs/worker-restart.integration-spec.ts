import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { QueueName } from '../../../apps/api/src/common/jobs/job-queue.js';
import { gql, startApi, userAs } from '../../support/api-client.js';
import { FakeModelServer } from '../../support/fake-model-server.js';
import { type TestDatabase, createTestDatabase, testBackends } from '../../support/test-database.js';

// A worker process killed in the middle of a long meeting summary: the job is picked up by another worker after
// its lock expires, finishes once, and the parts the first worker finished are not summarised again.
const shared = testBackends().includes('postgres') && !!process.env.REDIS_URL;
const PART_DELAY_MS = 400;

/** A long meeting: ~40,000 characters, several parts of the map-reduce. */
function longTranscript(): string {
  const speakers = ['김과장', '이주무관', '박팀장', '최주무관'];
  const topics = ['따릉이 대여소 후보지를 검토하고', '민원 처리 절차를 개선하고', '예산 집행 현황을 점검하고', '시민 홍보 계획을 정리하고'];
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 40_000; i++) {
    lines.push(
      `${speakers[i % 4]}: ${i}번 안건은 ${topics[i % 4]} 다음 주 금요일까지 결과를 보고하겠습니다. 관련 부서와 ${(i % 9) + 1}차 협의를 마쳤습니다.`,
    );
  }
  return lines.join('\n');
}

(shared ? describe : describe.skip)('a worker killed mid-job', () => {
  const fake = new FakeModelServer();
  let db: TestDatabase;
  let api: { app: INestApplication; url: string };
  let modelUrl: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    // The worker runs from the build, as `npm run worker` does.
    await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { timeout: 180_000 });
    modelUrl = await fake.start();
    // Each part: the model cites the part's first line, after a delay that makes the job long.
    fake.chat = (messages) => {
      const first = Number(/\[(\d+)\]/.exec(messages[messages.length - 1].content)?.[1] ?? 1);
      const item = { text: '안건별 진행 상황을 보고함', sourceLines: [first] };
      return {
        delayMs: PART_DELAY_MS,
        content: JSON.stringify({
          sentences: [item],
          decisions: [],
          actionItems: [{ task: '결과 보고', owner: '박팀장', due: null, dueText: null, sourceLines: [first] }],
          openQuestions: [],
        }),
      };
    };
    db = await createTestDatabase('postgres');
    // This API only queues: the workers below take the jobs.
    api = await startApi(
      db.config.override({
        NODE_ENV: 'test',
        KB_AUTO_INGEST: false,
        REDIS_URL: process.env.REDIS_URL,
        JOBS_RUN_WORKERS: false,
        CHAT_PROVIDER: 'openai',
        CHAT_MODEL: 'fake-summariser',
        CHAT_BASE_URL: `${modelUrl}/v1`,
      }),
    );
  }, 240_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await api?.app.close();
    await fake.stop();
    await db?.drop();
  });

  function startWorker(): ChildProcess {
    const worker = spawn(process.execPath, ['dist/apps/api/src/worker.js'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: db.config.get('DATABASE_URL'),
        REDIS_URL: process.env.REDIS_URL,
        JOB_QUEUE_PREFIX: db.config.get('JOB_QUEUE_PREFIX'),
        JOB_LOCK_MS: '2000',
        CHAT_PROVIDER: 'openai',
        CHAT_MODEL: 'fake-summariser',
        CHAT_BASE_URL: `${modelUrl}/v1`,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(worker);
    return worker;
  }

  async function job(id: string): Promise<{ status: string; progress: number }> {
    const [row] = await api.app.get(DataSource).query(`SELECT status, progress FROM jobs WHERE id = $1`, [id]);
    return row;
  }

  it('is finished by another worker, once, without redoing the parts already summarised', async () => {
    const drafter = await userAs(api.url, 'DRAFTER');
    const created = await gql<{ createMeetingSummary: { id: string; job: { id: string } } }>(
      api.url,
      `mutation($input: MeetingInput!) { createMeetingSummary(input: $input) { id job { id } } }`,
      { input: { title: '긴 회의', transcript: longTranscript(), meetingDate: '2026-11-26' } },
      drafter.as,
    );
    const meetingId = created.data!.createMeetingSummary.id;
    const jobId = created.data!.createMeetingSummary.job.id;
    const ds = api.app.get(DataSource);

    const first = startWorker();
    const deadline = Date.now() + 60_000;
    while ((await job(jobId)).progress < 30) {
      if (first.exitCode !== null) throw new Error(`the first worker exited with code ${first.exitCode} before the job was under way`);
      if (Date.now() > deadline) throw new Error(`the first worker made no progress: ${JSON.stringify(await job(jobId))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const [{ n: cachedBeforeKill }] = await ds.query(`SELECT count(*)::int AS n FROM meeting_part_cache`);
    const requestsBeforeKill = fake.requests.filter((r) => r.path === '/v1/chat/completions').length;
    expect(cachedBeforeKill).toBeGreaterThan(0);
    expect(requestsBeforeKill).toBeGreaterThanOrEqual(cachedBeforeKill);
    expect((await job(jobId)).status).toBe('RUNNING');

    const second = startWorker();
    const finishBy = Date.now() + 90_000;
    while ((await job(jobId)).status !== 'COMPLETED') {
      if (second.exitCode !== null) throw new Error(`the second worker exited with code ${second.exitCode}`);
      if (Date.now() > finishBy) throw new Error(`the job was not finished: ${JSON.stringify(await job(jobId))}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    const [meeting] = await ds.query(`SELECT status, result FROM meetings WHERE id = $1`, [meetingId]);
    expect(meeting.status).toBe('DONE');
    const parts: number = meeting.result.stats.parts;
    expect(parts).toBeGreaterThanOrEqual(5);
    const [{ n: cached }] = await ds.query(`SELECT count(*)::int AS n FROM meeting_part_cache`);
    expect(cached).toBe(parts);
    // Every part was summarised once, but for the one in flight when the first worker died.
    const requests = fake.requests.filter((r) => r.path === '/v1/chat/completions').length;
    expect(cachedBeforeKill).toBeLessThan(parts);
    expect(requests).toBeGreaterThanOrEqual(parts);
    expect(requests).toBeLessThanOrEqual(parts + 1);
    expect(requests - requestsBeforeKill).toBeLessThanOrEqual(parts - cachedBeforeKill + 1);

    const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue(QueueName.DOCUMENTS, { connection, prefix: db.config.get('JOB_QUEUE_PREFIX') });
    try {
      expect(await queue.getJobCounts('completed', 'failed', 'active', 'waiting')).toEqual({
        completed: 1,
        failed: 0,
        active: 0,
        waiting: 0,
      });
    } finally {
      await queue.close();
      connection.disconnect();
    }
  }, 180_000);
});
