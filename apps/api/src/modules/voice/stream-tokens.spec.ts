import { describe, expect, it } from '@jest/globals';
import { StreamTokens } from './stream-tokens.js';

const CALL = '6d152d11-8177-400f-a1f6-20012db138c1';

describe(StreamTokens.name, () => {
  it('admits the call it was signed for, until it expires', () => {
    let now = 1_000_000_000_000;
    const sut = new StreamTokens('key', () => now);
    const token = sut.sign(CALL, 60);
    expect(StreamTokens.looksLikeOne(token)).toBe(true);
    expect(sut.verify(token)).toBe(CALL);
    now += 61_000;
    expect(sut.verify(token)).toBeNull();
  });

  it('refuses a token signed with another key, or with the call id changed', () => {
    const sut = new StreamTokens('key');
    const token = sut.sign(CALL);
    expect(new StreamTokens('other key').verify(token)).toBeNull();
    expect(sut.verify(token.replace(CALL, '00000000-0000-4000-8000-000000000000'))).toBeNull();
    expect(sut.verify('m1.x.y.z')).toBeNull();
    expect(sut.verify('not a token')).toBeNull();
  });
});
