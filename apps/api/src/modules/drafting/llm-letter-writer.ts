import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import type { ArticleFact, CallFact, LetterBody, LetterInput } from './letter-drafter.js';
import { kindTitle } from './letter-drafter.js';

/** The body a model must return: the document's parts, nothing else (header, 붙임 and sender block are ours). */
export const LetterBodySchema = z.object({
  paragraphs: z
    .array(
      z.object({
        text: z.string().describe('One numbered paragraph: one or two short, polite official sentences in Korean.'),
        items: z.array(z.string()).describe('Sub-items under the paragraph (가., 나., …), each one sentence; empty if none.'),
      }),
    )
    .min(2)
    .max(8),
});

const SYSTEM = `당신은 서울특별시 공무원의 공문 초안 작성을 돕습니다. 주어진 사실과 요점만 사용하고, 사실을 지어내지 마십시오.
공문서 작성 원칙: 짧고 쉬운 문장, 권위적 표현과 불필요한 외래어 금지, 날짜는 2026. 11. 26. 형식, 시간은 14:00 형식.
본문만 작성합니다(수신, 제목, 붙임, 끝., 발신명의는 쓰지 않습니다). 번호는 붙이지 마십시오: 문단과 하위 항목으로 나누어 주십시오.`;

/** Writes a letter's body with a chat model under structured output, grounded in the given points and facts. */
export class LlmLetterWriter {
  constructor(
    private readonly model: BaseChatModel,
    private readonly timeoutMs: number,
  ) {}

  async write(input: LetterInput, articles: ArticleFact[], call: CallFact | null): Promise<LetterBody> {
    const facts = [
      ...input.keyPoints.map((p, i) => `요점 ${i + 1}: ${p}`),
      ...articles.map((a) => `자료(${a.title}, 출처 ${a.sourceUrl}): ${a.answer}`),
      ...(call ? [`시민 문의(${call.date}): ${call.request}`] : []),
      ...(input.deadline ? [`회신 기한: ${input.deadline}`] : []),
    ];
    const user = [
      `문서 종류: ${kindTitle(input.kind)}`,
      `수신: ${input.recipient}`,
      `제목: ${input.subject}`,
      `목적: ${input.purpose}`,
      `담당: ${input.senderOffice} ${input.contactName}(전화 ${input.contactPhone})`,
      '사용할 사실과 요점:',
      ...facts.map((f) => `- ${f}`),
    ].join('\n');
    const structured = this.model.withStructuredOutput(LetterBodySchema, { method: 'jsonSchema', name: 'letter_body' });
    const body = await structured.invoke(
      [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: user },
      ],
      { signal: AbortSignal.timeout(this.timeoutMs) },
    );
    return LetterBodySchema.parse(body);
  }
}
