/**
 * A list of short texts (key points, attachments, references): one input per item, 추가 and 삭제. Empty rows are
 * dropped when the form is sent.
 */
export function ListInput({
  label,
  hint,
  items,
  onChange,
  placeholder,
  max,
  testId,
  multiline = false,
}: {
  label: string;
  hint?: string;
  items: string[];
  onChange: (items: string[]) => void;
  placeholder?: string;
  max: number;
  testId: string;
  multiline?: boolean;
}) {
  const set = (index: number, value: string) => onChange(items.map((item, i) => (i === index ? value : item)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  return (
    <fieldset className="list-input" data-testid={`${testId}-list`}>
      <legend className="field-legend">
        {label}
        {hint && <span className="muted small"> {hint}</span>}
      </legend>
      {items.map((item, i) => (
        <div key={i} className="list-row">
          <span className="list-marker mono">{i + 1}.</span>
          {multiline ? (
            <textarea
              rows={2}
              value={item}
              placeholder={placeholder}
              onChange={(e) => set(i, e.target.value)}
              data-testid={`${testId}-input`}
              aria-label={`${label} ${i + 1}`}
            />
          ) : (
            <input
              value={item}
              placeholder={placeholder}
              onChange={(e) => set(i, e.target.value)}
              data-testid={`${testId}-input`}
              aria-label={`${label} ${i + 1}`}
            />
          )}
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => remove(i)} data-testid={`${testId}-remove`}>
            삭제
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-sm"
        disabled={items.length >= max}
        onClick={() => onChange([...items, ''])}
        data-testid={`${testId}-add`}
      >
        + 추가
      </button>
      {items.length >= max && <span className="muted small"> 최대 {max}개</span>}
    </fieldset>
  );
}
