import { describe, expect, it } from '@jest/globals';
import { concat, mix, noise, silence, speechLike, tone } from './signals.js';

describe('signals', () => {
  it('makes signals of the asked length and amplitude', () => {
    expect(silence(20, 8000)).toEqual(new Int16Array(160));
    const sine = tone(1000, 10, 8000, 0.5);
    expect(sine).toHaveLength(80);
    expect(Math.max(...sine)).toBe(16384);
    expect(Math.max(...speechLike(1000, 16000, 0.3))).toBeLessThanOrEqual(0.3 * 32767);
  });

  it('makes the same noise from the same seed, different from another seed', () => {
    const sut = noise(100, 8000, 0.1, 7);
    expect(sut).toEqual(noise(100, 8000, 0.1, 7));
    expect(sut).not.toEqual(noise(100, 8000, 0.1, 8));
    expect(Math.max(...sut.map(Math.abs))).toBeLessThanOrEqual(3277);
  });

  it('concatenates and mixes', () => {
    expect(Array.from(concat(Int16Array.of(1, 2), Int16Array.of(), Int16Array.of(3)))).toEqual([1, 2, 3]);
    expect(Array.from(mix(Int16Array.of(1, 30000), Int16Array.of(2, 30000, 5)))).toEqual([3, 32767, 5]);
  });
});
