import { useEffect, useRef, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { REPORT_KNOWLEDGE_GAP } from '../api/operations';
import type { CallTurn, GapKind, KnowledgeGap } from '../api/types';
import { formatTime } from '../format';
import { ACTION_LABEL, intentLabel } from '../labels';
import { showToast } from '../toast';

interface Reporting {
  kind: GapKind;
  /** The bot turn judged wrong; null for a missing answer. */
  seq: number | null;
}

/** The masked transcript, caller and bot, with knowledge-gap reports on the bot's answers. */
export function Transcript({ callId, turns }: { callId: string; turns: CallTurn[] }) {
  const [reporting, setReporting] = useState<Reporting | null>(null);
  const [reported, setReported] = useState<Set<string>>(new Set());
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'nearest' });
  }, [turns.length]);

  const key = (r: Reporting) => `${r.kind}:${r.seq ?? ''}`;

  return (
    <section className="card transcript" data-testid="transcript">
      <div className="card-head">
        <h3>통화 내용</h3>
        <span className="muted small">개인정보는 가려서 표시됩니다</span>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          data-testid="report-missing-answer"
          onClick={() => setReporting({ kind: 'MISSING_ANSWER', seq: null })}
        >
          답변 없음 신고
        </button>
      </div>
      {reporting?.seq === null && (
        <GapForm
          callId={callId}
          reporting={reporting}
          onDone={(gap) => {
            if (gap) setReported((s) => new Set(s).add(key(reporting)));
            setReporting(null);
          }}
        />
      )}
      <div className="turns" data-testid="transcript-turns">
        {turns.map((turn) => {
          const isBot = turn.speaker === 'BOT';
          const isAgent = turn.speaker === 'AGENT';
          const wrongKey = key({ kind: 'WRONG_ANSWER', seq: turn.seq });
          return (
            <div
              key={turn.seq}
              className={`turn ${isBot || isAgent ? 'turn-bot' : 'turn-caller'}`}
              data-testid="transcript-turn"
              data-speaker={turn.speaker}
              data-seq={turn.seq}
            >
              <div className="turn-meta">
                <strong>{isBot ? '봇' : isAgent ? '상담원' : '고객'}</strong>
                <span>{formatTime(turn.createdAt)}</span>
                {turn.input === 'DIGIT' && <span className="tag">키패드</span>}
                {turn.intent && <span className="tag">{intentLabel(turn.intent)}</span>}
                {turn.action && isBot && <span className="tag">{ACTION_LABEL[turn.action] ?? turn.action}</span>}
                {turn.confidence !== null && turn.confidence !== undefined && (
                  <span className="tag">신뢰도 {(turn.confidence * 100).toFixed(0)}%</span>
                )}
              </div>
              <div className="bubble" data-testid="turn-text">
                {turn.text}
              </div>
              {isBot && turn.citations.length > 0 && (
                <ul className="citations">
                  {turn.citations.map((c) => (
                    <li key={c.chunkId}>
                      <a href={c.sourceUrl} target="_blank" rel="noreferrer" data-testid="citation-link">
                        {c.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {isBot && turn.seq > 1 && (
                <div className="turn-actions">
                  {reported.has(wrongKey) ? (
                    <span className="muted small" data-testid="reported-label">
                      오답 신고됨
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-link btn-sm"
                      data-testid="report-wrong-answer"
                      onClick={() => setReporting({ kind: 'WRONG_ANSWER', seq: turn.seq })}
                    >
                      오답 신고
                    </button>
                  )}
                </div>
              )}
              {reporting && reporting.seq === turn.seq && (
                <GapForm
                  callId={callId}
                  reporting={reporting}
                  onDone={(gap) => {
                    if (gap) setReported((s) => new Set(s).add(key(reporting)));
                    setReporting(null);
                  }}
                />
              )}
            </div>
          );
        })}
        <div ref={endRef} />
      </div>
    </section>
  );
}

function GapForm({ callId, reporting, onDone }: { callId: string; reporting: Reporting; onDone: (gap: KnowledgeGap | null) => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const { reportKnowledgeGap } = await request<{ reportKnowledgeGap: KnowledgeGap }>(REPORT_KNOWLEDGE_GAP, {
        input: { callId, kind: reporting.kind, turnSeq: reporting.seq, note: note.trim() || null },
      });
      showToast(reporting.kind === 'WRONG_ANSWER' ? '오답으로 신고했습니다' : '답변 없음으로 신고했습니다');
      onDone(reportKnowledgeGap);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div className="gap-form" data-testid="gap-form">
      <label className="field">
        <span>{reporting.kind === 'WRONG_ANSWER' ? '오답 신고' : '답변 없음 신고'} — 메모 (선택)</span>
        <textarea
          rows={2}
          data-testid="gap-note"
          value={note}
          placeholder="무엇이 틀렸는지, 어떤 안내가 필요했는지"
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div className="row-buttons">
        <button type="button" className="btn btn-primary btn-sm" disabled={busy} data-testid="gap-submit" onClick={() => void submit()}>
          신고
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => onDone(null)}>
          취소
        </button>
      </div>
    </div>
  );
}
