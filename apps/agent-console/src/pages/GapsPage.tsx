import { useState } from 'react';
import { errorMessage, request } from '../api/client';
import { KNOWLEDGE_GAPS, RESOLVE_KNOWLEDGE_GAP } from '../api/operations';
import type { GapStatus, KnowledgeGap } from '../api/types';
import { formatDateTime } from '../format';
import { useAsync } from '../hooks';
import { GAP_KIND_LABEL, GAP_STATUS_LABEL } from '../labels';
import { showToast } from '../toast';

export function GapsPage() {
  const [status, setStatus] = useState<GapStatus>('OPEN');
  const [resolving, setResolving] = useState<string | null>(null);
  const gaps = useAsync(async () => {
    const { knowledgeGaps } = await request<{ knowledgeGaps: KnowledgeGap[] }>(KNOWLEDGE_GAPS, { status });
    return [...knowledgeGaps].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }, [status]);

  const resolve = async (gap: KnowledgeGap) => {
    setResolving(gap.id);
    try {
      await request<{ resolveKnowledgeGap: KnowledgeGap }>(RESOLVE_KNOWLEDGE_GAP, { id: gap.id });
      gaps.setData((list) => (list ?? []).filter((g) => g.id !== gap.id));
      showToast('해결 처리했습니다');
    } catch (e) {
      showToast(errorMessage(e), 'error');
    } finally {
      setResolving(null);
    }
  };

  const rows = gaps.data ?? [];
  return (
    <section className="page" data-testid="gaps-page">
      <div className="page-head">
        <h2>
          지식 공백 <span className="count">{rows.length}</span>
        </h2>
        <div className="segmented" role="tablist">
          {(['OPEN', 'RESOLVED'] as GapStatus[]).map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={status === s}
              className={status === s ? 'seg active' : 'seg'}
              onClick={() => setStatus(s)}
              data-testid={`gap-filter-${s}`}
            >
              {GAP_STATUS_LABEL[s]}
            </button>
          ))}
        </div>
        <span className="muted small">상담사가 신고한 오답과 답변 없는 질문입니다. 지식베이스를 보완한 뒤 해결 처리하세요.</span>
      </div>
      {gaps.error && (
        <div className="alert alert-error" role="alert">
          {gaps.error}
        </div>
      )}
      <table className="table" data-testid="gaps-table">
        <thead>
          <tr>
            <th style={{ width: 130 }}>신고 시각</th>
            <th style={{ width: 80 }}>종류</th>
            <th>고객 질문</th>
            <th>봇 답변</th>
            <th style={{ width: 140 }}>주제</th>
            <th style={{ width: 160 }}>메모 / 신고자</th>
            <th style={{ width: 90 }} />
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.id} data-testid="gap-row">
              <td className="mono small">{formatDateTime(g.createdAt)}</td>
              <td>
                <span className={`tag tag-${g.kind}`}>{GAP_KIND_LABEL[g.kind]}</span>
              </td>
              <td data-testid="gap-question">{g.question}</td>
              <td className="small muted">
                <div className="clamp" title={g.botAnswer ?? undefined}>
                  {g.botAnswer ?? '—'}
                </div>
              </td>
              <td>{g.topicTitle ?? g.topicId ?? '—'}</td>
              <td className="small">
                {g.note && <div>{g.note}</div>}
                <div className="muted">{g.reportedBy?.displayName ?? ''}</div>
              </td>
              <td>
                {g.status === 'OPEN' ? (
                  <button
                    type="button"
                    className="btn btn-sm"
                    disabled={resolving === g.id}
                    onClick={() => void resolve(g)}
                    data-testid="gap-resolve"
                  >
                    해결 처리
                  </button>
                ) : (
                  <span className="muted small">{GAP_STATUS_LABEL[g.status]}</span>
                )}
              </td>
            </tr>
          ))}
          {rows.length === 0 && !gaps.loading && (
            <tr>
              <td colSpan={7} className="empty">
                {status === 'OPEN' ? '미해결 지식 공백이 없습니다.' : '해결된 지식 공백이 없습니다.'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
