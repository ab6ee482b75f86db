import type { DiffPart } from '../api/types';

interface DiffLine {
  kind: DiffPart['kind'];
  text: string;
  /** Line number in the older version (same and removed lines). */
  oldNo: number | null;
  /** Line number in the newer version (same and added lines). */
  newNo: number | null;
}

/** The server's line diff as numbered rows: removed lines red, added lines green. */
export function diffLines(parts: DiffPart[]): DiffLine[] {
  const rows: DiffLine[] = [];
  let oldNo = 0;
  let newNo = 0;
  for (const part of parts) {
    const lines = part.text.replace(/\n$/, '').split('\n');
    for (const text of lines) {
      if (part.kind !== 'added') oldNo++;
      if (part.kind !== 'removed') newNo++;
      rows.push({
        kind: part.kind,
        text,
        oldNo: part.kind === 'added' ? null : oldNo,
        newNo: part.kind === 'removed' ? null : newNo,
      });
    }
  }
  return rows;
}

export function DiffView({ parts }: { parts: DiffPart[] }) {
  const rows = diffLines(parts);
  const added = rows.filter((r) => r.kind === 'added').length;
  const removed = rows.filter((r) => r.kind === 'removed').length;
  return (
    <div className="diff" data-testid="diff-view">
      <div className="diff-stats small">
        <span className="diff-stat-added" data-testid="diff-added-count">
          +{added}
        </span>
        <span className="diff-stat-removed" data-testid="diff-removed-count">
          −{removed}
        </span>
        {added + removed === 0 && <span className="muted">두 버전의 내용이 같습니다.</span>}
      </div>
      <div className="diff-body">
        {rows.map((r, i) => (
          <div key={i} className={`diff-row diff-${r.kind}`} data-testid={`diff-${r.kind}`}>
            <span className="diff-no">{r.oldNo ?? ''}</span>
            <span className="diff-no">{r.newNo ?? ''}</span>
            <span className="diff-sign">{r.kind === 'added' ? '+' : r.kind === 'removed' ? '−' : ''}</span>
            <span className="diff-text">{r.text || ' '}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
