import { formatKoreanDate, itemMarker } from '#libs/gongmun';
import { z } from 'zod';
import type { DocumentKind } from './document.entity.js';
import { seoulToday } from '../../common/seoul-date.js';

export type LetterKind = Exclude<DocumentKind, 'MINUTES'>;
export const LETTER_KINDS: LetterKind[] = ['PETITION_REPLY', 'COOPERATION_REQUEST', 'RESULT_REPORT', 'PRESS_RELEASE'];

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} is empty`)
    .max(max, `${field} is at most ${max} characters`);

/** What a drafter fills in; unknown fields are refused so a typo is not silently dropped. */
export const LetterInputSchema = z
  .object({
    kind: z.enum(LETTER_KINDS as [LetterKind, ...LetterKind[]], { error: `kind must be one of ${LETTER_KINDS.join(', ')}` }),
    senderOffice: text('senderOffice', 100),
    senderHead: text('senderHead', 100),
    contactName: text('contactName', 40),
    contactPhone: text('contactPhone', 40),
    contactEmail: z.email({ error: 'contactEmail is not an e-mail address' }).optional().nullable(),
    recipient: text('recipient', 200),
    via: z.string().trim().max(200).optional().nullable(),
    subject: text('subject', 200),
    purpose: text('purpose', 1000),
    keyPoints: z.array(text('a key point', 1000)).max(10, 'at most 10 key points').default([]),
    attachments: z.array(text('an attachment name', 200)).max(10, 'at most 10 attachments').default([]),
    references: z.array(text('a reference', 300)).max(5, 'at most 5 references').default([]),
    deadline: z.iso.date({ error: 'deadline must be a date (YYYY-MM-DD)' }).optional().nullable(),
    date: z.iso.date({ error: 'date must be a date (YYYY-MM-DD)' }).optional().nullable(),
    topicIds: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'topicIds must be topic ids such as passport'))
      .max(5)
      .default([]),
    callId: z.uuid({ error: 'callId must be a call id' }).optional().nullable(),
    handoffId: z.uuid({ error: 'handoffId must be a handoff id' }).optional().nullable(),
  })
  .strict();

export type LetterInput = z.output<typeof LetterInputSchema>;

/** A knowledge-base article the letter cites. */
export interface ArticleFact {
  topicId: string;
  title: string;
  answer: string;
  sourceUrl: string;
  reviewedAt: string;
  department: string;
}

/** What a call to 120 contributes: when it was, and what the caller wanted (masked). */
export interface CallFact {
  date: string;
  request: string;
}

/** The parts of a letter's body, whoever wrote them: the template, or a model under structured output. */
export interface LetterBody {
  /** Top-level paragraphs, each a sentence or two; `items` become 가., 나., … under it. */
  paragraphs: { text: string; items: string[] }[];
}

const KIND_TITLE: Record<LetterKind, string> = {
  PETITION_REPLY: '민원 회신',
  COOPERATION_REQUEST: '협조 요청',
  RESULT_REPORT: '결과 보고',
  PRESS_RELEASE: '보도자료',
};

export function kindTitle(kind: LetterKind): string {
  return KIND_TITLE[kind];
}

/**
 * The offline draft: the body built deterministically from the template of the kind, the drafter's points and the
 * cited articles' facts. Every sentence comes from the input or from an article.
 */
export function templateBody(input: LetterInput, articles: ArticleFact[], call: CallFact | null): LetterBody {
  const facts = articles.map((a) => `${a.title}: ${firstSentences(a.answer, 2)}`);
  const points = [...input.keyPoints, ...facts];
  const contact = `${input.senderOffice} ${input.contactName}(전화 ${input.contactPhone})`;
  const paragraphs: LetterBody['paragraphs'] = [];
  if (input.references.length) paragraphs.push({ text: '관련', items: input.references });
  switch (input.kind) {
    case 'PETITION_REPLY':
      paragraphs.push({ text: '귀하의 가정에 건강과 행복이 늘 함께하기를 바랍니다.', items: [] });
      paragraphs.push({
        text: `귀하께서 ${call ? `${formatKoreanDate(call.date)} 120다산콜로 ` : ''}문의하신 내용에 대한 검토 결과를 다음과 같이 알려 드립니다.`,
        items: [`문의 요지: ${withoutPeriod(input.purpose)}`, ...points],
      });
      paragraphs.push({ text: `더 궁금하신 사항은 ${contact}에게 문의하여 주시기 바랍니다.`, items: [] });
      break;
    case 'COOPERATION_REQUEST':
      paragraphs.push({ text: `${ensurePeriod(input.purpose)} 다음과 같이 협조를 요청합니다.`, items: points });
      paragraphs.push({
        text: input.deadline
          ? `협조 결과는 ${formatKoreanDate(input.deadline)}까지 ${contact}에게 회신하여 주시기 바랍니다.`
          : `협조 결과는 ${contact}에게 회신하여 주시기 바랍니다.`,
        items: [],
      });
      break;
    case 'RESULT_REPORT':
      paragraphs.push({ text: `${ensurePeriod(input.purpose)} 그 결과를 다음과 같이 보고합니다.`, items: points });
      paragraphs.push({ text: `세부 사항은 ${contact}에게 문의하여 주시기 바랍니다.`, items: [] });
      break;
    case 'PRESS_RELEASE':
      paragraphs.push({ text: ensurePeriod(input.purpose), items: [] });
      paragraphs.push({ text: '주요 내용은 다음과 같습니다.', items: points });
      paragraphs.push({ text: `문의: ${contact}.`, items: [] });
      break;
  }
  if (call && input.kind !== 'PETITION_REPLY')
    paragraphs.push({ text: `시민 문의(${formatKoreanDate(call.date)}): ${call.request}`, items: [] });
  return { paragraphs };
}

/** The whole document in the official layout around a body: header, numbered body, 붙임, 끝., sender block. */
export function renderLetter(input: LetterInput, body: LetterBody, articles: ArticleFact[]): string {
  const date = input.date ?? seoulToday();
  const lines: string[] = [];
  if (input.kind === 'PRESS_RELEASE') {
    lines.push(
      '보도자료',
      '',
      `보도일시  ${formatKoreanDate(date)} 배포 즉시`,
      `담당 부서  ${input.senderOffice}`,
      `담당자  ${input.contactName}(전화 ${input.contactPhone})`,
      '',
    );
    lines.push(`제목  ${input.subject}`, '');
  } else {
    lines.push(input.senderOffice.split(/\s+/)[0], '');
    lines.push(`수신  ${input.recipient}`, `(경유)${input.via ? `  ${input.via}` : ''}`, `제목  ${input.subject}`, '');
  }
  const numbered = body.paragraphs.filter((p) => p.text.trim() || p.items.length);
  const references = articles.map((a) => `${a.title}(${a.department}, ${a.sourceUrl}, ${formatKoreanDate(a.reviewedAt)} 검토)`);
  const all = references.length ? [...numbered, { text: '참고 자료', items: references }] : numbered;
  const single = all.length === 1;
  all.forEach((p, i) => {
    const lead = single ? '' : `${itemMarker(0, i)} `;
    lines.push(`${lead}${p.text.trim()}`);
    if (p.items.length === 1) lines[lines.length - 1] += `${INLINE_LABELS.has(p.text) ? ':' : ''} ${ensurePeriod(p.items[0])}`;
    else p.items.forEach((item, j) => lines.push(`${single ? '' : '  '}${itemMarker(1, j)} ${ensurePeriod(item)}`));
  });
  if (input.attachments.length) {
    lines.push('');
    if (input.attachments.length === 1) lines.push(`붙임  ${ensureCopies(input.attachments[0])}  끝.`);
    else
      input.attachments.forEach((a, i) =>
        lines.push(`${i === 0 ? '붙임' : '    '}  ${i + 1}. ${ensureCopies(a)}${i === input.attachments.length - 1 ? '  끝.' : ''}`),
      );
  } else {
    lines[lines.length - 1] += '  끝.';
  }
  if (input.kind !== 'PRESS_RELEASE') {
    lines.push('', input.senderHead, '');
    lines.push(`기안자  ${input.senderOffice} ${input.contactName}`);
    lines.push(`시행  ${input.senderOffice}-(번호는 결재 시 부여)(${formatKoreanDate(date)})`);
    lines.push(`전화 ${input.contactPhone}${input.contactEmail ? `  전자우편 ${input.contactEmail}` : ''}  /공개/`);
  }
  return lines.join('\n') + '\n';
}

/** Paragraph labels followed by their single item on the same line ("관련: …"). */
const INLINE_LABELS = new Set(['관련', '참고 자료']);

function withoutPeriod(sentence: string): string {
  return sentence.trim().replace(/[.]$/, '');
}

function ensurePeriod(sentence: string): string {
  const s = sentence.trim();
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

function ensureCopies(attachment: string): string {
  const a = attachment.trim().replace(/\.$/, '');
  return /\d+\s*부$/.test(a) ? `${a}.` : `${a} 1부.`;
}

function firstSentences(text: string, n: number): string {
  return text
    .split(/(?<=[.?!])\s+/)
    .slice(0, n)
    .join(' ')
    .trim();
}
