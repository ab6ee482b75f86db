import { request } from '../api/client';
import { MEETINGS } from '../api/operations';
import type { JobStatus, MeetingSummary } from '../api/types';
import { formatDateTime } from '../format';
import { useAsync, useInterval } from '../hooks';
import { meetingStatusLabel } from '../labels';
import { href, navigate } from '../router';

export function MeetingStatusBadge({ status, jobStatus }: { status: string; jobStatus: JobStatus | null | undefined }) {
  const failed = jobStatus === 'FAILED' || jobStatus === 'CANCELLED';
  return (
    <span
      className={`doc-status meeting-status-${failed ? 'STALLED' : status}`}
      data-testid="meeting-status"
      data-status={status}
      data-job-status={jobStatus ?? undefined}
    >
      {meetingStatusLabel(status, jobStatus)}
    </span>
  );
}

/** My meeting summaries, newest first. */
export function MeetingsTable({ meetings, compact = false }: { meetings: MeetingSummary[]; compact?: boolean }) {
  return (
    <table className="table table-clickable" data-testid="meetings-table">
      <thead>
        <tr>
          <th>회의</th>
          <th style={{ width: 100 }}>회의 날짜</th>
          <th style={{ width: 80 }}>상태</th>
          {!compact && <th style={{ width: 150 }}>요청 시각</th>}
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id} data-testid="meeting-row" data-meeting-id={m.id} onClick={() => navigate(`/meetings/${m.id}`)}>
            <td>
              <a href={href(`/meetings/${m.id}`)} className="row-title" onClick={(e) => e.stopPropagation()}>
                {m.title}
              </a>
            </td>
            <td className="mono small">{m.meetingDate}</td>
            <td>
              <MeetingStatusBadge status={m.status} jobStatus={m.job?.status} />
            </td>
            {!compact && <td className="mono small">{formatDateTime(m.createdAt)}</td>}
          </tr>
        ))}
        {meetings.length === 0 && (
          <tr>
            <td colSpan={compact ? 3 : 4} className="empty" data-testid="meetings-empty">
              아직 요약한 회의가 없습니다.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function MeetingsPage() {
  const meetings = useAsync(async () => (await request<{ meetings: MeetingSummary[] }>(MEETINGS)).meetings, []);
  useInterval(() => void meetings.reload(), 15_000);
  const rows = meetings.data ?? [];
  return (
    <section className="page" data-testid="meetings-page">
      <div className="page-head">
        <h2>
          내 회의록 <span className="count">{rows.length}</span>
        </h2>
        <span className="muted small">회의 녹취록을 요약한 결과입니다. 열어서 할 일과 회의록을 확인하세요.</span>
        <span className="head-actions">
          <a className="btn btn-primary btn-sm" href={href('/meetings/new')} data-testid="new-meeting-link">
            새 회의록 요약
          </a>
        </span>
      </div>
      {meetings.error && (
        <div className="alert alert-error" role="alert">
          {meetings.error}
        </div>
      )}
      {meetings.data && <MeetingsTable meetings={rows} />}
    </section>
  );
}
