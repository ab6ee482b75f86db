import { useCallback, useEffect, useState } from 'react';
import { errorMessage, isApiError, request } from '../api/client';
import { CLAIM_HANDOFF, HANDOFF_QUEUE, MY_ACTIVE_HANDOFF, QUEUE_EVENTS } from '../api/operations';
import { onReconnected, subscribe, useSocketState } from '../api/subscriptions';
import type { Handoff, QueueEvent, QueueHandoff } from '../api/types';
import { LiveIndicator } from '../components/LiveIndicator';
import { ReasonBadge } from '../components/ReasonBadge';
import { useAsync, useNow } from '../hooks';
import { languageLabel } from '../labels';
import { refreshMe } from '../me';
import { firstLine, formatClock, secondsSince } from '../format';
import { href, navigate } from '../router';

/** Priority first (1 is most urgent), then oldest first: the order the API returns. */
function byUrgency(a: QueueHandoff, b: QueueHandoff): number {
  return a.priority - b.priority || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

function apply(queue: QueueHandoff[], event: QueueEvent): QueueHandoff[] {
  const rest = queue.filter((h) => h.id !== event.handoff.id);
  if (event.type === 'CREATED' && event.handoff.status !== 'CLOSED') return [...rest, event.handoff].sort(byUrgency);
  return rest;
}

export function QueuePage() {
  const now = useNow(1000);
  const queue = useAsync(async () => (await request<{ handoffQueue: QueueHandoff[] }>(HANDOFF_QUEUE)).handoffQueue, []);
  const active = useAsync(async () => (await request<{ myActiveHandoff: QueueHandoff | null }>(MY_ACTIVE_HANDOFF)).myActiveHandoff, []);
  const socket = useSocketState();
  const [notice, setNotice] = useState<string | null>(null);
  const [claiming, setClaiming] = useState<string | null>(null);
  const { setData, reload } = queue;

  useEffect(() => {
    const stop = subscribe<{ queueEvents: QueueEvent }>(QUEUE_EVENTS, undefined, {
      next: ({ queueEvents }) => {
        setData((previous) => apply(previous ?? [], queueEvents));
      },
      error: (e) => setNotice(`실시간 갱신 오류: ${e.message}`),
    });
    const stopReconnect = onReconnected(() => void reload());
    return () => {
      stop();
      stopReconnect();
    };
  }, [setData, reload]);

  const claim = useCallback(
    async (handoff: QueueHandoff) => {
      setClaiming(handoff.id);
      setNotice(null);
      try {
        const { claimHandoff } = await request<{ claimHandoff: Handoff }>(CLAIM_HANDOFF, { id: handoff.id });
        void refreshMe().catch(() => undefined);
        navigate(`/call/${claimHandoff.id}`);
      } catch (e) {
        // CONFLICT is someone else's claim, except when I already hold a call (the server says so in `reason`).
        if (isApiError(e, 'CONFLICT') && e.extensions.reason !== 'AGENT_BUSY') {
          setNotice('다른 상담사가 먼저 받았습니다');
          setData((previous) => (previous ?? []).filter((h) => h.id !== handoff.id));
        } else {
          setNotice(errorMessage(e));
        }
      } finally {
        setClaiming(null);
      }
    },
    [setData],
  );

  const rows = queue.data ?? [];
  const mine = active.data;

  return (
    <section className="page" data-testid="queue-page">
      <div className="page-head">
        <h2>
          대기열{' '}
          <span className="count" data-testid="queue-count">
            {rows.length}
          </span>
        </h2>
        <LiveIndicator state={socket} />
        <button type="button" className="btn btn-ghost" onClick={() => void queue.reload()} data-testid="queue-reload">
          새로고침
        </button>
      </div>

      {mine && (
        <div className="alert alert-info" data-testid="active-handoff-banner">
          처리 중인 상담이 있습니다: <ReasonBadge reason={mine.reason} /> {mine.topicTitle ?? firstLine(mine.summary)}{' '}
          <a href={href(`/call/${mine.id}`)} data-testid="active-handoff-link">
            상담 화면으로 돌아가기 →
          </a>
        </div>
      )}
      {notice && (
        <div className="alert alert-warn" role="alert" data-testid="queue-notice">
          {notice}
        </div>
      )}
      {queue.error && (
        <div className="alert alert-error" role="alert" data-testid="queue-error">
          {queue.error}
        </div>
      )}

      <table className="table queue-table" data-testid="queue-table">
        <thead>
          <tr>
            <th style={{ width: 110 }}>우선순위</th>
            <th>주제 / 요약</th>
            <th style={{ width: 80 }}>대기</th>
            <th style={{ width: 80 }}>언어</th>
            <th style={{ width: 90 }}>재문의</th>
            <th style={{ width: 80 }} />
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id} data-testid="queue-row" data-handoff-id={h.id} data-call-id={h.callId} className={`row-${h.reason}`}>
              <td>
                <ReasonBadge reason={h.reason} />
              </td>
              <td>
                <div className="row-title" data-testid="queue-topic">
                  {h.topicTitle ?? '주제 미확인'}
                </div>
                <div className="row-sub" data-testid="queue-summary">
                  {firstLine(h.summary)}
                </div>
              </td>
              <td className="mono" data-testid="queue-wait">
                {formatClock(secondsSince(h.createdAt, now))}
              </td>
              <td>{languageLabel(h.language)}</td>
              <td>
                {h.previousCalls > 0 && (
                  <span className="repeat" data-testid="queue-repeat">
                    재문의 {h.previousCalls}회
                  </span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  data-testid="claim-button"
                  disabled={claiming !== null || Boolean(mine)}
                  title={mine ? '처리 중인 상담을 먼저 마쳐 주세요' : undefined}
                  onClick={() => void claim(h)}
                >
                  {claiming === h.id ? '받는 중…' : '받기'}
                </button>
              </td>
            </tr>
          ))}
          {rows.length === 0 && !queue.loading && (
            <tr>
              <td colSpan={6} className="empty" data-testid="queue-empty">
                대기 중인 상담이 없습니다.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
