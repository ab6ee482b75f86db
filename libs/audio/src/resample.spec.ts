import { describe, expect, it } from '@jest/globals';
import { rmsDbfs } from './frames.js';
import { resample } from './resample.js';
import { tone } from './signals.js';

function zeroCrossings(samples: Int16Array): number {
  let count = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1] < 0 !== samples[i] < 0) count++;
  return count;
}

describe(resample.name, () => {
  it('scales the length by the rate ratio', () => {
    const second = tone(440, 1000, 8000);
    expect(resample(second, 8000, 16000)).toHaveLength(16000);
    expect(resample(second, 8000, 22050)).toHaveLength(22050);
    expect(resample(tone(440, 1000, 24000), 24000, 16000)).toHaveLength(16000);
    expect(resample(tone(440, 1000, 22050), 22050, 8000)).toHaveLength(8000);
    expect(resample(second, 8000, 8000)).toEqual(second);
  });

  it('keeps a 440 Hz tone at 440 Hz and its level through 8k → 16k → 8k', () => {
    const original = tone(440, 1000, 8000, 0.5);
    const up = resample(original, 8000, 16000);
    const sut = resample(up, 16000, 8000);
    expect(Math.abs(zeroCrossings(original) - 880)).toBeLessThanOrEqual(1);
    expect(Math.abs(zeroCrossings(up) - 880)).toBeLessThanOrEqual(2);
    expect(Math.abs(zeroCrossings(sut) - 880)).toBeLessThanOrEqual(2);
    expect(rmsDbfs(sut)).toBeCloseTo(rmsDbfs(original), 0);
    expect(Math.abs(zeroCrossings(resample(tone(440, 1000, 24000), 24000, 8000)) - 880)).toBeLessThanOrEqual(2);
  });

  it('filters content above the new Nyquist instead of aliasing it when downsampling', () => {
    const high = tone(6000, 1000, 16000, 0.5); // would fold to 2 kHz at 8 kHz
    expect(rmsDbfs(resample(high, 16000, 8000)) - rmsDbfs(high)).toBeLessThan(-40);
    const speechBand = tone(3000, 1000, 16000, 0.5);
    expect(rmsDbfs(resample(speechBand, 16000, 8000)) - rmsDbfs(speechBand)).toBeGreaterThan(-1);
  });

  it('rejects invalid rates', () => {
    expect(() => resample(new Int16Array(4), 0, 8000)).toThrow(RangeError);
  });
});
