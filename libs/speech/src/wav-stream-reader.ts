import { mulawToLinear } from '#libs/audio';

const FORMAT_PCM = 1;
const FORMAT_MULAW = 7;
const FORMAT_EXTENSIBLE = 0xfffe;
/**
 * Data sizes that mean "until the stream ends": 0 and anything from 0x7fff0000 up. espeak-ng writes 0x7ffff000 when
 * it streams to stdout, other servers 0xffffffff or 0; none of them can be a real size of speech audio.
 */
const STREAMING_SIZE = 0x7fff0000;

type State = 'riff' | 'chunk' | 'fmt' | 'skip' | 'data' | 'done';

/**
 * Decodes a WAV file as it arrives, in chunks of any size: the header may be split over chunks, and a sample over
 * two. Reads 16-bit PCM and 8-bit μ-law, any channel count, mixed down to mono. A data chunk of unknown length (the
 * streaming headers of espeak-ng and TTS servers) is read until the stream ends; one of known length is read to its
 * end and anything after it ignored.
 */
export class WavStreamReader {
  private state: State = 'riff';
  private pending: Uint8Array = new Uint8Array(0);
  private skipLeft = 0;
  private dataLeft = Infinity;
  private fmtSize = 0;
  private format = 0;
  private channelCount = 0;
  private rate: number | undefined;

  /** Sample rate of the stream, once its fmt chunk has been read. */
  get sampleRate(): number | undefined {
    return this.rate;
  }

  /** Channels in the stream (the samples returned are mono), once its fmt chunk has been read. */
  get channels(): number | undefined {
    return this.channelCount || undefined;
  }

  /** True once the header is read and the audio data has begun. */
  get started(): boolean {
    return this.state === 'data' || this.state === 'done';
  }

  /**
   * Takes the next bytes of the file and returns the mono samples they complete (possibly none). Throws an Error when
   * the bytes are not a WAV file or hold a format other than 16-bit PCM or μ-law.
   */
  push(bytes: Uint8Array): Int16Array {
    this.pending = this.pending.length ? concatBytes(this.pending, bytes) : bytes;
    for (;;) {
      if (this.state === 'data') return this.decode();
      if (this.state === 'done') {
        this.pending = new Uint8Array(0);
        return new Int16Array(0);
      }
      if (!this.step()) return new Int16Array(0);
    }
  }

  /** Advances through the header by one unit; false when more bytes are needed. */
  private step(): boolean {
    const bytes = this.pending;
    switch (this.state) {
      case 'riff': {
        if (bytes.length < 12) {
          if (bytes.length >= 4 && fourCC(bytes, 0) !== 'RIFF') throw new Error('Not a WAV stream: no RIFF header');
          return false;
        }
        if (fourCC(bytes, 0) !== 'RIFF') throw new Error('Not a WAV stream: no RIFF header');
        if (fourCC(bytes, 8) !== 'WAVE') throw new Error(`Not a WAV stream: RIFF type is "${fourCC(bytes, 8)}", not "WAVE"`);
        this.consume(12);
        this.state = 'chunk';
        return true;
      }
      case 'chunk': {
        if (bytes.length < 8) return false;
        const id = fourCC(bytes, 0);
        const size = view(bytes).getUint32(4, true);
        this.consume(8);
        if (id === 'fmt ') {
          if (size < 16) throw new Error('Invalid WAV stream: fmt chunk is too short');
          this.fmtSize = size;
          this.state = 'fmt';
        } else if (id === 'data') {
          if (!this.rate) throw new Error('Invalid WAV stream: no fmt chunk before the data');
          this.dataLeft = size === 0 || size >= STREAMING_SIZE ? Infinity : size;
          this.state = 'data';
        } else {
          this.skipLeft = size + (size % 2); // chunks are word-aligned
          this.state = 'skip';
        }
        return true;
      }
      case 'fmt': {
        const padded = this.fmtSize + (this.fmtSize % 2);
        if (bytes.length < padded) return false;
        const fmt = view(bytes);
        let format = fmt.getUint16(0, true);
        if (format === FORMAT_EXTENSIBLE && this.fmtSize >= 26) format = fmt.getUint16(24, true); // sub-format GUID
        const channels = fmt.getUint16(2, true);
        const sampleRate = fmt.getUint32(4, true);
        const bits = fmt.getUint16(14, true);
        if (format === FORMAT_PCM && bits !== 16) throw new Error(`Unsupported WAV stream: ${bits}-bit PCM; only 16-bit PCM is supported`);
        if (format === FORMAT_MULAW && bits !== 8) throw new Error(`Invalid WAV stream: μ-law with ${bits} bits per sample, expected 8`);
        if (format !== FORMAT_PCM && format !== FORMAT_MULAW) {
          throw new Error(`Unsupported WAV stream format ${format}; only PCM (1) and μ-law (7) are supported`);
        }
        if (channels < 1) throw new Error('Invalid WAV stream: 0 channels');
        if (!(sampleRate > 0)) throw new Error('Invalid WAV stream: sample rate 0');
        this.format = format;
        this.channelCount = channels;
        this.rate = sampleRate;
        this.consume(padded);
        this.state = 'chunk';
        return true;
      }
      case 'skip': {
        const skipped = Math.min(this.skipLeft, bytes.length);
        this.consume(skipped);
        this.skipLeft -= skipped;
        if (this.skipLeft > 0) return false;
        this.state = 'chunk';
        return true;
      }
      default:
        return false;
    }
  }

  /** Decodes the whole frames among the pending data bytes; a partial frame waits for the next push. */
  private decode(): Int16Array {
    const bytesPerSample = this.format === FORMAT_PCM ? 2 : 1;
    const frameBytes = bytesPerSample * this.channelCount;
    const available = Math.min(this.pending.length, this.dataLeft);
    const frames = Math.floor(available / frameBytes);
    const data = this.pending.subarray(0, frames * frameBytes);
    const out = new Int16Array(frames);
    const source = view(data);
    for (let i = 0; i < frames; i++) {
      let sum = 0;
      for (let c = 0; c < this.channelCount; c++) {
        const at = i * frameBytes + c * bytesPerSample;
        sum += bytesPerSample === 2 ? source.getInt16(at, true) : mulawToLinear(data[at]);
      }
      out[i] = this.channelCount === 1 ? sum : Math.round(sum / this.channelCount);
    }
    this.consume(data.length);
    this.dataLeft -= data.length;
    if (this.dataLeft < frameBytes) this.state = 'done'; // a known length read to its end
    return out;
  }

  private consume(count: number): void {
    // A copy once the data is small, so a large chunk pushed once is not held on to by a few leftover bytes.
    this.pending = this.pending.length - count < 64 ? this.pending.slice(count) : this.pending.subarray(count);
  }
}

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
