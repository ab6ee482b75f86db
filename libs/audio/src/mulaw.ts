/**
 * G.711 μ-law, the standard bias-132 algorithm (the same tables as ITU-T G.711 / Sun's g711.c).
 * Decoding returns the midpoint of each quantisation interval, so |x − decode(encode(x))| ≤ (|x| + 132) / 32
 * (half a step; steps grow from 8 near zero to 1024 near full scale), and inputs beyond ±32635 clip to ±32124.
 */

const BIAS = 0x84;
const CLIP = 32635;
/** The μ-law segment of a biased magnitude, by its top bits (s >> 7, 1..255): the position of the highest set bit. */
const EXPONENT = Uint8Array.from({ length: 256 }, (_, v) => (v === 0 ? 0 : 31 - Math.clz32(v)));

/** One 16-bit linear sample (any number, clamped and truncated) to one μ-law byte. */
export function linearToMulaw(sample: number): number {
  // Plain arithmetic and a table rather than Math.*: this runs for every sample sent to a phone.
  let s = sample > CLIP ? CLIP : sample < -CLIP ? -CLIP : sample | 0;
  const sign = s < 0 ? 0x80 : 0;
  if (sign) s = -s;
  s += BIAS;
  const exponent = EXPONENT[s >> 7]; // s ≥ 132, so s >> 7 ≥ 1 and the exponent is 0..7
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

/** One μ-law byte to a 16-bit linear sample. */
export function mulawToLinear(byte: number): number {
  const u = ~byte & 0xff;
  const exponent = (u >> 4) & 0x07;
  const magnitude = ((((u & 0x0f) << 3) + BIAS) << exponent) - BIAS;
  return u & 0x80 ? 0 - magnitude : magnitude;
}

const DECODE = Int16Array.from({ length: 256 }, (_, byte) => mulawToLinear(byte));

export function mulawToPcm16(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = DECODE[bytes[i]];
  return out;
}

export function pcm16ToMulaw(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = linearToMulaw(samples[i]);
  return out;
}

/** A Twilio media payload (base64 μ-law, 8 kHz mono) to PCM. */
export function mulawBase64ToPcm16(payload: string): Int16Array {
  return mulawToPcm16(base64ToBytes(payload));
}

/** PCM (already at 8 kHz) to a Twilio media payload. */
export function pcm16ToMulawBase64(samples: Int16Array): string {
  return bytesToBase64(pcm16ToMulaw(samples));
}

export function base64ToBytes(base64: string): Uint8Array {
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
