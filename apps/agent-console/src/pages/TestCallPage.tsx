import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { END_CALL, SEND_DIGIT, SEND_UTTERANCE, START_CALL } from '../api/operations';
import type { BotTurn, Citation, Language, StartedCall } from '../api/types';
import { formatClock, secondsSince } from '../format';
import { useNow } from '../hooks';
import { ACTION_LABEL, intentLabel } from '../labels';
import { href } from '../router';

interface Message {
  id: number;
  from: 'caller' | 'bot';
  text: string;
  digit?: boolean;
  action?: BotTurn['action'];
  intent?: string;
  confidence?: number | null;
  citations?: Citation[];
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
const SAMPLES = ['여권 재발급은 어떻게 하나요', '그럼 수수료는 얼마예요?', '따릉이 대여는 어떻게 해요?', '상담원 연결해 주세요'];

/** A phone on screen: supervisors and admins call the voicebot by text and keypad, as a citizen would. */
export function TestCallPage() {
  const [language, setLanguage] = useState<Language>('ko');
  const [callerId, setCallerId] = useState('');
  const [call, setCall] = useState<StartedCall | null>(null);
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const [handedOff, setHandedOff] = useState(false);
  const now = useNow(1000);
  const nextId = useRef(1);
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'nearest' });
  }, [messages.length]);

  const push = (m: Omit<Message, 'id'>) => setMessages((list) => [...list, { ...m, id: nextId.current++ }]);
  const pushBot = (turn: BotTurn) => {
    push({
      from: 'bot',
      text: turn.text,
      action: turn.action,
      intent: turn.intent,
      confidence: turn.confidence,
      citations: turn.citations,
    });
    if (turn.action === 'HANDOFF' || (turn.action === 'EMERGENCY_REDIRECT' && turn.handoff)) setHandedOff(true);
    if (turn.action === 'END') setEnded(true);
  };

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      const { startCall } = await request<{ startCall: StartedCall }>(START_CALL, {
        input: { channel: 'TEST', language, callerId: callerId.trim() || null },
      });
      setCall(startCall);
      setStartedAt(new Date().toISOString());
      setMessages([]);
      setEnded(false);
      setHandedOff(false);
      if (startCall.greeting) pushBot(startCall.greeting);
    });

  const say = (utterance: string) =>
    run(async () => {
      if (!call || !utterance.trim()) return;
      push({ from: 'caller', text: utterance.trim() });
      setText('');
      const { sendUtterance } = await request<{ sendUtterance: BotTurn }>(SEND_UTTERANCE, { callId: call.id, text: utterance.trim() });
      pushBot(sendUtterance);
    });

  const press = (digit: string) =>
    run(async () => {
      if (!call) return;
      push({ from: 'caller', text: digit, digit: true });
      const { sendDigit } = await request<{ sendDigit: BotTurn }>(SEND_DIGIT, { callId: call.id, digit });
      pushBot(sendDigit);
    });

  const hangUp = () =>
    run(async () => {
      if (!call) return;
      await request<{ endCall: { id: string; status: string } }>(END_CALL, { callId: call.id });
      setEnded(true);
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void say(text);
  };

  const active = call !== null && !ended;

  return (
    <section className="page test-call" data-testid="test-call-page">
      <div className="page-head">
        <h2>테스트 통화</h2>
        <span className="muted small">시민이 120에 전화한 것처럼 음성봇과 대화해 봅니다 (글자로 말하고 키패드를 누릅니다).</span>
      </div>
      <div className="test-call-grid">
        <div className="phone" data-testid="phone">
          <div className="phone-head">
            <span className="phone-title">120 다산콜</span>
            <span className="mono" data-testid="phone-timer">
              {call && startedAt ? formatClock(secondsSince(startedAt, now)) : '--:--'}
            </span>
            <span className={`phone-state ${active ? 'on' : ''}`} data-testid="phone-state">
              {active ? '통화 중' : call ? '통화 종료' : '대기'}
            </span>
          </div>

          {!active && (
            <div className="phone-setup">
              <label className="field">
                <span>언어</span>
                <select value={language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="test-language">
                  <option value="ko">한국어</option>
                  <option value="en">English</option>
                </select>
              </label>
              <label className="field">
                <span>발신 번호 (선택)</span>
                <input
                  value={callerId}
                  onChange={(e) => setCallerId(e.target.value)}
                  placeholder="010-0000-0000"
                  data-testid="test-caller-id"
                />
              </label>
              <button
                type="button"
                className="btn btn-call btn-block"
                disabled={busy}
                onClick={() => void start()}
                data-testid="start-call"
              >
                통화 시작
              </button>
            </div>
          )}

          <div className="chat" data-testid="test-chat" hidden={!call}>
            {messages.map((m) => (
              <div key={m.id} className={`chat-msg chat-${m.from}`} data-testid={m.from === 'bot' ? 'bot-reply' : 'caller-message'}>
                <div className="bubble">{m.digit ? `키패드 ${m.text}` : m.text}</div>
                {m.from === 'bot' && (
                  <div className="chat-meta">
                    {m.action && (
                      <span className="tag" data-testid="reply-action" data-action={m.action}>
                        {ACTION_LABEL[m.action]}
                      </span>
                    )}
                    {m.intent && <span className="tag">{intentLabel(m.intent)}</span>}
                    {m.confidence !== null && m.confidence !== undefined && (
                      <span className="tag">신뢰도 {(m.confidence * 100).toFixed(0)}%</span>
                    )}
                    {(m.citations ?? []).map((c) => (
                      <a
                        key={c.chunkId}
                        href={c.sourceUrl}
                        target="_blank"
                        rel="noreferrer"
                        className="citation"
                        data-testid="reply-citation"
                      >
                        {c.title}
                      </a>
                    ))}
                  </div>
                )}
              </div>
            ))}
            {busy && call && <div className="chat-typing">…</div>}
            <div ref={endRef} />
          </div>

          {handedOff && (
            <div className="alert alert-info" data-testid="handoff-notice">
              상담원 대기열로 연결되었습니다. <a href={href('/queue')}>대기열 보기 →</a>
            </div>
          )}
          {ended && call && (
            <div className="alert alert-warn" data-testid="call-ended-notice">
              통화가 종료되었습니다.
            </div>
          )}
          {error && (
            <div className="alert alert-error" role="alert" data-testid="test-call-error">
              {error}
            </div>
          )}

          {active && (
            <>
              <form className="say" onSubmit={submit}>
                <input
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder="고객 발화"
                  aria-label="고객 발화"
                  data-testid="utterance-input"
                  disabled={busy}
                />
                <button type="submit" className="btn btn-primary" disabled={busy || !text.trim()} data-testid="utterance-send">
                  보내기
                </button>
              </form>
              <div className="keypad" data-testid="keypad">
                {KEYS.map((k) => (
                  <button key={k} type="button" className="key" disabled={busy} onClick={() => void press(k)} data-testid={`key-${k}`}>
                    {k}
                  </button>
                ))}
              </div>
              <button
                type="button"
                className="btn btn-hangup btn-block"
                disabled={busy}
                onClick={() => void hangUp()}
                data-testid="end-call"
              >
                통화 종료
              </button>
            </>
          )}
        </div>

        <aside className="card test-help">
          <div className="card-head">
            <h3>해 볼 만한 말</h3>
          </div>
          <div className="samples">
            {SAMPLES.map((s) => (
              <button key={s} type="button" className="btn btn-sm" disabled={!active || busy} onClick={() => void say(s)}>
                {s}
              </button>
            ))}
          </div>
          <ul className="help-list">
            <li>키패드 0: 상담원 연결, 1: 한국어, 2: English</li>
            <li>“불이 났어요”처럼 긴급 상황은 119/112로 바로 안내합니다.</li>
            <li>상담원 연결이 되면 대기열에 나타납니다.</li>
          </ul>
        </aside>
      </div>
    </section>
  );
}
