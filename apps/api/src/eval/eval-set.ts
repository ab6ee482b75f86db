import { readFile } from 'node:fs/promises';

/** One labelled line of an eval file: a caller's question and the topic or intent it should get. */
export interface EvalLine {
  id: string;
  q: string;
  topic: string | null;
  intent: string;
  style: string;
  lang: string;
}

/** Reads a JSONL eval file; a malformed line stops with its line number. */
export async function readEvalSet(path: string): Promise<EvalLine[]> {
  const text = await readFile(path, 'utf8');
  const lines: EvalLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON`);
    }
    if (typeof data.q !== 'string' || !data.q.trim()) throw new Error(`${path}:${i + 1}: "q" must be a non-empty string`);
    if (typeof data.intent !== 'string') throw new Error(`${path}:${i + 1}: "intent" must be a string`);
    if (data.intent === 'faq' && typeof data.topic !== 'string') throw new Error(`${path}:${i + 1}: a faq line needs a "topic"`);
    lines.push({
      id: typeof data.id === 'string' ? data.id : `line-${i + 1}`,
      q: data.q,
      topic: typeof data.topic === 'string' ? data.topic : null,
      intent: data.intent,
      style: typeof data.style === 'string' ? data.style : 'unknown',
      lang: typeof data.lang === 'string' ? data.lang : 'unknown',
    });
  });
  return lines;
}
