import { describe, expect, it } from '@jest/globals';
import { applySuggestions } from './apply.js';
import { checkGongmun } from './check.js';
import { GOOD_LETTER, withLine } from './example-letter.js';
import { MECHANICAL_RULES } from './types.js';

/** The good letter as a generator might draft it: every fault below has a mechanical fix back to the good text. */
const DRAFT = [
  [7, '1. 관련: 서울특별시 교통정책과-1234(2026-11-03)'],
  [9, '  가. 점검 기간: 2026.12.01.(화)~12. 12.(토)'],
  [10, '  나. 점검 시간: 매일 오전 10시~17시'],
  [11, '  다. 점검 기준: 서울특별시 버스 정류소 안전 관리 매뉴얼'],
  [12, '  라. 점검 수당: 1인당 1일 50000원'],
  [13, '3. 점검 결과는 붙임 서식에 따라 작성하여 2026년 12월 18일(금)까지 교통정책과로 송부하여 주시기 바람.'],
  [15, '붙임 1. 정류소 안전 점검 계획서 1부.'],
  [16, '      2. 점검 결과 보고 서식 1부. 끝.'],
].reduce((text, [n, line]) => withLine(n as number, line as string, text), GOOD_LETTER);

describe(applySuggestions.name, () => {
  it('repairs dates, times, amounts, archaic and foreign words and spacing so the letter checks clean', () => {
    const findings = checkGongmun(DRAFT).findings;
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set([
        'date-format',
        'date-words',
        'time-12h',
        'time-hour-only',
        'plain-foreign',
        'amount-format',
        'plain-word',
        'plain-authoritative',
        'attachment-spacing',
        'end-mark-spacing',
      ]),
    );
    const sut = applySuggestions(DRAFT, findings);
    expect(sut).toBe(GOOD_LETTER);
    expect(checkGongmun(sut).findings).toEqual([]);
  });

  it('leaves structural faults for a person and fixes the rest', () => {
    const draft = withLine(13, '4. 점검 결과는 붙임 서식에 따라 작성하여 2026-12-18(금)까지 교통정책과로 제출할 것.');
    const sut = applySuggestions(draft, checkGongmun(draft).findings);
    expect(sut.split('\n')[12]).toBe('4. 점검 결과는 붙임 서식에 따라 작성하여 2026. 12. 18.(금)까지 교통정책과로 제출해 주십시오.');
    const left = checkGongmun(sut).findings;
    expect(left.map((f) => f.rule)).toEqual(['item-sequence']);
    expect(left.filter((f) => MECHANICAL_RULES.includes(f.rule))).toEqual([]);
  });

  it('fixes double passives, translationese and particles after a replaced word', () => {
    const draft = withLine(11, '  다. 점검 기준: 점검에 있어서 MOU를 체결한 기관의 인프라가 활용되어집니다.');
    const sut = applySuggestions(draft, checkGongmun(draft).findings);
    expect(sut.split('\n')[10]).toBe('  다. 점검 기준: 점검에서 업무 협약을 체결한 기관의 기반 시설이 활용됩니다.');
    expect(checkGongmun(sut).findings).toEqual([]);
  });

  it('applies only the rules asked for, and nothing that is advice', () => {
    const draft = withLine(10, '  나. 점검 시간: 매일 오전 10시~17시');
    const findings = checkGongmun(draft).findings;
    expect(applySuggestions(draft, findings, { rules: ['time-hour-only'] }).split('\n')[9]).toBe('  나. 점검 시간: 매일 오전 10시~17:00');
    const missing = withLine(16, '      2. 점검 결과 보고 서식 1부.');
    const endFindings = checkGongmun(missing).findings;
    expect(applySuggestions(missing, endFindings)).toBe(missing);
    expect(applySuggestions(missing, endFindings, { rules: ['end-mark-missing'] })).toBe(GOOD_LETTER);
  });

  it('skips findings whose excerpt is no longer where it was', () => {
    const draft = withLine(7, '1. 관련: 서울특별시 교통정책과-1234(2026-11-03)');
    const findings = checkGongmun(draft).findings;
    const edited = draft.replace('교통정책과-1234', '교통정책과-12345');
    expect(applySuggestions(edited, findings)).toBe(edited);
    expect(applySuggestions(draft, [])).toBe(draft);
  });
});
