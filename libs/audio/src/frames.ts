/** Samples in one frame of `frameMs` at `sampleRate` (20 ms: 160 at 8 kHz, 320 at 16 kHz). */
export function frameLength(sampleRate: number, frameMs = 20): number {
  const length = Math.round((sampleRate * frameMs) / 1000);
  if (!(length > 0)) throw new RangeError(`A ${frameMs} ms frame at ${sampleRate} Hz holds no samples`);
  return length;
}

/** Splits audio into fixed frames; the last one is zero-padded. Frames are copies. */
export function framesOf(samples: Int16Array, sampleRate: number, frameMs = 20): Int16Array[] {
  const length = frameLength(sampleRate, frameMs);
  const frames: Int16Array[] = [];
  for (let start = 0; start < samples.length; start += length) {
    const frame = new Int16Array(length);
    frame.set(samples.subarray(start, start + length));
    frames.push(frame);
  }
  return frames;
}

/** Duration of `samples` at `sampleRate`, in milliseconds. */
export function durationMs(samples: Int16Array | number, sampleRate: number): number {
  return ((typeof samples === 'number' ? samples : samples.length) * 1000) / sampleRate;
}

/** Root-mean-square level in dBFS (full-scale sine ≈ −3 dBFS); digital silence gives −100. */
export function rmsDbfs(frame: Int16Array): number {
  if (frame.length === 0) return -100;
  let sum = 0;
  for (let i = 0; i < frame.length; i++) sum += frame[i] * frame[i];
  const rms = Math.sqrt(sum / frame.length) / 32768;
  return rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100;
}
