import { type FormEvent, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { SEARCH_KNOWLEDGE, SEND_ARTICLE_SMS } from '../api/operations';
import type { AssistSuggestion, KnowledgeHit, KnowledgeSearchResult, SmsMessage } from '../api/types';
import { copyText } from '../clipboard';
import { excerpt } from '../format';
import { showToast } from '../toast';

/** Agent assist: suggestions for the caller's latest words, and a knowledge-base search. */
export function AssistPanel({ callId, suggestions, disabled }: { callId: string; suggestions: AssistSuggestion[]; disabled: boolean }) {
  const [sms, setSms] = useState<Record<string, 'sending' | 'queued'>>({});
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<KnowledgeHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);

  const sendSms = async (topicId: string) => {
    setSms((s) => ({ ...s, [topicId]: 'sending' }));
    try {
      await request<{ sendArticleSms: SmsMessage }>(SEND_ARTICLE_SMS, { callId, topicId });
      setSms((s) => ({ ...s, [topicId]: 'queued' }));
      showToast('문자 발송 대기열에 추가됨');
    } catch (e) {
      setSms((s) => {
        const { [topicId]: _dropped, ...rest } = s;
        return rest;
      });
      showToast(errorMessage(e), 'error');
    }
  };

  const copy = async (text: string) => {
    showToast((await copyText(text)) ? '복사했습니다' : '복사하지 못했습니다', 'info', 2500);
  };

  const search = async (e: FormEvent) => {
    e.preventDefault();
    if (!query.trim()) return;
    setSearching(true);
    setSearchError(null);
    try {
      const { searchKnowledge } = await request<{ searchKnowledge: KnowledgeSearchResult }>(SEARCH_KNOWLEDGE, {
        query: query.trim(),
        limit: 5,
      });
      setHits(searchKnowledge.hits);
    } catch (err) {
      setSearchError(errorMessage(err));
    } finally {
      setSearching(false);
    }
  };

  const smsButton = (topicId: string, testId: string) =>
    sms[topicId] === 'queued' ? (
      <span className="ok small" data-testid="sms-queued">
        문자 발송 대기열에 추가됨
      </span>
    ) : (
      <button
        type="button"
        className="btn btn-sm"
        data-testid={testId}
        disabled={disabled || sms[topicId] === 'sending'}
        onClick={() => void sendSms(topicId)}
      >
        문자 발송
      </button>
    );

  return (
    <section className="card assist" data-testid="assist-panel">
      <div className="card-head">
        <h3>상담 지원</h3>
        <span className="muted small">고객의 마지막 말에 맞춘 안내</span>
      </div>
      <div className="suggestions" data-testid="assist-suggestions">
        {suggestions.length === 0 && <div className="empty">추천할 안내가 아직 없습니다.</div>}
        {suggestions.map((s) => (
          <article key={s.chunkId} className="suggestion" data-testid="assist-suggestion" data-topic-id={s.topicId}>
            <div className="suggestion-head">
              <a href={s.sourceUrl} target="_blank" rel="noreferrer" className="suggestion-title" data-testid="suggestion-title">
                {s.title}
              </a>
              <span className="score" title="관련도">
                {(s.score * 100).toFixed(0)}%
              </span>
            </div>
            <p className="suggested-answer" data-testid="suggested-answer">
              {s.suggestedAnswer}
            </p>
            <p className="passage">{excerpt(s.passage)}</p>
            <div className="row-buttons">
              <button type="button" className="btn btn-sm" data-testid="copy-answer" onClick={() => void copy(s.suggestedAnswer)}>
                복사
              </button>
              {smsButton(s.topicId, 'send-sms')}
            </div>
          </article>
        ))}
      </div>

      <form className="search" onSubmit={(e) => void search(e)} data-testid="kb-search">
        <input
          type="search"
          placeholder="지식베이스 검색 (예: 여권 재발급 수수료)"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="kb-search-input"
        />
        <button type="submit" className="btn btn-sm" disabled={searching} data-testid="kb-search-submit">
          검색
        </button>
      </form>
      {searchError && (
        <div className="alert alert-error" role="alert">
          {searchError}
        </div>
      )}
      {hits && (
        <div className="hits" data-testid="kb-hits">
          {hits.length === 0 && <div className="empty">검색 결과가 없습니다.</div>}
          {hits.map((h) => (
            <article key={h.chunkId} className="hit" data-testid="kb-hit">
              <div className="suggestion-head">
                <strong>{h.title}</strong>
                <span className="muted small">{h.headingPath.slice(1).join(' › ')}</span>
              </div>
              <p className="passage">{excerpt(h.content, 260)}</p>
              <div className="row-buttons">
                <a href={h.sourceUrl} target="_blank" rel="noreferrer" className="small">
                  출처 보기
                </a>
                <button type="button" className="btn btn-sm" onClick={() => void copy(excerpt(h.content, 2000))}>
                  복사
                </button>
                {smsButton(h.topicId, 'hit-send-sms')}
              </div>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
