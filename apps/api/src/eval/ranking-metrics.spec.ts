import { describe, expect, it } from '@jest/globals';
import { breakdown, calibrationFigures, median, percentile, rankOf, rankingFigures } from './ranking-metrics.js';

describe(rankingFigures.name, () => {
  it('computes hit@1, hit@3 and MRR, counting a missing topic as 0', () => {
    expect(rankingFigures([1, 2, 4, null])).toEqual({ n: 4, hit1: 0.25, hit3: 0.5, mrr: (1 + 0.5 + 0.25) / 4 });
  });

  it('is all zeros for no questions', () => {
    expect(rankingFigures([])).toEqual({ n: 0, hit1: 0, hit3: 0, mrr: 0 });
  });
});

describe('rankOf and breakdown', () => {
  it('finds the 1-based rank and groups by a key', () => {
    expect(rankOf('b', ['a', 'b'])).toBe(2);
    expect(rankOf('z', ['a'])).toBeNull();
    const rows = [
      { style: 'noisy', r: 1 },
      { style: 'clear', r: 3 },
      { style: 'noisy', r: null },
    ];
    expect(
      breakdown(
        rows,
        (x) => x.style,
        (x) => x.r,
      ),
    ).toEqual({
      clear: { n: 1, hit1: 0, hit3: 1, mrr: 1 / 3 },
      noisy: { n: 2, hit1: 0.5, hit3: 0.5, mrr: 0.5 },
    });
  });
});

describe(calibrationFigures.name, () => {
  it('is 0 for perfect probabilities and large for confident mistakes', () => {
    expect(
      calibrationFigures([
        { p: 1, correct: true },
        { p: 0, correct: false },
      ]),
    ).toEqual({ brier: 0, ece: 0 });
    expect(calibrationFigures([{ p: 0.95, correct: false }]).brier).toBeCloseTo(0.9025);
  });
});

describe('median and percentile', () => {
  it('summarise latencies', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });
});
