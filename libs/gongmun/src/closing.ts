import { quoted } from './hangul.js';
import { ATTACHMENT, MINUTES_FIELDS, PRESS_FIELDS, isSenderLine, isSenderName, type Layout } from './layout.js';
import { type Finding, finding } from './types.js';

/**
 * The header, the attachments (붙임), the end mark (끝.) and the sender block.
 * - 수신 and 제목 are required in a letter; (경유) is optional; they come in that order. "수신자 참조" needs the
 *   수신자 line under the sender block; "내부결재" is a recipient too.
 * - 붙임: "붙임" then 2타, the attachment's name and quantity ending in a stop ("계획서 1부."); several are numbered
 *   1., 2., … and one is not numbered. In a letter the last attachment line ends with "  끝.".
 * - 끝.: after the body, two spaces (2타) then 끝., or on the last 붙임 line; a 끝. alone on the next line is
 *   accepted (the guide's rule for a body that fills the line). After it only the sender block may follow.
 * - 발신명의 (서울특별시장, 서울특별시 ○○과장 …): a missing one is only a warning, since drafts are often checked
 *   before the sender block is filled in; an internal approval (수신 내부결재) has none.
 * Unsure: the quantity words we accept (부, 매, 권, 건, 책, 장, 개, 점, 철, 종, 묶음, 식, 편, 쪽, 면, 개소) are
 * those seen in practice, not a list from the rules.
 */

const QUANTITY = /\d+[ \t]?(?:부|매|권|건|책|장|개|점|철|종|묶음|식|편|쪽|면|개소)\.$/u;
const NUMBERED = /^(\d{1,2})\.[ \t\u3000]*/u;
const END_TAIL = /[ \t\u3000]*끝\.[ \t\u3000]*$/u;

export function checkHeader(layout: Layout): Finding[] {
  const out: Finding[] = [];
  const { lines } = layout;
  if (layout.kind === 'minutes' || layout.kind === 'press-release') {
    const [fields, rule, what] =
      layout.kind === 'minutes'
        ? ([MINUTES_FIELDS, 'minutes-header', '회의록'] as const)
        : ([PRESS_FIELDS, 'press-header', '보도자료'] as const);
    for (const field of fields) {
      if (lines.some((line) => field.patterns.some((p) => p.test(line)))) continue;
      out.push(finding(rule, 1, 1, '', `${what} 머리에 ${quoted(field.name, '이')} 없습니다.`, `${field.name}: …`));
    }
    return out;
  }
  const { recipient, via, title } = layout;
  if (!recipient) {
    out.push(
      finding(
        'header-recipient',
        (title?.line ?? 0) + 1,
        1,
        '',
        "'수신' 줄이 없습니다. 제목 위에 받는 기관을 씁니다 (여럿이면 '수신자 참조', 내부 결재면 '내부결재').",
        '수신  ○○○장(○○과장)',
      ),
    );
  } else if (!recipient.value) {
    out.push(
      finding(
        'header-recipient',
        recipient.line + 1,
        recipient.start + 1,
        lines[recipient.line].trim(),
        "'수신' 다음에 받는 기관을 씁니다.",
        '수신  ○○○장(○○과장)',
      ),
    );
  }
  if (!title) {
    const after = Math.max(recipient?.line ?? -1, via?.line ?? -1) + 1;
    out.push(
      finding(
        'header-title',
        Math.min(after, lines.length - 1) + 1,
        1,
        '',
        "'제목' 줄이 없습니다. 수신 아래에 '제목'과 문서의 제목을 씁니다.",
        '제목  ○○○ 협조 요청',
      ),
    );
  } else if (!title.value) {
    out.push(
      finding(
        'header-title',
        title.line + 1,
        title.start + 1,
        lines[title.line].trim(),
        "'제목' 다음에 문서의 제목을 씁니다.",
        '제목  ○○○ 협조 요청',
      ),
    );
  }
  // One warning for the header as a whole, at its first line.
  const order = [recipient, via, title].filter((f) => f !== null);
  if (order.some((f, k) => k > 0 && f.line < order[k - 1].line)) {
    const first = order.reduce((a, b) => (b.line < a.line ? b : a));
    out.push(
      finding('header-order', first.line + 1, first.start + 1, lines[first.line].trim(), '머리는 수신, (경유), 제목 순서로 씁니다.', null),
    );
  }
  return out;
}

interface Attachment {
  line: number;
  /** Offset of the attachment's name (after the number, if any). */
  start: number;
  /** The number as written with what follows it ("1. "), or null. */
  numberText: string | null;
  number: number | null;
  /** The name and quantity, continuation lines joined, without the end mark. */
  text: string;
}

export function checkAttachments(layout: Layout): Finding[] {
  if (!layout.attachments) return [];
  const out: Finding[] = [];
  const { lines } = layout;
  const { start, end } = layout.attachments;
  const first = lines[start];
  const m = ATTACHMENT.exec(first)!;
  const labelStart = first.indexOf(m[1]);
  const afterLabel = labelStart + m[1].length;
  const rest = first.slice(afterLabel);
  const gap = /^[ \t\u3000:：]*/u.exec(rest)![0];

  if (rest.trim() && gap !== '  ' && gap !== '\u3000' && gap !== '\t') {
    out.push(finding('attachment-spacing', start + 1, labelStart + 1, m[1] + gap, "'붙임' 다음에는 2타(두 칸)를 띄웁니다.", '붙임  '));
  }

  const items: Attachment[] = [];
  const take = (line: number, offset: number) => {
    const content = lines[line].slice(offset);
    const numbered = NUMBERED.exec(content);
    const text = (numbered ? content.slice(numbered[0].length) : content).replace(END_TAIL, '').trim();
    // An unnumbered line after a finished attachment ("… 1부.") is another attachment, not the name going on.
    const previous = items[items.length - 1];
    if (numbered || !previous || QUANTITY.test(previous.text)) {
      items.push({
        line,
        start: offset + (numbered?.[0].length ?? 0),
        numberText: numbered?.[0] ?? null,
        number: numbered ? Number(numbered[1]) : null,
        text,
      });
    } else if (text) {
      previous.text += ` ${text}`;
    }
  };
  if (rest.trim()) take(start, afterLabel + gap.length);
  for (let i = start + 1; i <= end; i++) {
    const indent = /^[ \t\u3000]*/u.exec(lines[i])![0].length;
    if (lines[i].slice(indent).replace(END_TAIL, '').trim() || NUMBERED.test(lines[i].slice(indent))) take(i, indent);
  }

  if (items.length === 1 && items[0].numberText) {
    const item = items[0];
    out.push(
      finding(
        'attachment-single-numbered',
        item.line + 1,
        item.start - item.numberText!.length + 1,
        item.numberText!,
        '붙임이 하나이면 번호를 붙이지 않습니다.',
        '',
      ),
    );
  }
  if (items.length > 1) {
    items.forEach((item, k) => {
      if (item.number === k + 1) return;
      const at = item.start - (item.numberText?.length ?? 0) + 1;
      const message =
        item.number === null
          ? `붙임이 여럿이면 ${k + 1}., ${k + 2}.처럼 번호를 붙입니다.`
          : `붙임 번호는 1.부터 차례대로 씁니다. 여기는 ${k + 1}.입니다.`;
      out.push(finding('attachment-numbering', item.line + 1, at, item.numberText ?? '', message, `${k + 1}. `));
    });
  }
  for (const item of items) {
    if (QUANTITY.test(item.text)) continue;
    const message = /\d+[ \t]?(?:부|매|권|건|책|장|개|점|철|종)$/u.test(item.text)
      ? '붙임 수량 뒤에 온점을 찍습니다 (계획서 1부.).'
      : '붙임마다 이름 뒤에 수량을 쓰고 온점을 찍습니다 (계획서 1부.).';
    const excerpt = lines[item.line].slice(item.start).replace(END_TAIL, '');
    const advice = /\d+[ \t]?(?:부|매|권|건|책|장|개|점|철|종)$/u.test(item.text)
      ? `${item.text}.`
      : `'${item.text.replace(/\.$/, '')} 1부.'처럼 수량을 적습니다.`;
    out.push(finding('attachment-quantity', item.line + 1, item.start + 1, excerpt, message, advice));
  }
  return out;
}

export function checkClosing(layout: Layout): Finding[] {
  const out: Finding[] = [];
  const { lines, endMark, attachments } = layout;

  if (!endMark) {
    const at = layout.expectedEndLine;
    const line = lines[at] ?? '';
    const body = line.trimEnd();
    out.push(
      finding(
        'end-mark-missing',
        at + 1,
        body.length + 1,
        line.slice(body.length),
        attachments ? "마지막 붙임 줄 끝에 두 칸 띄우고 '끝.'을 씁니다." : "본문이 끝나면 두 칸 띄우고 '끝.'을 씁니다.",
        '  끝.',
      ),
    );
  } else {
    const markAt = endMark.start + endMark.space.length;
    if (attachments && (endMark.line < attachments.start || endMark.line > attachments.end)) {
      out.push(
        finding(
          'end-mark-position',
          endMark.line + 1,
          markAt + 1,
          '끝.',
          "붙임이 있으면 '끝.'은 본문 끝이 아니라 마지막 붙임 줄 끝에 씁니다.",
          "마지막 붙임 줄 끝에 '  끝.'을 옮겨 씁니다.",
        ),
      );
    }
    if (!endMark.alone && endMark.space !== '  ' && endMark.space !== '\u3000') {
      out.push(
        finding(
          'end-mark-spacing',
          endMark.line + 1,
          endMark.start + 1,
          `${endMark.space}끝.`,
          "'끝.' 앞에는 2타(두 칸)를 띄웁니다.",
          '  끝.',
        ),
      );
    }
    for (let i = layout.tailStart; i < lines.length; i++) {
      if (isSenderLine(lines[i])) continue;
      const text = lines[i].trim();
      out.push(
        finding(
          'text-after-end',
          i + 1,
          lines[i].indexOf(text) + 1,
          text,
          "'끝.' 다음에는 발신명의, 결재·시행 정보, 주소·연락처만 씁니다. 본문이면 '끝.' 앞으로 옮깁니다.",
          "본문이면 '끝.' 앞으로 옮기고, 아니면 지웁니다.",
        ),
      );
    }
  }

  const tail = lines.slice(layout.tailStart);
  // An internal approval (수신 내부결재) has no 발신명의.
  const internal = layout.recipient !== null && /^내부[ \t]*결재$/u.test(layout.recipient.value);
  if (!internal && !tail.some(isSenderName)) {
    const firstTail = tail.findIndex((line) => line.trim());
    const at = firstTail >= 0 ? layout.tailStart + firstTail : (endMark?.line ?? layout.expectedEndLine);
    out.push(finding('sender-missing', at + 1, 1, '', "'끝.' 아래에 발신명의(예: 서울특별시장)를 씁니다.", '예: 서울특별시장'));
  }

  const { recipient } = layout;
  if (
    recipient &&
    /^수신자[ \t]*참조$/u.test(recipient.value) &&
    !tail.some((line) => /^[ \t\u3000]*수신자[ \t\u3000:：]+\S/u.test(line))
  ) {
    out.push(
      finding(
        'recipient-list-missing',
        recipient.line + 1,
        recipient.start + 1,
        lines[recipient.line].trim(),
        "'수신자 참조'라고 썼으면 발신명의 아래에 '수신자' 줄로 받는 기관을 모두 씁니다.",
        '수신자  ○○○장, ○○○장',
      ),
    );
  }
  return out;
}
