import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, request } from '../api/client';
import {
  APPROVE_DOCUMENT,
  CHECK_DOCUMENT,
  DOCUMENT_BY_ID,
  DOCUMENT_DIFF,
  EXPORT_DOCUMENT,
  RETURN_DOCUMENT,
  SUBMIT_DOCUMENT,
  UPDATE_DOCUMENT,
} from '../api/operations';
import type { CheckKind, DiffPart, DocumentKind, DraftDocument, ExportFormat, ExportedFile, Finding, Job } from '../api/types';
import { AiLabel, DocumentKindTag, DocumentStatusBadge } from '../components/DocumentBadges';
import { DiffView } from '../components/DiffView';
import { FindingsList, findingMarks } from '../components/FindingsList';
import { JobProgress } from '../components/JobProgress';
import { LineEditor, type LineEditorHandle } from '../components/LineEditor';
import { downloadBase64 } from '../download';
import { formatDateTime } from '../format';
import { generationModeLabel, isFinalJob } from '../labels';
import { wasJustCreated } from '../recent';
import { href } from '../router';
import { useSession } from '../session';
import { showToast } from '../toast';

/** Wait this long after the last keystroke before checking the text again. */
const CHECK_DEBOUNCE_MS = 400;

function checkKind(kind: DocumentKind): CheckKind {
  if (kind === 'PRESS_RELEASE') return 'PRESS_RELEASE';
  if (kind === 'MINUTES') return 'MINUTES';
  return 'LETTER';
}

type Action = 'save' | 'submit' | 'approve' | 'return' | 'DOCX' | 'TEXT';

/**
 * One document: its text in a line-numbered editor with the checker's findings beside it (re-checked as you type),
 * its versions and their diff, and the review: 검토 요청 by the author, 승인 or 반려 by someone else.
 */
export function DocumentPage({ id }: { id: string }) {
  const session = useSession();
  const [doc, setDoc] = useState<DraftDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [selectedLine, setSelectedLine] = useState<number | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [comment, setComment] = useState('');
  /** The job followed on this page (the draft being written when the page opened). */
  const [trackedJob, setTrackedJob] = useState<Job | null>(null);
  const editor = useRef<LineEditorHandle>(null);
  const savedBody = useRef<string | null>(null);
  /** The server's findings on the saved text. */
  const savedFindings = useRef<Finding[]>([]);
  const checkGeneration = useRef(0);

  /** Shows a document from the server; the editor follows unless it holds unsaved changes. */
  const show = useCallback((next: DraftDocument, force = false) => {
    setDoc(next);
    setLoadError(null);
    const previous = savedBody.current;
    savedBody.current = next.body;
    savedFindings.current = next.findings;
    setText((current) => (force || previous === null || current === (previous ?? '') ? (next.body ?? '') : current));
    setFindings((current) => (force || previous === null || previous !== next.body ? next.findings : current));
    if (next.job && (next.status === 'GENERATING' || wasJustCreated(next.id))) setTrackedJob((t) => t ?? next.job);
  }, []);

  const load = useCallback(async () => {
    try {
      const { document } = await request<{ document: DraftDocument }>(DOCUMENT_BY_ID, { id });
      show(document);
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }, [id, show]);

  useEffect(() => {
    void load();
  }, [load]);

  // Live check: the text as it is in the editor, a moment after the last keystroke.
  const kind = doc?.kind;
  useEffect(() => {
    if (!kind || savedBody.current === null) return;
    const mine = ++checkGeneration.current;
    if (text === savedBody.current) {
      // The saved text: the server checked it already.
      setFindings(savedFindings.current);
      setChecking(false);
      return;
    }
    if (!text.trim()) {
      setFindings([]);
      setChecking(false);
      return;
    }
    setChecking(true);
    const timer = window.setTimeout(() => {
      void request<{ checkDocument: Finding[] }>(CHECK_DOCUMENT, { text, kind: checkKind(kind) })
        .then(({ checkDocument }) => {
          if (mine !== checkGeneration.current) return;
          setFindings(checkDocument);
          setCheckError(null);
        })
        .catch((e) => {
          if (mine === checkGeneration.current) setCheckError(errorMessage(e));
        })
        .finally(() => {
          if (mine === checkGeneration.current) setChecking(false);
        });
    }, CHECK_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, kind]);

  // Closing or reloading the tab with unsaved changes asks first (the browser's own prompt).
  const unsaved = doc !== null && doc.body !== null && text !== doc.body;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: Event) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const onJobChange = useCallback(
    (job: Job) => {
      if (isFinalJob(job.status)) void load();
    },
    [load],
  );

  const run = async (action: Action, fn: () => Promise<void>) => {
    setBusy(action);
    try {
      await fn();
    } catch (e) {
      showToast(errorMessage(e), 'error');
    } finally {
      setBusy(null);
    }
  };

  if (loadError && !doc) {
    return (
      <section className="page">
        <div className="alert alert-error" role="alert" data-testid="document-error">
          {loadError}
        </div>
        <a href={href('/documents')}>← 내 문서</a>
      </section>
    );
  }
  if (!doc) return <div className="loading">불러오는 중…</div>;

  const mine = doc.ownerId === session?.user.id;
  const editable = mine && doc.status === 'DRAFT';
  const dirty = unsaved;
  const hasText = doc.currentVersion > 0;
  const reviewing = !mine && doc.status === 'IN_REVIEW';
  const stalled = doc.status === 'FAILED';
  const mode = generationModeLabel(doc.generationMode);

  const save = () =>
    run('save', async () => {
      const { updateDocument } = await request<{ updateDocument: DraftDocument }>(UPDATE_DOCUMENT, { id, body: text });
      show(updateDocument, true);
      showToast(`저장했습니다 (버전 ${updateDocument.currentVersion})`);
    });
  const submit = () =>
    run('submit', async () => {
      const { submitDocument } = await request<{ submitDocument: DraftDocument }>(SUBMIT_DOCUMENT, { id });
      show(submitDocument, true);
      showToast('검토를 요청했습니다. 다른 담당자가 승인합니다.');
    });
  const approve = () =>
    run('approve', async () => {
      const { approveDocument } = await request<{ approveDocument: DraftDocument }>(APPROVE_DOCUMENT, { id });
      show(approveDocument, true);
      showToast('승인했습니다.');
    });
  const sendBack = () =>
    run('return', async () => {
      const { returnDocument } = await request<{ returnDocument: DraftDocument }>(RETURN_DOCUMENT, {
        id,
        comment: comment.trim() || null,
      });
      show(returnDocument, true);
      setComment('');
      showToast('작성자에게 반려했습니다.');
    });
  const exportAs = (format: ExportFormat) =>
    run(format, async () => {
      const { exportDocument } = await request<{ exportDocument: ExportedFile }>(EXPORT_DOCUMENT, { id, format });
      downloadBase64(exportDocument);
    });

  const selectFinding = (f: Finding) => {
    setSelectedLine(f.line);
    editor.current?.selectLine(f.line);
  };

  return (
    <section className="page document-page" data-testid="document-page" data-document-id={doc.id} data-status={doc.status}>
      <section className="card doc-head">
        <div className="doc-title-row">
          <DocumentKindTag kind={doc.kind} />
          <h2 data-testid="document-title">{doc.title}</h2>
          <DocumentStatusBadge status={doc.status} jobStatus={doc.job?.status} />
          <AiLabel />
        </div>
        <div className="doc-meta small">
          <span data-testid="document-version">{hasText ? `버전 ${doc.currentVersion}` : '버전 없음'}</span>
          {mode && (
            <span data-testid="generation-mode" data-mode={doc.generationMode}>
              초안 생성: {mode}
            </span>
          )}
          <span>수정 {formatDateTime(doc.updatedAt)}</span>
          {doc.approvedAt && <span data-testid="approved-at">승인 {formatDateTime(doc.approvedAt)}</span>}
          {!mine && <span className="muted">다른 담당자의 문서</span>}
        </div>
        {doc.generationNote && (
          <div className="alert alert-info small" data-testid="generation-note">
            {doc.generationNote}
          </div>
        )}
        {hasText && (
          <div className="row-buttons doc-actions">
            {editable && (
              <>
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={!dirty || !text.trim() || busy !== null}
                  onClick={() => void save()}
                  data-testid="document-save"
                >
                  {busy === 'save' ? '저장 중…' : '저장'}
                </button>
                <button
                  type="button"
                  className="btn"
                  disabled={dirty || busy !== null}
                  title={dirty ? '저장한 뒤 검토를 요청할 수 있습니다.' : undefined}
                  onClick={() => void submit()}
                  data-testid="document-submit"
                >
                  검토 요청
                </button>
                {dirty && (
                  <span className="unsaved small" data-testid="unsaved">
                    저장하지 않은 변경
                  </span>
                )}
              </>
            )}
            <span className="spacer" />
            <button type="button" className="btn" disabled={busy !== null} onClick={() => void exportAs('DOCX')} data-testid="export-docx">
              {busy === 'DOCX' ? '만드는 중…' : 'DOCX 내려받기'}
            </button>
            <button type="button" className="btn" disabled={busy !== null} onClick={() => void exportAs('TEXT')} data-testid="export-text">
              {busy === 'TEXT' ? '만드는 중…' : '텍스트 내려받기'}
            </button>
          </div>
        )}
      </section>

      {doc.reviewComment && (
        <div className="alert alert-warn" data-testid="review-comment">
          반려 의견: <span className="review-comment-text">{doc.reviewComment}</span>
        </div>
      )}
      {mine && doc.status === 'IN_REVIEW' && (
        <div className="alert alert-info" data-testid="waiting-review">
          검토를 요청했습니다. 다른 담당자가 승인하거나 의견과 함께 반려합니다.
        </div>
      )}
      {doc.status === 'APPROVED' && (
        <div className="alert alert-ok" data-testid="approved-notice">
          승인된 문서입니다 ({formatDateTime(doc.approvedAt)}). 더 고칠 수 없습니다.
        </div>
      )}

      {trackedJob && mine && <JobProgress key={trackedJob.id} job={trackedJob} title="초안 작성" onChange={onJobChange} />}
      {!trackedJob && doc.job && doc.status === 'GENERATING' && !mine && <div className="alert alert-info">초안을 작성하고 있습니다.</div>}

      {stalled && (
        <div className={`alert ${doc.job?.status === 'CANCELLED' ? 'alert-warn' : 'alert-error'}`} data-testid="draft-stalled">
          {doc.job?.status === 'CANCELLED'
            ? '초안 작성을 취소했습니다.'
            : `초안을 만들지 못했습니다${!trackedJob && doc.job?.error ? `: ${doc.job.error}` : '.'}`}{' '}
          다시 쓰려면 새 공문을 작성해 주세요. <a href={href('/documents/new')}>새 공문 작성 →</a>
        </div>
      )}

      {hasText ? (
        <div className="doc-grid">
          <section className="card editor-card">
            <div className="card-head">
              <h3>본문</h3>
              <span className="card-hint">{editable ? '고친 뒤 저장하면 새 버전이 됩니다 (Ctrl+S).' : '읽기 전용'}</span>
            </div>
            <div
              onKeyDown={(e) => {
                if ((e.ctrlKey || e.metaKey) && e.key === 's') {
                  e.preventDefault();
                  if (editable && dirty && busy === null) void save();
                }
              }}
            >
              <LineEditor ref={editor} value={text} onChange={setText} readOnly={!editable} marks={findingMarks(findings)} />
            </div>
          </section>
          <div className="doc-side">
            {reviewing && (
              <section className="card review-card" data-testid="review-panel">
                <div className="card-head">
                  <h3>검토</h3>
                  <span className="card-hint">승인하면 더 고칠 수 없습니다.</span>
                </div>
                <button
                  type="button"
                  className="btn btn-primary btn-block"
                  disabled={busy !== null}
                  onClick={() => void approve()}
                  data-testid="document-approve"
                >
                  승인
                </button>
                <label className="field">
                  <span>반려 의견</span>
                  <textarea
                    rows={3}
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                    placeholder="고칠 점을 적어 주세요"
                    data-testid="return-comment"
                  />
                </label>
                <button
                  type="button"
                  className="btn btn-block"
                  disabled={busy !== null}
                  onClick={() => void sendBack()}
                  data-testid="document-return"
                >
                  반려
                </button>
              </section>
            )}
            <FindingsList findings={findings} checking={checking} error={checkError} onSelect={selectFinding} selectedLine={selectedLine} />
          </div>
        </div>
      ) : (
        !stalled && (
          <section className="card draft-pending" data-testid="draft-pending">
            AI가 초안을 작성하고 있습니다. 끝나면 이 자리에 본문이 나타납니다.
          </section>
        )
      )}

      {hasText && <Versions doc={doc} />}
    </section>
  );
}

/** The versions, and what changed between two of them. */
function Versions({ doc }: { doc: DraftDocument }) {
  const latest = doc.currentVersion;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const [parts, setParts] = useState<DiffPart[] | null>(null);
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A new version: compare it with the one before by default.
  useEffect(() => {
    setFrom(Math.max(1, latest - 1));
    setTo(latest);
  }, [latest]);

  const compare = async (a: number, b: number) => {
    setLoading(true);
    setError(null);
    try {
      const { documentDiff } = await request<{ documentDiff: DiffPart[] }>(DOCUMENT_DIFF, { id: doc.id, from: a, to: b });
      setParts(documentDiff);
      setShown({ from: a, to: b });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };

  const versions = [...doc.versions].sort((a, b) => b.version - a.version);
  return (
    <section className="card versions" data-testid="versions">
      <div className="card-head">
        <h3>
          버전 <span className="count">{doc.versions.length}</span>
        </h3>
      </div>
      <div className="versions-grid">
        <table className="table table-compact" data-testid="version-list">
          <thead>
            <tr>
              <th style={{ width: 84 }}>버전</th>
              <th>출처</th>
              <th style={{ width: 140 }}>시각</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version} data-testid="version-row" data-version={v.version}>
                <td className="mono nowrap">
                  v{v.version}
                  {v.version === latest && <span className="tag tag-current">현재</span>}
                </td>
                <td>{v.source === 'generated' ? 'AI 초안' : v.source === 'edited' ? '담당자 수정' : v.source}</td>
                <td className="mono small">{formatDateTime(v.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="diff-panel">
          <div className="diff-controls">
            <label className="field-inline">
              <span>이전</span>
              <select value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="diff-from">
                {doc.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    v{v.version}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted">→</span>
            <label className="field-inline">
              <span>이후</span>
              <select value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="diff-to">
                {doc.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    v{v.version}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn btn-sm"
              disabled={loading || doc.versions.length < 2 || from === to}
              onClick={() => void compare(from, to)}
              data-testid="diff-submit"
            >
              {loading ? '비교 중…' : '비교'}
            </button>
            {shown && (
              <span className="muted small" data-testid="diff-shown">
                v{shown.from} → v{shown.to}
              </span>
            )}
          </div>
          {error && (
            <div className="alert alert-error small" role="alert" data-testid="diff-error">
              {error}
            </div>
          )}
          {parts ? (
            <DiffView parts={parts} />
          ) : (
            <div className="empty small">
              {doc.versions.length < 2 ? '버전이 하나뿐입니다. 고쳐서 저장하면 비교할 수 있습니다.' : '두 버전을 골라 비교하세요.'}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
