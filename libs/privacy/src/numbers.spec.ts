import { describe, expect, it } from '@jest/globals';
import { type NumberCandidate, findNumbers, maskNumber } from './numbers.js';

/** A candidate written in the given groups ("010-1234-5678" → ['010', '1234', '5678']). */
function written(groups: string[], shape: Partial<NumberCandidate> = {}): NumberCandidate {
  const breaks: number[] = [];
  let length = 0;
  for (const group of groups.slice(0, -1)) breaks.push((length += group.length));
  return {
    digits: groups.join(''),
    breaks,
    freelyGrouped: false,
    international: false,
    dashed: false,
    afterAccountWord: false,
    ...shape,
  };
}

describe(maskNumber.name, () => {
  describe('rrn', () => {
    it('checks the birth month, day and gender digit', () => {
      expect(maskNumber('rrn', written(['901231', '2234567']))).toBe('901231-2******');
      expect(maskNumber('rrn', written(['851301', '1234567']))).toBeUndefined();
      expect(maskNumber('rrn', written(['850132', '1234567']))).toBeUndefined();
      expect(maskNumber('rrn', written(['850100', '1234567']))).toBeUndefined();
      expect(maskNumber('rrn', written(['850101', '0234567']))).toBeUndefined();
      expect(maskNumber('rrn', written(['850101', '9234567']))).toBeUndefined();
    });

    it('accepts the foreigner gender digits 5 to 8', () => {
      expect(maskNumber('rrn', written(['850101', '5234567']))).toBe('850101-5******');
      expect(maskNumber('rrn', written(['850101', '8234567']))).toBe('850101-8******');
    });

    it('accepts a written number split only after the birth date, a spoken one split anywhere', () => {
      expect(maskNumber('rrn', written(['9010101234567']))).toBe('901010-1******');
      expect(maskNumber('rrn', written(['9010', '101234567']))).toBeUndefined();
      expect(maskNumber('rrn', written(['9010', '101234567'], { freelyGrouped: true }))).toBe('901010-1******');
    });
  });

  describe('phone', () => {
    it('knows mobile prefixes, Seoul, other area codes and internet phones', () => {
      expect(maskNumber('phone', written(['010', '1234', '5678']))).toBe('010-****-5678');
      expect(maskNumber('phone', written(['019', '123', '4567']))).toBe('019-***-4567');
      expect(maskNumber('phone', written(['02', '123', '4567']))).toBe('02-***-4567');
      expect(maskNumber('phone', written(['064', '1234', '5678']))).toBe('064-****-5678');
      expect(maskNumber('phone', written(['070', '1234', '5678']))).toBe('070-****-5678');
    });

    it('rejects business, toll-free and unknown prefixes and wrong lengths', () => {
      expect(maskNumber('phone', written(['1588', '1234']))).toBeUndefined();
      expect(maskNumber('phone', written(['080', '123', '4567']))).toBeUndefined();
      expect(maskNumber('phone', written(['012', '1234', '5678']))).toBeUndefined();
      expect(maskNumber('phone', written(['010', '12345', '5678']))).toBeUndefined();
      expect(maskNumber('phone', written(['02', '12', '4567']))).toBeUndefined();
    });

    it('accepts a written split only after the prefix and before the last four digits', () => {
      expect(maskNumber('phone', written(['0101234', '5678']))).toBe('010-****-5678');
      expect(maskNumber('phone', written(['01', '01234', '5678']))).toBeUndefined();
    });

    it('takes a spoken 010 number only with eight digits after the prefix', () => {
      expect(maskNumber('phone', written(['010', '123', '4567']))).toBe('010-***-4567');
      expect(maskNumber('phone', written(['010', '123', '4567'], { freelyGrouped: true }))).toBeUndefined();
    });

    it('reads +82 with or without the leading zero of the national number', () => {
      expect(maskNumber('phone', written(['82', '10', '1234', '5678'], { international: true }))).toBe('+82 10-****-5678');
      expect(maskNumber('phone', written(['82', '010', '1234', '5678'], { international: true }))).toBe('+82 10-****-5678');
      expect(maskNumber('phone', written(['82', '2', '123', '4567'], { international: true }))).toBe('+82 2-***-4567');
      expect(maskNumber('phone', written(['83', '10', '1234', '5678'], { international: true }))).toBeUndefined();
    });
  });

  describe('card', () => {
    it('takes 16 digits in fours or 15 in 4-6-5, never starting with 0', () => {
      expect(maskNumber('card', written(['1234', '5678', '9012', '3456']))).toBe('1234-****-****-3456');
      expect(maskNumber('card', written(['3782', '822463', '10005']))).toBe('3782-*******-0005');
      expect(maskNumber('card', written(['0234', '5678', '9012', '3456']))).toBeUndefined();
      expect(maskNumber('card', written(['123', '45678', '9012', '3456']))).toBeUndefined();
      expect(maskNumber('card', written(['1234', '5678', '9012']))).toBeUndefined();
    });
  });

  describe('account', () => {
    it('takes 10 to 14 digits in three or more dashed groups the way banks print them', () => {
      expect(maskNumber('account', written(['110', '123', '456789'], { dashed: true }))).toBe('***-***-**6789');
      expect(maskNumber('account', written(['123', '456789', '01', '234'], { dashed: true }))).toBe('***-******-*1-234');
      expect(maskNumber('account', written(['110', '123', '456789']))).toBeUndefined();
      expect(maskNumber('account', written(['110', '1', '23456789'], { dashed: true }))).toBeUndefined();
      expect(maskNumber('account', written(['080', '123', '4567'], { dashed: true }))).toBeUndefined();
      expect(maskNumber('account', written(['110', '123', '45678901234'], { dashed: true }))).toBeUndefined();
    });

    it('takes any 10 to 14 digits said right after an account word', () => {
      expect(maskNumber('account', written(['110123456789'], { afterAccountWord: true }))).toBe('********6789');
      expect(maskNumber('account', written(['110', '123', '456789'], { afterAccountWord: true, freelyGrouped: true }))).toBe(
        '***-***-**6789',
      );
      expect(maskNumber('account', written(['123456789'], { afterAccountWord: true }))).toBeUndefined();
    });
  });
});

describe(findNumbers.name, () => {
  it('finds every number with its kind, span and masked form', () => {
    const text = '번호 010-1234-5678, 주민번호 구공일공일공 다시 일이삼사오육칠';
    expect(findNumbers(text)).toEqual([
      { kind: 'phone', start: 3, end: 16, replacement: '010-****-5678' },
      { kind: 'rrn', start: 23, end: 40, replacement: '901010-1******' },
    ]);
  });

  it('includes the plus sign of an international number and the bracket around an area code', () => {
    expect(findNumbers('tel +82 10 1234 5678')).toEqual([{ kind: 'phone', start: 4, end: 20, replacement: '+82 10-****-5678' }]);
    expect(findNumbers('(02) 123-4567')).toEqual([{ kind: 'phone', start: 0, end: 13, replacement: '02-***-4567' }]);
  });

  it('tries the more specific kind first', () => {
    expect(findNumbers('계좌 010-1234-5678').map((n) => n.kind)).toEqual(['phone']);
    expect(findNumbers('통장 9010101234567').map((n) => n.kind)).toEqual(['rrn']);
  });

  it('reads 계좌, 통장 and 은행 only when said shortly before the number', () => {
    expect(findNumbers('계좌번호는 110123456789').map((n) => n.kind)).toEqual(['account']);
    expect(findNumbers('신한은행 일일공일이삼사오육칠팔구').map((n) => n.kind)).toEqual(['account']);
    expect(findNumbers('계좌 이체는 다음 주에 하기로 했고요 제 접수번호는 110123456789')).toEqual([]);
    expect(findNumbers('계좌 110-123-456789 그리고 1234567890').map((n) => n.kind)).toEqual(['account']);
  });

  it('skips numbers inside blocked spans', () => {
    expect(findNumbers('01012345678', [{ start: 0, end: 11 }])).toEqual([]);
  });
});
