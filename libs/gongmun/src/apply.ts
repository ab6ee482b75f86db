import { type Finding, MECHANICAL_RULES, type RuleId } from './types.js';

export interface ApplyOptions {
  /** Which rules' suggestions to apply; `MECHANICAL_RULES` by default. Only give rules whose suggestion is replacement text. */
  rules?: readonly RuleId[];
}

/**
 * The text with the mechanical fixes applied: each finding of the chosen rules replaces its excerpt with its
 * suggestion. A finding whose excerpt is no longer at its line and column (the text changed) is skipped, and of two
 * overlapping findings the one that starts first wins; check again after applying to catch what is left.
 */
export function applySuggestions(text: string, findings: readonly Finding[], options: ApplyOptions = {}): string {
  const rules = new Set<string>(options.rules ?? MECHANICAL_RULES);
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(m.index + m[0].length);

  const edits = findings
    .filter((f) => rules.has(f.rule) && f.suggestion !== null && f.line >= 1 && f.line <= lineStarts.length)
    .map((f) => {
      const start = lineStarts[f.line - 1] + f.column - 1;
      return { start, end: start + f.excerpt.length, excerpt: f.excerpt, replacement: f.suggestion! };
    })
    .filter((e) => text.slice(e.start, e.end) === e.excerpt && !/[\r\n]/.test(e.excerpt))
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const kept: typeof edits = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (last && (edit.start < last.end || (edit.start === last.start && edit.start === edit.end))) continue;
    kept.push(edit);
  }
  let out = text;
  for (const edit of kept.reverse()) out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  return out;
}
