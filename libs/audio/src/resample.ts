/**
 * Sample-rate conversion for speech between 8, 16, 22.05 and 24 kHz (any positive rates work).
 *
 * Linear interpolation between neighbouring input samples. Going down, the input first passes a Blackman-windowed
 * sinc low-pass (cut-off at 90 % of the new Nyquist, 2·⌈16·ratio⌉ + 1 taps: 65 taps for 16 → 8 kHz) so
 * content above the new Nyquist does not fold back as aliasing; stop-band attenuation is ≥ 50 dB past the
 * transition band. Going up there is no filter: linear interpolation only damps the spectral images above the old
 * Nyquist (by ~10–20 dB near it) and slightly softens the top octave. That is inaudible to speech recognisers and on
 * a telephone line, and cheap — but it is not a mastering-grade resampler (use a polyphase/sinc resampler for music).
 */
export function resample(samples: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (!(fromRate > 0 && toRate > 0)) throw new RangeError(`Invalid sample rates ${fromRate} → ${toRate}`);
  if (fromRate === toRate) return samples.slice();
  const source = toRate < fromRate ? lowPass(samples, (0.9 * toRate) / 2 / fromRate, Math.ceil((16 * fromRate) / toRate)) : samples;
  const out = new Int16Array(Math.round((samples.length * toRate) / fromRate));
  const step = fromRate / toRate;
  const last = samples.length - 1;
  // Plain arithmetic in the loops (no Math.*): builtins are not inlined in every context (e.g. Jest's VM), and
  // these loops run for every sample of every call.
  for (let i = 0; i < out.length; i++) {
    const position = i * step;
    const index = position | 0;
    const fraction = position - index;
    const a = source[index < last ? index : last];
    const b = source[index + 1 < last ? index + 1 : last];
    const value = a + (b - a) * fraction;
    out[i] = clamp(value < 0 ? -((0.5 - value) | 0) : (value + 0.5) | 0);
  }
  return out;
}

/** FIR low-pass; `cutoff` in cycles per sample (0–0.5), edges extended with the end samples. */
function lowPass(samples: Int16Array, cutoff: number, halfWidth: number): Float64Array {
  const taps = new Float64Array(2 * halfWidth + 1);
  let sum = 0;
  for (let k = -halfWidth; k <= halfWidth; k++) {
    const sinc = k === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * k) / (Math.PI * k);
    const phase = (Math.PI * (k + halfWidth)) / halfWidth;
    const blackman = 0.42 - 0.5 * Math.cos(phase) + 0.08 * Math.cos(2 * phase);
    taps[k + halfWidth] = sinc * blackman;
    sum += taps[k + halfWidth];
  }
  const out = new Float64Array(samples.length);
  const last = samples.length - 1;
  for (let i = 0; i < samples.length; i++) {
    let acc = 0;
    if (i - halfWidth >= 0 && i + halfWidth <= last) {
      for (let k = 0, j = i - halfWidth; k < taps.length; k++, j++) acc += taps[k] * samples[j];
    } else {
      for (let k = -halfWidth; k <= halfWidth; k++) {
        const j = i + k;
        acc += taps[k + halfWidth] * samples[j < 0 ? 0 : j > last ? last : j];
      }
    }
    out[i] = acc / sum; // unity gain at DC
  }
  return out;
}

function clamp(value: number): number {
  return value > 32767 ? 32767 : value < -32768 ? -32768 : value;
}
