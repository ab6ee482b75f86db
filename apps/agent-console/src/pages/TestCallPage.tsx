import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage, freshAccessToken, request } from '../api/client';
import { END_CALL, SEND_DIGIT, SEND_UTTERANCE, START_CALL } from '../api/operations';
import type { BotTurn, Citation, Language, StartedCall } from '../api/types';
import { formatClock, secondsSince } from '../format';
import { useNow } from '../hooks';
import { ACTION_LABEL, intentLabel, voiceErrorMessage } from '../labels';
import { href } from '../router';
import { BrowserAudio } from '../voice/browser-audio';
import { PcmCall, type VoiceCallEvent, type VoiceCitation, voiceSocketUrl } from '../voice/pcm-call';

interface Message {
  id: number;
  from: 'caller' | 'bot' | 'agent';
  text: string;
  digit?: boolean;
  /** A microphone call's turn number: the bot's `turn` message with the same seq adds action and citations. */
  seq?: number | null;
  action?: BotTurn['action'];
  intent?: string | null;
  confidence?: number | null;
  citations?: (Pick<Citation, 'title' | 'sourceUrl'> & { chunkId?: string })[];
}

/** What a microphone call's `turn` message adds to the bot's words. */
interface VoiceTurn {
  action: BotTurn['action'];
  intent: string | null;
  citations: VoiceCitation[];
}

/** A text call (GraphQL) or a microphone call (the /voice/pcm stream). */
type Mode = 'text' | 'voice';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
const SAMPLES = ['여권 재발급은 어떻게 하나요', '그럼 수수료는 얼마예요?', '따릉이 대여는 어떻게 해요?', '상담원 연결해 주세요'];

/**
 * A phone on screen: supervisors and admins call the voicebot as a citizen would, by text and keypad or by
 * microphone (speech recognised by the API's speech-to-text provider, the bot's voice played back).
 */
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
  const [mode, setMode] = useState<Mode>('text');
  const [voicePhase, setVoicePhase] = useState<'off' | 'connecting' | 'live'>('off');
  const [voiceTurns, setVoiceTurns] = useState<Record<number, VoiceTurn>>({});
  const [activity, setActivity] = useState({ level: 0, botSpeaking: false });
  const now = useNow(1000);
  const nextId = useRef(1);
  const endRef = useRef<HTMLDivElement>(null);
  const voiceRef = useRef<PcmCall | null>(null);
  /** A microphone call being dialled (the token is refreshed first): hanging up meanwhile cancels it. */
  const dialingRef = useRef<{ cancelled: boolean } | null>(null);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'nearest' });
  }, [messages.length]);

  // Leaving the page hangs up a microphone call (and releases the microphone).
  useEffect(
    () => () => {
      if (dialingRef.current) dialingRef.current.cancelled = true;
      voiceRef.current?.hangUp();
    },
    [],
  );

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
      setMode('text');
      setCall(startCall);
      setStartedAt(new Date().toISOString());
      setMessages([]);
      setEnded(false);
      setHandedOff(false);
      if (startCall.greeting) pushBot(startCall.greeting);
    });

  const onVoiceEvent = (event: VoiceCallEvent) => {
    switch (event.type) {
      case 'started':
        setCall({
          id: event.callId,
          status: 'ACTIVE',
          language: event.language === 'en' ? 'en' : 'ko',
          callerMasked: null,
          greeting: null,
        });
        setStartedAt(new Date().toISOString());
        setVoicePhase('live');
        return;
      case 'listening':
        return;
      case 'transcript':
        push({ from: event.speaker, text: event.text, seq: event.seq });
        return;
      case 'turn':
        setVoiceTurns((turns) => ({ ...turns, [event.seq]: { action: event.action, intent: event.intent, citations: event.citations } }));
        if (event.action === 'END') setEnded(true);
        return;
      case 'transfer':
        setHandedOff(true);
        return;
      case 'activity':
        setActivity({ level: event.level, botSpeaking: event.botSpeaking });
        return;
      case 'error':
        setError(event.message);
        return;
      case 'ended':
        voiceRef.current = null;
        setVoicePhase('off');
        setActivity({ level: 0, botSpeaking: false });
        setEnded(true);
        return;
    }
  };

  const startVoice = async () => {
    if (voiceRef.current || dialingRef.current) return;
    setError(null);
    let audio: BrowserAudio;
    try {
      // Made within the click: browsers start audio only after a gesture.
      audio = new BrowserAudio();
    } catch (e) {
      setError(errorMessage(e));
      return;
    }
    setMode('voice');
    setCall(null);
    setStartedAt(null);
    setMessages([]);
    setVoiceTurns({});
    setEnded(false);
    setHandedOff(false);
    setVoicePhase('connecting');
    const dialing = { cancelled: false };
    dialingRef.current = dialing;
    const token = await freshAccessToken().finally(() => (dialingRef.current = null));
    if (dialing.cancelled) {
      audio.close();
      return;
    }
    if (!token) {
      audio.close();
      setVoicePhase('off');
      setError(voiceErrorMessage('NOT_SIGNED_IN'));
      return;
    }
    const voice = new PcmCall({
      url: voiceSocketUrl(window.location),
      token,
      language,
      callerId: callerId.trim() || null,
      audio,
      onEvent: onVoiceEvent,
    });
    voiceRef.current = voice;
    voice.start();
  };

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
      if (mode === 'voice') {
        if (!voiceRef.current?.live) return;
        voiceRef.current.sendDigit(digit);
        push({ from: 'caller', text: digit, digit: true });
        return;
      }
      if (!call) return;
      push({ from: 'caller', text: digit, digit: true });
      const { sendDigit } = await request<{ sendDigit: BotTurn }>(SEND_DIGIT, { callId: call.id, digit });
      pushBot(sendDigit);
    });

  const hangUp = () =>
    run(async () => {
      if (mode === 'voice') {
        if (dialingRef.current) {
          dialingRef.current.cancelled = true;
          setVoicePhase('off');
        }
        voiceRef.current?.hangUp();
        return;
      }
      if (!call) return;
      await request<{ endCall: { id: string; status: string } }>(END_CALL, { callId: call.id });
      setEnded(true);
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void say(text);
  };

  const voiceOn = voicePhase !== 'off';
  const active = (call !== null && !ended) || voiceOn;
  const phoneState =
    voicePhase === 'connecting' ? '연결 중' : active ? (mode === 'voice' ? '마이크 통화 중' : '통화 중') : call ? '통화 종료' : '대기';

  return (
    <section className="page test-call" data-testid="test-call-page">
      <div className="page-head">
        <h2>테스트 통화</h2>
        <span className="muted small">시민이 120에 전화한 것처럼 음성봇과 대화해 봅니다 (글자나 마이크로 말하고 키패드를 누릅니다).</span>
      </div>
      <div className="test-call-grid">
        <div className="phone" data-testid="phone">
          <div className="phone-head">
            <span className="phone-title">120 다산콜</span>
            <span className="mono" data-testid="phone-timer">
              {call && startedAt ? formatClock(secondsSince(startedAt, now)) : '--:--'}
            </span>
            <span className={`phone-state ${active ? 'on' : ''}`} data-testid="phone-state">
              {phoneState}
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
              <div className="call-buttons">
                <button type="button" className="btn btn-call" disabled={busy} onClick={() => void start()} data-testid="start-call">
                  문자로 통화
                </button>
                <button
                  type="button"
                  className="btn btn-call btn-mic"
                  disabled={busy}
                  onClick={() => void startVoice()}
                  data-testid="start-mic-call"
                  title="마이크로 말하고 음성봇의 목소리를 듣습니다"
                >
                  마이크로 통화
                </button>
              </div>
            </div>
          )}

          {mode === 'voice' && voiceOn && (
            <div
              className="voice-bar"
              data-testid="voice-status"
              data-state={voicePhase === 'connecting' ? 'connecting' : activity.botSpeaking ? 'speaking' : 'listening'}
            >
              <span className="voice-dot" aria-hidden="true" />
              <span>{voicePhase === 'connecting' ? '연결 중…' : activity.botSpeaking ? '말하는 중' : '듣는 중'}</span>
              <span
                className="voice-meter"
                role="meter"
                aria-label="마이크 입력"
                aria-valuemin={0}
                aria-valuemax={1}
                aria-valuenow={activity.level}
              >
                <span style={{ width: `${Math.round(activity.level * 100)}%` }} />
              </span>
            </div>
          )}

          <div className="chat" data-testid="test-chat" hidden={!call}>
            {messages.map((m) => {
              const turn = m.from === 'bot' && m.seq !== undefined && m.seq !== null ? voiceTurns[m.seq] : undefined;
              const action = m.action ?? turn?.action;
              const intent = m.intent ?? turn?.intent;
              const citations: NonNullable<Message['citations']> = m.citations ?? turn?.citations ?? [];
              return (
                <div
                  key={m.id}
                  className={`chat-msg chat-${m.from}`}
                  data-testid={m.from === 'caller' ? 'caller-message' : m.from === 'bot' ? 'bot-reply' : 'agent-message'}
                >
                  {m.from === 'agent' && <span className="chat-who">상담원</span>}
                  <div className="bubble">{m.digit ? `키패드 ${m.text}` : m.text}</div>
                  {m.from === 'bot' && (
                    <div className="chat-meta">
                      {action && (
                        <span className="tag" data-testid="reply-action" data-action={action}>
                          {ACTION_LABEL[action]}
                        </span>
                      )}
                      {intent && <span className="tag">{intentLabel(intent)}</span>}
                      {m.confidence !== null && m.confidence !== undefined && (
                        <span className="tag">신뢰도 {(m.confidence * 100).toFixed(0)}%</span>
                      )}
                      {citations.map((c, i) => (
                        <a
                          key={c.chunkId ?? `${i}-${c.sourceUrl}`}
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
              );
            })}
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
              {mode === 'text' && (
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
              )}
              <div className="keypad" data-testid="keypad">
                {KEYS.map((k) => (
                  <button
                    key={k}
                    type="button"
                    className="key"
                    disabled={busy || voicePhase === 'connecting'}
                    onClick={() => void press(k)}
                    data-testid={`key-${k}`}
                  >
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
                {mode === 'voice' ? '끊기' : '통화 종료'}
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
              <button
                key={s}
                type="button"
                className="btn btn-sm"
                disabled={!active || busy || mode === 'voice'}
                onClick={() => void say(s)}
              >
                {s}
              </button>
            ))}
          </div>
          <ul className="help-list">
            <li>키패드 0: 상담원 연결, 1: 한국어, 2: English</li>
            <li>“불이 났어요”처럼 긴급 상황은 119/112로 바로 안내합니다.</li>
            <li>상담원 연결이 되면 대기열에 나타납니다.</li>
            <li>마이크로 통화: 위의 말을 소리 내어 해 보세요. 음성 인식 서비스(STT)가 설정된 서버에서만 됩니다.</li>
          </ul>
        </aside>
      </div>
    </section>
  );
}
