import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { ASSIST, CALL_EVENTS, CALL_WITH_TURNS, CLAIM_HANDOFF, HANDOFF_BY_ID } from '../api/operations';
import { onReconnected, subscribe, useSocketState } from '../api/subscriptions';
import type { AssistSuggestion, Call, CallEvent, CallTurn, Handoff } from '../api/types';
import { AssistPanel } from '../components/AssistPanel';
import { LiveIndicator } from '../components/LiveIndicator';
import { ReasonBadge } from '../components/ReasonBadge';
import { Transcript } from '../components/Transcript';
import { WrapUpForm } from '../components/WrapUpForm';
import { formatClock, formatDateTime } from '../format';
import { DISPOSITION_LABEL, languageLabel } from '../labels';
import { refreshMe } from '../me';
import { href, navigate } from '../router';
import { useSession } from '../session';
import { showToast } from '../toast';

function mergeTurns(turns: CallTurn[], more: CallTurn[]): CallTurn[] {
  const bySeq = new Map(turns.map((t) => [t.seq, t]));
  for (const t of more) bySeq.set(t.seq, t);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export function CallPage({ handoffId }: { handoffId: string }) {
  const session = useSession();
  const socket = useSocketState();
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  const [call, setCall] = useState<Call | null>(null);
  const [turns, setTurns] = useState<CallTurn[]>([]);
  const [suggestions, setSuggestions] = useState<AssistSuggestion[]>([]);
  const [ended, setEnded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [claiming, setClaiming] = useState(false);
  const lastSeq = useRef(0);
  lastSeq.current = turns.length ? turns[turns.length - 1].seq : 0;

  const load = useCallback(async () => {
    try {
      const { handoff: h } = await request<{ handoff: Handoff }>(HANDOFF_BY_ID, { id: handoffId });
      setHandoff(h);
      const [{ call: c }, { assist }] = await Promise.all([
        request<{ call: Call }>(CALL_WITH_TURNS, { id: h.callId }),
        request<{ assist: AssistSuggestion[] }>(ASSIST, { callId: h.callId }).catch(() => ({ assist: [] as AssistSuggestion[] })),
      ]);
      setCall(c);
      setTurns((previous) => mergeTurns(previous, c.turns));
      setSuggestions((previous) => (assist.length > 0 ? assist : previous));
      if (c.status === 'ENDED') setEnded(true);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [handoffId]);

  useEffect(() => {
    void load();
  }, [load]);

  const callId = handoff?.callId;
  useEffect(() => {
    if (!callId) return;
    const stop = subscribe<{ callEvents: CallEvent }>(
      CALL_EVENTS,
      { callId },
      {
        next: ({ callEvents: event }) => {
          const turn = event.turn;
          if (event.type === 'TURN' && turn) {
            // A turn we did not hear about (said before the subscription took hold): reload the whole call.
            if (turn.seq > lastSeq.current + 1) void load();
            setTurns((previous) => mergeTurns(previous, [turn]));
          }
          if (event.suggestions.length > 0) setSuggestions(event.suggestions);
          if (event.type === 'ENDED') setEnded(true);
        },
        error: (e) => showToast(`실시간 통화 갱신 오류: ${e.message}`, 'error'),
      },
    );
    const stopReconnect = onReconnected(() => void load());
    return () => {
      stop();
      stopReconnect();
    };
  }, [callId, load]);

  const topicOptions = useMemo(() => {
    const ids = new Set<string>();
    for (const s of suggestions) ids.add(s.topicId);
    for (const t of turns) for (const c of t.citations) ids.add(c.topicId);
    return [...ids];
  }, [suggestions, turns]);

  const claim = async () => {
    if (!handoff) return;
    setClaiming(true);
    try {
      const { claimHandoff } = await request<{ claimHandoff: Handoff }>(CLAIM_HANDOFF, { id: handoff.id });
      setHandoff(claimHandoff);
      void refreshMe().catch(() => undefined);
    } catch (e) {
      showToast(errorMessage(e), 'error');
    } finally {
      setClaiming(false);
    }
  };

  if (error && !handoff) {
    return (
      <section className="page">
        <div className="alert alert-error" role="alert" data-testid="call-error">
          {error}
        </div>
        <a href={href('/queue')}>← 대기열로</a>
      </section>
    );
  }
  if (!handoff) return <div className="loading">불러오는 중…</div>;

  const mine = handoff.agent?.id === session?.user.id;
  const closed = handoff.status === 'CLOSED';
  const heldByOther = handoff.status === 'CLAIMED' && !mine;

  return (
    <section className="page call-page" data-testid="call-page" data-call-id={handoff.callId}>
      {ended && !closed && (
        <div className="alert alert-warn" role="status" data-testid="call-ended-banner">
          고객이 통화를 종료했습니다. 후처리를 마쳐 주세요.
        </div>
      )}
      {heldByOther && (
        <div className="alert alert-info" data-testid="call-held-by-other">
          {handoff.agent?.displayName ?? '다른 상담사'} 상담사가 처리 중인 상담입니다.
        </div>
      )}
      <section className="card summary-card" data-testid="handoff-summary">
        <div className="summary-head">
          <ReasonBadge reason={handoff.reason} />
          <h2 data-testid="handoff-topic">{handoff.topicTitle ?? '주제 미확인'}</h2>
          <dl className="facts">
            <div>
              <dt>대기</dt>
              <dd className="mono" data-testid="handoff-wait">
                {formatClock(handoff.waitSeconds)}
              </dd>
            </div>
            <div>
              <dt>고객</dt>
              <dd data-testid="handoff-caller">{handoff.callerMasked ?? call?.callerMasked ?? '번호 없음'}</dd>
            </div>
            <div>
              <dt>언어</dt>
              <dd>{languageLabel(handoff.language)}</dd>
            </div>
            <div>
              <dt>재문의</dt>
              <dd data-testid="handoff-repeat">{handoff.previousCalls > 0 ? `재문의 ${handoff.previousCalls}회` : '첫 문의'}</dd>
            </div>
          </dl>
          <LiveIndicator state={socket} />
          {handoff.status === 'WAITING' && (
            <button
              type="button"
              className="btn btn-primary btn-sm"
              disabled={claiming}
              onClick={() => void claim()}
              data-testid="call-claim"
            >
              받기
            </button>
          )}
        </div>
        <p className="summary-text" data-testid="handoff-summary-text">
          {handoff.summary}
        </p>
      </section>

      <div className="call-grid">
        <Transcript callId={handoff.callId} turns={turns} />
        <div className="call-side">
          <AssistPanel callId={handoff.callId} suggestions={suggestions} disabled={closed} />
          {closed ? (
            <section className="card wrapup" data-testid="wrapup-done">
              <div className="card-head">
                <h3>후처리 완료</h3>
                <span className="muted small">{formatDateTime(handoff.closedAt)}</span>
              </div>
              <p>
                처리 결과: <strong>{handoff.disposition ? DISPOSITION_LABEL[handoff.disposition] : '—'}</strong>
                {handoff.department ? ` (${handoff.department})` : ''}
              </p>
              <p className="summary-text">{handoff.afterCallSummary}</p>
              {handoff.wrapNotes && <p className="muted">{handoff.wrapNotes}</p>}
            </section>
          ) : (
            <WrapUpForm
              key={handoff.id}
              handoff={handoff}
              topicOptions={topicOptions}
              disabled={!mine}
              onDone={() => {
                showToast('후처리를 완료했습니다. 상담 가능 상태로 돌아갑니다.');
                void refreshMe().catch(() => undefined);
                navigate('/queue');
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
