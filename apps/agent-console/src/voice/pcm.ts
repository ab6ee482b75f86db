// The audio the /voice/pcm stream carries both ways: 16-bit little-endian signed linear PCM, mono, 16 kHz. Plain
// functions and small classes with no browser API, so the microphone path (downsampling, 20 ms framing) and the
// playback path (decoding) are unit-tested in Node; the AudioWorklet and the AudioContext only call them.

/** The stream's sample rate, both ways. */
export const PCM_SAMPLE_RATE = 16_000;
/** One 20 ms frame at 16 kHz: 320 samples, 640 bytes. */
export const FRAME_SAMPLES = 320;

/** A float sample (-1…1, Web Audio's range) as a 16-bit integer, clipped. */
export function floatToInt16(sample: number): number {
  if (!(sample > -1)) return -32768; // also NaN, which a broken input could carry
  if (sample >= 1) return 32767;
  return Math.round(sample < 0 ? sample * 32768 : sample * 32767);
}

/**
 * Streaming sample-rate conversion of the microphone (Web Audio floats at the context's rate, usually 48 or
 * 44.1 kHz) to 16 kHz PCM16. Going down, the input passes a Blackman-windowed sinc low-pass (cut-off at 90 % of the new
 * Nyquist) so speech above 8 kHz does not fold back as aliasing, then output samples are read by linear
 * interpolation at the exact fractional positions: a 44.1 kHz input gives 16 000 samples a second, not 16 000 ± drift.
 * Blocks of any length go in (the worklet's are 128 samples); the filter's history is kept between them, so the
 * output does not depend on how the input was cut. Latency: the filter's half-width (about 0.3 ms at 48 kHz).
 */
export class Downsampler {
  /** Filter taps (one side plus the centre); empty when no filter is needed. */
  private readonly taps: Float64Array;
  private readonly halfWidth: number;
  private readonly step: number;
  /** Raw input not yet consumed, the first sample being input index `offset`. */
  private buffer: Float32Array;
  private offset: number;
  /** Input index (fractional) of the next output sample. */
  private position = 0;

  constructor(
    readonly fromRate: number,
    readonly toRate = PCM_SAMPLE_RATE,
  ) {
    if (!(fromRate > 0 && toRate > 0)) throw new RangeError(`Invalid sample rates ${fromRate} → ${toRate}`);
    this.step = fromRate / toRate;
    this.halfWidth = toRate < fromRate ? Math.ceil(8 * this.step) : 0;
    this.taps = lowPassTaps((0.9 * toRate) / 2 / fromRate, this.halfWidth);
    // Silence before the first sample, so the filter starts without a click.
    this.buffer = new Float32Array(this.halfWidth);
    this.offset = -this.halfWidth;
  }

  /** Takes the next input block and returns every 16 kHz sample it completes (often none or a few). */
  push(input: Float32Array): Int16Array {
    const joined = new Float32Array(this.buffer.length + input.length);
    joined.set(this.buffer);
    joined.set(input, this.buffer.length);
    this.buffer = joined;
    const end = this.offset + joined.length; // one past the last input index held

    const out: number[] = [];
    // Each output needs the filtered input at ⌊p⌋ and ⌊p⌋ + 1, and those need halfWidth samples either side.
    while (Math.floor(this.position) + 1 + this.halfWidth < end) {
      const index = Math.floor(this.position);
      const fraction = this.position - index;
      const a = this.filtered(index);
      const b = fraction > 0 ? this.filtered(index + 1) : a;
      out.push(floatToInt16(a + (b - a) * fraction));
      this.position += this.step;
    }
    // Keep what the next outputs still need.
    const keepFrom = Math.max(this.offset, Math.floor(this.position) - this.halfWidth);
    this.buffer = this.buffer.slice(keepFrom - this.offset);
    this.offset = keepFrom;
    return Int16Array.from(out);
  }

  private filtered(index: number): number {
    const h = this.halfWidth;
    const at = index - this.offset;
    if (h === 0) return this.buffer[at];
    let acc = this.taps[0] * this.buffer[at];
    for (let k = 1; k <= h; k++) acc += this.taps[k] * (this.buffer[at - k] + this.buffer[at + k]);
    return acc;
  }
}

/** A symmetric windowed-sinc low-pass, one side from the centre out, normalised to unity gain at DC. */
function lowPassTaps(cutoff: number, halfWidth: number): Float64Array {
  const taps = new Float64Array(halfWidth + 1);
  if (halfWidth === 0) {
    taps[0] = 1;
    return taps;
  }
  let sum = 0;
  for (let k = 0; k <= halfWidth; k++) {
    const sinc = k === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * k) / (Math.PI * k);
    const phase = (Math.PI * (k + halfWidth)) / halfWidth;
    taps[k] = sinc * (0.42 - 0.5 * Math.cos(phase) + 0.08 * Math.cos(2 * phase));
    sum += k === 0 ? taps[k] : 2 * taps[k];
  }
  for (let k = 0; k <= halfWidth; k++) taps[k] /= sum;
  return taps;
}

/** Cuts a stream of samples into fixed frames (20 ms at 16 kHz by default); what is left waits for the next push. */
export class PcmFramer {
  private pending = new Int16Array(0);

  constructor(readonly frameSamples = FRAME_SAMPLES) {
    if (!(frameSamples > 0)) throw new RangeError(`A frame needs at least one sample, got ${frameSamples}`);
  }

  /** Whole frames completed by these samples, each a copy of exactly `frameSamples`. */
  push(samples: Int16Array): Int16Array[] {
    const joined = new Int16Array(this.pending.length + samples.length);
    joined.set(this.pending);
    joined.set(samples, this.pending.length);
    const frames: Int16Array[] = [];
    let start = 0;
    for (; start + this.frameSamples <= joined.length; start += this.frameSamples)
      frames.push(joined.slice(start, start + this.frameSamples));
    this.pending = joined.slice(start);
    return frames;
  }

  /** Samples waiting for a whole frame. */
  get buffered(): number {
    return this.pending.length;
  }
}

/** PCM16 samples as the stream's bytes: little-endian whatever the machine's order. */
export function encodePcm16(samples: Int16Array): ArrayBuffer {
  const bytes = new ArrayBuffer(samples.length * 2);
  const view = new DataView(bytes);
  for (let i = 0; i < samples.length; i++) view.setInt16(i * 2, samples[i], true);
  return bytes;
}

/**
 * Reads the bot's binary frames (PCM16 little-endian) as Web Audio floats. A frame of odd length leaves its last
 * byte for the next one, so the stream may be cut anywhere.
 */
export class Pcm16Decoder {
  private carry: number | null = null;

  decode(data: ArrayBuffer | Uint8Array): Float32Array<ArrayBuffer> {
    const incoming = data instanceof Uint8Array ? data : new Uint8Array(data);
    let bytes = incoming;
    if (this.carry !== null) {
      bytes = new Uint8Array(incoming.length + 1);
      bytes[0] = this.carry;
      bytes.set(incoming, 1);
      this.carry = null;
    }
    const count = bytes.length >> 1;
    if (bytes.length % 2 === 1) this.carry = bytes[bytes.length - 1];
    const view = new DataView(bytes.buffer, bytes.byteOffset, count * 2);
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = view.getInt16(i * 2, true) / 32768;
    return out;
  }
}

/**
 * How loud a frame is, 0…1 on a decibel scale for a level meter: -60 dBFS and below is 0, full scale is 1.
 */
export function meterLevel(frame: Int16Array): number {
  if (frame.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < frame.length; i++) sum += frame[i] * frame[i];
  const rms = Math.sqrt(sum / frame.length) / 32768;
  if (rms <= 0) return 0;
  const dbfs = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (dbfs + 60) / 60));
}

/** The name the capture worklet registers its processor under (pcm-worklet.ts). */
export const CAPTURE_PROCESSOR = 'dasan-pcm-capture';

/** What the capture worklet posts to the page for each 20 ms frame. */
export interface CapturedFrame {
  /** PCM16 little-endian, 16 kHz, 640 bytes: ready to send as one binary WebSocket message. */
  pcm: ArrayBuffer;
  /** The frame's loudness for a meter, 0…1 (see meterLevel). */
  level: number;
}
