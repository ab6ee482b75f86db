/**
 * Meeting transcripts as civil servants get them: WebVTT or SRT captions from a video-meeting tool, or plain text
 * from a recorder app with speaker labels. Every line keeps its line number in the file, so a summary can point at it.
 */

/** Spoken text a transcript may hold: a 3-hour meeting is about 50,000 Korean characters, so this is ample. */
export const MAX_TRANSCRIPT_CHARS = 200_000;
/** The file itself, markup (cue numbers, timings, voice tags) included: beyond this it is refused before parsing. */
export const MAX_SOURCE_CHARS = 5 * MAX_TRANSCRIPT_CHARS;

export type TranscriptFormat = 'txt' | 'vtt' | 'srt';

export interface TranscriptLine {
  /** 1-based line number in the source file. */
  n: number;
  speaker: string | null;
  text: string;
  /** Seconds from the start of the recording, when the file says. */
  start?: number;
}

export interface Transcript {
  lines: TranscriptLine[];
  format: TranscriptFormat;
}

export enum TranscriptErrorCode {
  EMPTY = 'EMPTY',
  TOO_LONG = 'TOO_LONG',
  NOT_TEXT = 'NOT_TEXT',
}

export class TranscriptError extends Error {
  constructor(
    readonly code: TranscriptErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TranscriptError';
  }
}

const { EMPTY, TOO_LONG, NOT_TEXT } = TranscriptErrorCode;

/** Control characters other than tab and line breaks, and the replacement character a failed decoding leaves. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;
/** Share of control characters among the visible ones beyond which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;

const TIME = String.raw`(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}`;
const TIMING = new RegExp(String.raw`^\s*(${TIME})\s*-->\s*(${TIME})`);
/** A clock time before or after a label: "[00:01:02]", "(01:02)", "00:03". */
const CLOCK = String.raw`[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?`;
const LEADING_CLOCK = new RegExp(String.raw`^${CLOCK}\s*`);
const TRAILING_CLOCK = new RegExp(String.raw`\s*${CLOCK}$`);

/** Labels of numbered speakers that recorder apps write without a colon: "화자1 …", "참석자 2 …". */
const NUMBERED_SPEAKER = /^((?:화자|참석자|발언자|speaker)\s?\d{1,3})\s*[:：]?\s*(.*)$/i;
const BRACKET_LABEL = /^\[([^\]\d][^\]]{0,19})\]\s*(.*)$/;
const COLON_LABEL = /^([^\s:：\d][^:：]{0,19}?)\s*[:：]\s*(.*)$/;
/** Words before a colon that head a line in minutes and notes but name no speaker. */
const NOT_SPEAKERS = new Set([
  ...'안건 일시 일자 날짜 시간 장소 참석 참석자 회의 회의명 주제 제목 참고 비고 결론 결정 결정사항'.split(' '),
  ...'요약 내용 목적 작성 작성자 부서 주의 예시 note http https'.split(' '),
]);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&lrm;': '', '&rlm;': '', '&quot;': '"' };

/**
 * Parses a transcript. `auto` (the default) reads WebVTT by its header, SRT by its cue timings, and anything else as
 * plain text. Throws a {@link TranscriptError} for an empty, over-long or binary input.
 */
export function parseTranscript(text: string, format: TranscriptFormat | 'auto' = 'auto'): Transcript {
  if (text.length > MAX_SOURCE_CHARS)
    throw new TranscriptError(TOO_LONG, `The file has ${text.length} characters; the limit is ${MAX_SOURCE_CHARS}.`);
  assertText(text);
  if (!text.trim()) throw new TranscriptError(EMPTY, 'The transcript is empty.');
  const source = text
    .replace(/^\uFEFF/, '')
    .replace(CONTROL, '')
    .split(/\r\n|\r|\n/);
  const detected = format === 'auto' ? detectFormat(source) : format;
  const lines = detected === 'txt' ? parsePlain(source) : parseCues(source);
  if (lines.length === 0) throw new TranscriptError(EMPTY, `The transcript has no spoken text (read as ${detected}).`);
  const speech = lines.reduce((sum, line) => sum + line.text.length, 0);
  if (speech > MAX_TRANSCRIPT_CHARS) {
    throw new TranscriptError(
      TOO_LONG,
      `The transcript has ${speech} characters of speech; the limit is ${MAX_TRANSCRIPT_CHARS} (3+ hours).`,
    );
  }
  return { lines, format: detected };
}

/** Refuses binary input: NUL bytes, or more than a tenth of control characters. */
function assertText(text: string): void {
  if (text.includes('\u0000'))
    throw new TranscriptError(NOT_TEXT, 'The file contains NUL bytes: it is binary (audio, .hwp, .docx?), not text.');
  const visible = text.replace(/\s/g, '').length;
  const control = text.match(CONTROL)?.length ?? 0;
  if (visible > 0 && control / visible > MAX_CONTROL_SHARE) {
    throw new TranscriptError(NOT_TEXT, `The file is mostly control characters (${control} of ${visible}): it is not text.`);
  }
}

function detectFormat(source: string[]): TranscriptFormat {
  const head = source.filter((line) => line.trim()).slice(0, 20);
  if (/^WEBVTT\b/.test(head[0]?.trim() ?? '')) return 'vtt';
  return head.some((line) => TIMING.test(line)) ? 'srt' : 'txt';
}

/** Seconds of a cue time: "01:02:03.500", "02:03,5". */
function seconds(time: string): number {
  const [clock, fraction] = time.split(/[.,]/);
  const whole = clock.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  return whole + Number(`0.${fraction}`);
}

/** WebVTT and SRT: blocks separated by blank lines; a block with a cue timing is a cue, the rest (NOTE, STYLE) is skipped. */
function parseCues(source: string[]): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let i = 0;
  if (/^WEBVTT\b/.test(source[0]?.trim() ?? '')) while (i < source.length && source[i].trim()) i++;
  while (i < source.length) {
    while (i < source.length && !source[i].trim()) i++;
    const block = i;
    while (i < source.length && source[i].trim()) i++;
    if (/^(NOTE|STYLE|REGION)\b/.test(source[block] ?? '')) continue;
    const timing = source.slice(block, i).findIndex((line) => TIMING.test(line));
    if (timing < 0) continue;
    const start = seconds(TIMING.exec(source[block + timing])![1]);
    let cueSpeaker: string | null = null;
    for (let k = block + timing + 1; k < i; k++) {
      const voice = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(source[k])?.[1].trim();
      const payload = source[k]
        .replace(/<[^>]*>|\{\\[^}]*\}/g, '')
        .replace(/&[a-z]+;/g, (entity) => ENTITIES[entity] ?? entity)
        .replace(/^\s*-\s+/, '');
      const label = splitLabel(payload.trim());
      cueSpeaker = voice ?? label.speaker ?? cueSpeaker;
      const previous = lines.at(-1);
      if (!label.text || (previous?.text === label.text && previous.speaker === cueSpeaker)) continue;
      lines.push({ n: k + 1, speaker: cueSpeaker, text: label.text, start });
    }
  }
  return lines;
}

/**
 * Plain text: "김과장: …", "[김과장] …", "화자1 …", or a label alone on a line ("참석자 1 00:03") over the lines it
 * says. A line without a label continues the last speaker's turn.
 */
function parsePlain(source: string[]): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let speaker: string | null = null;
  let start: number | undefined;
  source.forEach((raw, k) => {
    let text = raw.trim();
    const clock = LEADING_CLOCK.exec(text) ?? TRAILING_CLOCK.exec(text);
    if (clock) {
      start = seconds(`${clock[0].replace(/[^\d:]/g, '')}.0`);
      text = text.replace(clock[0], '').trim();
      // "김과장 00:01:02" alone on a line heads that speaker's turn.
      if (clock.index > 0 && isLabel(text)) {
        speaker = text;
        return;
      }
    }
    if (!text) return;
    const label = splitLabel(text);
    if (label.speaker) speaker = label.speaker;
    if (!label.text) return;
    lines.push({ n: k + 1, speaker, text: label.text, ...(start === undefined ? {} : { start }) });
  });
  return lines;
}

/** A line's speaker label and what follows it; the speaker is null when the line has no label. */
function splitLabel(text: string): { speaker: string | null; text: string } {
  for (const pattern of [NUMBERED_SPEAKER, BRACKET_LABEL, COLON_LABEL]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const speaker = match[1].replace(TRAILING_CLOCK, '').trim();
    if (!isLabel(speaker) || (pattern === COLON_LABEL && match[2].startsWith('//'))) continue;
    return { speaker, text: match[2].trim() };
  }
  return { speaker: null, text };
}

/** A name, title or "화자 1": four words at most, no sentence punctuation, not a heading such as "안건". */
function isLabel(text: string): boolean {
  return (
    text.split(/\s+/).length <= 4 &&
    !/[.,?!'"~]|(니다|[요죠다])$/.test(text) &&
    !NOT_SPEAKERS.has(text.toLowerCase()) &&
    /\p{L}/u.test(text)
  );
}
