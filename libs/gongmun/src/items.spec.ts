import { describe, expect, it } from '@jest/globals';
import { HANGUL_SERIES, ITEM_MARKERS, itemMarker, parseItemMarker } from './items.js';

describe(itemMarker.name, () => {
  it('numbers the eight levels as the rules do', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((level) => itemMarker(level, 0))).toEqual(['1.', '가.', '1)', '가)', '(1)', '(가)', '①', '㉮']);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((level) => itemMarker(level, 2))).toEqual(['3.', '다.', '3)', '다)', '(3)', '(다)', '③', '㉰']);
  });

  it('goes on past 하 with 거, 너, 더 and past ⑳ with ㉑', () => {
    expect(itemMarker(1, 13)).toBe('하.');
    expect(itemMarker(1, 14)).toBe('거.');
    expect(itemMarker(3, 15)).toBe('너)');
    expect(itemMarker(6, 20)).toBe('㉑');
    expect(itemMarker(7, 13)).toBe('㉻');
  });

  it('refuses levels and positions that do not exist', () => {
    expect(() => itemMarker(8, 0)).toThrow(RangeError);
    expect(() => itemMarker(-1, 0)).toThrow(RangeError);
    expect(() => itemMarker(0, -1)).toThrow(RangeError);
    expect(() => itemMarker(7, 14)).toThrow(RangeError);
  });
});

describe('ITEM_MARKERS', () => {
  it('lists the hierarchy with names and examples', () => {
    expect(ITEM_MARKERS.map((l) => l.examples[0])).toEqual(['1.', '가.', '1)', '가)', '(1)', '(가)', '①', '㉮']);
    expect(ITEM_MARKERS[1]).toEqual({ level: 1, name: '둘째 항목', examples: ['가.', '나.', '다.'], count: 42 });
    expect(HANGUL_SERIES.slice(0, 14).join('')).toBe('가나다라마바사아자차카타파하');
  });
});

describe(parseItemMarker.name, () => {
  it('reads the marker, its level, position and indentation', () => {
    expect(parseItemMarker('  나. 점검 시간')).toEqual({ level: 1, index: 1, marker: '나.', start: 2, indent: '  ', spaced: true });
    expect(parseItemMarker('\t\t(3) 좌석')).toMatchObject({ level: 4, index: 2, indent: '\t\t' });
    expect(parseItemMarker('10. 열째')).toMatchObject({ level: 0, index: 9 });
    expect(parseItemMarker('② 둘째')).toMatchObject({ level: 6, index: 1 });
    expect(parseItemMarker('1.관련')).toMatchObject({ level: 0, spaced: false });
  });

  it('does not take dates, decimals or ordinary text for items', () => {
    for (const line of ['2026. 11. 26. 회의', '1.5배 늘었습니다', '서울특별시', '끝.', '1.', '(붙임 참조)', '□ 회의 내용']) {
      expect(parseItemMarker(line)).toBeNull();
    }
  });
});
