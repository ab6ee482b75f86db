import { describe, expect, it } from '@jest/globals';
import { concat, mulawToPcm16, pcm16ToMulaw, speechLike, toWav, tone } from '#libs/audio';
import { WavStreamReader } from './wav-stream-reader.js';

/** Pushes `bytes` in pieces of the given sizes (the rest in one piece) and joins what comes out. */
function readInPieces(sut: WavStreamReader, bytes: Uint8Array, sizes: number[]): Int16Array {
  const out: Int16Array[] = [];
  let offset = 0;
  for (const size of sizes) {
    out.push(sut.push(bytes.subarray(offset, offset + size)));
    offset += size;
  }
  out.push(sut.push(bytes.subarray(offset)));
  return concat(...out);
}

/** The 44-byte header espeak-ng writes to stdout: RIFF and data sizes 0x7ffff000-ish, length unknown. */
function espeakStream(samples: Int16Array, sampleRate: number): Uint8Array {
  const bytes = toWav(samples, sampleRate);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, 0x7ffff024, true);
  view.setUint32(40, 0x7ffff000, true);
  return bytes;
}

function withChunkBeforeData(samples: Int16Array, sampleRate: number): Uint8Array {
  const plain = toWav(samples, sampleRate);
  const list = new Uint8Array([...'LIST'].map((c) => c.charCodeAt(0)).concat([5, 0, 0, 0, 1, 2, 3, 4, 5, 0])); // odd size, padded
  const out = new Uint8Array(plain.length + list.length);
  out.set(plain.subarray(0, 36));
  out.set(list, 36);
  out.set(plain.subarray(36), 36 + list.length);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}

describe(WavStreamReader.name, () => {
  const samples = speechLike(200, 24000);

  it('decodes a whole WAV pushed at once and learns its rate', () => {
    const sut = new WavStreamReader();
    expect(sut.sampleRate).toBeUndefined();
    expect(sut.push(toWav(samples, 24000))).toEqual(samples);
    expect(sut.sampleRate).toBe(24000);
    expect(sut.channels).toBe(1);
  });

  it('waits for a header split over many chunks, then decodes', () => {
    const sut = new WavStreamReader();
    const bytes = toWav(samples, 24000);
    expect(sut.push(bytes.subarray(0, 3))).toHaveLength(0);
    expect(sut.push(bytes.subarray(3, 20))).toHaveLength(0);
    expect(sut.sampleRate).toBeUndefined();
    expect(sut.push(bytes.subarray(20, 43))).toHaveLength(0);
    expect(sut.sampleRate).toBe(24000);
    expect(sut.started).toBe(false);
    expect(concat(sut.push(bytes.subarray(43, 100)), sut.push(bytes.subarray(100)))).toEqual(samples);
  });

  it('carries a sample split between chunks with odd byte counts', () => {
    const bytes = toWav(samples, 24000);
    const sut = new WavStreamReader();
    const out = readInPieces(sut, bytes, [45, 1, 7, 333, 1, 1, 1, 999]);
    expect(out).toEqual(samples);
  });

  it('decodes byte by byte', () => {
    const bytes = toWav(tone(440, 20, 8000), 8000);
    const sut = new WavStreamReader();
    expect(readInPieces(sut, bytes, Array(bytes.length).fill(1))).toEqual(tone(440, 20, 8000));
  });

  it("reads espeak-ng's streaming header (sizes 0x7ffff000) to the end of the stream", () => {
    const sut = new WavStreamReader();
    const out = readInPieces(sut, espeakStream(samples, 22050), [44, 1001, 2]);
    expect(sut.sampleRate).toBe(22050);
    expect(out).toEqual(samples);
  });

  it('reads a data chunk of known length to its end and ignores what follows', () => {
    const bytes = toWav(samples, 16000);
    const trailer = new Uint8Array([...'LIST'].map((c) => c.charCodeAt(0)).concat([4, 0, 0, 0, 9, 9, 9, 9]));
    const sut = new WavStreamReader();
    expect(readInPieces(sut, concat8(bytes, trailer), [100])).toEqual(samples);
  });

  it('skips chunks before the data, odd-sized and split across pushes', () => {
    const sut = new WavStreamReader();
    expect(readInPieces(sut, withChunkBeforeData(samples, 16000), [38, 3, 4])).toEqual(samples);
  });

  it('mixes stereo down to mono and decodes μ-law', () => {
    const stereo = toWav(new Int16Array([1000, 3000, -200, -400]), 8000);
    new DataView(stereo.buffer).setUint16(22, 2, true);
    expect(new WavStreamReader().push(stereo)).toEqual(new Int16Array([2000, -300]));

    const mulaw = toWav(samples, 8000, 'mulaw');
    expect(readInPieces(new WavStreamReader(), mulaw, [50, 7])).toEqual(mulawToPcm16(pcm16ToMulaw(samples)));
  });

  it('refuses what is not a WAV, or a format it cannot decode, with the reason', () => {
    expect(() => new WavStreamReader().push(new TextEncoder().encode('{"error":"no"}'))).toThrow(/Not a WAV stream: no RIFF header/);
    expect(() => new WavStreamReader().push(new TextEncoder().encode('ID3'))).not.toThrow();
    const float = toWav(samples, 16000);
    new DataView(float.buffer).setUint16(20, 3, true);
    expect(() => new WavStreamReader().push(float)).toThrow(/format 3; only PCM \(1\) and μ-law \(7\)/);
  });
});

function concat8(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
