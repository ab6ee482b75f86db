import { type FormEvent, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { HANDOFF_BY_ID, WRAP_UP_HANDOFF } from '../api/operations';
import type { Disposition, Handoff } from '../api/types';
import { DISPOSITION_LABEL } from '../labels';

const DISPOSITIONS = Object.keys(DISPOSITION_LABEL) as Disposition[];

/** After-call work: outcome, topic, notes and the after-call summary (the bot's draft, edited by the agent). */
export function WrapUpForm({
  handoff,
  topicOptions,
  disabled,
  onDone,
}: {
  handoff: Handoff;
  topicOptions: string[];
  disabled: boolean;
  onDone: (handoff: Handoff) => void;
}) {
  const [disposition, setDisposition] = useState<Disposition | ''>('');
  const [department, setDepartment] = useState('');
  const [topicId, setTopicId] = useState(handoff.topicId ?? '');
  const [notes, setNotes] = useState('');
  const [summary, setSummary] = useState(handoff.afterCallSummary ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reloadDraft = async () => {
    try {
      const { handoff: fresh } = await request<{ handoff: Handoff }>(HANDOFF_BY_ID, { id: handoff.id });
      setSummary(fresh.afterCallSummary);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!disposition) return setError('처리 결과를 선택해 주세요.');
    if (disposition === 'TRANSFERRED' && !department.trim()) return setError('이관할 부서를 입력해 주세요.');
    if (!summary.trim()) return setError('상담 요약을 입력해 주세요.');
    setBusy(true);
    setError(null);
    try {
      const { wrapUpHandoff } = await request<{ wrapUpHandoff: Handoff }>(WRAP_UP_HANDOFF, {
        input: {
          handoffId: handoff.id,
          disposition,
          summary: summary.trim(),
          notes: notes.trim() || null,
          topicId: topicId.trim() || null,
          department: disposition === 'TRANSFERRED' ? department.trim() : null,
        },
      });
      onDone(wrapUpHandoff);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form className="card wrapup" onSubmit={(e) => void submit(e)} data-testid="wrapup-form" noValidate>
      <div className="card-head">
        <h3>후처리</h3>
      </div>
      <div className="form-grid">
        <label className="field">
          <span>처리 결과 *</span>
          <select
            data-testid="wrapup-disposition"
            value={disposition}
            onChange={(e) => setDisposition(e.target.value as Disposition | '')}
            disabled={disabled}
          >
            <option value="" disabled>
              선택하세요
            </option>
            {DISPOSITIONS.map((d) => (
              <option key={d} value={d}>
                {DISPOSITION_LABEL[d]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>주제</span>
          <input
            data-testid="wrapup-topic"
            list="wrapup-topic-options"
            value={topicId}
            onChange={(e) => setTopicId(e.target.value)}
            placeholder="예: passport"
            disabled={disabled}
          />
          <datalist id="wrapup-topic-options">
            {topicOptions.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </label>
        {disposition === 'TRANSFERRED' && (
          <label className="field field-wide">
            <span>이관 부서 *</span>
            <input
              data-testid="wrapup-department"
              value={department}
              onChange={(e) => setDepartment(e.target.value)}
              placeholder="예: 여권과"
              disabled={disabled}
            />
          </label>
        )}
      </div>
      <label className="field">
        <span>메모</span>
        <textarea rows={2} data-testid="wrapup-notes" value={notes} onChange={(e) => setNotes(e.target.value)} disabled={disabled} />
      </label>
      <label className="field">
        <span className="field-label-row">
          상담 요약 *
          <button type="button" className="btn btn-link btn-sm" onClick={() => void reloadDraft()} disabled={disabled}>
            초안 다시 불러오기
          </button>
        </span>
        <textarea rows={6} data-testid="wrapup-summary" value={summary} onChange={(e) => setSummary(e.target.value)} disabled={disabled} />
      </label>
      {error && (
        <div className="alert alert-error" role="alert" data-testid="wrapup-error">
          {error}
        </div>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy || disabled} data-testid="wrapup-submit">
        {busy ? '저장 중…' : '후처리 완료'}
      </button>
    </form>
  );
}
