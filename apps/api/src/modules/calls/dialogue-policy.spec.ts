import { describe, expect, it } from '@jest/globals';
import { ANSWER_CONFIDENCE, type DialogueState, choiceAmong, decideBeforeRetrieval, decideFromRetrieval } from './dialogue-policy.js';

const fresh: DialogueState = { lastTopicId: null, pendingTopics: [], abuseWarnings: 0, turnsWithoutProgress: 0 };
const topics = [
  { topicId: 'passport', title: '여권 발급', score: 0.3 },
  { topicId: 'resident-registration-copy', title: '주민등록등본·초본 발급', score: 0.25 },
  { topicId: 'seal-certificate', title: '인감증명서', score: 0.2 },
];
const view = (confidence: number, extra: object = {}) => ({ confidence, topics, followUpMatches: false, pendingTitles: [], ...extra });

describe(decideBeforeRetrieval.name, () => {
  it('redirects an emergency to the number the classifier chose', () => {
    expect(decideBeforeRetrieval({ intent: 'emergency', service: '112', reason: 'crime' }, fresh)).toEqual({
      kind: 'emergency',
      service: '112',
      reason: 'crime',
    });
  });

  it('hands a caller in crisis to a person at crisis priority, flagged', () => {
    expect(decideBeforeRetrieval({ intent: 'crisis' }, fresh)).toMatchObject({
      action: 'HANDOFF',
      handoff: 'CRISIS',
      script: 'crisis',
      flag: 'crisis',
    });
  });

  it('hands over when the caller asks for a person', () => {
    expect(decideBeforeRetrieval({ intent: 'handoff' }, fresh)).toMatchObject({ action: 'HANDOFF', handoff: 'CALLER_REQUEST' });
  });

  it('warns once about abuse, then ends the call flagged', () => {
    expect(decideBeforeRetrieval({ intent: 'abuse' }, fresh)).toMatchObject({ action: 'CLARIFY', script: 'abuseWarning' });
    expect(decideBeforeRetrieval({ intent: 'abuse' }, { ...fresh, abuseWarnings: 1 })).toMatchObject({
      action: 'END',
      end: 'abuse',
      flag: 'abuse',
    });
  });

  it('ends on goodbye, repeats, and takes text-message requests', () => {
    expect(decideBeforeRetrieval({ intent: 'goodbye' }, fresh)).toMatchObject({ action: 'END', end: 'caller' });
    expect(decideBeforeRetrieval({ intent: 'repeat' }, fresh)).toEqual({ kind: 'repeat' });
    expect(decideBeforeRetrieval({ intent: 'sms_request' }, fresh)).toEqual({ kind: 'sms' });
  });

  it('declines out-of-scope questions without answering from the knowledge base', () => {
    expect(decideBeforeRetrieval({ intent: 'out_of_scope' }, fresh)).toMatchObject({
      action: 'CLARIFY',
      intent: 'out_of_scope',
      script: 'outOfScope',
    });
  });

  it('leaves everything else to retrieval', () => {
    expect(decideBeforeRetrieval({ intent: 'none' }, fresh)).toBeNull();
  });
});

describe(decideFromRetrieval.name, () => {
  it('answers when retrieval is confident', () => {
    expect(decideFromRetrieval('여권 만들려면', fresh, view(ANSWER_CONFIDENCE + 0.1))).toEqual({
      kind: 'answer',
      topicId: 'passport',
      followUp: false,
      intent: 'faq',
    });
  });

  it('asks back with the two or three likely topics when it is not', () => {
    expect(decideFromRetrieval('발급받으려고요', fresh, view(0.4))).toEqual({
      kind: 'clarify',
      topicIds: ['passport', 'resident-registration-copy', 'seal-certificate'],
    });
  });

  it('says it did not understand when nothing is close', () => {
    expect(decideFromRetrieval('음', fresh, view(0.05))).toMatchObject({ script: 'notUnderstood', action: 'CLARIFY' });
  });

  it('hands off after two turns without progress', () => {
    expect(decideFromRetrieval('발급', { ...fresh, turnsWithoutProgress: 1 }, view(0.4))).toMatchObject({
      action: 'HANDOFF',
      handoff: 'BOT_FAILURE',
    });
  });

  it('answers a short follow-up from the topic under discussion', () => {
    const state = { ...fresh, lastTopicId: 'passport' };
    expect(decideFromRetrieval('그럼 수수료는요?', state, view(0.3, { followUpMatches: true }))).toEqual({
      kind: 'answer',
      topicId: 'passport',
      followUp: true,
      intent: 'follow_up',
    });
  });

  it('moves to a new topic when the caller clearly asks about one', () => {
    const state = { ...fresh, lastTopicId: 'parking-fine' };
    expect(decideFromRetrieval('여권 새로 만들려면 어디로 가요', state, view(0.9, { followUpMatches: true }))).toMatchObject({
      topicId: 'passport',
      followUp: false,
    });
  });

  it('takes the caller’s pick among the offered topics', () => {
    const pendingTitles = topics.map(({ topicId, title }) => ({ topicId, title }));
    expect(decideFromRetrieval('두 번째요', fresh, view(0.1, { pendingTitles }))).toMatchObject({
      kind: 'answer',
      topicId: 'resident-registration-copy',
    });
  });
});

describe(choiceAmong.name, () => {
  const offered = [
    { topicId: 'passport', title: '여권 발급' },
    { topicId: 'seal-certificate', title: '인감증명서' },
  ];

  it('understands ordinals, names and a yes to a single option', () => {
    expect(choiceAmong('첫 번째 거요', offered)).toBe('passport');
    expect(choiceAmong('마지막이요', offered)).toBe('seal-certificate');
    expect(choiceAmong('인감증명서요', offered)).toBe('seal-certificate');
    expect(choiceAmong('네 맞아요', [offered[0]])).toBe('passport');
  });

  it('does not guess when the words fit none or several', () => {
    expect(choiceAmong('잘 모르겠어요', offered)).toBeNull();
    expect(choiceAmong('네', offered)).toBeNull();
  });
});
