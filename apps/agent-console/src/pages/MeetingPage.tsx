import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { MEETING_BY_ID } from '../api/operations';
import type { Job, Meeting, SourcedText } from '../api/types';
import { copyText } from '../clipboard';
import { FindingsList, findingMarks } from '../components/FindingsList';
import { JobProgress } from '../components/JobProgress';
import { formatDateTime } from '../format';
import { isFinalJob } from '../labels';
import { wasJustCreated } from '../recent';
import { href } from '../router';
import { showToast } from '../toast';
import { MeetingStatusBadge } from './MeetingsPage';

function SourceLines({ lines }: { lines: number[] }) {
  if (!lines.length) return <span className="muted">—</span>;
  return (
    <span className="source-lines" data-testid="source-lines" title="녹취록의 줄 번호">
      {lines.map((n) => (
        <span key={n} className="line-ref mono">
          {n}
        </span>
      ))}
    </span>
  );
}

function SourcedList({ items, empty, testId }: { items: SourcedText[]; empty: string; testId: string }) {
  if (!items.length) return <div className="empty small">{empty}</div>;
  return (
    <ol className="sourced-list" data-testid={testId}>
      {items.map((item, i) => (
        <li key={i} data-testid={`${testId}-item`}>
          <span>{item.text}</span>
          <SourceLines lines={item.sourceLines} />
        </li>
      ))}
    </ol>
  );
}

/** A meeting summary: live progress while the job runs, then the summary, decisions, action items and minutes. */
export function MeetingPage({ id }: { id: string }) {
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [trackedJob, setTrackedJob] = useState<Job | null>(null);
  const [selectedLine, setSelectedLine] = useState<number | null>(null);
  const minutesRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const { meeting: m } = await request<{ meeting: Meeting }>(MEETING_BY_ID, { id });
      setMeeting(m);
      setError(null);
      if (m.job && (!isFinalJob(m.job.status) || wasJustCreated(m.id))) setTrackedJob((t) => t ?? m.job);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const onJobChange = useCallback(
    (job: Job) => {
      if (isFinalJob(job.status)) void load();
    },
    [load],
  );

  const selectLine = (line: number) => {
    setSelectedLine(line);
    minutesRef.current?.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  if (error && !meeting) {
    return (
      <section className="page">
        <div className="alert alert-error" role="alert" data-testid="meeting-load-error">
          {error}
        </div>
        <a href={href('/meetings')}>← 내 회의록</a>
      </section>
    );
  }
  if (!meeting) return <div className="loading">불러오는 중…</div>;

  const result = meeting.result;
  const minutes = meeting.minutesText ?? '';
  const marks = findingMarks(meeting.minutesFindings);

  return (
    <section className="page meeting-page" data-testid="meeting-page" data-meeting-id={meeting.id} data-status={meeting.status}>
      <section className="card doc-head">
        <div className="doc-title-row">
          <span className="tag tag-kind">회의록</span>
          <h2 data-testid="meeting-title-view">{meeting.title}</h2>
          <MeetingStatusBadge status={meeting.status} jobStatus={meeting.job?.status} />
          <span className="ai-label" title="녹취록에서 자동으로 뽑은 요약입니다. 근거 줄을 확인하세요.">
            AI 지원 요약
          </span>
        </div>
        <div className="doc-meta small">
          <span data-testid="meeting-date-view">회의 {meeting.meetingDate}</span>
          <span>형식 {meeting.format}</span>
          <span>요청 {formatDateTime(meeting.createdAt)}</span>
          {result && result.speakers.length > 0 && <span data-testid="meeting-speakers">발언자 {result.speakers.join(', ')}</span>}
          <a href={href('/meetings')} className="head-link" data-testid="meeting-list-link">
            내 회의록 →
          </a>
        </div>
      </section>

      {trackedJob && <JobProgress key={trackedJob.id} job={trackedJob} title="회의록 요약" onChange={onJobChange} />}
      {!trackedJob && meeting.job?.status === 'FAILED' && (
        <div className="alert alert-error" role="alert" data-testid="meeting-failed">
          요약하지 못했습니다{meeting.job.error ? `: ${meeting.job.error}` : '.'}
        </div>
      )}
      {meeting.job?.status === 'CANCELLED' && (
        <div className="alert alert-warn" data-testid="meeting-cancelled">
          요약을 취소했습니다.
        </div>
      )}

      {result && (
        <div className="meeting-grid">
          <div className="meeting-main">
            <section className="card">
              <div className="card-head">
                <h3>요약</h3>
              </div>
              {result.summary.length ? (
                <ul className="summary-list" data-testid="meeting-summary">
                  {result.summary.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              ) : (
                <div className="empty small">요약할 내용이 없습니다.</div>
              )}
            </section>
            <section className="card">
              <div className="card-head">
                <h3>
                  결정 사항 <span className="count">{result.decisions.length}</span>
                </h3>
                <span className="card-hint"># 숫자는 녹취록의 근거 줄</span>
              </div>
              <SourcedList items={result.decisions} empty="결정된 사항이 없습니다." testId="decisions" />
            </section>
            <section className="card">
              <div className="card-head">
                <h3>
                  할 일 <span className="count">{result.actionItems.length}</span>
                </h3>
              </div>
              <table className="table table-compact" data-testid="action-items">
                <thead>
                  <tr>
                    <th>할 일</th>
                    <th style={{ width: 110 }}>담당</th>
                    <th style={{ width: 170 }}>기한</th>
                    <th style={{ width: 90 }}>근거 줄</th>
                  </tr>
                </thead>
                <tbody>
                  {result.actionItems.map((a, i) => (
                    <tr key={i} data-testid="action-item">
                      <td data-testid="action-task">{a.task}</td>
                      <td data-testid="action-owner">{a.owner ?? <span className="muted">미정</span>}</td>
                      <td data-testid="action-due" data-due={a.due ?? undefined}>
                        {a.due ? <span className="mono">{a.due}</span> : <span className="muted">미정</span>}
                        {a.dueText && <span className="muted small"> ({a.dueText})</span>}
                      </td>
                      <td>
                        <SourceLines lines={a.sourceLines} />
                      </td>
                    </tr>
                  ))}
                  {result.actionItems.length === 0 && (
                    <tr>
                      <td colSpan={4} className="empty">
                        정해진 할 일이 없습니다.
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </section>
            <section className="card">
              <div className="card-head">
                <h3>
                  미결 사항 <span className="count">{result.openQuestions.length}</span>
                </h3>
              </div>
              <SourcedList items={result.openQuestions} empty="남은 질문이 없습니다." testId="open-questions" />
            </section>
          </div>

          <div className="meeting-side">
            <section className="card minutes-card">
              <div className="card-head">
                <h3>회의록</h3>
                <button
                  type="button"
                  className="btn btn-sm"
                  disabled={!minutes}
                  onClick={() =>
                    void copyText(minutes).then((ok) =>
                      showToast(ok ? '회의록을 복사했습니다.' : '복사하지 못했습니다.', ok ? 'info' : 'error'),
                    )
                  }
                  data-testid="minutes-copy"
                >
                  복사
                </button>
              </div>
              <div className="minutes" ref={minutesRef} data-testid="minutes-text">
                {minutes.split('\n').map((line, i) => {
                  const n = i + 1;
                  const mark = marks.get(n);
                  return (
                    <div
                      key={n}
                      className={`minutes-line${mark ? ` minutes-line-${mark}` : ''}${selectedLine === n ? ' minutes-line-selected' : ''}`}
                      data-line={n}
                    >
                      <span className="minutes-no">{n}</span>
                      <span className="minutes-content">{line || ' '}</span>
                    </div>
                  );
                })}
              </div>
            </section>
            <FindingsList findings={meeting.minutesFindings} onSelect={(f) => selectLine(f.line)} selectedLine={selectedLine} />
          </div>
        </div>
      )}
    </section>
  );
}
