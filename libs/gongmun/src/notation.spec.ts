import { describe, expect, it } from '@jest/globals';
import { checkAmounts, checkDates, checkTimes } from './notation.js';

const brief = (findings: { rule: string; excerpt: string; suggestion: string | null }[]) =>
  findings.map((f) => [f.rule, f.excerpt, f.suggestion]);

describe(checkDates.name, () => {
  it('finds dates not written 2026. 11. 26. and suggests that form', () => {
    const line = '2026-11-26, 2026.11.26, 2026/11/26, 2026. 01. 05., 2026. 11. 26 과 2026년 11월 26일';
    expect(brief(checkDates(line, 1))).toEqual([
      ['date-format', '2026-11-26', '2026. 11. 26.'],
      ['date-format', '2026.11.26', '2026. 11. 26.'],
      ['date-format', '2026/11/26', '2026. 11. 26.'],
      ['date-format', '2026. 01. 05.', '2026. 1. 5.'],
      ['date-format', '2026. 11. 26', '2026. 11. 26.'],
      ['date-words', '2026년 11월 26일', '2026. 11. 26.'],
    ]);
  });

  it('accepts the official form, ranges and what is not a date', () => {
    for (const line of [
      '2026. 11. 26.(목)~11. 30.(월)',
      '2026. 1. 5.까지',
      '전화 02-2133-1234',
      '교통정책과-1234',
      '2026년 11월 중',
      '11월 26일',
      '2026. 13. 1.',
      '사업비 2026. 예산',
    ]) {
      expect([line, checkDates(line, 1)]).toEqual([line, []]);
    }
  });

  it('checks the weekday after a date', () => {
    expect(brief(checkDates('2026. 11. 26.(수) 14:00', 3))).toEqual([['date-weekday', '(수)', '(목)']]);
    expect(checkDates('2026. 11. 26.(목요일)', 3)).toEqual([]);
    expect(brief(checkDates('2026-11-26(수)', 3))).toEqual([
      ['date-format', '2026-11-26', '2026. 11. 26.'],
      ['date-weekday', '(수)', '(목)'],
    ]);
  });
});

describe(checkTimes.name, () => {
  it.each([
    ['오후 2시', 'time-12h', '14:00'],
    ['오전 9시 30분', 'time-12h', '09:30'],
    ['오후 2:30', 'time-12h', '14:30'],
    ['오후 12시', 'time-12h', '12:00'],
    ['오전 12시', 'time-12h', '00:00'],
    ['저녁 7시 반', 'time-12h', '19:30'],
    ['밤 12시', 'time-12h', null],
    ['2:00 PM', 'time-12h', '14:00'],
    ['9 a.m.', 'time-12h', '09:00'],
    ['14시 00분', 'time-format', '14:00'],
    ['9시 30분', 'time-format', '09:30'],
    ['14시', 'time-hour-only', '14:00'],
  ])('finds %s', (time, rule, suggestion) => {
    expect(brief(checkTimes(`회의는 ${time}에 합니다.`, 1))).toEqual([[rule, time, suggestion]]);
  });

  it('leaves 24-hour times, durations and words with 시', () => {
    for (const line of ['10:00~17:00', '09:30', '2시간 동안', '24시간 운영', '서울특별시 시청', '3시행', '1:1 상담']) {
      expect([line, checkTimes(line, 1)]).toEqual([line, []]);
    }
  });
});

describe(checkAmounts.name, () => {
  it.each([
    ['5000원', '금5,000원(금오천원)'],
    ['5,000원', '금5,000원(금오천원)'],
    ['금5,000원', '금5,000원(금오천원)'],
    ['5,000원(금오천원)', '금5,000원(금오천원)'],
    ['금5,000원(금오백원)', '금5,000원(금오천원)'],
    ['5만 원', '금50,000원(금오만원)'],
    ['1억 2천만 원', '금120,000,000원(금일억이천만원)'],
    ['113560원', '금113,560원(금일십일만삼천오백육십원)'],
  ])('finds %s and suggests %s', (amount, suggestion) => {
    expect(brief(checkAmounts(`참가비는 ${amount}입니다.`, 1))).toEqual([['amount-format', amount, suggestion]]);
  });

  it('accepts the official form and leaves what is not money', () => {
    for (const line of [
      '금113,560원(금일십일만삼천오백육십원)',
      '금5,000원(금오천원)씩',
      '제3원칙',
      '2원화 정책',
      '만원 버스',
      '1원본 제출',
    ]) {
      expect([line, checkAmounts(line, 1)]).toEqual([line, []]);
    }
  });

  it('keeps an ordinary bracket after the amount out of it', () => {
    expect(brief(checkAmounts('5,000원(1인당)', 1))).toEqual([['amount-format', '5,000원', '금5,000원(금오천원)']]);
  });
});
