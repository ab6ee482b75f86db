import { describe, expect, it } from '@jest/globals';
import { decodeTranscript } from './decode.js';
import { MAX_TRANSCRIPT_CHARS, TranscriptError, TranscriptErrorCode, parseTranscript } from './transcript.js';

const vtt = `WEBVTT
Kind: captions
Language: ko

NOTE 회의 녹화본에서 자동 생성한 자막
두 줄짜리 메모입니다

STYLE
::cue { color: white }

1
00:00:01.000 --> 00:00:04.500 align:start position:0%
<v 김과장>오늘 회의를 시작하겠습니다.</v>

cue-2
00:00:05.000 --> 00:00:09.000
<v.loud 박 팀장>대여소 현황을 말씀드리겠습니다.
두 번째 줄은 같은 화자입니다 &amp; 끝.

00:01:00.000 --> 00:01:03.000
이주무관: 줌처럼 이름이 자막 앞에 붙은 경우입니다.

01:00:04.250 --> 01:00:06.000
<c.yellow>태그</c>만 있는 <i>자막</i>
`;

const srt = `1
00:00:01,000 --> 00:00:04,500
김과장: 오늘 회의를 시작하겠습니다.

2
00:01:02,500 --> 00:01:05,000
<i>박팀장: 대여소 현황을</i>
말씀드리겠습니다.

3
00:01:06,000 --> 00:01:08,000
- 김과장: 질문 있으신가요?
- 박팀장: 없습니다.
`;

const txt = [
  '따릉이 대여소 회의',
  '',
  '김과장: 회의를 시작하겠습니다.',
  '[박팀장] 현황을 보고드리겠습니다.',
  '보고 내용이 다음 줄로 이어집니다.',
  '화자1 녹음 앱이 붙인 번호입니다',
  '화자 2: 콜론이 있는 번호입니다',
  '참석자 3 00:12',
  '클로바노트처럼 이름 줄 아래에 말이 옵니다.',
  '안건: 제목 줄은 화자가 아닙니다.',
  '[00:15:30] 이 주무관: 시각이 앞에 있습니다.',
].join('\n');

function errorOf(run: () => unknown): TranscriptError {
  try {
    run();
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptError');
}

describe(parseTranscript.name, () => {
  it('reads WebVTT: skips the header, NOTE and STYLE blocks and cue ids, keeps voice tags, line numbers and times', () => {
    const sut = parseTranscript(vtt);
    expect(sut.format).toBe('vtt');
    expect(sut.lines).toEqual([
      { n: 13, speaker: '김과장', text: '오늘 회의를 시작하겠습니다.', start: 1 },
      { n: 17, speaker: '박 팀장', text: '대여소 현황을 말씀드리겠습니다.', start: 5 },
      { n: 18, speaker: '박 팀장', text: '두 번째 줄은 같은 화자입니다 & 끝.', start: 5 },
      { n: 21, speaker: '이주무관', text: '줌처럼 이름이 자막 앞에 붙은 경우입니다.', start: 60 },
      { n: 24, speaker: null, text: '태그만 있는 자막', start: 3604.25 },
    ]);
  });

  it('reads SRT: index, comma timings, multi-line cues and dialogue dashes', () => {
    const sut = parseTranscript(srt);
    expect(sut.format).toBe('srt');
    expect(sut.lines).toEqual([
      { n: 3, speaker: '김과장', text: '오늘 회의를 시작하겠습니다.', start: 1 },
      { n: 7, speaker: '박팀장', text: '대여소 현황을', start: 62.5 },
      { n: 8, speaker: '박팀장', text: '말씀드리겠습니다.', start: 62.5 },
      { n: 12, speaker: '김과장', text: '질문 있으신가요?', start: 66 },
      { n: 13, speaker: '박팀장', text: '없습니다.', start: 66 },
    ]);
  });

  it('reads plain text with speaker labels; a line without one continues the last speaker', () => {
    const sut = parseTranscript(txt);
    expect(sut.format).toBe('txt');
    expect(sut.lines.map(({ n, speaker, text }) => [n, speaker, text])).toEqual([
      [1, null, '따릉이 대여소 회의'],
      [3, '김과장', '회의를 시작하겠습니다.'],
      [4, '박팀장', '현황을 보고드리겠습니다.'],
      [5, '박팀장', '보고 내용이 다음 줄로 이어집니다.'],
      [6, '화자1', '녹음 앱이 붙인 번호입니다'],
      [7, '화자 2', '콜론이 있는 번호입니다'],
      [9, '참석자 3', '클로바노트처럼 이름 줄 아래에 말이 옵니다.'],
      [10, '참석자 3', '안건: 제목 줄은 화자가 아닙니다.'],
      [11, '이 주무관', '시각이 앞에 있습니다.'],
    ]);
    expect(sut.lines.at(-1)?.start).toBe(930);
  });

  it('follows the format it is told, and keeps line numbers across Windows line breaks and a byte-order mark', () => {
    expect(parseTranscript('\uFEFF김과장: 첫 줄\r\n\r\n박팀장: 셋째 줄', 'txt').lines.map((l) => [l.n, l.speaker])).toEqual([
      [1, '김과장'],
      [3, '박팀장'],
    ]);
    expect(parseTranscript(srt.replace(/^1\n/, ''), 'auto').format).toBe('srt');
    expect(parseTranscript('00:00:01.000 --> 00:00:02.000 은 평문입니다', 'txt').lines).toHaveLength(1);
  });

  it.each([
    ['an empty string', ''],
    ['white space only', '  \n\t\r\n  '],
    ['WebVTT without cues', 'WEBVTT\n\nNOTE 아직 자막 없음\n'],
  ])('refuses %s as EMPTY', (_name, input) => {
    const sut = errorOf(() => parseTranscript(input));
    expect(sut.code).toBe(TranscriptErrorCode.EMPTY);
    expect(sut.message).toMatch(/empty|no spoken text/);
  });

  it('refuses more speech than MAX_TRANSCRIPT_CHARS as TOO_LONG, and takes exactly the limit', () => {
    const line = '가'.repeat(99) + '\n';
    const atLimit = line.repeat(MAX_TRANSCRIPT_CHARS / 100).replace(/\n/g, '나');
    expect(parseTranscript(atLimit).lines[0].text).toHaveLength(MAX_TRANSCRIPT_CHARS);
    const sut = errorOf(() => parseTranscript(atLimit + '다'));
    expect(sut.code).toBe(TranscriptErrorCode.TOO_LONG);
    expect(sut.message).toContain(String(MAX_TRANSCRIPT_CHARS));
    expect(errorOf(() => parseTranscript(' '.repeat(6 * MAX_TRANSCRIPT_CHARS))).code).toBe(TranscriptErrorCode.TOO_LONG);
  });

  it('refuses binary input as NOT_TEXT: NUL bytes, or mostly control characters', () => {
    const nul = errorOf(() => parseTranscript('ID3\u0004\u0000\u0000김과장: 안녕하세요'));
    expect(nul.code).toBe(TranscriptErrorCode.NOT_TEXT);
    expect(nul.message).toContain('NUL');
    const control = errorOf(() => parseTranscript('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008abc'));
    expect(control.code).toBe(TranscriptErrorCode.NOT_TEXT);
    expect(parseTranscript('김과장: 제어 문자\u0007 하나는 지웁니다').lines[0].text).toBe('제어 문자 하나는 지웁니다');
  });
});

describe(decodeTranscript.name, () => {
  const text = '김과장: 회의를 시작하겠습니다.';

  it('decodes UTF-8, UTF-16 with a byte-order mark and EUC-KR', () => {
    expect(decodeTranscript(new TextEncoder().encode(text))).toBe(text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeTranscript(utf16)).toBe(text);
    // "김과장: " in EUC-KR
    expect(decodeTranscript(Buffer.from([0xb1, 0xe8, 0xb0, 0xfa, 0xc0, 0xe5, 0x3a, 0x20]))).toBe('김과장: ');
  });

  it('refuses bytes that are no text encoding as NOT_TEXT', () => {
    const sut = errorOf(() => decodeTranscript(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x80, 0x81, 0xfe, 0xff, 0x00])));
    expect(sut.code).toBe(TranscriptErrorCode.NOT_TEXT);
  });
});
