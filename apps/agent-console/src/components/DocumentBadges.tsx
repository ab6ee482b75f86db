import type { DocumentKind, DocumentStatus, JobStatus } from '../api/types';
import { DOCUMENT_KIND_LABEL, DOCUMENT_STATUS_LABEL } from '../labels';

/** A document's status; a first draft that was never made (FAILED) says whether it failed or was cancelled. */
export function DocumentStatusBadge({ status, jobStatus }: { status: DocumentStatus; jobStatus?: JobStatus | null }) {
  const stalled = status === 'FAILED';
  const label = stalled && jobStatus === 'CANCELLED' ? '작성 취소' : DOCUMENT_STATUS_LABEL[status];
  return (
    <span
      className={`doc-status doc-status-${stalled ? 'STALLED' : status}`}
      data-testid="document-status"
      data-status={status}
      data-job-status={jobStatus ?? undefined}
    >
      {label}
    </span>
  );
}

export function DocumentKindTag({ kind }: { kind: DocumentKind }) {
  return (
    <span className="tag tag-kind" data-testid="document-kind" data-kind={kind}>
      {DOCUMENT_KIND_LABEL[kind]}
    </span>
  );
}

/** Every draft says it was written with AI help, whoever edited it since. */
export function AiLabel() {
  return (
    <span className="ai-label" data-testid="ai-label" title="AI가 작성을 도운 초안입니다. 담당자가 검토하고 고친 뒤 승인합니다.">
      AI 지원 초안
    </span>
  );
}
