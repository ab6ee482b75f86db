import { describe, expect, it } from '@jest/globals';
import {
  CALLBACK_MAX_ATTEMPTS,
  afterAttempt,
  answerToOffer,
  answerToOfferByDigit,
  mayOfferCallback,
  shouldOfferCallback,
  spokenMinutes,
} from './callback-policy.js';

const circumstances = {
  reason: 'CALLER_REQUEST' as const,
  hasCallerNumber: true,
  alreadyOffered: false,
  thresholdSeconds: 120,
  expectedWaitSeconds: 180,
};

describe(shouldOfferCallback.name, () => {
  it('offers a caller who asked for a person a callback when the expected wait reaches the threshold', () => {
    expect(shouldOfferCallback(circumstances)).toBe(true);
    expect(shouldOfferCallback({ ...circumstances, expectedWaitSeconds: 120 })).toBe(true);
    expect(shouldOfferCallback({ ...circumstances, reason: 'BOT_FAILURE' })).toBe(true);
  });

  it('lets a caller wait without an offer while the queue is short', () => {
    expect(shouldOfferCallback({ ...circumstances, expectedWaitSeconds: 119 })).toBe(false);
    expect(shouldOfferCallback({ ...circumstances, expectedWaitSeconds: 0 })).toBe(false);
  });

  it('never offers a callback in a crisis or an emergency, however long the wait', () => {
    expect(shouldOfferCallback({ ...circumstances, reason: 'CRISIS', expectedWaitSeconds: 3600 })).toBe(false);
    expect(shouldOfferCallback({ ...circumstances, reason: 'EMERGENCY', expectedWaitSeconds: 3600 })).toBe(false);
  });

  it('never offers a callback to a caller without a number, nor twice in one call', () => {
    expect(shouldOfferCallback({ ...circumstances, hasCallerNumber: false })).toBe(false);
    expect(shouldOfferCallback({ ...circumstances, alreadyOffered: true })).toBe(false);
  });

  it('is off when the threshold is 0', () => {
    expect(shouldOfferCallback({ ...circumstances, thresholdSeconds: 0, expectedWaitSeconds: 3600 })).toBe(false);
    expect(mayOfferCallback({ ...circumstances, thresholdSeconds: 0 })).toBe(false);
  });
});

describe(answerToOffer.name, () => {
  it.each([
    '네',
    '예 부탁드려요',
    '전화 주세요',
    '네, 전화해 주세요',
    '콜백',
    '콜백으로 해 주세요',
    '다시 전화 주세요',
    '1번이요',
    '아니 그냥 전화 주세요',
    '기다리기 싫어요, 전화 주세요',
  ])('takes "%s" as yes to the callback', (said) => expect(answerToOffer(said)).toBe('accept'));

  it.each(['yes', 'Yes please', 'call me back', 'please call me back', 'ok', "I don't want to wait, call me back"])(
    'takes "%s" as yes to the callback',
    (said) => expect(answerToOffer(said)).toBe('accept'),
  );

  it.each([
    '아니요',
    '아뇨 기다릴게요',
    '네 기다릴게요',
    '계속 대기할게요',
    '2번',
    '전화 안 주셔도 돼요',
    '콜백 필요 없어요',
    '괜찮아요',
    '전화는 괜찮아요',
    '전화 말고 기다릴게요',
  ])('takes "%s" as keeping on waiting', (said) => expect(answerToOffer(said)).toBe('decline'));

  it.each(['no', "No, I'll wait", 'I will hold', "don't call me back"])('takes "%s" as keeping on waiting', (said) =>
    expect(answerToOffer(said)).toBe('decline'),
  );

  it('hears no answer in words about something else', () => {
    expect(answerToOffer('여권 수수료가 얼마예요?')).toBeNull();
    expect(answerToOffer('what are the opening hours')).toBeNull();
    // Words that only begin like a yes ("예약", "응급", "그래서") are not one.
    for (const said of ['예약은 어떻게 해요?', '응급실이 어디예요', '그래서 여권은요?', '어 그러니까 수수료요'])
      expect(answerToOffer(said)).toBeNull();
  });
});

describe(answerToOfferByDigit.name, () => {
  it('reads 1 as the callback and 2 as waiting, and nothing else', () => {
    expect(answerToOfferByDigit('1')).toBe('accept');
    expect(answerToOfferByDigit('2')).toBe('decline');
    expect(answerToOfferByDigit('0')).toBeNull();
    expect(answerToOfferByDigit('#')).toBeNull();
  });
});

describe(afterAttempt.name, () => {
  it('is done when the caller was reached, failed at a wrong number', () => {
    expect(afterAttempt(0, 'REACHED')).toEqual({ status: 'DONE', attempts: 1 });
    expect(afterAttempt(1, 'WRONG_NUMBER')).toEqual({ status: 'FAILED', attempts: 2 });
  });

  it('goes back to the list after an unanswered try, and fails after the third', () => {
    expect(CALLBACK_MAX_ATTEMPTS).toBe(3);
    expect(afterAttempt(0, 'NO_ANSWER')).toEqual({ status: 'REQUESTED', attempts: 1 });
    expect(afterAttempt(1, 'NO_ANSWER')).toEqual({ status: 'REQUESTED', attempts: 2 });
    expect(afterAttempt(2, 'NO_ANSWER')).toEqual({ status: 'FAILED', attempts: 3 });
  });
});

describe(spokenMinutes.name, () => {
  it('says whole minutes, at least one', () => {
    expect(spokenMinutes(240)).toBe(4);
    expect(spokenMinutes(150)).toBe(3);
    expect(spokenMinutes(20)).toBe(1);
  });
});
