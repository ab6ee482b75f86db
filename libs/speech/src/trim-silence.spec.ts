import { describe, expect, it } from '@jest/globals';
import { concat, durationMs, noise, silence, speechLike } from '#libs/audio';
import { trimSilence } from './trim-silence.js';

describe(trimSilence.name, () => {
  it('drops the silence around the sound and keeps a short margin of it', () => {
    const speech = speechLike(500, 8000);
    const sut = trimSilence(concat(silence(400, 8000), speech, silence(600, 8000)), 8000);
    expect(durationMs(sut, 8000)).toBeGreaterThanOrEqual(500);
    expect(durationMs(sut, 8000)).toBeLessThanOrEqual(500 + 2 * 30 + 20);
  });

  it('treats faint hiss as silence and keeps audio with no silence as it is', () => {
    const speech = speechLike(300, 16000);
    const hissy = concat(noise(300, 16000, 0.001), speech, noise(300, 16000, 0.001, 2));
    expect(durationMs(trimSilence(hissy, 16000), 16000)).toBeLessThan(400);
    expect(trimSilence(speech, 16000)).toHaveLength(speech.length);
  });

  it('gives nothing for silence', () => {
    expect(trimSilence(silence(300, 8000), 8000)).toHaveLength(0);
    expect(trimSilence(new Int16Array(0), 8000)).toHaveLength(0);
  });
});
