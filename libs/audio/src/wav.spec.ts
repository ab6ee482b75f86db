import { describe, expect, it } from '@jest/globals';
import { linearToMulaw, mulawToLinear } from './mulaw.js';
import { tone } from './signals.js';
import { parseWav, toWav } from './wav.js';

function chunk(id: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + body.length + (body.length % 2));
  out.set([...id].map((c) => c.charCodeAt(0)));
  new DataView(out.buffer).setUint32(4, body.length, true);
  out.set(body, 8);
  return out;
}

function riff(...chunks: Uint8Array[]): Uint8Array {
  const size = chunks.reduce((n, c) => n + c.length, 4);
  const out = new Uint8Array(8 + size);
  out.set([...'RIFF'].map((c) => c.charCodeAt(0)));
  new DataView(out.buffer).setUint32(4, size, true);
  out.set(
    [...'WAVE'].map((c) => c.charCodeAt(0)),
    8,
  );
  let offset = 12;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function fmt(format: number, channels: number, sampleRate: number, bits: number): Uint8Array {
  const body = new Uint8Array(16);
  const view = new DataView(body.buffer);
  view.setUint16(0, format, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, sampleRate, true);
  view.setUint32(8, (sampleRate * channels * bits) / 8, true);
  view.setUint16(12, (channels * bits) / 8, true);
  view.setUint16(14, bits, true);
  return chunk('fmt ', body);
}

function pcm(values: number[]): Uint8Array {
  const body = new Uint8Array(values.length * 2);
  values.forEach((v, i) => new DataView(body.buffer).setInt16(i * 2, v, true));
  return chunk('data', body);
}

describe(parseWav.name, () => {
  it('round-trips toWav', () => {
    const samples = tone(440, 100, 16000, 0.5);
    const bytes = toWav(samples, 16000);
    expect(bytes.length).toBe(44 + samples.length * 2);
    const sut = parseWav(bytes);
    expect(sut).toEqual({ sampleRate: 16000, channels: 1, bitsPerSample: 16, format: 'pcm', samples });
  });

  it('mixes stereo down to mono', () => {
    const sut = parseWav(riff(fmt(1, 2, 8000, 16), pcm([1000, 3000, -200, -400, 32767, 32767])));
    expect(sut.channels).toBe(2);
    expect(Array.from(sut.samples)).toEqual([2000, -300, 32767]);
  });

  it('skips unknown chunks such as LIST, odd-sized ones included', () => {
    const list = chunk('LIST', new TextEncoder().encode('INFOISFT\u0005\u0000\u0000\u0000dasan'));
    const sut = parseWav(riff(fmt(1, 1, 16000, 16), list, chunk('junk', new Uint8Array(3)), pcm([1, -2, 3])));
    expect(Array.from(sut.samples)).toEqual([1, -2, 3]);
  });

  it('reads μ-law WAV (format 7), written by toWav or by hand', () => {
    const samples = Int16Array.from([0, 1000, -1000, 30000]);
    const expected = samples.map((s) => mulawToLinear(linearToMulaw(s)));
    const sut = parseWav(toWav(samples, 8000, 'mulaw'));
    expect(sut).toEqual({ sampleRate: 8000, channels: 1, bitsPerSample: 8, format: 'mulaw', samples: expected });
    const byHand = parseWav(riff(fmt(7, 1, 8000, 8), chunk('data', Uint8Array.from(samples, linearToMulaw))));
    expect(byHand.samples).toEqual(expected);
  });

  it('reads a data chunk whose declared size runs past the end of the file', () => {
    const bytes = riff(fmt(1, 1, 8000, 16), pcm([5, 6, 7]));
    new DataView(bytes.buffer).setUint32(bytes.length - 10, 0xffffffff, true);
    expect(Array.from(parseWav(bytes).samples)).toEqual([5, 6, 7]);
  });

  it('rejects what it cannot read with a clear message', () => {
    expect(() => parseWav(new Uint8Array(4))).toThrow('Not a WAV file: no RIFF header');
    expect(() => parseWav(new TextEncoder().encode('ID3\u0004 not a wave file at all'))).toThrow('no RIFF header');
    const avi = riff(fmt(1, 1, 8000, 16));
    avi.set(
      [...'AVI '].map((c) => c.charCodeAt(0)),
      8,
    );
    expect(() => parseWav(avi)).toThrow('RIFF type is "AVI ", not "WAVE"');
    expect(() => parseWav(riff(fmt(3, 1, 8000, 32), pcm([0])))).toThrow(
      'Unsupported WAV format 3 (IEEE float); only PCM (1) and μ-law (7)',
    );
    expect(() => parseWav(riff(fmt(6, 1, 8000, 8), pcm([0])))).toThrow('format 6 (A-law)');
    expect(() => parseWav(riff(fmt(1, 1, 8000, 8), pcm([0])))).toThrow('8-bit PCM; only 16-bit PCM is supported');
    expect(() => parseWav(riff(pcm([0])))).toThrow('no fmt chunk');
    expect(() => parseWav(riff(fmt(1, 1, 8000, 16)))).toThrow('no data chunk');
  });
});
