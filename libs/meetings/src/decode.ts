import { TranscriptError, TranscriptErrorCode } from './transcript.js';

/**
 * The text of a transcript file: UTF-8, UTF-16 with a byte-order mark, or EUC-KR (CP949), which older Windows tools
 * in government offices still write. Throws a NOT_TEXT {@link TranscriptError} for bytes that are none of them.
 */
export function decodeTranscript(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  for (const encoding of ['utf-8', 'euc-kr']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // not this encoding; try the next
    }
  }
  throw new TranscriptError(TranscriptErrorCode.NOT_TEXT, 'The file is not text: it is neither UTF-8, UTF-16 nor EUC-KR.');
}
