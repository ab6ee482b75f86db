/** Synthetic test signals. Amplitudes are fractions of full scale (1 = 32767). */

const FULL_SCALE = 32767;

function sampleCount(ms: number, sampleRate: number): number {
  return Math.round((ms * sampleRate) / 1000);
}

function toInt16(value: number): number {
  return Math.max(-32768, Math.min(32767, Math.round(value)));
}

export function silence(ms: number, sampleRate: number): Int16Array {
  return new Int16Array(sampleCount(ms, sampleRate));
}

export function tone(freqHz: number, ms: number, sampleRate: number, amplitude = 0.5): Int16Array {
  const out = new Int16Array(sampleCount(ms, sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = toInt16(amplitude * FULL_SCALE * Math.sin((2 * Math.PI * freqHz * i) / sampleRate));
  return out;
}

/** Uniform white noise in [−amplitude, amplitude] from a seeded PRNG (mulberry32): the same seed, the same noise. */
export function noise(ms: number, sampleRate: number, amplitude = 0.01, seed = 1): Int16Array {
  const random = mulberry32(seed);
  const out = new Int16Array(sampleCount(ms, sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = toInt16(amplitude * FULL_SCALE * (2 * random() - 1));
  return out;
}

/**
 * A crude stand-in for voiced speech: a 140 Hz fundamental with two formant-ish partials (500 and 1500 Hz),
 * amplitude-modulated at ~4 Hz like syllables (the envelope dips to 10 % between them). Peaks at `amplitude`.
 */
export function speechLike(ms: number, sampleRate: number, amplitude = 0.3, syllableHz = 4): Int16Array {
  const out = new Int16Array(sampleCount(ms, sampleRate));
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const carrier = 0.5 * Math.sin(2 * Math.PI * 140 * t) + 0.3 * Math.sin(2 * Math.PI * 500 * t) + 0.2 * Math.sin(2 * Math.PI * 1500 * t);
    const envelope = 0.55 - 0.45 * Math.cos(2 * Math.PI * syllableHz * t);
    out[i] = toInt16(amplitude * FULL_SCALE * envelope * carrier);
  }
  return out;
}

export function concat(...parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Sample-wise sum, clipped; the result is as long as the longest input. */
export function mix(...parts: Int16Array[]): Int16Array {
  const out = new Int16Array(Math.max(0, ...parts.map((p) => p.length)));
  for (let i = 0; i < out.length; i++) out[i] = toInt16(parts.reduce((sum, p) => sum + (p[i] ?? 0), 0));
  return out;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
