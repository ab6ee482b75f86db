import { request } from '../api/client';
import { DOCUMENTS } from '../api/operations';
import type { DocumentScope, DocumentSummary } from '../api/types';
import { DocumentKindTag, DocumentStatusBadge } from '../components/DocumentBadges';
import { formatDateTime } from '../format';
import { useAsync, useInterval } from '../hooks';
import { href, navigate } from '../router';

const TITLE: Record<DocumentScope, string> = { MINE: '내 문서', REVIEW: '검토 대기' };
const HINT: Record<DocumentScope, string> = {
  MINE: '내가 작성한 공문입니다. 초안은 고친 뒤 검토를 요청하세요.',
  REVIEW: '다른 담당자가 검토를 요청한 문서입니다. 열어서 승인하거나 의견과 함께 반려하세요.',
};

/** 내 문서 (scope MINE) and 검토 대기 (scope REVIEW): status, kind and when each was last changed. */
export function DocumentsPage({ scope }: { scope: DocumentScope }) {
  const docs = useAsync(async () => (await request<{ documents: DocumentSummary[] }>(DOCUMENTS, { scope })).documents, [scope]);
  // Drafts finish and reviews arrive meanwhile.
  useInterval(() => void docs.reload(), 15_000);
  const rows = docs.data ?? [];
  const testId = scope === 'MINE' ? 'my-documents-page' : 'review-documents-page';

  return (
    <section className="page" data-testid={testId}>
      <div className="page-head">
        <h2>
          {TITLE[scope]} <span className="count">{rows.length}</span>
        </h2>
        <span className="muted small">{HINT[scope]}</span>
        {scope === 'MINE' && (
          <span className="head-actions">
            <a className="btn btn-primary btn-sm" href={href('/documents/new')} data-testid="new-letter-link">
              새 공문 작성
            </a>
            <a className="btn btn-sm" href={href('/meetings/new')}>
              회의록 요약
            </a>
          </span>
        )}
      </div>
      {docs.error && (
        <div className="alert alert-error" role="alert" data-testid="documents-error">
          {docs.error}
        </div>
      )}
      <table className="table table-clickable" data-testid="documents-table">
        <thead>
          <tr>
            <th>제목</th>
            <th style={{ width: 110 }}>종류</th>
            <th style={{ width: 100 }}>상태</th>
            <th style={{ width: 70 }}>버전</th>
            <th style={{ width: 150 }}>수정 시각</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr
              key={d.id}
              data-testid="document-row"
              data-document-id={d.id}
              data-status={d.status}
              onClick={() => navigate(`/documents/${d.id}`)}
            >
              <td>
                <a
                  href={href(`/documents/${d.id}`)}
                  className="row-title"
                  data-testid="document-row-title"
                  onClick={(e) => e.stopPropagation()}
                >
                  {d.title}
                </a>
              </td>
              <td>
                <DocumentKindTag kind={d.kind} />
              </td>
              <td>
                <DocumentStatusBadge status={d.status} jobStatus={d.job?.status} />
              </td>
              <td className="mono">{d.currentVersion ? `v${d.currentVersion}` : '—'}</td>
              <td className="mono small" data-testid="document-row-updated">
                {formatDateTime(d.updatedAt)}
              </td>
            </tr>
          ))}
          {docs.data && rows.length === 0 && (
            <tr>
              <td colSpan={5} className="empty" data-testid="documents-empty">
                {scope === 'MINE' ? '아직 작성한 문서가 없습니다.' : '검토를 기다리는 문서가 없습니다.'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
