import { describe, expect, it } from '@jest/globals';
import { LocalHashEmbeddings } from './local-hash-embeddings.js';

const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

describe(LocalHashEmbeddings.name, () => {
  const sut = new LocalHashEmbeddings({ dimensions: 512 });

  it('is deterministic and L2-normalised', async () => {
    const [a, b] = await sut.embedDocuments(['여권 발급 수수료', '여권 발급 수수료']);
    expect(a).toEqual(b);
    expect(a).toHaveLength(512);
    expect(Math.sqrt(cosine(a, a))).toBeCloseTo(1, 10);
  });

  it('does not care how the caller spaced the words', async () => {
    const spaced = await sut.embedQuery('주차 위반 과태료 납부');
    const glued = await sut.embedQuery('주차위반과태료납부');
    expect(cosine(spaced, glued)).toBeGreaterThan(0.7);
  });

  it('places related questions closer than unrelated ones', async () => {
    const passport = await sut.embedQuery('여권 새로 만들려면 어디로 가요');
    const article = await sut.embedQuery('여권 발급: 구청 여권민원실에서 신청합니다');
    const waste = await sut.embedQuery('대형폐기물 스티커 배출 신고');
    expect(cosine(passport, article)).toBeGreaterThan(0.1);
    expect(cosine(passport, article)).toBeGreaterThan(3 * Math.abs(cosine(passport, waste)));
  });

  it('ignores fillers and particles', async () => {
    const plain = await sut.embedQuery('따릉이 반납');
    const spoken = await sut.embedQuery('어 저기요 따릉이를 반납');
    expect(cosine(plain, spoken)).toBeGreaterThan(0.95);
  });

  it('returns a zero vector for text with nothing of meaning', async () => {
    expect((await sut.embedQuery('음 어 저기요')).every((v) => v === 0)).toBe(true);
  });

  it('names its model and size, so an index built with another size is recognised', () => {
    expect(sut.modelId).toBe('dasan-local-hash-v1/512');
    expect(new LocalHashEmbeddings({ dimensions: 256 }).modelId).toBe('dasan-local-hash-v1/256');
    expect(() => new LocalHashEmbeddings({ dimensions: 3 })).toThrow(/dimensions/);
  });
});
