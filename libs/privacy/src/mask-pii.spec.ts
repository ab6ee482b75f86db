import { describe, expect, it } from '@jest/globals';
import { containsPii, maskPii } from './index.js';

/** The masked text of an utterance. */
const masked = (text: string) => maskPii(text).text;

/** Asserts that none of the secrets survive masking, as written or with its separators removed. */
function expectHidden(text: string, ...secrets: string[]) {
  const result = masked(text);
  for (const secret of secrets) {
    expect(result).not.toContain(secret);
    expect(result.replace(/[\s-]/g, '')).not.toContain(secret.replace(/[\s-]/g, ''));
  }
}

describe(maskPii.name, () => {
  describe('resident registration numbers', () => {
    it.each([
      ['901010-1234567', '901010-1******'],
      ['9010101234567', '901010-1******'],
      ['901010 1234567', '901010-1******'],
      ['901010 - 1234567', '901010-1******'],
      ['주민번호는 901010-2234567 입니다', '주민번호는 901010-2****** 입니다'],
      ['외국인등록번호 850315-5123456이요', '외국인등록번호 850315-5******이요'],
    ])('keeps the birth date and gender digit of %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it.each([
      ['구공일공일공 다시 일이삼사오육칠', '901010-1******'],
      ['구공일공일공다시일이삼사오육칠', '901010-1******'],
      ['구공일공일공 다시요 일이삼사오육칠', '901010-1******'],
      ['구공일공일공 일이삼사오육칠', '901010-1******'],
      ['구공 일공 일공 다시 일 이삼사 오육칠', '901010-1******'],
      ['구공일공일공-일이삼사오육칠', '901010-1******'],
      ['주민번호는 칠공공삼일오 다시 이일이삼사오육이에요', '주민번호는 700315-2******이에요'],
      ['901010 다시 일이삼사오육칠', '901010-1******'],
    ])('reads the spoken number %s and masks the whole spoken span', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it('never lets the back seven digits through, written or spoken', () => {
      expectHidden('주민번호 901010-1234567', '1234567', '234567');
      expectHidden('주민번호 구공일공일공 다시 일이삼사오육칠', '일이삼사오육칠', '이삼사오육칠');
    });

    it('leaves 13 digits alone when they cannot be a birth date and gender digit', () => {
      expect(masked('901310-1234567')).toBe('901310-1234567');
      expect(masked('901010-9234567')).toBe('901010-9234567');
      expect(masked('구공일삼일공 다시 일이삼사오육칠')).toBe('구공일삼일공 다시 일이삼사오육칠');
    });
  });

  describe('phone numbers', () => {
    it.each([
      ['010-1234-5678', '010-****-5678'],
      ['01012345678', '010-****-5678'],
      ['010 1234 5678', '010-****-5678'],
      ['010.1234.5678', '010-****-5678'],
      ['010-12345678', '010-****-5678'],
      ['011-123-4567', '011-***-4567'],
      ['+82 10 1234 5678', '+82 10-****-5678'],
      ['+82-10-1234-5678', '+82 10-****-5678'],
      ['+821012345678', '+82 10-****-5678'],
      ['02-123-4567', '02-***-4567'],
      ['02-2133-4567', '02-****-4567'],
      ['(02) 123-4567', '02-***-4567'],
      ['031-123-4567', '031-***-4567'],
      ['051 1234 5678', '051-****-5678'],
      ['070-1234-5678', '070-****-5678'],
      ['０１０－１２３４－５６７８', '010-****-5678'],
      ['제 번호는 010-9876-5432예요', '제 번호는 010-****-5432예요'],
    ])('keeps the prefix and last four digits of %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it.each([
      ['공일공 일이삼사 오육칠팔', '010-****-5678'],
      ['공일공일이삼사오육칠팔', '010-****-5678'],
      ['영일공 일이삼사 오육칠팔', '010-****-5678'],
      ['빵일빵 일이삼사 오육칠팔', '010-****-5678'],
      ['공 일 공 일 이 삼 사 오 육 칠 팔', '010-****-5678'],
      ['공일공, 일이삼사, 오육칠팔', '010-****-5678'],
      ['공일공 다시 일이삼사 다시 오육칠팔', '010-****-5678'],
      ['공일공에 일이삼사에 오육칠팔', '010-****-5678'],
      ['공일공하고 일이삼사하고 오육칠팔', '010-****-5678'],
      ['공일공의 일이삼사의 오육칠팔', '010-****-5678'],
      ['공일공-일이삼사-오육칠팔', '010-****-5678'],
      ['공이 삼사오 육칠팔구', '02-***-6789'],
      ['공삼일 일이삼 사오육칠', '031-***-4567'],
      ['공일일 일이삼 사오육칠', '011-***-4567'],
    ])('reads the spoken number %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it.each([
      ['010 일이삼사 5678', '010-****-5678'],
      ['공일공-1234-5678', '010-****-5678'],
      ['공일공 1234 오육칠팔', '010-****-5678'],
    ])('reads the mix of digits and digit words %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it('reads an ending after the last digit word as an ending, not as the digit 이', () => {
      expect(masked('공일공 일이삼사 오육칠팔이에요')).toBe('010-****-5678이에요');
      expect(masked('공일공 일이삼사 오육칠팔이구요')).toBe('010-****-5678이구요');
      expect(masked('공일공 일이삼사 오육칠팔입니다')).toBe('010-****-5678입니다');
      expect(masked('번호는공일공일이삼사오육칠팔이요')).toBe('번호는010-****-5678이요');
      expect(masked('핸드폰이공일공일이삼사오육칠팔')).toBe('핸드폰이010-****-5678');
    });

    it('reads a final 이 as the digit 2 when only that reading gives a phone number', () => {
      expect(masked('공일공 일이삼사 오육팔이요')).toBe('010-****-5682요');
      expect(masked('공일공 일이삼사 오육칠이예요')).toBe('010-****-5672예요');
    });

    it('never lets the middle digits through, written or spoken', () => {
      expectHidden('연락처 010-1234-5678', '1234');
      expectHidden('연락처 공일공 일이삼사 오육칠팔', '일이삼사', '1234');
      expectHidden('연락처 010 일이삼사 5678', '일이삼사', '1234');
    });

    it.each([
      '120에 전화했어요',
      '119 불러주세요',
      '112에 신고했어요',
      '109 상담전화요',
      '1588-1234로 전화하세요',
      '고객센터 1577 1000번이요',
      '080-123-4567 수신자 부담이에요',
      '02-120으로 걸면 돼요',
      '공일공 일이삼사',
      '공일공일이삼사오육칠팔구공일이',
    ])('leaves service, business and incomplete numbers alone: %s', (text) => {
      expect(masked(text)).toBe(text);
    });
  });

  describe('card numbers', () => {
    it.each([
      ['1234-5678-9012-3456', '1234-****-****-3456'],
      ['1234 5678 9012 3456', '1234-****-****-3456'],
      ['1234567890123456', '1234-****-****-3456'],
      ['3782-822463-10005', '3782-*******-0005'],
      ['378282246310005', '3782-*******-0005'],
      ['카드번호 4111 1111 1111 1111 이요', '카드번호 4111-****-****-1111 이요'],
      ['사일일일 일일일일 일일일일 일일일일', '4111-****-****-1111'],
      ['사일일일 다시 일일일일 다시 일일일일 다시 일일일일', '4111-****-****-1111'],
      ['사일일일일일일일일일일일일일일일', '4111-****-****-1111'],
      ['삼칠팔이 팔이이사육삼 일공공공오', '3782-*******-0005'],
    ])('keeps the first and last four digits of %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it('never lets the middle eight digits through', () => {
      expectHidden('1234-5678-9012-3456', '5678', '9012');
      expectHidden('사일일일 오육칠팔 구공일이 일일일일', '오육칠팔', '구공일이', '5678', '9012');
    });
  });

  describe('bank account numbers', () => {
    it.each([
      ['110-123-456789', '***-***-**6789'],
      ['1002-123-456789', '****-***-**6789'],
      ['123-456789-01-234', '***-******-*1-234'],
      ['국민은행 123456-01-123456', '국민은행 ******-**-**3456'],
      ['신한은행 110-123-456789로 보내주세요', '신한은행 ***-***-**6789로 보내주세요'],
    ])('masks all but the last four digits of %s and keeps its dashes', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it.each([
      ['계좌번호는 110123456789', '계좌번호는 ********6789'],
      ['계좌 1002 123 456789', '계좌 ****-***-**6789'],
      ['통장 번호는 3021234567811 이에요', '통장 번호는 *********7811 이에요'],
      ['계좌번호는 일일공 일이삼 사오육칠팔구입니다', '계좌번호는 ***-***-**6789입니다'],
      ['통장 일일공일이삼사오육칠팔구', '통장 ********6789'],
      ['계좌번호가 어떻게 되냐면 일일공 일이삼 사오육칠팔구요', '계좌번호가 어떻게 되냐면 ***-***-**6789요'],
    ])('masks a run of digits said right after 계좌 or 통장: %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it('leaves a run of 10 to 14 digits alone when nothing says it is an account', () => {
      expect(masked('접수번호 110123456789')).toBe('접수번호 110123456789');
      expect(masked('일일공 일이삼 사오육칠팔구')).toBe('일일공 일이삼 사오육칠팔구');
    });

    it('prefers a phone number to an account after 계좌', () => {
      expect(masked('계좌 말고 010-1234-5678로 연락주세요')).toBe('계좌 말고 010-****-5678로 연락주세요');
    });
  });

  describe('e-mail addresses', () => {
    it.each([
      ['hong.gildong@example.com', 'h***@example.com'],
      ['메일은 hong123@naver.com이고요', '메일은 h***@naver.com이고요'],
      ['a@b.co', 'a***@b.co'],
      ['Kim_Seoul+120@mail.seoul.go.kr 로 보내주세요', 'K***@mail.seoul.go.kr 로 보내주세요'],
    ])('keeps the first character and the domain of %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it('does not read digits inside an e-mail address as a phone number', () => {
      expect(maskPii('01012345678@example.com').findings.map((f) => f.kind)).toEqual(['email']);
      expect(masked('01012345678@example.com')).toBe('0***@example.com');
    });
  });

  describe('street addresses', () => {
    it.each([
      ['세종대로 110', '세종대로 ***'],
      ['세종대로110', '세종대로***'],
      ['서울시 중구 세종대로 110에 있어요', '서울시 중구 세종대로 ***에 있어요'],
      ['테헤란로 12길 34', '테헤란로 12길 **'],
      ['테헤란로12길 34, 5층', '테헤란로12길 **, *층'],
      ['올림픽로 300-1', '올림픽로 ***-*'],
      ['올림픽로35가길 10', '올림픽로35가길 **'],
      ['을지로 100', '을지로 ***'],
      ['종로 1', '종로 *'],
    ])('keeps the road name and masks the building number of %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it.each([
      ['역삼동 123-45', '역삼동 ***-**'],
      ['신림동 1234번지', '신림동 ****번지'],
      ['역삼1동 123', '역삼1동 ***'],
      ['봉평리 산 12-3', '봉평리 산 **-*'],
    ])('keeps the 동 or 리 and masks the lot number of %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it.each([
      ['101동 1203호', '***동 ****호'],
      ['래미안 101동 1203호요', '래미안 ***동 ****호요'],
      ['도봉로 123 101동 1203호에 살아요', '도봉로 *** ***동 ****호에 살아요'],
      ['세종대로 110 1203호', '세종대로 *** ****호'],
    ])('masks apartment unit details: %s', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it.each([
      '삼성동에 살아요',
      '역삼동 주민센터가 어디예요',
      '을지로 4가역',
      '종로 3가',
      '세종대로 2번 출구',
      '강남대로 1.5km 직진',
      '도로 5분 거리',
      '버스로 10분',
      '다산콜센터로 120에 전화했어요',
      '우리 3명이에요',
      '운동 30분 했어요',
      '출동 119 불러주세요',
      '테헤란로 12길',
      '3호선 2번 출구',
    ])('leaves a place without a house number alone: %s', (text) => {
      expect(masked(text)).toBe(text);
    });
  });

  describe('findings', () => {
    it('lists every finding with its kind and its span in the original text, sorted by start', () => {
      const text = '제 번호는 공일공 일이삼사 오육칠팔이고 메일은 kim@example.com, 주소는 세종대로 110, 주민번호 901010-1234567';
      const { findings } = maskPii(text);
      expect(findings.map((f) => f.kind)).toEqual(['phone', 'email', 'address', 'rrn']);
      expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([
        '공일공 일이삼사 오육칠팔',
        'kim@example.com',
        '세종대로 110',
        '901010-1234567',
      ]);
      expect([...findings].sort((a, b) => a.start - b.start)).toEqual(findings);
    });

    it('masks several numbers in one run of digits separately', () => {
      expect(masked('010-1234-5678 010-8765-4321')).toBe('010-****-5678 010-****-4321');
      expect(masked('공일공 일이삼사 오육칠팔 구공일공일공 다시 일이삼사오육칠')).toBe('010-****-5678 901010-1******');
    });

    it('returns nothing to mask for text without personal information', () => {
      expect(maskPii('여권 발급 수수료가 얼마예요')).toEqual({ text: '여권 발급 수수료가 얼마예요', findings: [] });
    });
  });

  describe('ordinary 120 calls', () => {
    it.each([
      '여권 재발급 받으려면 어디로 가야 하나요?',
      '여권 발급 수수료가 5만 3천 원이라고 들었는데 맞나요',
      '주차 위반 과태료 4만 원 고지서를 받았어요',
      '주정차 위반 과태료 납부 기한이 2026년 3월 31일까지인가요',
      '472번 버스 배차 간격이 어떻게 되나요',
      '버스 740번이랑 7016번 중에 뭐 타면 돼요',
      '버스 143 151 152번 다 가요',
      '지하철 2호선 강남역 3번 출구로 나오세요',
      '3호선 타고 교대역에서 2호선으로 갈아타요',
      '1호선 2호선 3호선 4호선 5호선',
      '오늘 오후 2시 30분까지 가능한가요',
      '10시부터 6시까지 운영해요',
      '오전 9시 ~ 오후 6시',
      '120에 전화하면 되나요',
      '119에 신고했어요 112에도 했어요',
      '109 자살예방 상담전화 번호 알려주세요',
      '1588-1234로 전화하라고 하던데요',
      '고객센터 1577-1000 번호 맞나요',
      '구청에 가서 신청하면 돼요',
      '이사 가는데 전입신고는 어떻게 해요',
      '이번 주 일요일에 이사 가요',
      '요즘 일이 많아요',
      '오늘 날씨가 좋네요',
      '삼성동에 사는데요 코엑스 근처예요',
      '65세 어르신 교통카드 발급 문의요',
      '70세 이상 어르신은 무료인가요',
      '2026년 1월 1일부터 바뀌었어요',
      '2025.12.31까지 신청하세요',
      '2026-03-15부터 2026-04-15까지예요',
      '10월 9일 한글날 쉬나요',
      '전기요금 3만 2천 원 나왔어요',
      '국민연금 월 30만 원 받아요',
      '따릉이 1시간 이용권은 1000원이에요',
      '대형 폐기물 스티커 3천 원짜리 사면 돼요',
      '쓰레기 배출은 저녁 8시부터 새벽 3시까지예요',
      '도로 5분 정도 걸어가면 있어요',
      '택시로 10분이면 가요',
      '구로구 구로동 주민센터 2층이에요',
      '영등포구청 민원실 101호로 오세요',
      '강남구 역삼1동 주민센터 위치가 어디예요',
      '서울시청 8층에서 해요',
      '아이가 3살인데 어린이집 신청이요',
      '임대주택 청약 1순위 조건이 뭐예요',
      '접수번호 2026-0315 확인 부탁드려요',
      '코로나 예방접종 2차 3차 다 맞았어요',
      '이 일 이사 일정이랑 겹쳐요',
      '사이사이 시간 날 때 가요',
      '오이 구이 팔아요',
      '팔 다쳐서 병원 가요',
      '사 오 년 전에 이사 왔어요',
      '영업시간이 구시부터 육시까지인가요',
      '오늘 구청 민원실 일 층에 가면 돼요',
      '공공근로 일자리 신청이요',
      '빵집 앞 버스정류장이요',
      '일일구에 신고했어요',
      '삼십만 원 나왔어요',
      '12-34번 마을버스',
    ])('leaves "%s" unchanged', (text) => {
      expect(maskPii(text)).toEqual({ text, findings: [] });
    });
  });

  describe('idempotency', () => {
    it.each([
      '주민번호 901010-1234567, 전화 010-1234-5678',
      '구공일공일공 다시 일이삼사오육칠이에요',
      '공일공 일이삼사 오육칠팔이구요',
      '핸드폰이공일공일이삼사오육칠팔',
      '+82 10 1234 5678',
      '(02) 123-4567',
      '카드 1234 5678 9012 3456',
      '계좌번호는 일일공 일이삼 사오육칠팔구입니다',
      '계좌 110123456789 1234567890',
      'hong.gildong@example.com',
      '세종대로 110 101동 1203호',
      '역삼동 123-45 신림동 1234번지',
      '이름은 홍길동, 010-1234-5678, 901010-1234567, hong@example.com, 테헤란로 12길 34',
    ])('masks %s once and for all', (text) => {
      const once = maskPii(text);
      const twice = maskPii(once.text);
      expect(twice.text).toBe(once.text);
      expect(twice.findings).toEqual([]);
    });
  });

  describe('robustness', () => {
    it('returns an empty result for an empty string', () => {
      expect(maskPii('')).toEqual({ text: '', findings: [] });
    });

    it('keeps emoji and other characters around a number intact', () => {
      expect(masked('😀 010-1234-5678 👍')).toBe('😀 010-****-5678 👍');
      expect(masked('☎️공일공 일이삼사 오육칠팔🙏')).toBe('☎️010-****-5678🙏');
    });

    it.each([
      ['', ''],
      ['*', '*'],
      ['-', '-'],
      ['@', '@'],
      ['\u0000\uffff\ud800', '\u0000\uffff\ud800'],
      ['****-****', '****-****'],
    ])('never throws on odd input %j', (text, expected) => {
      expect(masked(text)).toBe(expected);
    });

    it('treats a non-string from an untyped caller as text instead of throwing', () => {
      expect(maskPii(undefined as unknown as string)).toEqual({ text: '', findings: [] });
      expect(masked(1012345678 as unknown as string)).toBe('1012345678');
    });

    it('masks every number in a very long text in time', () => {
      const line = '제 번호는 공일공 일이삼사 오육칠팔이고 주소는 세종대로 110입니다. ';
      const started = Date.now();
      const result = maskPii(line.repeat(2000));
      expect(result.findings).toHaveLength(4000);
      expect(result.text).not.toContain('일이삼사');
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('stays fast on long runs of digits, dashes and digit words', () => {
      const started = Date.now();
      for (const text of ['1-'.repeat(20000), '12 '.repeat(20000), '공일'.repeat(50000), '*1'.repeat(20000), 'a@' + 'b.'.repeat(20000)]) {
        expect(() => maskPii(text)).not.toThrow();
      }
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });
});

describe(containsPii.name, () => {
  it('is true for text holding personal information, written or spoken', () => {
    expect(containsPii('제 번호는 010-1234-5678이에요')).toBe(true);
    expect(containsPii('구공일공일공 다시 일이삼사오육칠')).toBe(true);
    expect(containsPii('hong@example.com')).toBe(true);
    expect(containsPii('세종대로 110')).toBe(true);
  });

  it('is false for ordinary questions and for text already masked', () => {
    expect(containsPii('120에 전화했어요, 구청에 가요')).toBe(false);
    expect(containsPii(maskPii('010-1234-5678, 901010-1234567, hong@example.com, 세종대로 110').text)).toBe(false);
  });
});
