import { findAddresses } from './address.js';
import { findEmails } from './email.js';
import { findNumbers } from './numbers.js';
import { type Detection, type MaskResult, overlaps } from './pii.js';

/**
 * Masks the personal information in what a caller said, before it is stored, logged, put in a job payload or sent
 * to a model: resident registration, phone, card and account numbers (written in digits or read out in Korean digit
 * words), e-mail addresses and street addresses. The masked text keeps what an agent needs (a birth date, a phone
 * prefix, the last four digits, a road name) and nothing more. Masking a masked text changes nothing.
 */
export function maskPii(text: string): MaskResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const detections = detectPii(input);
  let masked = '';
  let cursor = 0;
  for (const detection of detections) {
    masked += input.slice(cursor, detection.start) + detection.replacement;
    cursor = detection.end;
  }
  masked += input.slice(cursor);
  return { text: masked, findings: detections.map(({ kind, start, end }) => ({ kind, start, end })) };
}

/** True when the text holds anything {@link maskPii} would mask. */
export function containsPii(text: string): boolean {
  return maskPii(text).findings.length > 0;
}

/** Findings that do not overlap, sorted by start: e-mail addresses and numbers first, then street addresses. */
function detectPii(text: string): Detection[] {
  const emails = findEmails(text);
  const first = [...emails.detections, ...findNumbers(text, emails.spans)].sort((a, b) => a.start - b.start);
  const detections: Detection[] = [...first];
  let k = 0;
  for (const address of findAddresses(text)) {
    while (k < first.length && first[k].end <= address.start) k++;
    if (k === first.length || !overlaps(first[k], address)) detections.push(address);
  }
  return detections.sort((a, b) => a.start - b.start);
}
