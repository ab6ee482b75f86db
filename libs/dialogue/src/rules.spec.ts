import { describe, expect, it } from '@jest/globals';
import { INTENT_PRECEDENCE, KO_HYPOTHETICAL_AFTER, KO_NEGATION_AFTER, NEGATABLE_INTENTS, RULES, SPOKEN_FILLERS } from './rules.js';
import type { UtteranceIntent } from './types.js';

const INTENTS: readonly Exclude<UtteranceIntent, 'none'>[] = [
  'emergency',
  'crisis',
  'handoff',
  'abuse',
  'out_of_scope',
  'repeat',
  'goodbye',
  'sms_request',
];

describe('RULES', () => {
  it('writes Korean patterns without spaces, since they are matched on the compact form', () => {
    for (const rule of RULES) for (const pattern of rule.ko ?? []) expect(pattern.source).not.toMatch(/\s|\\s/);
  });

  it('writes English patterns in lower case, since they are matched on normalised text', () => {
    for (const rule of RULES) for (const pattern of rule.en ?? []) expect(pattern.source).not.toMatch(/(?<!\\)[A-Z]/);
  });

  it('gives every emergency a number to call and no other intent one', () => {
    for (const rule of RULES) {
      if (rule.intent === 'emergency') expect(['119', '112']).toContain(rule.service);
      else expect(rule.service).toBeUndefined();
    }
  });

  it('names every reason in kebab case and gives every rule a pattern', () => {
    for (const rule of RULES) {
      expect(rule.reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect((rule.ko?.length ?? 0) + (rule.en?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it('covers every intent, in Korean and in English', () => {
    for (const intent of INTENTS) {
      const rules = RULES.filter((r) => r.intent === intent);
      expect(rules.some((r) => (r.ko?.length ?? 0) > 0)).toBe(true);
      expect(rules.some((r) => (r.en?.length ?? 0) > 0)).toBe(true);
    }
  });

  it('ranks every intent after emergency and crisis exactly once', () => {
    expect([...INTENT_PRECEDENCE].sort()).toEqual(INTENTS.filter((i) => i !== 'emergency' && i !== 'crisis').sort());
  });

  it('never lets a negation cancel a crisis or abuse', () => {
    expect(NEGATABLE_INTENTS.has('crisis')).toBe(false);
    expect(NEGATABLE_INTENTS.has('abuse')).toBe(false);
    expect(NEGATABLE_INTENTS.has('emergency')).toBe(true);
  });

  it('drops only thinking sounds, never a word that carries meaning', () => {
    for (const word of ['아니', '안', '못', '불', '네', '제발', '살려']) expect(SPOKEN_FILLERS.has(word)).toBe(false);
  });
});

describe('KO_NEGATION_AFTER', () => {
  it('recognises a denial after the match', () => {
    for (const tail of ['는안나요', '건아니고요', '게아니라', '은안났는데', '지는않았어요'])
      expect(KO_NEGATION_AFTER.test(tail)).toBe(true);
  });

  it('does not take a complaint that something persists for a denial', () => {
    for (const tail of ['가안빠져요', '가안멈춰요', '는데안일어나요', '안돼요', '가나요']) expect(KO_NEGATION_AFTER.test(tail)).toBe(false);
  });
});

describe('KO_HYPOTHETICAL_AFTER', () => {
  it('recognises a question about what to do if it happens', () => {
    for (const tail of ['을때어떻게해요', '시어디로연락해요', '하면', '예방교육']) expect(KO_HYPOTHETICAL_AFTER.test(tail)).toBe(true);
  });

  it('leaves a report of what is happening alone', () => {
    for (const tail of ['어요빨리와주세요', '는데요', '시청앞이에요']) expect(KO_HYPOTHETICAL_AFTER.test(tail)).toBe(false);
  });
});
