import type { Finding } from '../api/types';
import { SEVERITY_LABEL } from '../labels';

export function countFindings(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** The worst finding per line, for the editor's gutter. */
export function findingMarks(findings: Finding[]): Map<number, 'error' | 'warning'> {
  const marks = new Map<number, 'error' | 'warning'>();
  for (const f of findings) if (marks.get(f.line) !== 'error') marks.set(f.line, f.severity === 'error' ? 'error' : 'warning');
  return marks;
}

/**
 * The checker's findings on a text (공문 형식, plain language): line, 오류/권고, what is wrong and a fix. Clicking one
 * calls `onSelect` with its line.
 */
export function FindingsList({
  findings,
  checking = false,
  error = null,
  onSelect,
  selectedLine = null,
}: {
  findings: Finding[];
  checking?: boolean;
  error?: string | null;
  onSelect?: (finding: Finding) => void;
  selectedLine?: number | null;
}) {
  const { errors, warnings } = countFindings(findings);
  return (
    <section className="card findings" data-testid="findings-panel" data-errors={errors} data-warnings={warnings}>
      <div className="card-head">
        <h3>형식 검사</h3>
        <span className={`count-pill ${errors ? 'count-error' : 'count-ok'}`} data-testid="findings-errors">
          오류 {errors}
        </span>
        <span className={`count-pill ${warnings ? 'count-warning' : 'count-ok'}`} data-testid="findings-warnings">
          권고 {warnings}
        </span>
        <span className="findings-state" data-testid="findings-state" data-checking={checking}>
          {checking ? '검사 중…' : ''}
        </span>
      </div>
      {error && (
        <div className="alert alert-error small" role="alert" data-testid="findings-error">
          {error}
        </div>
      )}
      {findings.length === 0 ? (
        <div className="empty ok" data-testid="findings-empty">
          공문 형식과 쉬운 말 규칙에 맞습니다.
        </div>
      ) : (
        <ol className="finding-list">
          {findings.map((f, i) => (
            <li key={`${f.rule}-${f.line}-${f.column}-${i}`}>
              <button
                type="button"
                className={`finding finding-${f.severity}${selectedLine === f.line ? ' finding-selected' : ''}`}
                onClick={() => onSelect?.(f)}
                disabled={!onSelect}
                data-testid="finding"
                data-line={f.line}
                data-rule={f.rule}
                data-severity={f.severity}
              >
                <span className="finding-head">
                  <span className="mono finding-line" data-testid="finding-line">
                    {f.line}행
                  </span>
                  <span className={`sev sev-${f.severity}`} data-testid="finding-severity">
                    {SEVERITY_LABEL[f.severity] ?? f.severity}
                  </span>
                  {f.excerpt && <code className="finding-excerpt">{f.excerpt}</code>}
                </span>
                <span className="finding-message" data-testid="finding-message">
                  {f.message}
                </span>
                {f.suggestion && (
                  <span className="finding-suggestion" data-testid="finding-suggestion">
                    → {f.suggestion}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
