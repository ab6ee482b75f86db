import { parseItemMarker } from './items.js';
import type { GongmunKind } from './types.js';

/**
 * Where the parts of a document are: the header (수신, (경유), 제목, or the fields of minutes and press releases),
 * the body, the attachments (붙임), the end mark (끝.) and the sender block after it (발신명의, 기안자·검토자·결재권자,
 * 시행·접수, 우편번호·주소, 전화·전송·전자우편·공개 구분, and the 수신자 list when 수신 says 수신자 참조).
 * Lines are 0-based here; findings are 1-based.
 */

const SP = '[ \\t\\u3000]';
/** A label at the start of a line, followed by white space, a colon or nothing: 수신, 제 목 … */
function label(word: string, bullets = false): RegExp {
  const spaced = [...word].join(`${SP}?`);
  const lead = bullets ? `${SP}*(?:[□■○●◎◇◆▶◈·•*-]${SP}*)?` : `${SP}*`;
  return new RegExp(`^${lead}(${spaced})(?=${SP}|[:：]|$)[:：]?${SP}*(.*)$`, 'u');
}

export const RECIPIENT = label('수신');
export const VIA = /^[ \t\u3000]*(\(경유\)|경[ \t]?유(?=[ \t\u3000:：]|$))[:：]?[ \t\u3000]*(.*)$/u;
export const TITLE = label('제목');
export const ATTACHMENT = label('붙임');

/** Fields that head meeting minutes (회의록); any of the spellings in each group. */
export const MINUTES_FIELDS: readonly { name: string; patterns: readonly RegExp[] }[] = [
  { name: '회의명', patterns: [label('회의명', true), label('회의 명', true), label('회의 제목', true), label('제목', true)] },
  { name: '일시', patterns: [label('일시', true), label('회의일시', true), label('회의 일시', true)] },
  { name: '장소', patterns: [label('장소', true), label('회의장소', true), label('회의 장소', true)] },
  { name: '참석자', patterns: [label('참석자', true), label('참석', true), label('참석 대상', true)] },
];

/** Fields that head a press release (보도자료); they are often cells of one table row, so looked for anywhere in a line. */
export const PRESS_FIELDS: readonly { name: string; patterns: readonly RegExp[] }[] = [
  { name: '보도일시', patterns: [/(?<![가-힣])보[ \t]?도[ \t]?일[ \t]?시(?![가-힣])/u, /(?<![가-힣])보도[ \t]?시점(?![가-힣])/u] },
  { name: '배포일시', patterns: [/(?<![가-힣])배[ \t]?포[ \t]?일[ \t]?시(?![가-힣])/u] },
  { name: '담당 부서', patterns: [/(?<![가-힣])담당[ \t]?부서(?![가-힣])/u, /(?<![가-힣])담당[ \t]?과(?![가-힣])/u] },
];

/** 끝. at the end of a line, after white space, a stop or a bracket (or alone); group 1 is the space before it. */
const END_MARK = /([ \t\u3000]*)끝\.[ \t\u3000]*$/u;

export interface EndMark {
  line: number;
  /** Offset of the white space before 끝. (or of 끝. itself when there is none). */
  start: number;
  /** The white space before 끝. */
  space: string;
  /** True when 끝. stands alone on its line. */
  alone: boolean;
}

export function findEndMark(line: string, lineIndex: number): EndMark | null {
  const m = END_MARK.exec(line);
  if (!m) return null;
  const before = line[m.index - 1];
  if (m.index > 0 && !m[1] && !/[.)\]」』]/.test(before)) return null;
  return { line: lineIndex, start: m.index, space: m[1], alone: m.index === 0 };
}

/** 발신명의: 서울특별시장, 서울특별시 ○○과장, ○○위원회 위원장, with (직인생략) or [직인] after it. */
const SENDER_NAME =
  /^[ \t\u3000]*[가-힣○◯·ㆍ ]{1,40}?(?:장|감|관|위원회)(?:[ \t]*(?:\(직인[ \t]?생략\)|\[직인\]|직인[ \t]?생략|\(인\)|\[인\]))?[ \t\u3000]*$/u;
const APPROVAL_LABEL = /^[ \t\u3000]*(?:기안자|검토자|결재권자|협조자|전결|대결)(?=[ \t\u3000:：]|$)/u;
/** A line of titles and names (주무관 홍길동  팀장 김철수  과장 전결 이영희): no sentence in it. */
const APPROVAL_TITLES =
  /(?:주무관|주사보?|서기보?|사무관|서기관|부이사관|이사관|팀장|과장|국장|실장|단장|본부장|관장|소장|센터장|담당관)(?:[ \t\u3000]|$)/u;
const SENDER_LINES: readonly RegExp[] = [
  /^[ \t\u3000]*수신자(?=[ \t\u3000:：]|$)/u,
  /^[ \t\u3000]*(?:시행|접수)(?=[ \t\u3000:：]|$)/u,
  /^[ \t\u3000]*(?:우|우편번호)[ \t\u3000:：]*\d{5}/u,
  /^[ \t\u3000]*(?:전화|전화번호|전송|팩스|FAX|fax|전자우편|이메일|e-?mail|홈페이지|누리집|공개[ \t]?구분|대시민[ \t]?공개|비공개|부분[ \t]?공개|공개)(?=[ \t\u3000:：/(]|$)/u,
  /^[ \t\u3000]*\//u,
  /^[ \t\u3000]*[([]?(?:직인|관인|서명)[ \t]?(?:생략)?[)\]]?[ \t\u3000]*$/u,
  /^[ \t\u3000]*(?:서울|[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도))[ \t].*(?:로|길)[ \t]?\d+/u,
];

export function isSenderName(line: string): boolean {
  return SENDER_NAME.test(line) && !APPROVAL_LABEL.test(line) && !SENDER_LINES.some((p) => p.test(line));
}

/** A line that may stand after the end mark: the sender block, the approval line, enforcement and contact details. */
export function isSenderLine(line: string): boolean {
  if (!line.trim()) return true;
  if (isSenderName(line) || APPROVAL_LABEL.test(line) || SENDER_LINES.some((p) => p.test(line))) return true;
  if (/@|https?:\/\/|www\./.test(line)) return true;
  return APPROVAL_TITLES.test(line) && !parseItemMarker(line) && !/[다요]\.[ \t\u3000]*$/.test(line);
}

export interface HeaderField {
  line: number;
  /** What follows the label, trimmed. */
  value: string;
  /** Offset of the label. */
  start: number;
}

export interface Layout {
  lines: string[];
  kind: GongmunKind;
  recipient: HeaderField | null;
  via: HeaderField | null;
  title: HeaderField | null;
  /** Header lines (and what precedes them, such as the agency name): not body text. */
  headerLines: Set<number>;
  /** Body lines: numbered items and sentences. */
  body: number[];
  attachments: { start: number; end: number } | null;
  endMark: EndMark | null;
  /** First line of the sender block (letters); lines.length when there is none. */
  tailStart: number;
  /** The last line that should carry the end mark (letters): the last attachment line, or the last body line. */
  expectedEndLine: number;
}

function blank(line: string): boolean {
  return !line.trim();
}

/** The attachment block starting at `start`: the 붙임 line, then its indented or numbered lines, up to the end mark. */
function attachmentBlock(lines: string[], start: number): { start: number; end: number } {
  let end = start;
  if (findEndMark(lines[start], start)) return { start, end };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (blank(line) || isSenderName(line) || SENDER_LINES.some((p) => p.test(line))) break;
    const endMark = findEndMark(line, i);
    if (endMark?.alone) return { start, end: i };
    if (!/^[ \t\u3000]/.test(line) && !/^\d{1,2}\./.test(line)) break;
    end = i;
    if (endMark) break;
  }
  return { start, end };
}

function field(m: RegExpExecArray, line: number): HeaderField {
  return { line, value: m[2].trim(), start: m[0].indexOf(m[1]) };
}

export function layOut(text: string, kind: GongmunKind): Layout {
  const lines = text.split(/\r\n|\n|\r/);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  const attachmentStart = lines.findIndex((line) => ATTACHMENT.test(line));
  const attachments = attachmentStart >= 0 ? attachmentBlock(lines, attachmentStart) : null;
  const inAttachments = (i: number) => attachments !== null && i >= attachments.start && i <= attachments.end;

  if (kind !== 'letter') {
    const fields = kind === 'minutes' ? MINUTES_FIELDS : PRESS_FIELDS;
    const headerLines = new Set(range(0, lines.length - 1).filter((i) => fields.some((f) => f.patterns.some((p) => p.test(lines[i])))));
    const body = range(0, lines.length - 1).filter((i) => !headerLines.has(i) && !inAttachments(i));
    return {
      lines,
      kind,
      recipient: null,
      via: null,
      title: null,
      headerLines,
      body,
      attachments,
      endMark: null,
      tailStart: lines.length,
      expectedEndLine: lines.length - 1,
    };
  }

  // The header: 수신, (경유) and 제목 before the first item, attachment or end mark.
  let recipient: HeaderField | null = null;
  let via: HeaderField | null = null;
  let title: HeaderField | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (parseItemMarker(line) || ATTACHMENT.test(line) || findEndMark(line, i)) break;
    let m: RegExpExecArray | null;
    if (!recipient && (m = RECIPIENT.exec(line))) recipient = field(m, i);
    else if (!via && (m = VIA.exec(line))) via = field(m, i);
    else if (!title && (m = TITLE.exec(line))) title = field(m, i);
  }
  const headerLast = Math.max(recipient?.line ?? -1, via?.line ?? -1, title?.line ?? -1);
  const headerLines = new Set(range(0, headerLast));
  const bodyStart = headerLast + 1;

  let endMark: EndMark | null = null;
  for (let i = bodyStart; i < lines.length && !endMark; i++) endMark = findEndMark(lines[i], i);

  // Without an end mark, the sender block is the run of sender lines at the bottom.
  let suffixStart = lines.length;
  while (suffixStart - 1 >= bodyStart && suffixStart - 1 > (attachments?.end ?? -1) && isSenderLine(lines[suffixStart - 1])) suffixStart--;

  let bodyEnd: number;
  if (attachments && attachments.start >= bodyStart) bodyEnd = attachments.start - 1;
  else if (endMark) bodyEnd = endMark.line;
  else bodyEnd = suffixStart - 1;

  let tailStart: number;
  // An end mark below the attachments is misplaced (reported elsewhere); the sender block starts after it.
  if (attachments && attachments.start >= bodyStart) tailStart = Math.max(attachments.end, endMark?.line ?? -1) + 1;
  else tailStart = endMark ? endMark.line + 1 : suffixStart;

  const bodyLines = range(bodyStart, bodyEnd);
  const expectedEndLine = attachments ? attachments.end : (bodyLines.filter((i) => !blank(lines[i])).at(-1) ?? Math.max(0, bodyStart - 1));

  return { lines, kind, recipient, via, title, headerLines, body: bodyLines, attachments, endMark, tailStart, expectedEndLine };
}
