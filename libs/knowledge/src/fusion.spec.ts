import { describe, expect, it } from '@jest/globals';
import { documentScores, reciprocalRankFusion } from './fusion.js';

const hit = (chunkId: string, documentId = chunkId[0]) => ({ chunkId, documentId });

describe(reciprocalRankFusion.name, () => {
  it('scores each chunk by the sum of 1/(k + rank) over the channels that found it', () => {
    const fused = reciprocalRankFusion([hit('a1'), hit('b1')], [hit('b1'), hit('c1')], { k: 10 });
    const b = fused.find((h) => h.chunkId === 'b1')!;
    expect(b.score).toBeCloseTo(1 / 12 + 1 / 11);
    expect(b.vectorRank).toBe(2);
    expect(b.keywordRank).toBe(1);
    expect(fused[0].chunkId).toBe('b1');
  });

  it('keeps chunks only one channel found, with the other rank null', () => {
    const fused = reciprocalRankFusion([hit('a1')], [], { k: 60 });
    expect(fused).toEqual([{ chunkId: 'a1', documentId: 'a', score: 1 / 61, vectorRank: 1, keywordRank: null }]);
  });

  it('weights the channels', () => {
    const fused = reciprocalRankFusion([hit('a1')], [hit('b1')], { k: 60, vectorWeight: 1, keywordWeight: 2 });
    expect(fused.map((h) => h.chunkId)).toEqual(['b1', 'a1']);
  });

  it('breaks exact ties by keyword rank, not by id', () => {
    const fused = reciprocalRankFusion([hit('z1'), hit('b1'), hit('c1'), hit('a1')], [hit('a1'), hit('b1'), hit('c1'), hit('z1')], {
      k: 10,
    });
    expect(fused.map((h) => h.chunkId)).toEqual(['b1', 'a1', 'z1', 'c1']);
  });

  it('counts a chunk listed twice by one channel once', () => {
    const fused = reciprocalRankFusion([hit('a1'), hit('a1')], [], { k: 60 });
    expect(fused[0].score).toBeCloseTo(1 / 61);
  });
});

describe(documentScores.name, () => {
  it('lets an article matching in several sections outrank one lucky passage', () => {
    const fused = reciprocalRankFusion([hit('x1'), hit('y1'), hit('y2'), hit('y3')], [hit('x1'), hit('y1'), hit('y2')], { k: 10 });
    expect(documentScores(fused, 0).map((d) => d.documentId)).toEqual(['x', 'y']);
    expect(documentScores(fused, 0.5).map((d) => d.documentId)).toEqual(['y', 'x']);
    expect(documentScores(fused, 0.5)[0].score).toBeCloseTo(2 / 12 + 0.5 * (2 / 13) + 0.25 * (1 / 14));
  });

  it('keeps the best chunk of each document', () => {
    const fused = reciprocalRankFusion([hit('y2'), hit('y1')], [hit('y2')], { k: 10 });
    expect(documentScores(fused)[0].best.chunkId).toBe('y2');
  });
});
