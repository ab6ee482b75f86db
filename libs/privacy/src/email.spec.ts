import { describe, expect, it } from '@jest/globals';
import { findEmails } from './email.js';

describe(findEmails.name, () => {
  it('masks the local part to its first character and keeps the domain', () => {
    expect(findEmails('메일은 hong.gildong@example.com 이에요').detections).toEqual([
      { kind: 'email', start: 4, end: 28, replacement: 'h***@example.com' },
    ]);
  });

  it('blocks an address it has already masked without finding it again', () => {
    const scan = findEmails('h***@example.com');
    expect(scan.detections).toEqual([]);
    expect(scan.spans).toEqual([{ start: 0, end: 16 }]);
  });

  it('needs a local part and a domain with a top-level domain', () => {
    expect(findEmails('@example.com hong@localhost hong@ 골뱅이').spans).toEqual([]);
  });
});
