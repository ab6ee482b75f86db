import { describe, expect, it } from '@jest/globals';
import { framesOf } from './frames.js';
import { concat, mix, noise, silence, speechLike } from './signals.js';
import { EndOfTurnDetector, type TurnEvent } from './turn.js';

const RATE = 8000;

function run(samples: Int16Array, sut = new EndOfTurnDetector()): TurnEvent[] {
  return framesOf(samples, RATE).flatMap((frame) => sut.push(frame, RATE));
}

/** Line noise throughout, with the given parts laid over it from 0 ms. */
function onLine(...parts: Int16Array[]): Int16Array {
  const speech = concat(...parts);
  return mix(noise((speech.length / RATE) * 1000, RATE, 0.003, 11), speech);
}

describe(EndOfTurnDetector.name, () => {
  it('stays quiet on silence and low noise', () => {
    expect(run(silence(3000, RATE))).toEqual([]);
    expect(run(onLine(silence(5000, RATE)))).toEqual([]);
  });

  it('finds one turn: speech start after 200 ms, end of turn after 700 ms of silence, with the utterance', () => {
    const sut = run(onLine(silence(1000, RATE), speechLike(1000, RATE), silence(800, RATE)));
    expect(sut.map((e) => e.type)).toEqual(['speechStart', 'speechEnd']);
    const [start, end] = sut;
    if (start.type !== 'speechStart') throw new Error('expected speechStart');
    expect(Math.abs(start.atMs - 1200)).toBeLessThanOrEqual(20);
    expect(Math.abs(start.speechStartMs - 1000)).toBeLessThanOrEqual(20);
    if (end.type !== 'speechEnd') throw new Error('expected speechEnd');
    expect(Math.abs(end.atMs - 2700)).toBeLessThanOrEqual(20);
    expect(Math.abs(end.speechEndMs - 2000)).toBeLessThanOrEqual(20);
    const utteranceMs = (end.audio.length / RATE) * 1000;
    expect(utteranceMs).toBeGreaterThanOrEqual(1000 + 200); // speech + pre-roll…
    expect(utteranceMs).toBeLessThanOrEqual(1000 + 200 + 100 + 20); // …+ post-roll, ±1 frame
    expect(end.sampleRate).toBe(RATE);
  });

  it('ignores a 150 ms burst', () => {
    expect(run(onLine(silence(1000, RATE), speechLike(150, RATE), silence(1500, RATE)))).toEqual([]);
  });

  it('honours its options', () => {
    const sut = run(
      onLine(silence(1000, RATE), speechLike(150, RATE), silence(1500, RATE)),
      new EndOfTurnDetector({ minSpeechMs: 100, silenceMs: 300 }),
    );
    expect(sut.map((e) => [e.type, Math.round(e.atMs / 20) * 20])).toEqual([
      ['speechStart', 1100],
      ['speechEnd', 1460],
    ]);
  });

  it('keeps a pause shorter than the silence within the turn', () => {
    const sut = run(onLine(silence(1000, RATE), speechLike(600, RATE), silence(400, RATE), speechLike(600, RATE), silence(1000, RATE)));
    expect(sut.map((e) => e.type)).toEqual(['speechStart', 'speechEnd']);
    expect(Math.abs(sut[1].atMs - (2600 + 700))).toBeLessThanOrEqual(20);
  });

  it('forces an end after the maximum utterance and starts again if the caller goes on', () => {
    const sut = run(onLine(silence(1000, RATE), speechLike(17_000, RATE), silence(1000, RATE)));
    expect(sut.map((e) => e.type)).toEqual(['speechStart', 'maxUtterance', 'speechStart', 'speechEnd']);
    const forced = sut[1];
    if (forced.type !== 'maxUtterance') throw new Error('expected maxUtterance');
    expect(Math.abs(forced.atMs - 16_000)).toBeLessThanOrEqual(20);
    expect(Math.abs((forced.audio.length / RATE) * 1000 - 15_200)).toBeLessThanOrEqual(20);
  });

  it('refuses a change of sample rate mid-stream', () => {
    const sut = new EndOfTurnDetector();
    sut.push(new Int16Array(160), 8000);
    expect(() => sut.push(new Int16Array(320), 16000)).toThrow('Sample rate changed from 8000 to 16000 Hz');
  });
});
