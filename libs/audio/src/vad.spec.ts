import { describe, expect, it } from '@jest/globals';
import { framesOf } from './frames.js';
import { concat, mix, noise, silence, speechLike } from './signals.js';
import { EnergyVad } from './vad.js';

const RATE = 8000;

function decisions(samples: Int16Array, sut = new EnergyVad()) {
  return framesOf(samples, RATE).map((frame) => sut.push(frame, RATE));
}

describe(EnergyVad.name, () => {
  it('hears no speech in digital silence or low line noise', () => {
    expect(decisions(silence(2000, RATE)).some((d) => d.active)).toBe(false);
    expect(decisions(noise(3000, RATE, 0.003, 1)).some((d) => d.active)).toBe(false);
    // Louder noise, still below the absolute floor's reach once the floor has settled on it.
    expect(decisions(noise(3000, RATE, 0.02, 2)).some((d) => d.active)).toBe(false);
  });

  it('hears speech over the noise floor, with hangover after it', () => {
    const signal = mix(noise(2000, RATE, 0.003, 3), concat(silence(1000, RATE), speechLike(500, RATE), silence(500, RATE)));
    const sut = decisions(signal);
    const active = sut.map((d, i) => (d.active ? i : -1)).filter((i) => i >= 0);
    expect(active[0]).toBe(50);
    expect(active[active.length - 1]).toBe(74);
    expect(active).toHaveLength(25);
    expect(sut.map((d) => d.speech).lastIndexOf(true)).toBe(74 + 6); // 120 ms hangover
    expect(sut[40].noiseDb).toBeGreaterThan(-57); // uniform noise at 0.003 of full scale: −55 dBFS RMS
    expect(sut[40].noiseDb).toBeLessThan(-54);
  });

  it('does not hear a quiet tick under the absolute floor even over digital silence', () => {
    const sut = decisions(concat(silence(500, RATE), noise(100, RATE, 0.004, 4), silence(500, RATE)));
    expect(sut.some((d) => d.active)).toBe(false);
  });

  it('adapts to a lasting 24 dB rise in background noise within about 3 s', () => {
    const sut = decisions(concat(noise(1000, RATE, 0.003, 5), noise(6000, RATE, 0.05, 6)));
    const lastActive = sut.map((d) => d.active).lastIndexOf(true);
    expect(lastActive).toBeGreaterThan(50); // the step itself looks like speech at first…
    expect(lastActive).toBeLessThan(50 + 175); // …for under 3.5 s
  });
});
