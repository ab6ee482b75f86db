import { describe, expect, it } from '@jest/globals';
import { checkGongmun } from './check.js';
import { GOOD_LETTER, withLine } from './example-letter.js';
import { RULES, type RuleId } from './types.js';

function found(text: string, kind?: 'letter' | 'minutes' | 'press-release'): [RuleId, number][] {
  return checkGongmun(text, { kind }).findings.map((f) => [f.rule, f.line]);
}

describe(checkGongmun.name, () => {
  it('passes a letter written to the rules with no errors and no warnings', () => {
    const sut = checkGongmun(GOOD_LETTER);
    expect(sut.findings).toEqual([]);
    expect(sut).toEqual({ findings: [], errors: 0, warnings: 0 });
  });

  it('accepts Windows line ends, tab indentation and an internal approval without a sender', () => {
    const tabbed = GOOD_LETTER.replace(/^ {2}(?=[가-라]\.)/gmu, '\t');
    expect(found(tabbed)).toEqual([]);
    expect(found(GOOD_LETTER.replace(/\n/g, '\r\n'))).toEqual([]);
    const internal = withLine(3, '수신  내부결재', GOOD_LETTER.split('\n').slice(0, 16).join('\n'));
    expect(found(internal)).toEqual([]);
  });

  // Each fault on its own: exactly the findings listed, at the lines listed.
  const faults: [string, string, [RuleId, number][]][] = [
    ['a missing 제목', withLine(5, ''), [['header-title', 5]]],
    ['a 제목 with no title', withLine(5, '제목'), [['header-title', 5]]],
    ['a missing 수신', withLine(3, ''), [['header-recipient', 5]]],
    [
      '수신 after 제목',
      withLine(5, '수신  수신자 참조', withLine(3, '제목  겨울철 시내버스 정류소 안전 점검 협조 요청')),
      [['header-order', 3]],
    ],
    ["'수신자 참조' without the 수신자 line", withLine(26, ''), [['recipient-list-missing', 3]]],
    ['a date with hyphens', withLine(7, '1. 관련: 서울특별시 교통정책과-1234(2026-11-03)'), [['date-format', 7]]],
    ['a date with slashes', withLine(7, '1. 관련: 서울특별시 교통정책과-1234(2026/11/3)'), [['date-format', 7]]],
    ['a date with leading zeros', withLine(7, '1. 관련: 서울특별시 교통정책과-1234(2026. 01. 05.)'), [['date-format', 7]]],
    [
      'a date without spaces',
      withLine(13, '3. 점검 결과는 붙임 서식에 따라 작성하여 2026.12.18.(금)까지 교통정책과로 보내 주시기 바랍니다.'),
      [['date-format', 13]],
    ],
    [
      'a date without its last stop',
      withLine(13, '3. 점검 결과는 붙임 서식에 따라 작성하여 2026. 12. 18(금)까지 교통정책과로 보내 주시기 바랍니다.'),
      [['date-format', 13]],
    ],
    [
      'a date in 년 월 일',
      withLine(13, '3. 점검 결과는 붙임 서식에 따라 작성하여 2026년 12월 18일(금)까지 교통정책과로 보내 주시기 바랍니다.'),
      [['date-words', 13]],
    ],
    ['a wrong weekday', withLine(9, '  가. 점검 기간: 2026. 12. 1.(수)~12. 12.(토)'), [['date-weekday', 9]]],
    [
      '12-hour times',
      withLine(10, '  나. 점검 시간: 매일 오전 10시~오후 5시'),
      [
        ['time-12h', 10],
        ['time-12h', 10],
      ],
    ],
    ['an English 12-hour time', withLine(10, '  나. 점검 시간: 매일 10:00~5:00 PM'), [['time-12h', 10]]],
    [
      'hours and minutes in words',
      withLine(10, '  나. 점검 시간: 매일 10시 00분~17시 30분'),
      [
        ['time-format', 10],
        ['time-format', 10],
      ],
    ],
    [
      'hours alone',
      withLine(10, '  나. 점검 시간: 매일 10시~17시'),
      [
        ['time-hour-only', 10],
        ['time-hour-only', 10],
      ],
    ],
    ['an amount without 금 and words', withLine(12, '  라. 점검 수당: 1인당 1일 5만원'), [['amount-format', 12]]],
    ['an amount in words that do not match', withLine(12, '  라. 점검 수당: 1인당 1일 금50,000원(금오천원)'), [['amount-format', 12]]],
    ['a skipped level', withLine(12, '      (1) 점검 수당: 1인당 1일 금50,000원(금오만원)'), [['item-level-skip', 12]]],
    [
      'a gap in the numbering',
      withLine(13, '4. 점검 결과는 붙임 서식에 따라 작성하여 2026. 12. 18.(금)까지 교통정책과로 보내 주시기 바랍니다.'),
      [['item-sequence', 13]],
    ],
    [
      'a gap in the Hangul series',
      withLine(11, '  마. 점검 기준: 서울특별시 버스 정류소 안전 관리 지침'),
      [
        ['item-sequence', 11],
        ['item-sequence', 12],
      ],
    ],
    ['a mis-indented item', withLine(10, '    나. 점검 시간: 매일 10:00~17:00'), [['item-indent', 10]]],
    ['no space after a marker', withLine(10, '  나.점검 시간: 매일 10:00~17:00'), [['item-spacing', 10]]],
    ['a missing 끝.', withLine(16, '      2. 점검 결과 보고 서식 1부.'), [['end-mark-missing', 16]]],
    ['끝. with one space', withLine(16, '      2. 점검 결과 보고 서식 1부. 끝.'), [['end-mark-spacing', 16]]],
    [
      '끝. on the body although there are attachments',
      withLine(
        16,
        '      2. 점검 결과 보고 서식 1부.',
        withLine(13, '3. 점검 결과는 붙임 서식에 따라 작성하여 2026. 12. 18.(금)까지 교통정책과로 보내 주시기 바랍니다.  끝.'),
      ),
      [['end-mark-position', 13]],
    ],
    ['text after 끝.', withLine(19, '기타 문의 사항은 교통정책과로 연락 바랍니다.'), [['text-after-end', 19]]],
    ['no 발신명의', withLine(18, ''), [['sender-missing', 20]]],
    ['an attachment without a quantity', withLine(15, '붙임  1. 정류소 안전 점검 계획서'), [['attachment-quantity', 15]]],
    ['attachments numbered 1., 3.', withLine(16, '      3. 점검 결과 보고 서식 1부.  끝.'), [['attachment-numbering', 16]]],
    [
      'two attachments without numbers',
      withLine(16, '      점검 결과 보고 서식 1부.  끝.', withLine(15, '붙임  정류소 안전 점검 계획서 1부.')),
      [
        ['attachment-numbering', 15],
        ['attachment-numbering', 16],
      ],
    ],
    ['one space after 붙임', withLine(15, '붙임 1. 정류소 안전 점검 계획서 1부.'), [['attachment-spacing', 15]]],
    [
      'a single attachment with a number',
      withLine(16, '', withLine(15, '붙임  1. 정류소 안전 점검 계획서 1부.  끝.')),
      [['attachment-single-numbered', 15]],
    ],
    [
      'an archaic word',
      withLine(13, '3. 점검 결과는 붙임 서식에 따라 작성하여 2026. 12. 18.(금)까지 교통정책과로 송부하여 주시기 바랍니다.'),
      [['plain-word', 13]],
    ],
    [
      'an authoritative ending',
      withLine(13, '3. 점검 결과는 붙임 서식에 따라 작성하여 2026. 12. 18.(금)까지 교통정책과로 제출할 것.'),
      [['plain-authoritative', 13]],
    ],
    ['a foreign word', withLine(11, '  다. 점검 기준: 서울특별시 버스 정류소 안전 관리 매뉴얼'), [['plain-foreign', 11]]],
    ['a double passive', withLine(11, '  다. 점검 기준: 점검표는 자치구에 배부되어집니다.'), [['plain-passive', 11]]],
    ['에 있어서', withLine(11, '  다. 점검 기준: 점검에 있어서 안전을 먼저 살핍니다.'), [['plain-translationese', 11]]],
    [
      'a long sentence',
      withLine(
        8,
        '2. 겨울철 폭설과 한파에 대비하여 시내버스 정류소의 결빙 상태를 확인하고 안내 표지의 훼손 여부를 살피며 승차대 주변의 제설 상태를 점검하는 안전 점검을 다음과 같이 실시하오니 각 자치구에서는 담당 공무원을 지정하여 협조하여 주시기 바랍니다.',
      ),
      [['plain-long-sentence', 8]],
    ],
    ['및/또는', withLine(11, '  다. 점검 기준: 정류소 및/또는 승차대의 안전 관리 지침'), [['plain-conjunction', 11]]],
    ['a chain of 인하여', withLine(11, '  다. 점검 기준: 폭설로 인한 결빙으로 인한 사고를 막습니다.'), [['plain-cause-chain', 11]]],
  ];

  it.each(faults)('finds %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('covers more than thirty distinct rules with the faults above', () => {
    expect(new Set(faults.flatMap(([, , expected]) => expected.map(([rule]) => rule))).size).toBeGreaterThanOrEqual(30);
  });

  it('reports the column, the excerpt, the severity from the rule table and a suggestion', () => {
    const sut = checkGongmun(withLine(7, '1. 관련: 서울특별시 교통정책과-1234(2026-11-03)'));
    expect(sut.findings).toEqual([
      {
        rule: 'date-format',
        severity: 'error',
        line: 7,
        column: 25,
        excerpt: '2026-11-03',
        message: expect.stringContaining('온점'),
        suggestion: '2026. 11. 3.',
      },
    ]);
    expect(sut.errors).toBe(1);
    expect(sut.warnings).toBe(0);
    for (const f of checkGongmun(withLine(10, '  나. 점검 시간: 매일 10시~17시')).findings) expect(f.severity).toBe(RULES[f.rule].severity);
  });

  it('finds 1) straight after 1. and a lone item', () => {
    const text = [
      '수신  서울특별시 종로구청장',
      '제목  회의 개최 알림',
      '',
      '1. 회의를 다음과 같이 엽니다.',
      '  1) 일시: 2026. 12. 3.(목) 14:00',
      '2. 많은 참석 바랍니다.  끝.',
      '',
      '서울특별시장',
    ].join('\n');
    expect(found(text)).toEqual([['item-level-skip', 5]]);
    const lone = [
      '수신  서울특별시 종로구청장',
      '제목  회의 개최 알림',
      '',
      '1. 회의를 다음과 같이 엽니다.',
      '  가. 일시: 2026. 12. 3.(목) 14:00',
      '  나. 장소: 서울특별시청 본관 3층 회의실  끝.',
      '',
      '서울특별시장',
    ].join('\n');
    expect(found(lone)).toEqual([['item-single', 4]]);
  });

  it('finds a letter that starts at 가. or at 2.', () => {
    const head = ['수신  서울특별시 종로구청장', '제목  회의 개최 알림', ''];
    const tail = ['', '서울특별시장'];
    expect(found([...head, '가. 일시: 2026. 12. 3.(목) 14:00', '나. 장소: 시청  끝.', ...tail].join('\n'))).toEqual([
      ['item-level-skip', 4],
      ['item-indent', 5],
    ]);
    expect(found([...head, '2. 일시: 2026. 12. 3.(목) 14:00', '3. 장소: 시청  끝.', ...tail].join('\n'))).toEqual([['item-sequence', 4]]);
    // Unnumbered opening text, then its 가. and 나.: the text is the lone, unnumbered first level.
    expect(
      found([...head, '회의를 다음과 같이 엽니다.', '  가. 일시: 2026. 12. 3.(목) 14:00', '  나. 장소: 시청  끝.', ...tail].join('\n')),
    ).toEqual([]);
  });

  it('checks minutes for their fields, numbering and notation, without 수신 or 끝.', () => {
    const minutes = [
      '겨울철 대중교통 안전 대책 실무협의회 회의록',
      '',
      '□ 회의명: 겨울철 대중교통 안전 대책 실무협의회',
      '□ 일시: 2026. 11. 26.(목) 14:00~16:00',
      '□ 장소: 서울특별시청 본관 3층 회의실',
      '□ 참석자: 교통정책과장 등 12명',
      '',
      '□ 회의 내용',
      '1. 정류소 결빙 대책 보고',
      '2. 제설 장비 배치 현황 공유',
      '□ 결정 사항',
      '1. 2026. 12. 1.부터 정류소 점검 실시',
      '2. 다음 회의: 2026. 12. 10.(목) 10:00',
    ];
    expect(found(minutes.join('\n'), 'minutes')).toEqual([]);
    const faulty = [...minutes];
    faulty[4] = '';
    faulty[12] = '3. 다음 회의: 2026. 12. 10.(목) 오전 10시';
    expect(found(faulty.join('\n'), 'minutes')).toEqual([
      ['minutes-header', 1],
      ['item-sequence', 13],
      ['time-12h', 13],
    ]);
  });

  it('checks a press release for its fields and lets it end without 끝.', () => {
    const press = [
      '보도자료',
      '보도일시  2026. 11. 26.(목) 06:00    배포일시  2026. 11. 25.(수) 14:00',
      '담당 부서  교통정책과    담당자  주무관 홍길동 (02-2133-0000)',
      '',
      '서울시, 겨울철 시내버스 정류소 1,200곳 안전 점검',
      '',
      '□ 서울시는 12월 1일부터 12일까지 시내버스 정류소 1,200곳의 결빙과 제설 상태를 점검한다고 밝혔다.',
      '  ○ 점검 결과는 서울시 누리집에 공개한다.',
      '',
      '붙임  점검 대상 정류소 목록 1부.',
    ];
    expect(found(press.join('\n'), 'press-release')).toEqual([]);
    const faulty = [...press];
    faulty[2] = '';
    faulty[7] = '  ○ 점검 결과는 서울시 홈페이지에 공개한다.';
    expect(found(faulty.join('\n'), 'press-release')).toEqual([
      ['press-header', 1],
      ['plain-foreign', 8],
    ]);
    // The letter rules would have asked for 수신, 제목, 끝. and a sender.
    expect(found(press.join('\n')).map(([rule]) => rule)).toEqual(
      expect.arrayContaining(['header-recipient', 'header-title', 'end-mark-missing']),
    );
  });

  it('is deterministic and rejects an unknown kind', () => {
    const text = withLine(10, '  나. 점검 시간: 매일 오전 10시~오후 5시');
    expect(checkGongmun(text)).toEqual(checkGongmun(`${text}`));
    expect(() => checkGongmun(text, { kind: 'memo' as 'letter' })).toThrow(RangeError);
  });

  it('gives the letter errors for an empty text without throwing', () => {
    expect(found('')).toEqual([
      ['end-mark-missing', 1],
      ['header-recipient', 1],
      ['header-title', 1],
      ['sender-missing', 1],
    ]);
  });
});
