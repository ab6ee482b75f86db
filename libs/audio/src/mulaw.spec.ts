import { describe, expect, it } from '@jest/globals';
import { linearToMulaw, mulawBase64ToPcm16, mulawToLinear, mulawToPcm16, pcm16ToMulaw, pcm16ToMulawBase64 } from './mulaw.js';

describe('μ-law', () => {
  it('decodes the known code points', () => {
    expect(mulawToLinear(0xff)).toBe(0);
    expect(mulawToLinear(0x7f)).toBe(0);
    expect(mulawToLinear(0x00)).toBe(-32124);
    expect(mulawToLinear(0x80)).toBe(32124);
  });

  it('encodes the known values', () => {
    expect(linearToMulaw(0)).toBe(0xff);
    expect(linearToMulaw(32124)).toBe(0x80);
    expect(linearToMulaw(-32124)).toBe(0x00);
    expect(linearToMulaw(32767)).toBe(0x80);
    expect(linearToMulaw(-32768)).toBe(0x00);
  });

  it('round-trips every 16-bit sample within half a quantisation step, monotonically', () => {
    let previous = -Infinity;
    for (let x = -32768; x <= 32767; x += 3) {
      const y = mulawToLinear(linearToMulaw(x));
      expect(Math.abs(x - y)).toBeLessThanOrEqual((Math.abs(x) + 132) / 32);
      expect(y).toBeGreaterThanOrEqual(previous);
      previous = y;
    }
  });

  it('re-encodes every code point to itself (except negative zero)', () => {
    for (let byte = 0; byte < 256; byte++) {
      if (byte === 0x7f) continue;
      expect(linearToMulaw(mulawToLinear(byte))).toBe(byte);
    }
  });
});

describe(mulawToPcm16.name, () => {
  it('converts whole buffers both ways and through Twilio base64 payloads', () => {
    const samples = Int16Array.from([0, 1000, -1000, 32124, -32124]);
    const sut = pcm16ToMulaw(samples);
    expect(sut).toEqual(Uint8Array.from(samples, linearToMulaw));
    expect(Array.from(mulawToPcm16(sut))).toEqual(Array.from(samples, (s) => mulawToLinear(linearToMulaw(s))));
    const payload = pcm16ToMulawBase64(samples);
    expect(payload).toBe(Buffer.from(sut).toString('base64'));
    expect(mulawBase64ToPcm16(payload)).toEqual(mulawToPcm16(sut));
  });

  it('decodes a 160-byte Twilio frame of μ-law silence to 160 zeros', () => {
    const payload = Buffer.alloc(160, 0xff).toString('base64');
    expect(mulawBase64ToPcm16(payload)).toEqual(new Int16Array(160));
  });
});
