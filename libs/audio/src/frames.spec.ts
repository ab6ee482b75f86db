import { describe, expect, it } from '@jest/globals';
import { frameLength, framesOf, rmsDbfs } from './frames.js';
import { silence, tone } from './signals.js';

describe(framesOf.name, () => {
  it('splits into 20 ms frames and zero-pads the last one', () => {
    const samples = Int16Array.from({ length: 330 }, (_, i) => i + 1);
    const sut = framesOf(samples, 8000);
    expect(sut.map((f) => f.length)).toEqual([160, 160, 160]);
    expect(sut[2][9]).toBe(330);
    expect(Array.from(sut[2].subarray(10))).toEqual(new Array(150).fill(0));
    expect(framesOf(new Int16Array(0), 8000)).toEqual([]);
    expect(framesOf(silence(1000, 16000), 16000, 10)).toHaveLength(100);
  });

  it('knows frame lengths', () => {
    expect(frameLength(8000)).toBe(160);
    expect(frameLength(16000)).toBe(320);
    expect(frameLength(22050)).toBe(441);
    expect(() => frameLength(8000, 0)).toThrow(RangeError);
  });
});

describe(rmsDbfs.name, () => {
  it('measures levels in dBFS', () => {
    expect(rmsDbfs(tone(1000, 20, 8000, 1))).toBeCloseTo(-3, 0);
    expect(rmsDbfs(tone(1000, 20, 8000, 0.1))).toBeCloseTo(-23, 0);
    expect(rmsDbfs(silence(20, 8000))).toBe(-100);
  });
});
