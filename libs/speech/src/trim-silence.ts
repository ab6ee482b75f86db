import { rmsDbfs } from '#libs/audio';

export interface TrimSilenceOptions {
  /** A 10 ms window quieter than this is silence (default −50 dBFS). */
  thresholdDbfs?: number;
  /** Silence kept before the first sound and after the last (default 30 ms), so no onset or decay is cut. */
  marginMs?: number;
}

/**
 * The audio without its leading and trailing silence (a view of `samples`, not a copy). Silence throughout gives an
 * empty result.
 */
export function trimSilence(samples: Int16Array, sampleRate: number, options: TrimSilenceOptions = {}): Int16Array {
  const threshold = options.thresholdDbfs ?? -50;
  const margin = Math.round(((options.marginMs ?? 30) * sampleRate) / 1000);
  const window = Math.max(1, Math.round(sampleRate / 100));
  const loud = (start: number) => rmsDbfs(samples.subarray(start, start + window)) > threshold;
  let first = 0;
  while (first < samples.length && !loud(first)) first += window;
  if (first >= samples.length) return samples.subarray(0, 0);
  let last = Math.floor((samples.length - 1) / window) * window;
  while (last > first && !loud(last)) last -= window;
  return samples.subarray(Math.max(0, first - margin), Math.min(samples.length, last + window + margin));
}
