import { type Ref, useImperativeHandle, useMemo, useRef, useState } from 'react';

/** Keep in step with `.line-editor` in styles.css. */
const LINE_HEIGHT = 22;
const PADDING_TOP = 8;

export interface LineEditorHandle {
  /** Selects a whole line (1-based), scrolls it into view and focuses the editor. */
  selectLine(line: number): void;
}

/** Where each line starts and ends in the text (offsets in UTF-16 code units). */
function lineRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    ranges.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return ranges;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * A plain-text editor for official documents: a textarea without soft wrapping, so each line of the text is one row
 * beside its number; lines with checker findings are marked in the gutter.
 */
export function LineEditor({
  value,
  onChange,
  readOnly,
  marks,
  ref,
}: {
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  /** The worst finding per line (1-based). */
  marks: Map<number, 'error' | 'warning'>;
  ref?: Ref<LineEditorHandle>;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const ranges = useMemo(() => lineRanges(value), [value]);

  const selectLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const range = ranges[Math.min(Math.max(line, 1), ranges.length) - 1];
    el.focus({ preventScroll: true });
    el.setSelectionRange(range.start, range.end);
    el.scrollTop = Math.max(0, (line - 1) * LINE_HEIGHT - el.clientHeight / 3);
    el.scrollLeft = 0;
    setActive(line);
  };

  useImperativeHandle(ref, () => ({ selectLine }), [ranges]);

  const syncScroll = () => {
    if (gutter.current && area.current) gutter.current.scrollTop = area.current.scrollTop;
  };

  const trackCaret = () => {
    const el = area.current;
    if (el) setActive(lineAt(el.value, el.selectionStart));
  };

  return (
    <div className="line-editor" data-testid="line-editor">
      <div className="line-gutter" ref={gutter} aria-hidden>
        <div style={{ paddingTop: PADDING_TOP, paddingBottom: 40 }}>
          {ranges.map((_, i) => {
            const n = i + 1;
            const mark = marks.get(n);
            return (
              <div
                key={n}
                className={`line-no${mark ? ` line-no-${mark}` : ''}${active === n ? ' line-no-active' : ''}`}
                style={{ height: LINE_HEIGHT }}
                onMouseDown={(e) => {
                  e.preventDefault();
                  selectLine(n);
                }}
                data-testid="line-number"
                data-line={n}
                data-mark={mark ?? undefined}
              >
                {n}
              </div>
            );
          })}
        </div>
      </div>
      <textarea
        ref={area}
        className="line-text"
        value={value}
        wrap="off"
        spellCheck={false}
        readOnly={readOnly}
        aria-label="문서 본문"
        data-testid="document-editor"
        onChange={(e) => onChange(e.target.value)}
        onScroll={syncScroll}
        onSelect={trackCaret}
        style={{ lineHeight: `${LINE_HEIGHT}px`, paddingTop: PADDING_TOP }}
      />
    </div>
  );
}
