import { describe, expect, it } from '@jest/globals';
import { Downsampler, FRAME_SAMPLES, Pcm16Decoder, PcmFramer, encodePcm16, floatToInt16, meterLevel } from './pcm';

/** `seconds` of a sine at `frequency` Hz sampled at `rate`, as Web Audio floats. */
function sine(frequency: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  const out = new Float32Array(Math.round(rate * seconds));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / rate);
  return out;
}

function pushInBlocks(sut: Downsampler, input: Float32Array, block: number): Int16Array {
  const parts: number[] = [];
  for (let start = 0; start < input.length; start += block) parts.push(...sut.push(input.subarray(start, start + block)));
  return Int16Array.from(parts);
}

function rms(samples: Int16Array, from = 0): number {
  let sum = 0;
  for (let i = from; i < samples.length; i++) sum += samples[i] * samples[i];
  return Math.sqrt(sum / (samples.length - from)) / 32768;
}

/** Upward zero crossings per second: the dominant frequency of a clean tone. */
function frequencyOf(samples: Int16Array, rate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1] < 0 && samples[i] >= 0) crossings++;
  return (crossings * rate) / samples.length;
}

describe(Downsampler.name, () => {
  it('turns 48 kHz microphone blocks into 16 kHz samples at a third of the count, keeping pitch and level', () => {
    const sut = new Downsampler(48_000);
    const out = pushInBlocks(sut, sine(440, 48_000, 1), 128);
    expect(Math.abs(out.length - 16_000)).toBeLessThanOrEqual(10); // the filter holds back a few samples
    expect(frequencyOf(out, 16_000)).toBeCloseTo(440, -1);
    expect(rms(out, 100)).toBeCloseTo(0.5 / Math.SQRT2, 2);
  });

  it('gives exactly 16 000 samples a second from 44.1 kHz, a non-integer ratio', () => {
    const sut = new Downsampler(44_100);
    const first = pushInBlocks(sut, sine(1000, 44_100, 1), 128);
    const second = pushInBlocks(sut, sine(1000, 44_100, 1), 128);
    expect(first.length + second.length).toBeGreaterThanOrEqual(32_000 - 10);
    expect(first.length + second.length).toBeLessThanOrEqual(32_000);
    expect(frequencyOf(second, 16_000)).toBeCloseTo(1000, -1);
  });

  it('does not depend on how the input is cut into blocks', () => {
    const input = sine(700, 48_000, 0.5);
    const whole = new Downsampler(48_000).push(input);
    expect(pushInBlocks(new Downsampler(48_000), input, 128)).toEqual(whole);
    expect(pushInBlocks(new Downsampler(48_000), input, 37)).toEqual(whole);
  });

  it('filters out what lies above 8 kHz instead of folding it back into the speech band', () => {
    const sut = new Downsampler(48_000);
    const out = pushInBlocks(sut, sine(12_000, 48_000, 0.5), 128); // would alias to 4 kHz without the filter
    expect(20 * Math.log10(rms(out, 200) / (0.5 / Math.SQRT2))).toBeLessThan(-40);
  });

  it('passes 16 kHz input through as PCM16', () => {
    const sut = new Downsampler(16_000);
    const input = Float32Array.from([0, 0.5, -0.5, 1, -1, 0.25]);
    const out = sut.push(input);
    // Linear interpolation needs the next sample, so the last one waits for the next block.
    expect(Array.from(out)).toEqual([0, 16384, -16384, 32767, -32768]);
    expect(Array.from(sut.push(Float32Array.from([0])))).toEqual([8192]);
  });

  it('refuses rates that are not positive', () => {
    expect(() => new Downsampler(0)).toThrow(RangeError);
    expect(() => new Downsampler(48_000, Number.NaN)).toThrow(RangeError);
  });
});

describe(PcmFramer.name, () => {
  it('cuts 20 ms frames of 320 samples and keeps the rest for the next push', () => {
    const sut = new PcmFramer();
    expect(sut.push(new Int16Array(300))).toEqual([]);
    const frames = sut.push(Int16Array.from({ length: 100 }, (_, i) => i + 1));
    expect(frames).toHaveLength(1);
    expect(frames[0]).toHaveLength(FRAME_SAMPLES);
    expect(frames[0][299]).toBe(0);
    expect(frames[0][300]).toBe(1);
    expect(sut.buffered).toBe(80);
    expect(sut.push(new Int16Array(880))).toHaveLength(3);
    expect(sut.buffered).toBe(0);
  });

  it('hands out copies, not views of its buffer', () => {
    const sut = new PcmFramer(2);
    const [frame] = sut.push(Int16Array.from([1, 2, 3]));
    sut.push(Int16Array.from([4]));
    expect(Array.from(frame)).toEqual([1, 2]);
  });
});

describe('PCM16 on the wire', () => {
  it('clips and rounds floats to 16 bits', () => {
    expect([0, 1, -1, 2, -2, 0.5, -0.5, Number.NaN].map(floatToInt16)).toEqual([0, 32767, -32768, 32767, -32768, 16384, -16384, -32768]);
  });

  it('writes samples little-endian', () => {
    const bytes = new Uint8Array(encodePcm16(Int16Array.from([1, -2, 0x1234])));
    expect(Array.from(bytes)).toEqual([0x01, 0x00, 0xfe, 0xff, 0x34, 0x12]);
  });

  it('reads the bot frames back as floats, carrying a split sample to the next frame', () => {
    const sut = new Pcm16Decoder();
    const bytes = new Uint8Array(encodePcm16(Int16Array.from([16384, -32768, 8192])));
    expect(Array.from(sut.decode(bytes.slice(0, 3)))).toEqual([0.5]);
    expect(Array.from(sut.decode(bytes.slice(3).buffer))).toEqual([-1, 0.25]);
    expect(Array.from(sut.decode(new ArrayBuffer(0)))).toEqual([]);
  });

  it('puts a frame on a 0–1 meter scale: silence 0, full scale 1, -30 dBFS in the middle', () => {
    expect(meterLevel(new Int16Array(320))).toBe(0);
    expect(meterLevel(new Int16Array(320).fill(32767))).toBeCloseTo(1, 3);
    expect(meterLevel(new Int16Array(320).fill(Math.round(32768 * 10 ** (-30 / 20))))).toBeCloseTo(0.5, 2);
  });
});
