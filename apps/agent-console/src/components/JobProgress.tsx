import { useEffect, useRef, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { CANCEL_JOB, JOB_BY_ID, JOB_PROGRESS } from '../api/operations';
import { subscribe, useSocketState } from '../api/subscriptions';
import type { Job } from '../api/types';
import { useInterval } from '../hooks';
import { JOB_STATUS_LABEL, isFinalJob } from '../labels';
import { showToast } from '../toast';
import { LiveIndicator } from './LiveIndicator';

/** Poll the job when no live event came for this long (the socket is down, or the event was missed). */
const POLL_MS = 2_000;

/**
 * A background job's progress, live: the jobProgress subscription, with polling as the fallback. Shows the step,
 * the error of a failed job and, while it runs, a cancel button. Calls `onChange` with each new state (the page
 * reloads its document or meeting when the job finishes).
 */
export function JobProgress({ job: initial, title, onChange }: { job: Job; title: string; onChange?: (job: Job) => void }) {
  const socket = useSocketState();
  const [job, setJob] = useState<Job>(initial);
  const [cancelling, setCancelling] = useState(false);
  const lastEvent = useRef(0);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const final = isFinalJob(job.status);

  // Newer states only: a poll answered after a live event must not take the bar back.
  const accept = (next: Job) => {
    setJob((previous) => {
      if (previous.id !== next.id) return next;
      if (isFinalJob(previous.status) && !isFinalJob(next.status)) return previous;
      if (Date.parse(next.updatedAt) < Date.parse(previous.updatedAt)) return previous;
      return next;
    });
  };

  useEffect(() => {
    onChangeRef.current?.(job);
  }, [job.status, job.progress, job.step, job.error]);

  const jobId = initial.id;
  const startedFinal = isFinalJob(initial.status);
  useEffect(() => {
    if (startedFinal) return;
    const stop = subscribe<{ jobProgress: Job }>(
      JOB_PROGRESS,
      { jobId },
      {
        next: ({ jobProgress }) => {
          lastEvent.current = Date.now();
          accept(jobProgress);
        },
        // The polling below carries on; nothing else to do.
        error: () => undefined,
      },
    );
    // The job may have moved before the subscription took hold.
    void request<{ job: Job }>(JOB_BY_ID, { id: jobId })
      .then(({ job: fresh }) => accept(fresh))
      .catch(() => undefined);
    return stop;
  }, [jobId, startedFinal]);

  useInterval(
    () => {
      if (Date.now() - lastEvent.current < POLL_MS) return;
      void request<{ job: Job }>(JOB_BY_ID, { id: jobId })
        .then(({ job: fresh }) => accept(fresh))
        .catch(() => undefined);
    },
    final ? null : POLL_MS,
  );

  const cancel = async () => {
    setCancelling(true);
    try {
      const { cancelJob } = await request<{ cancelJob: Job }>(CANCEL_JOB, { id: job.id });
      accept(cancelJob);
      showToast(isFinalJob(cancelJob.status) ? '작업을 취소했습니다.' : '취소를 요청했습니다. 진행 중인 단계가 끝나면 멈춥니다.');
    } catch (e) {
      showToast(errorMessage(e), 'error');
    } finally {
      setCancelling(false);
    }
  };

  return (
    <section className={`card job job-${job.status}`} data-testid="job-progress" data-status={job.status} data-job-id={job.id}>
      <div className="card-head">
        <h3>{title}</h3>
        <span className={`job-status job-status-${job.status}`} data-testid="job-status">
          {JOB_STATUS_LABEL[job.status] ?? job.status}
        </span>
        {!final && <LiveIndicator state={socket} />}
        {!final && (
          <button type="button" className="btn btn-sm" disabled={cancelling} onClick={() => void cancel()} data-testid="job-cancel">
            작업 취소
          </button>
        )}
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={job.progress}
        data-testid="job-progress-bar"
      >
        <div className="progress-fill" style={{ width: `${Math.max(2, job.progress)}%` }} />
      </div>
      <div className="job-line small">
        <span className="mono" data-testid="job-percent">
          {job.progress}%
        </span>
        <span data-testid="job-step">{job.step ?? ''}</span>
        {job.attempts > 1 && <span className="muted">{job.attempts}번째 시도</span>}
      </div>
      {job.status === 'FAILED' && (
        <div className="alert alert-error" role="alert" data-testid="job-error">
          작업이 실패했습니다{job.error ? `: ${job.error}` : '.'}
        </div>
      )}
      {job.status === 'RETRYING' && job.error && (
        <div className="alert alert-warn" data-testid="job-retry-error">
          다시 시도합니다: {job.error}
        </div>
      )}
    </section>
  );
}
