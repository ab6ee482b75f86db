import { describe, expect, it } from '@jest/globals';
import { findAddresses } from './address.js';

/** Each address found, as said and as masked. */
const addresses = (text: string) => findAddresses(text).map((a) => [text.slice(a.start, a.end), a.replacement]);

describe(findAddresses.name, () => {
  it('finds road-name addresses and keeps the road name, including a numbered side road', () => {
    expect(addresses('세종대로 110')).toEqual([['세종대로 110', '세종대로 ***']]);
    expect(addresses('테헤란로 12길 34에요')).toEqual([['테헤란로 12길 34', '테헤란로 12길 **']]);
    expect(addresses('테헤란로12번길 3-12')).toEqual([['테헤란로12번길 3-12', '테헤란로12번길 *-**']]);
  });

  it('finds lot addresses, mountain lots and 번지', () => {
    expect(addresses('역삼동 123-45')).toEqual([['역삼동 123-45', '역삼동 ***-**']]);
    expect(addresses('봉평리 산 12-3')).toEqual([['봉평리 산 12-3', '봉평리 산 **-*']]);
    expect(addresses('신림동 1234번지요')).toEqual([['신림동 1234', '신림동 ****']]);
  });

  it('takes unit details right after an address into the address', () => {
    expect(addresses('도봉로 123, 101동 1203호')).toEqual([['도봉로 123, 101동 1203호', '도봉로 ***, ***동 ****호']]);
    expect(addresses('세종대로 110 3층 301호')).toEqual([['세종대로 110 3층 301호', '세종대로 *** *층 ***호']]);
  });

  it('finds an apartment unit on its own, but not a subway line', () => {
    expect(addresses('래미안 101동 1203호')).toEqual([['101동 1203호', '***동 ****호']]);
    expect(addresses('1동 3호선')).toEqual([]);
  });

  it('does not take a word that merely takes the particle 로 for a road', () => {
    expect(addresses('버스로 10 정거장')).toEqual([]);
    expect(addresses('전화로 120 누르세요')).toEqual([]);
    expect(addresses('콜센터로 120에 전화했어요')).toEqual([]);
    expect(addresses('앞으로 3 번 더')).toEqual([]);
    expect(addresses('가로 10 세로 20')).toEqual([]);
  });

  it('does not take a quantity, a time or an exit for a house number', () => {
    expect(addresses('세종대로 2번 출구')).toEqual([]);
    expect(addresses('올림픽로 10:30')).toEqual([]);
    expect(addresses('강남대로 100m')).toEqual([]);
    expect(addresses('삼성동 65세')).toEqual([]);
    expect(addresses('종로 3가')).toEqual([]);
  });

  it('does not take common words ending in 동 or 리 for a neighbourhood', () => {
    expect(addresses('운동 30 분')).toEqual([]);
    expect(addresses('출동 119')).toEqual([]);
    expect(addresses('우리 12-3')).toEqual([]);
    expect(addresses('거리 100')).toEqual([]);
  });

  it('returns addresses sorted by start without overlaps', () => {
    const found = findAddresses('역삼동 123-45 그리고 세종대로 110 101동 1203호');
    expect(found.map((a) => a.start)).toEqual([0, 15]);
    expect(found[1].replacement).toBe('세종대로 *** ***동 ****호');
  });
});
