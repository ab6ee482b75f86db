import { linearToMulaw, mulawToPcm16 } from './mulaw.js';

export interface WavAudio {
  sampleRate: number;
  /** Channels in the file; `samples` is always mono (channels averaged). */
  channels: number;
  /** Bits per stored sample: 16 for PCM, 8 for μ-law. */
  bitsPerSample: number;
  format: 'pcm' | 'mulaw';
  samples: Int16Array;
}

const FORMAT_PCM = 1;
const FORMAT_MULAW = 7;
const FORMAT_EXTENSIBLE = 0xfffe;
const FORMAT_NAMES: Record<number, string> = { 2: 'MS ADPCM', 3: 'IEEE float', 6: 'A-law', 0x11: 'IMA ADPCM', 0x55: 'MP3' };

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

/**
 * Reads a RIFF/WAVE file holding 16-bit PCM or 8-bit μ-law (format 7), any channel count, mixed down to mono.
 * Chunks other than `fmt ` and `data` (LIST, fact, cue …) are skipped; a data chunk longer than the file
 * (streamed WAVs) is read to the end of the file.
 */
export function parseWav(bytes: Uint8Array): WavAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || fourCC(bytes, 0) !== 'RIFF') throw new Error('Not a WAV file: no RIFF header');
  if (fourCC(bytes, 8) !== 'WAVE') throw new Error(`Not a WAV file: RIFF type is "${fourCC(bytes, 8)}", not "WAVE"`);

  let fmt: { format: number; channels: number; sampleRate: number; bitsPerSample: number } | undefined;
  let data: Uint8Array | undefined;
  for (let offset = 12; offset + 8 <= bytes.length && !data;) {
    const id = fourCC(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) throw new Error('Invalid WAV file: fmt chunk is too short');
      let format = view.getUint16(body, true);
      if (format === FORMAT_EXTENSIBLE && size >= 26) format = view.getUint16(body + 24, true); // sub-format GUID
      fmt = {
        format,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      data = bytes.subarray(body, Math.min(body + size, bytes.length));
    }
    offset = body + size + (size % 2); // chunks are word-aligned
  }
  if (!fmt) throw new Error('Invalid WAV file: no fmt chunk before the data');
  if (!data) throw new Error('Invalid WAV file: no data chunk');
  const { format, channels, sampleRate, bitsPerSample } = fmt;
  if (channels < 1) throw new Error('Invalid WAV file: 0 channels');
  if (!(sampleRate > 0)) throw new Error('Invalid WAV file: sample rate 0');

  let interleaved: Int16Array;
  if (format === FORMAT_PCM) {
    if (bitsPerSample !== 16) throw new Error(`Unsupported WAV: ${bitsPerSample}-bit PCM; only 16-bit PCM is supported`);
    interleaved = new Int16Array(data.length >> 1);
    const dataView = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let i = 0; i < interleaved.length; i++) interleaved[i] = dataView.getInt16(i * 2, true);
  } else if (format === FORMAT_MULAW) {
    if (bitsPerSample !== 8) throw new Error(`Invalid WAV file: μ-law with ${bitsPerSample} bits per sample, expected 8`);
    interleaved = mulawToPcm16(data);
  } else {
    const name = FORMAT_NAMES[format] ? ` (${FORMAT_NAMES[format]})` : '';
    throw new Error(`Unsupported WAV format ${format}${name}; only PCM (1) and μ-law (7) are supported`);
  }
  return {
    sampleRate,
    channels,
    bitsPerSample,
    format: format === FORMAT_PCM ? 'pcm' : 'mulaw',
    samples: mixToMono(interleaved, channels),
  };
}

function mixToMono(interleaved: Int16Array, channels: number): Int16Array {
  if (channels === 1) return interleaved;
  const out = new Int16Array(Math.floor(interleaved.length / channels));
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += interleaved[i * channels + c];
    out[i] = Math.round(sum / channels);
  }
  return out;
}

/** A mono WAV file: 16-bit PCM by default, or 8-bit μ-law (format 7, with the `fact` chunk non-PCM formats carry). */
export function toWav(samples: Int16Array, sampleRate: number, encoding: 'pcm' | 'mulaw' = 'pcm'): Uint8Array {
  const mulaw = encoding === 'mulaw';
  const bytesPerSample = mulaw ? 1 : 2;
  const dataSize = samples.length * bytesPerSample;
  const fmtSize = mulaw ? 18 : 16;
  const factSize = mulaw ? 12 : 0;
  const headerSize = 12 + 8 + fmtSize + factSize + 8;
  const out = new Uint8Array(headerSize + dataSize + (dataSize % 2));
  const view = new DataView(out.buffer);
  const writeId = (offset: number, id: string) =>
    out.set(
      [...id].map((c) => c.charCodeAt(0)),
      offset,
    );

  writeId(0, 'RIFF');
  view.setUint32(4, out.length - 8, true);
  writeId(8, 'WAVE');
  writeId(12, 'fmt ');
  view.setUint32(16, fmtSize, true);
  view.setUint16(20, mulaw ? FORMAT_MULAW : FORMAT_PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * bytesPerSample, true);
  view.setUint16(32, bytesPerSample, true);
  view.setUint16(34, bytesPerSample * 8, true); // an 18-byte fmt ends with cbSize = 0, already zero
  let offset = 20 + fmtSize;
  if (mulaw) {
    writeId(offset, 'fact');
    view.setUint32(offset + 4, 4, true);
    view.setUint32(offset + 8, samples.length, true);
    offset += factSize;
  }
  writeId(offset, 'data');
  view.setUint32(offset + 4, dataSize, true);
  offset += 8;
  for (let i = 0; i < samples.length; i++) {
    if (mulaw) out[offset + i] = linearToMulaw(samples[i]);
    else view.setInt16(offset + i * 2, samples[i], true);
  }
  return out;
}
