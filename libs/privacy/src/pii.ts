/** The kinds of personal information a caller may say that must not be stored, logged or sent on as said. */
export type PiiKind = 'rrn' | 'phone' | 'card' | 'account' | 'email' | 'address';

/** Where one piece of personal information sits: a span (UTF-16 offsets, end exclusive) in the original text. */
export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
}

export interface MaskResult {
  /** The text with every finding replaced by its masked form. */
  text: string;
  /** What was masked, sorted by start; spans are in the original text. */
  findings: PiiFinding[];
}

/** A finding together with the masked text that replaces its span. */
export interface Detection extends PiiFinding {
  replacement: string;
}

/** A half-open span of the text. */
export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
