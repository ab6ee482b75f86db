import { describe, expect, it } from '@jest/globals';
import { type ConfidenceFeatures, confidenceOf, fitCalibration } from './confidence.js';

const features = (v: number): ConfidenceFeatures => ({ similarity: v, coverage: v, specificity: v, margin: v, agreement: v > 0.5 ? 1 : 0 });

describe(confidenceOf.name, () => {
  it('is a probability that grows with the evidence', () => {
    const low = confidenceOf(features(0.1));
    const high = confidenceOf(features(0.9));
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(high).toBeGreaterThan(low);
  });
});

describe(fitCalibration.name, () => {
  it('learns to tell right top hits from wrong ones, deterministically', () => {
    const samples = [
      ...Array.from({ length: 30 }, (_, i) => ({ features: features(0.6 + (i % 10) / 30), correct: true })),
      ...Array.from({ length: 30 }, (_, i) => ({ features: features(0.05 + (i % 10) / 30), correct: false })),
    ];
    const sut = fitCalibration(samples, 'test');
    expect(fitCalibration(samples, 'test')).toEqual(sut);
    expect(confidenceOf(features(0.9), sut)).toBeGreaterThan(0.8);
    expect(confidenceOf(features(0.1), sut)).toBeLessThan(0.2);
    expect(sut.fittedOn).toBe('test');
  });

  it('refuses to fit nothing', () => {
    expect(() => fitCalibration([], 'empty')).toThrow(/at least one sample/);
  });
});
