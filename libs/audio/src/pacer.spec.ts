import { describe, expect, it } from '@jest/globals';
import { PacedSender } from './pacer.js';
import { tone } from './signals.js';

const RATE = 8000;

function fakeClock() {
  const clock = { t: 0, now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
  return clock;
}

describe(PacedSender.name, () => {
  it('sends 1 s of audio as 50 frames spaced 20 ms, then resolves the mark', async () => {
    const clock = fakeClock();
    const sent: number[] = [];
    const marks: string[] = [];
    const sut = new PacedSender({
      sampleRate: RATE,
      now: clock.now,
      sleep: clock.sleep,
      send: () => void sent.push(clock.now()),
      onMark: (m) => marks.push(m),
    });
    clock.t = 1000;
    sut.enqueue(tone(440, 1000, RATE));
    const mark = sut.mark('greeting-end').then((result) => ({ ...result, at: clock.now(), sent: sent.length }));
    expect(await mark).toEqual({ name: 'greeting-end', cleared: false, at: 1980, sent: 50 });
    expect(sent).toEqual(Array.from({ length: 50 }, (_, i) => 1000 + i * 20));
    expect(marks).toEqual(['greeting-end']);
  });

  it('frames audio across enqueues and zero-pads what is left when the queue runs dry', async () => {
    const clock = fakeClock();
    const frames: Int16Array[] = [];
    const sut = new PacedSender({ sampleRate: RATE, now: clock.now, sleep: clock.sleep, send: (f) => void frames.push(f) });
    sut.enqueue(new Int16Array(100).fill(1));
    sut.enqueue(new Int16Array(250).fill(2));
    await sut.idle;
    expect(frames.map((f) => f.length)).toEqual([160, 160, 160]);
    expect(frames.reduce((n, f) => n + f.filter((s) => s !== 0).length, 0)).toBe(350);
  });

  it('clears queued audio on barge-in, reports the dropped ms and resolves pending marks as cleared', async () => {
    const clock = fakeClock();
    let sent = 0;
    let dropped = -1;
    const sut = new PacedSender({
      sampleRate: RATE,
      now: clock.now,
      sleep: clock.sleep,
      send: () => {
        if (++sent === 10) dropped = sut.clear();
      },
    });
    sut.enqueue(tone(440, 1000, RATE));
    const mark = sut.mark('end');
    expect(await mark).toEqual({ name: 'end', cleared: true });
    await sut.idle;
    expect(dropped).toBe(800);
    expect(sent).toBe(10);
    expect(sut.queuedMs).toBe(0);

    const before = clock.now();
    sut.enqueue(tone(440, 100, RATE));
    expect(await sut.mark('next')).toEqual({ name: 'next', cleared: false });
    expect(sent).toBe(15);
    expect(clock.now() - before).toBe(80);
  });

  it('sends at once when the clock is late rather than waiting', async () => {
    const clock = fakeClock();
    const sent: number[] = [];
    const sut = new PacedSender({
      sampleRate: RATE,
      now: clock.now,
      sleep: clock.sleep,
      send: () => {
        sent.push(clock.now());
        if (sent.length === 2) clock.t += 50; // a stall
      },
    });
    sut.enqueue(tone(440, 100, RATE));
    await sut.idle;
    expect(sent).toEqual([0, 20, 70, 70, 80]);
  });
});
