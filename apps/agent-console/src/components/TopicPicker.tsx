import { useState } from 'react';
import { errorMessage, request } from '../api/client';
import { SEARCH_KNOWLEDGE } from '../api/operations';
import type { KnowledgeHit, KnowledgeSearchResult } from '../api/types';
import { excerpt } from '../format';

export interface PickedTopic {
  topicId: string;
  title: string;
}

const MAX_TOPICS = 5;

/** Knowledge-base articles for a letter to cite: search by words, pick by title (the topic id is what is stored). */
export function TopicPicker({ topics, onChange }: { topics: PickedTopic[]; onChange: (topics: PickedTopic[]) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<KnowledgeHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = async () => {
    if (!query.trim()) return;
    setSearching(true);
    setError(null);
    try {
      const { searchKnowledge } = await request<{ searchKnowledge: KnowledgeSearchResult }>(SEARCH_KNOWLEDGE, {
        query: query.trim(),
        limit: 6,
      });
      setHits(searchKnowledge.hits);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSearching(false);
    }
  };

  const picked = new Set(topics.map((t) => t.topicId));
  const add = (hit: KnowledgeHit) => {
    if (picked.has(hit.topicId) || topics.length >= MAX_TOPICS) return;
    onChange([...topics, { topicId: hit.topicId, title: hit.title }]);
  };

  return (
    <fieldset className="topic-picker" data-testid="topic-picker">
      <legend className="field-legend">
        인용할 지식베이스 자료{' '}
        <span className="muted small">제목으로 찾아 고르면 초안에 사실과 출처가 들어갑니다 (최대 {MAX_TOPICS}건)</span>
      </legend>
      {topics.length > 0 && (
        <ul className="chips-list" data-testid="selected-topics">
          {topics.map((t) => (
            <li key={t.topicId} className="chip" data-testid="selected-topic" data-topic-id={t.topicId}>
              {t.title}
              <button
                type="button"
                className="chip-remove"
                aria-label={`${t.title} 빼기`}
                onClick={() => onChange(topics.filter((x) => x.topicId !== t.topicId))}
                data-testid="topic-remove"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="search-row">
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter searches here instead of sending the whole letter form.
            if (e.key === 'Enter') {
              e.preventDefault();
              void search();
            }
          }}
          placeholder="예: 대형폐기물, 여권 재발급"
          aria-label="지식베이스 검색"
          data-testid="topic-search-input"
        />
        <button
          type="button"
          className="btn"
          disabled={searching || !query.trim()}
          onClick={() => void search()}
          data-testid="topic-search-submit"
        >
          {searching ? '검색 중…' : '검색'}
        </button>
      </div>
      {error && (
        <div className="alert alert-error small" role="alert" data-testid="topic-search-error">
          {error}
        </div>
      )}
      {hits && (
        <ul className="topic-hits" data-testid="topic-hits">
          {hits.length === 0 && <li className="muted small">검색 결과가 없습니다.</li>}
          {hits.map((h) => (
            <li key={h.chunkId} className="topic-hit" data-testid="topic-hit" data-topic-id={h.topicId}>
              <div className="topic-hit-text">
                <span className="topic-hit-title" data-testid="topic-hit-title">
                  {h.title}
                </span>
                <span className="muted small topic-hit-excerpt">{excerpt(h.content, 90)}</span>
              </div>
              {picked.has(h.topicId) ? (
                <span className="ok small">선택됨</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-sm"
                  disabled={topics.length >= MAX_TOPICS}
                  onClick={() => add(h)}
                  data-testid="topic-hit-add"
                >
                  추가
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
