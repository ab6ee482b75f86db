import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { errorMessage, isApiError, request } from '../api/client';
import { CALLBACKS, CALLBACK_QUEUE_EVENTS, COMPLETE_CALLBACK, TAKE_CALLBACK } from '../api/operations';
import { onReconnected, subscribe, useSocketState } from '../api/subscriptions';
import type { CallbackOutcome, CallbackQueueEvent, CallbackRequest, CallbackStatus, TakenCallback } from '../api/types';
import { LiveIndicator } from '../components/LiveIndicator';
import { formatDateTime, formatDuration, secondsSince } from '../format';
import { useAsync, useInterval, useNow } from '../hooks';
import { CALLBACK_OUTCOME_LABEL, CALLBACK_STATUS_LABEL, languageLabel } from '../labels';
import { refreshMe } from '../me';
import { useSession } from '../session';
import { showToast } from '../toast';

type Filter = 'OPEN' | 'DONE' | 'FAILED';
const FILTER_LABEL: Record<Filter, string> = { OPEN: '진행 중', DONE: '완료', FAILED: '실패' };
const EMPTY: Record<Filter, string> = {
  OPEN: '전화를 기다리는 고객이 없습니다.',
  DONE: '완료된 콜백이 없습니다.',
  FAILED: '실패한 콜백이 없습니다.',
};
const OUTCOMES = Object.keys(CALLBACK_OUTCOME_LABEL) as CallbackOutcome[];
/** Tries before a callback is given up (the API's CALLBACK_MAX_ATTEMPTS). */
const MAX_ATTEMPTS = 3;
/** The status pills reuse the document status colours. */
const STATUS_CLASS: Record<CallbackStatus, string> = {
  REQUESTED: 'doc-status doc-status-IN_REVIEW',
  IN_PROGRESS: 'doc-status doc-status-GENERATING',
  DONE: 'doc-status doc-status-APPROVED',
  FAILED: 'doc-status doc-status-STALLED',
};

/** 01012345678 → 010-1234-5678 (Korean numbers); anything else as it is. */
function formatPhone(digits: string): string {
  const mobile = /^(01\d)(\d{3,4})(\d{4})$/.exec(digits);
  if (mobile) return `${mobile[1]}-${mobile[2]}-${mobile[3]}`;
  const seoul = /^(02)(\d{3,4})(\d{4})$/.exec(digits);
  if (seoul) return `${seoul[1]}-${seoul[2]}-${seoul[3]}`;
  return digits;
}

/** "방금", "3분 전", "1시간 12분 전". */
function ago(iso: string, now: number): string {
  const minutes = Math.floor(secondsSince(iso, now) / 60);
  if (minutes < 1) return '방금';
  return minutes < 60 ? `${minutes}분 전` : `${Math.floor(minutes / 60)}시간 ${minutes % 60}분 전`;
}

/**
 * Callers who chose to be called back instead of waiting: what they wanted, the masked number, the wait they were
 * told, when and how often they were tried. An agent takes one (전화 걸기) to see the number and records the outcome;
 * supervisors watch. New callbacks arrive live (a handoff closed as CALLBACK_NEEDED); others' takes every 15 s.
 */
export function CallbacksPage() {
  const session = useSession();
  const me = session?.user;
  const isAgent = me?.role === 'AGENT';
  const now = useNow(30_000);
  const socket = useSocketState();
  const [filter, setFilter] = useState<Filter>('OPEN');
  const [dialling, setDialling] = useState<TakenCallback | null>(null);
  const [taking, setTaking] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useAsync(
    async () => (await request<{ callbacks: CallbackRequest[] }>(CALLBACKS, { status: filter === 'OPEN' ? null : filter })).callbacks,
    [filter],
  );
  const { reload } = list;

  useEffect(() => {
    const stop = subscribe<{ queueEvents: CallbackQueueEvent }>(CALLBACK_QUEUE_EVENTS, undefined, {
      next: ({ queueEvents }) => {
        if (queueEvents.type === 'CLOSED' && queueEvents.handoff.disposition === 'CALLBACK_NEEDED') void reload();
      },
      error: (e) => setNotice(`실시간 갱신 오류: ${e.message}`),
    });
    const stopReconnect = onReconnected(() => void reload());
    return () => {
      stop();
      stopReconnect();
    };
  }, [reload]);
  useInterval(() => void reload(), 15_000);

  const take = useCallback(
    async (callback: CallbackRequest) => {
      setTaking(callback.id);
      setNotice(null);
      try {
        const { takeCallback } = await request<{ takeCallback: TakenCallback }>(TAKE_CALLBACK, { id: callback.id });
        setDialling(takeCallback);
        void refreshMe().catch(() => undefined);
      } catch (e) {
        setNotice(
          isApiError(e, 'CONFLICT') && e.extensions.reason === 'ALREADY_TAKEN' ? '다른 상담사가 먼저 전화를 걸었습니다' : errorMessage(e),
        );
      } finally {
        setTaking(null);
        void reload();
      }
    },
    [reload],
  );

  const completed = (callback: CallbackRequest) => {
    setDialling(null);
    void refreshMe().catch(() => undefined);
    void reload();
    if (callback.status === 'DONE') showToast('콜백을 완료했습니다');
    else if (callback.status === 'REQUESTED')
      showToast(`부재중으로 기록했습니다. 다시 목록에 올라갑니다 (${callback.attempts}/${MAX_ATTEMPTS}회 시도).`);
    else
      showToast(
        callback.outcome === 'WRONG_NUMBER' ? '잘못된 번호로 종료했습니다' : `${MAX_ATTEMPTS}회 연결되지 않아 종료했습니다`,
        'error',
      );
  };

  const rows = list.data ?? [];
  // My callback in progress, after a reload: taking it again shows the number.
  const mine = !dialling && isAgent ? rows.find((c) => c.status === 'IN_PROGRESS' && c.agent?.id === me?.id) : undefined;

  return (
    <section className="page" data-testid="callbacks-page">
      <div className="page-head">
        <h2>
          콜백{' '}
          <span className="count" data-testid="callbacks-count">
            {rows.length}
          </span>
        </h2>
        <div className="segmented" role="tablist">
          {(Object.keys(FILTER_LABEL) as Filter[]).map((f) => (
            <button
              key={f}
              type="button"
              role="tab"
              aria-selected={filter === f}
              className={filter === f ? 'seg active' : 'seg'}
              onClick={() => setFilter(f)}
              data-testid={`callback-filter-${f}`}
            >
              {FILTER_LABEL[f]}
            </button>
          ))}
        </div>
        <LiveIndicator state={socket} />
        <button type="button" className="btn btn-ghost" onClick={() => void reload()} data-testid="callbacks-reload">
          새로고침
        </button>
        <span className="muted small">
          {isAgent
            ? '기다리는 대신 상담사의 전화를 요청한 고객입니다. 먼저 요청한 고객부터 전화해 주세요.'
            : '기다리는 대신 상담사의 전화를 요청한 고객입니다 (조회만 가능).'}
        </span>
      </div>

      {dialling && <DiallingCard taken={dialling} onDone={completed} />}
      {mine && (
        <div className="alert alert-info" data-testid="callback-mine-banner">
          진행 중인 콜백이 있습니다: {mine.topicTitle ?? '주제 미확인'} ({mine.callerMasked}){' '}
          <button type="button" className="btn btn-link btn-sm" onClick={() => void take(mine)} data-testid="callback-resume">
            이어서 처리 →
          </button>
        </div>
      )}
      {notice && (
        <div className="alert alert-warn" role="alert" data-testid="callbacks-notice">
          {notice}
        </div>
      )}
      {list.error && (
        <div className="alert alert-error" role="alert" data-testid="callbacks-error">
          {list.error}
        </div>
      )}

      <table className="table" data-testid="callbacks-table">
        <thead>
          <tr>
            <th style={{ width: 80 }}>상태</th>
            <th>요청 내용</th>
            <th style={{ width: 120 }}>번호</th>
            <th style={{ width: 90 }}>안내 대기</th>
            <th style={{ width: 140 }}>요청 시각</th>
            <th style={{ width: 80 }}>시도</th>
            <th style={{ width: 120 }} />
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-testid="callback-row" data-callback-id={c.id} data-call-id={c.callId}>
              <td>
                <span className={STATUS_CLASS[c.status]} data-testid="callback-status">
                  {CALLBACK_STATUS_LABEL[c.status]}
                </span>
              </td>
              <td>
                <div className="row-title" data-testid="callback-topic">
                  {c.topicTitle ?? '주제 미확인'} <span className="muted small">{languageLabel(c.language)}</span>
                </div>
                <div className="summary-text small muted" data-testid="callback-summary">
                  {c.summary}
                </div>
                {c.notes && (
                  <div className="small" data-testid="callback-notes">
                    메모: {c.notes}
                  </div>
                )}
              </td>
              <td className="mono" data-testid="callback-caller">
                {c.callerMasked}
              </td>
              <td data-testid="callback-expected-wait">{formatDuration(c.expectedWaitSeconds)}</td>
              <td className="small">
                <div className="mono">{formatDateTime(c.requestedAt)}</div>
                <div className="muted">{ago(c.requestedAt, now)}</div>
              </td>
              <td data-testid="callback-attempts">
                {c.attempts}/{MAX_ATTEMPTS}
                {c.outcome && <div className="muted small">{CALLBACK_OUTCOME_LABEL[c.outcome]}</div>}
              </td>
              <td>
                {c.status === 'REQUESTED' && isAgent ? (
                  <button
                    type="button"
                    className="btn btn-primary btn-sm"
                    data-testid="callback-take"
                    disabled={taking !== null || Boolean(dialling) || Boolean(mine)}
                    title={dialling || mine ? '진행 중인 콜백을 먼저 마쳐 주세요' : undefined}
                    onClick={() => void take(c)}
                  >
                    {taking === c.id ? '가져오는 중…' : '전화 걸기'}
                  </button>
                ) : (
                  <span className="muted small" data-testid="callback-agent">
                    {c.agent?.displayName ?? ''}
                  </span>
                )}
              </td>
            </tr>
          ))}
          {rows.length === 0 && !list.loading && (
            <tr>
              <td colSpan={7} className="empty" data-testid="callbacks-empty">
                {EMPTY[filter]}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

/** The callback I am dialling: the number, what the caller wanted, and how the attempt went. */
function DiallingCard({ taken, onDone }: { taken: TakenCallback; onDone: (callback: CallbackRequest) => void }) {
  const { callback, phoneNumber } = taken;
  const [outcome, setOutcome] = useState<CallbackOutcome | ''>('');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome) return setError('통화 결과를 선택해 주세요.');
    setBusy(true);
    setError(null);
    try {
      const { completeCallback } = await request<{ completeCallback: CallbackRequest }>(COMPLETE_CALLBACK, {
        input: { id: callback.id, outcome, notes: notes.trim() || null },
      });
      onDone(completeCallback);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <section className="card summary-card" data-testid="callback-dialling">
      <div className="summary-head">
        <h2>{callback.topicTitle ?? '주제 미확인'}</h2>
        <dl className="facts">
          <div>
            <dt>전화번호</dt>
            <dd>
              <a className="mono" href={`tel:${phoneNumber}`} data-testid="callback-phone">
                {formatPhone(phoneNumber)}
              </a>
            </dd>
          </div>
          <div>
            <dt>언어</dt>
            <dd>{languageLabel(callback.language)}</dd>
          </div>
          <div>
            <dt>시도</dt>
            <dd data-testid="callback-attempt">
              {callback.attempts + 1}번째 / {MAX_ATTEMPTS}
            </dd>
          </div>
        </dl>
      </div>
      <p className="summary-text" data-testid="callback-dialling-summary">
        {callback.summary}
      </p>
      {callback.notes && <p className="small muted">이전 메모: {callback.notes}</p>}
      <form className="wrapup" onSubmit={(e) => void submit(e)} data-testid="callback-complete-form" noValidate>
        <div className="segmented" role="radiogroup" aria-label="통화 결과" style={{ alignSelf: 'flex-start' }}>
          {OUTCOMES.map((o) => (
            <button
              key={o}
              type="button"
              role="radio"
              aria-checked={outcome === o}
              className={outcome === o ? 'seg active' : 'seg'}
              onClick={() => setOutcome(o)}
              disabled={busy}
              data-testid={`callback-outcome-${o}`}
            >
              {CALLBACK_OUTCOME_LABEL[o]}
            </button>
          ))}
        </div>
        <label className="field">
          <span>메모</span>
          <textarea
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            placeholder="예: 여권 재발급 서류 안내함"
            data-testid="callback-notes-input"
            disabled={busy}
          />
        </label>
        {error && (
          <div className="alert alert-error" role="alert" data-testid="callback-complete-error">
            {error}
          </div>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="callback-complete">
          {busy ? '저장 중…' : '결과 기록'}
        </button>
      </form>
    </section>
  );
}
