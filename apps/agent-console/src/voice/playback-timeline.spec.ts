import { describe, expect, it } from '@jest/globals';
import { PlaybackTimeline } from './playback-timeline';

describe(PlaybackTimeline.name, () => {
  it('lays chunks end to end while audio is queued, so the voice has no gaps', () => {
    const sut = new PlaybackTimeline(0.1);
    expect(sut.schedule(5, 0.02)).toBeCloseTo(5.1);
    expect(sut.schedule(5.01, 0.02)).toBeCloseTo(5.12);
    expect(sut.schedule(5.05, 0.02)).toBeCloseTo(5.14);
    expect(sut.queuedUntil).toBeCloseTo(5.16);
    expect(sut.playing(5.15)).toBe(true);
    expect(sut.playing(5.17)).toBe(false);
  });

  it('starts a little ahead of the clock after the queue ran dry', () => {
    const sut = new PlaybackTimeline(0.1);
    sut.schedule(1, 0.02);
    expect(sut.schedule(3, 0.02)).toBeCloseTo(3.1);
  });

  it('makes a mark due only once the audio queued before it has played, in order', () => {
    const sut = new PlaybackTimeline(0.1);
    sut.schedule(0, 0.5); // plays 0.1 – 0.6
    sut.mark('greeting', 0.01);
    sut.schedule(0.2, 0.5); // 0.6 – 1.1
    sut.mark('answer', 0.2);
    expect(sut.due(0.59)).toEqual([]);
    expect(sut.due(0.6)).toEqual(['greeting']);
    expect(sut.pendingMarks).toBe(1);
    expect(sut.due(2)).toEqual(['answer']);
    expect(sut.due(3)).toEqual([]);
  });

  it('makes a mark due at once when nothing is queued', () => {
    const sut = new PlaybackTimeline();
    sut.mark('empty', 4);
    expect(sut.due(4)).toEqual(['empty']);
  });

  it('drops queued audio and pending marks on clear (barge-in)', () => {
    const sut = new PlaybackTimeline(0.1);
    sut.schedule(0, 2);
    sut.mark('long answer', 0);
    sut.clear();
    expect(sut.due(10)).toEqual([]);
    expect(sut.playing(0.5)).toBe(false);
    expect(sut.schedule(0.5, 0.02)).toBeCloseTo(0.6);
  });
});
