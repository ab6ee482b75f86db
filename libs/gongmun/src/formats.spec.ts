import { describe, expect, it } from '@jest/globals';
import { formatAmount, formatKoreanDate, formatTime, koreanWeekday, numberToKoreanWords, parseAmount } from './formats.js';

describe(numberToKoreanWords.name, () => {
  it.each([
    [0, '영'],
    [1, '일'],
    [10, '일십'],
    [15, '일십오'],
    [100, '일백'],
    [1000, '일천'],
    [5000, '오천'],
    [10000, '일만'],
    [10001, '일만일'],
    [50000, '오만'],
    [113560, '일십일만삼천오백육십'],
    [1234500, '일백이십삼만사천오백'],
    [100000000, '일억'],
    [120000000, '일억이천만'],
    [100010000, '일억일만'],
    [1000000000, '일십억'],
    [1000000000000, '일조'],
    [Number.MAX_SAFE_INTEGER, '구천칠조일천구백구십이억오천사백칠십사만구백구십일'],
  ])('writes %d as %s', (n, words) => {
    expect(numberToKoreanWords(n)).toBe(words);
  });

  it('refuses what is not a whole number of won', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) expect(() => numberToKoreanWords(n)).toThrow(RangeError);
  });
});

describe(formatAmount.name, () => {
  it('writes the amount the official way, as in 금113,560원(금일십일만삼천오백육십원)', () => {
    expect(formatAmount(113560)).toBe('금113,560원(금일십일만삼천오백육십원)');
    expect(formatAmount(5000)).toBe('금5,000원(금오천원)');
    expect(formatAmount(1234500)).toBe('금1,234,500원(금일백이십삼만사천오백원)');
    expect(formatAmount(500)).toBe('금500원(금오백원)');
    expect(formatAmount(0)).toBe('금0원(금영원)');
    expect(() => formatAmount(-5)).toThrow(RangeError);
  });
});

describe(parseAmount.name, () => {
  it.each([
    ['5,000', 5000],
    ['5000', 5000],
    ['5만', 50000],
    ['3만5천', 35000],
    ['1억 2천만', 120000000],
    ['1.5억', 150000000],
    ['2천', 2000],
  ])('reads %s as %d', (text, won) => {
    expect(parseAmount(text)).toBe(won);
  });

  it('gives null for fractions of a won', () => {
    expect(parseAmount('1.5')).toBeNull();
  });
});

describe(formatKoreanDate.name, () => {
  it('writes year, month and day each followed by a stop, without leading zeros', () => {
    expect(formatKoreanDate('2026-11-26')).toBe('2026. 11. 26.');
    expect(formatKoreanDate('2026-01-05')).toBe('2026. 1. 5.');
    expect(formatKoreanDate('2026.01.05')).toBe('2026. 1. 5.');
    expect(formatKoreanDate('2026/1/5')).toBe('2026. 1. 5.');
    expect(formatKoreanDate('2026년 1월 5일')).toBe('2026. 1. 5.');
    expect(formatKoreanDate('2026. 11. 26.')).toBe('2026. 11. 26.');
  });

  it("reads a Date and a timestamp on Seoul's calendar", () => {
    expect(formatKoreanDate(new Date('2026-11-25T15:30:00Z'))).toBe('2026. 11. 26.');
    expect(formatKoreanDate(new Date('2026-11-25T14:59:00Z'))).toBe('2026. 11. 25.');
    expect(formatKoreanDate('2026-11-26T09:00:00+09:00')).toBe('2026. 11. 26.');
  });

  it('refuses what is not a date', () => {
    expect(() => formatKoreanDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatKoreanDate('내일')).toThrow(RangeError);
    expect(() => formatKoreanDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe(formatTime.name, () => {
  it('writes the 24-hour clock with a colon and two digits', () => {
    expect(formatTime(14, 0)).toBe('14:00');
    expect(formatTime(14)).toBe('14:00');
    expect(formatTime(9, 5)).toBe('09:05');
    expect(formatTime(0, 0)).toBe('00:00');
    expect(formatTime(24, 0)).toBe('24:00');
  });

  it('refuses what is not a time of day', () => {
    for (const [h, m] of [
      [25, 0],
      [24, 30],
      [12, 60],
      [-1, 0],
      [9.5, 0],
    ]) {
      expect(() => formatTime(h, m)).toThrow(RangeError);
    }
  });
});

describe(koreanWeekday.name, () => {
  it('names the weekday of a date', () => {
    expect([koreanWeekday(2026, 11, 26), koreanWeekday(2026, 12, 1), koreanWeekday(2027, 1, 3)]).toEqual(['목', '화', '일']);
  });
});
