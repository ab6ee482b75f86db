import { describe, expect, it } from '@jest/globals';
import { isSubstantive, rankSentences } from './rank.js';

const paragraph = [
  '오늘은 날씨가 맑고 바람이 시원합니다.',
  '여권을 잃어버리면 먼저 분실 신고를 해야 합니다.',
  '여권 재발급은 구청 여권민원실에서 신청할 수 있습니다.',
  '분실 신고와 여권 재발급 신청은 구청 여권민원실에서 함께 할 수 있습니다.',
  '재발급 수수료는 구청 창구에서 냅니다.',
];

describe(rankSentences.name, () => {
  it('ranks the sentence sharing most with the others first and the off-topic one last', () => {
    const sut = rankSentences(paragraph);
    expect(sut.map((s) => s.index)).toEqual([3, 2, 4, 1, 0]);
    expect(sut[0].text).toBe(paragraph[3]);
    expect(sut.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 6);
  });

  it('keeps the best sentences in their original order when asked', () => {
    expect(rankSentences(paragraph, { limit: 2, keep: 'order' }).map((s) => s.index)).toEqual([2, 3]);
    expect(rankSentences(paragraph, { limit: 2 }).map((s) => s.index)).toEqual([3, 2]);
  });

  it('is deterministic and breaks ties by position', () => {
    expect(rankSentences(paragraph)).toEqual(rankSentences([...paragraph]));
    const twins = [
      '주차 위반 과태료는 구청에서 냅니다.',
      '대형 폐기물 스티커는 주민센터에서 삽니다.',
      '주차 위반 과태료는 구청에서 냅니다.',
    ];
    expect(rankSentences(twins).map((s) => s.index)).toEqual([0, 2, 1]);
  });

  it('skips fillers, acknowledgements and very short sentences', () => {
    const sut = rankSentences(['네', '음', '아 네 알겠습니다', '감사합니다.', ...paragraph, '여권']);
    expect(sut.map((s) => s.index).sort()).toEqual([4, 5, 6, 7, 8]);
  });

  it('favours sentences with the boost terms', () => {
    const unrelated = ['대형 폐기물 스티커는 주민센터에서 삽니다.', '따릉이 정기권은 앱에서 결제합니다.'];
    expect(rankSentences(unrelated)[0].index).toBe(0);
    expect(rankSentences(unrelated, { boostTerms: ['따릉이 정기권'] })[0].index).toBe(1);
  });

  it('favours early sentences with a position prior', () => {
    expect(rankSentences(paragraph).map((s) => s.index)).toEqual([3, 2, 4, 1, 0]);
    expect(rankSentences(paragraph, { positionPrior: 1 }).map((s) => s.index)).toEqual([3, 2, 1, 4, 0]);
  });

  it('gives nothing for empty input without throwing', () => {
    expect(rankSentences([])).toEqual([]);
    expect(rankSentences(['', '  ', '네'])).toEqual([]);
    expect(rankSentences(paragraph, { limit: 0 })).toEqual([]);
  });
});

describe(isSubstantive.name, () => {
  it('tells sentences that say something from fillers and courtesies', () => {
    expect(['네', '음', '아 네 알겠습니다', '여보세요?', '감사합니다', 'Okay, thanks.', '120'].map(isSubstantive)).toEqual(
      Array(7).fill(false),
    );
    expect(['여권 재발급이요', '재발급이요', '상담원 연결해 주세요', 'I lost my passport'].map(isSubstantive)).toEqual(Array(4).fill(true));
  });
});
