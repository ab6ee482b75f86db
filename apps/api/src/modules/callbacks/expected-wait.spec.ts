import { describe, expect, it } from '@jest/globals';
import { DEFAULT_HANDLING_SECONDS, type QueueSnapshot, expectedWaitSeconds, handlingSeconds } from './expected-wait.js';

const queue = (overrides: Partial<QueueSnapshot>): QueueSnapshot => ({
  ahead: 0,
  handledRecently: 0,
  medianHandlingSeconds: null,
  agentsSignedIn: 1,
  ...overrides,
});

describe(expectedWaitSeconds.name, () => {
  it('multiplies the callers ahead by the median handling time and shares them among the agents signed in', () => {
    expect(expectedWaitSeconds(queue({ ahead: 4, handledRecently: 12, medianHandlingSeconds: 240, agentsSignedIn: 2 }))).toBe(480);
    expect(expectedWaitSeconds(queue({ ahead: 3, handledRecently: 5, medianHandlingSeconds: 100, agentsSignedIn: 4 }))).toBe(75);
  });

  it('assumes 180 seconds a call while fewer than five calls were handled in the last week', () => {
    expect(expectedWaitSeconds(queue({ ahead: 2, handledRecently: 4, medianHandlingSeconds: 30, agentsSignedIn: 1 }))).toBe(
      2 * DEFAULT_HANDLING_SECONDS,
    );
    expect(expectedWaitSeconds(queue({ ahead: 1, handledRecently: 0, medianHandlingSeconds: null }))).toBe(180);
  });

  it('counts at least one agent, so an empty floor still gives a finite wait', () => {
    expect(expectedWaitSeconds(queue({ ahead: 2, agentsSignedIn: 0 }))).toBe(360);
  });

  it('is zero with nobody ahead, however busy the floor', () => {
    expect(expectedWaitSeconds(queue({ ahead: 0, handledRecently: 50, medianHandlingSeconds: 600, agentsSignedIn: 1 }))).toBe(0);
  });

  it('rounds to whole seconds', () => {
    expect(expectedWaitSeconds(queue({ ahead: 1, handledRecently: 9, medianHandlingSeconds: 100, agentsSignedIn: 3 }))).toBe(33);
  });
});

describe(handlingSeconds.name, () => {
  it('trusts the median from five calls on', () => {
    expect(handlingSeconds(queue({ handledRecently: 5, medianHandlingSeconds: 95.5 }))).toBe(95.5);
    expect(handlingSeconds(queue({ handledRecently: 4, medianHandlingSeconds: 95.5 }))).toBe(DEFAULT_HANDLING_SECONDS);
  });
});
