/** The intents the eval files label, and how a bot turn maps onto them. */
export const EVAL_INTENTS = ['faq', 'emergency', 'crisis', 'handoff', 'out_of_scope', 'ambiguous'] as const;
export type EvalIntent = (typeof EVAL_INTENTS)[number] | 'other';

/** What the first bot turn of a call did, reduced to an eval label. */
export function predictedIntent(turn: { action: string; intent: string; handoff: { reason: string } | null }): EvalIntent {
  if (turn.action === 'EMERGENCY_REDIRECT') return 'emergency';
  if (turn.intent === 'crisis' || turn.handoff?.reason === 'CRISIS') return 'crisis';
  if (turn.action === 'HANDOFF') return 'handoff';
  if (turn.action === 'ANSWER' && (turn.intent === 'faq' || turn.intent === 'follow_up')) return 'faq';
  if (turn.intent === 'ambiguous') return 'ambiguous';
  if (turn.intent === 'out_of_scope') return 'out_of_scope';
  return 'other';
}

/** A confusion table: rows are the expected intents, columns what the bot did. */
export function confusion(pairs: { expected: string; predicted: EvalIntent }[]): Map<string, Map<EvalIntent, number>> {
  const table = new Map<string, Map<EvalIntent, number>>();
  for (const { expected, predicted } of pairs) {
    const row = table.get(expected) ?? new Map<EvalIntent, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    table.set(expected, row);
  }
  return table;
}

export function formatConfusion(table: Map<string, Map<EvalIntent, number>>): string {
  const columns: EvalIntent[] = [...EVAL_INTENTS, 'other'];
  const header = ['expected \\ bot'.padEnd(15), ...columns.map((c) => c.padStart(12))].join('');
  const rows = [...table.keys()]
    .sort((a, b) => EVAL_INTENTS.indexOf(a as never) - EVAL_INTENTS.indexOf(b as never))
    .map((expected) => [expected.padEnd(15), ...columns.map((c) => String(table.get(expected)!.get(c) ?? 0).padStart(12))].join(''));
  return [header, ...rows].join('\n');
}

/** Share of lines with an expected intent that the bot gave that intent (recall). */
export function recall(pairs: { expected: string; predicted: EvalIntent }[], intent: string): { n: number; recall: number } {
  const rows = pairs.filter((p) => p.expected === intent);
  return { n: rows.length, recall: rows.length ? rows.filter((p) => p.predicted === intent).length / rows.length : 1 };
}
