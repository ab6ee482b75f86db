import { describe, expect, it } from '@jest/globals';
import { BargeInDetector, type BargeInEvent } from './barge-in.js';
import { framesOf } from './frames.js';
import { concat, mix, noise, silence, speechLike } from './signals.js';

const RATE = 8000;

function run(sut: BargeInDetector, ...parts: Int16Array[]): BargeInEvent[] {
  const speech = concat(...parts);
  const line = mix(noise((speech.length / RATE) * 1000, RATE, 0.003, 21), speech);
  return framesOf(line, RATE).flatMap((frame) => sut.push(frame, RATE));
}

function speaking(): BargeInDetector {
  const sut = new BargeInDetector();
  sut.setBotSpeaking(true);
  return sut;
}

describe(BargeInDetector.name, () => {
  it('treats a 200 ms "네" as a backchannel, not a barge-in', () => {
    const sut = run(speaking(), silence(1000, RATE), speechLike(200, RATE), silence(1000, RATE));
    expect(sut.map((e) => e.type)).toEqual(['backchannel']);
    expect(sut[0].speechMs).toBe(200);
  });

  it('treats 250 ms as a backchannel too', () => {
    expect(run(speaking(), silence(1000, RATE), speechLike(250, RATE), silence(1000, RATE)).map((e) => e.type)).toEqual(['backchannel']);
  });

  it('calls a 500 ms burst a barge-in 300 ms into it, once', () => {
    const sut = run(speaking(), silence(1000, RATE), speechLike(500, RATE), silence(1000, RATE));
    expect(sut.map((e) => e.type)).toEqual(['bargeIn']);
    expect(Math.abs(sut[0].burstStartMs - 1000)).toBeLessThanOrEqual(20);
    expect(Math.abs(sut[0].atMs - 1300)).toBeLessThanOrEqual(20);
  });

  it('counts nothing while the bot is silent', () => {
    const sut = new BargeInDetector();
    expect(run(sut, silence(1000, RATE), speechLike(1000, RATE), silence(500, RATE))).toEqual([]);
    sut.setBotSpeaking(true);
    expect(run(sut, speechLike(400, RATE), silence(500, RATE)).map((e) => e.type)).toEqual(['bargeIn']);
  });
});
