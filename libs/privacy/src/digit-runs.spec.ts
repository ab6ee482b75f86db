import { describe, expect, it } from '@jest/globals';
import { findDigitRuns, isDashSeparator, spokenDigit, writtenDigit } from './digit-runs.js';

/** The digits of each run, groups joined by a space. */
const runDigits = (text: string) => findDigitRuns(text).map((run) => run.groups.map((g) => g.digits).join(' '));

describe(writtenDigit.name, () => {
  it('reads ASCII and full-width digits and nothing else', () => {
    expect(writtenDigit('7')).toBe('7');
    expect(writtenDigit('７')).toBe('7');
    expect(writtenDigit('칠')).toBeUndefined();
    expect(writtenDigit(undefined)).toBeUndefined();
  });
});

describe(spokenDigit.name, () => {
  it('reads every Korean digit word, with the alternative forms of 0 and 6', () => {
    expect([...'공영빵일이삼사오육륙칠팔구'].map(spokenDigit).join('')).toBe('0001234566789');
    expect(spokenDigit('십')).toBeUndefined();
  });
});

describe(isDashSeparator.name, () => {
  it('accepts dashes with or without spaces and nothing else', () => {
    expect(isDashSeparator('-')).toBe(true);
    expect(isDashSeparator(' - ')).toBe(true);
    expect(isDashSeparator(' ')).toBe(false);
    expect(isDashSeparator(' 다시 ')).toBe(false);
  });
});

describe(findDigitRuns.name, () => {
  it('joins written groups separated by spaces, dashes, dots and brackets', () => {
    expect(runDigits('010-1234-5678')).toEqual(['010 1234 5678']);
    expect(runDigits('(02) 123.4567')).toEqual(['02 123 4567']);
  });

  it('joins spoken groups separated by what callers say between groups', () => {
    expect(runDigits('구공일공일공 다시 일이삼사오육칠')).toEqual(['901010 1234567']);
    expect(runDigits('공일공에 일이삼사하고 오육칠팔')).toEqual(['010 1234 5678']);
    expect(runDigits('공일공의 일이삼사, 오육칠팔')).toEqual(['010 1234 5678']);
  });

  it('joins written and spoken groups into one number', () => {
    const [run] = findDigitRuns('010 일이삼사 5678');
    expect(run.groups.map((g) => [g.digits, g.spoken])).toEqual([
      ['010', false],
      ['1234', true],
      ['5678', false],
    ]);
    expect(run.separators).toEqual([' ', ' ']);
  });

  it('keeps the spans of the groups in the original text', () => {
    const text = '번호는 공일공 다시 일이삼사';
    const [run] = findDigitRuns(text);
    expect(run.groups.map((g) => text.slice(g.start, g.end))).toEqual(['공일공', '일이삼사']);
  });

  it('does not read digit syllables that are part of a word', () => {
    expect(runDigits('오늘 구청 삼성동 영등포 육교')).toEqual([]);
    expect(runDigits('3월 1일')).toEqual(['3', '1']);
  });

  it('reads a group glued to a particle, and a glued subject particle 이 as a particle', () => {
    expect(runDigits('번호는공일공')).toEqual(['010']);
    const text = '핸드폰이공일공';
    const [run] = findDigitRuns(text);
    expect(text.slice(run.groups[0].start, run.groups[0].end)).toBe('공일공');
  });

  it('offers a reading without a trailing copula, likelier after a syllable with a final consonant', () => {
    const [eight] = findDigitRuns('오육칠팔이에요')[0].groups;
    expect(eight.digits).toBe('56782');
    expect(eight.withoutCopula).toEqual({ end: 4, digits: '5678', likelier: true });
    const [nine] = findDigitRuns('오육칠구이요')[0].groups;
    expect(nine.withoutCopula?.likelier).toBe(false);
    expect(findDigitRuns('오육칠팔이')[0].groups[0].withoutCopula).toBeUndefined();
  });

  it('ends a run at anything that is not a separator', () => {
    expect(runDigits('010 1234 그리고 5678')).toEqual(['010 1234', '5678']);
    expect(runDigits('2026년 3월')).toEqual(['2026', '3']);
    expect(runDigits('10~20')).toEqual(['10', '20']);
  });

  it('skips groups inside blocked spans', () => {
    const text = 'a01012345678@x.com 010';
    expect(findDigitRuns(text, [{ start: 0, end: 18 }]).map((run) => run.groups.map((g) => g.digits))).toEqual([['010']]);
  });

  it('never reads an already masked number again', () => {
    expect(runDigits('010-****-5678 ********6789 901010-1******')).toEqual([]);
    expect(runDigits('010-****-5678이에요 1234')).toEqual(['1234']);
  });
});
