import type { Detection, Span } from './pii.js';

/** An e-mail address; the local part may hold mask characters so that masked addresses are recognised too. */
const EMAIL = /(?<![A-Za-z0-9._%+*_-])([A-Za-z0-9._%+*_-]+)@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})/gu;

/** A local part already masked by this library ("h***"). */
const MASKED_LOCAL_PART = /^[^*]?\*+$/u;

export interface EmailScan {
  /** Every e-mail address, masked or not: no other detector looks inside these. */
  spans: Span[];
  /** The addresses still to mask. */
  detections: Detection[];
}

/** E-mail addresses, masked to the first character of the local part and the domain: h***@example.com. */
export function findEmails(text: string): EmailScan {
  const scan: EmailScan = { spans: [], detections: [] };
  for (const match of text.matchAll(EMAIL)) {
    const [address, local, domain] = match;
    const span = { start: match.index, end: match.index + address.length };
    scan.spans.push(span);
    if (!MASKED_LOCAL_PART.test(local)) scan.detections.push({ kind: 'email', ...span, replacement: `${local[0]}***@${domain}` });
  }
  return scan;
}
