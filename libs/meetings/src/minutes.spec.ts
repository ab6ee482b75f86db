import { describe, expect, it } from '@jest/globals';
import { toMinutesDocument } from './minutes.js';
import { formatDate, formatTimeRange, itemMarker } from './official-format.js';
import type { MeetingSummary } from './pipeline.js';

const summary: MeetingSummary = {
  summary: ['지하철역 주변 대여소는 출근 시간에 자전거가 부족합니다.', '내년 상반기에 대여소 150곳을 신설하기로 하겠습니다.'],
  decisions: [{ text: '내년 상반기에 대여소 150곳을 신설하기로 하겠습니다.', sourceLines: [13] }],
  actionItems: [
    { task: '후보지 목록을 정리해 주세요.', owner: '이주무관', due: '2026-12-04', dueText: '다음 주 금요일까지', sourceLines: [18] },
    { task: '예산 확보를 담당합니다.', owner: null, due: null, dueText: '다음 회의 전까지', sourceLines: [22] },
  ],
  openQuestions: [{ text: '운영 시간 연장은 아직 결정하지 못했습니다.', sourceLines: [31] }],
  speakers: ['김과장', '이주무관'],
  stats: { lines: 39, characters: 1200, parts: 1 },
};

const meta = {
  title: '따릉이 대여소 확충 방안 회의',
  date: '2026-11-26',
  time: '14:00-16:00',
  place: '서울시청 본관 5층 회의실',
  attendees: ['김과장', '박팀장', '이주무관'],
  department: '교통정책과',
};

describe(toMinutesDocument.name, () => {
  it('writes the 회의록 in the official style: header, numbered sections 1. → 가. → 1), dates, and "  끝."', () => {
    expect(toMinutesDocument(summary, meta)).toBe(
      [
        '회의명: 따릉이 대여소 확충 방안 회의',
        '일시: 2026. 11. 26.(목) 14:00~16:00',
        '장소: 서울시청 본관 5층 회의실',
        '참석자: 김과장, 박팀장, 이주무관 (총 3명)',
        '',
        '1. 회의 개요',
        '  가. 주관 부서: 교통정책과',
        '  나. 참석 인원: 3명',
        '  다. 발언자: 김과장, 이주무관',
        '2. 주요 논의 내용',
        '  가. 지하철역 주변 대여소는 출근 시간에 자전거가 부족합니다.',
        '  나. 내년 상반기에 대여소 150곳을 신설하기로 하겠습니다.',
        '3. 결정 사항: 내년 상반기에 대여소 150곳을 신설하기로 하겠습니다.',
        '4. 조치 사항',
        '  가. 후보지 목록을 정리해 주세요.',
        '    1) 담당: 이주무관',
        '    2) 기한: 2026. 12. 4.(금) (다음 주 금요일까지)',
        '  나. 예산 확보를 담당합니다.',
        '    1) 담당: 미정',
        '    2) 기한: 다음 회의 전까지',
        '5. 추후 논의 사항: 운영 시간 연장은 아직 결정하지 못했습니다.  끝.',
        '',
      ].join('\n'),
    );
  });

  it('writes 해당 없음 for empty sections, lists the speakers when no attendees are given, and ends with 끝.', () => {
    const sut = toMinutesDocument(
      { ...summary, decisions: [], actionItems: [], openQuestions: [] },
      { ...meta, time: undefined, attendees: [] },
    );
    expect(sut).toContain('일시: 2026. 11. 26.(목)\n');
    expect(sut).toContain('참석자: 김과장, 이주무관 (총 2명)');
    expect(sut).toContain('3. 결정 사항: 해당 없음\n4. 조치 사항: 해당 없음\n');
    expect(sut.trimEnd().endsWith('5. 추후 논의 사항: 해당 없음  끝.')).toBe(true);
  });
});

describe(formatDate.name, () => {
  it('writes dates the official way, with the weekday when asked', () => {
    expect(formatDate('2026-11-26')).toBe('2026. 11. 26.');
    expect(formatDate('2027-01-05', { weekday: true })).toBe('2027. 1. 5.(화)');
    expect(() => formatDate('26.11.2026')).toThrow('YYYY-MM-DD');
  });

  it('normalises time ranges and numbers items by level', () => {
    expect(formatTimeRange('9:30 ~ 11:00')).toBe('09:30~11:00');
    expect(() => formatTimeRange('오후 2시')).toThrow(RangeError);
    expect([0, 1, 13, 14].map((n) => itemMarker(2, n))).toEqual(['  가.', '  나.', '  하.', '  거.']);
    expect([itemMarker(1, 0), itemMarker(3, 1)]).toEqual(['1.', '    2)']);
  });
});
