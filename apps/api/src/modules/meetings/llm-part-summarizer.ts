import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { type PartSummary, type TranscriptPart, summarizePart } from '#libs/meetings';
import { z } from 'zod';

const Sourced = z.object({ text: z.string(), sourceLines: z.array(z.number().int()) });

/** What the model returns for one part of a transcript: every item names the numbered lines it came from. */
export const PartSchema = z.object({
  sentences: z.array(Sourced).max(8).describe('The most important points of this part, one sentence each, in Korean.'),
  decisions: z.array(Sourced).describe('Decisions taken.'),
  actionItems: z
    .array(
      z.object({
        task: z.string(),
        owner: z.string().nullable().describe('Who does it, as named in the transcript; null if nobody was named.'),
        due: z.string().nullable().describe('Due date as YYYY-MM-DD, resolved against the meeting date; null if none.'),
        dueText: z.string().nullable().describe('The due date as said.'),
        sourceLines: z.array(z.number().int()),
      }),
    )
    .describe('Tasks someone is to do.'),
  openQuestions: z.array(Sourced).describe('Questions left open.'),
});

const SYSTEM = `당신은 서울특별시 회의록 작성을 돕습니다. 번호가 붙은 회의 발언만 근거로 삼고, 없는 내용을 지어내지 마십시오.
모든 항목의 sourceLines에는 그 내용이 나온 발언 번호를 적으십시오. 기한은 회의 날짜를 기준으로 YYYY-MM-DD로 바꾸십시오.`;

/**
 * Summarises a part with a chat model under structured output, grounded: an item whose lines are not in the part is
 * dropped. A model that fails or times out leaves the part to the extractive summariser.
 */
export class LlmPartSummarizer {
  constructor(
    private readonly model: BaseChatModel,
    private readonly timeoutMs: number,
  ) {}

  async summarize(part: TranscriptPart, options: { meetingDate: string }): Promise<PartSummary> {
    const lines = new Set(part.lines.map((l) => l.n));
    const numbered = part.lines.map((l) => `[${l.n}] ${l.speaker ? `${l.speaker}: ` : ''}${l.text}`).join('\n');
    try {
      const structured = this.model.withStructuredOutput(PartSchema, { method: 'jsonSchema', name: 'meeting_part' });
      const raw = await structured.invoke(
        [
          { role: 'system', content: SYSTEM },
          { role: 'user', content: `회의 날짜: ${options.meetingDate}\n\n${numbered}` },
        ],
        { signal: AbortSignal.timeout(this.timeoutMs) },
      );
      const out = PartSchema.parse(raw);
      const grounded = <T extends { sourceLines: number[] }>(items: T[]) =>
        items.filter((i) => i.sourceLines.length > 0 && i.sourceLines.every((n) => lines.has(n)));
      return {
        index: part.index,
        firstLine: part.firstLine,
        lastLine: part.lastLine,
        sentences: grounded(out.sentences),
        decisions: grounded(out.decisions),
        actionItems: grounded(out.actionItems).map((a) => ({ ...a, due: /^\d{4}-\d{2}-\d{2}$/.test(a.due ?? '') ? a.due : null })),
        openQuestions: grounded(out.openQuestions),
      };
    } catch {
      return summarizePart(part, { meetingDate: options.meetingDate });
    }
  }
}
