import { compact, normalizeText } from '#libs/korean';
import {
  EN_FIRST_PERSON,
  EN_NEGATION_BEFORE,
  EN_THIRD_PARTY,
  INTENT_PRECEDENCE,
  KO_FIRST_PERSON,
  KO_ABSENCE_AFTER,
  KO_HYPOTHETICAL_AFTER,
  KO_NEGATION_AFTER,
  KO_THIRD_PARTY,
  NEGATABLE_INTENTS,
  RULES,
  SPOKEN_FILLERS,
  type UtteranceRule,
} from './rules.js';
import type { Classification, UtteranceIntent } from './types.js';

interface CompiledRule {
  rule: UtteranceRule;
  ko: RegExp[];
  en: RegExp[];
}

/** The forms of one utterance the rules are tried on: as said, and with the thinking sounds taken out. */
interface UtteranceForms {
  /** Spacing removed, for Korean patterns. */
  compact: string[];
  /** Normalised with single spaces, for English patterns. */
  spaced: string[];
}

interface Hit {
  rule: UtteranceRule;
  matched: string;
}

/** A pattern as the utterance is normalised (NFKC turns the jamo in "ㅅㅂ" into their conjoining forms), global. */
function compile(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return new RegExp(pattern.source.normalize('NFKC'), flags);
}

const COMPILED: readonly CompiledRule[] = RULES.map((rule) => ({
  rule,
  ko: (rule.ko ?? []).map(compile),
  en: (rule.en ?? []).map(compile),
}));

function formsOf(text: string): UtteranceForms {
  const spaced = normalizeText(text);
  const bare = spaced
    .split(' ')
    .filter((word) => !SPOKEN_FILLERS.has(word))
    .join(' ');
  return { compact: [...new Set([compact(bare), compact(spaced)])], spaced: [...new Set([bare, spaced])] };
}

/** The first match of the patterns in the texts that nothing around it cancels. */
function firstMatch(
  patterns: readonly RegExp[],
  texts: readonly string[],
  cancelled: (before: string, after: string) => boolean,
): string | undefined {
  for (const text of texts) {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        if (m[0].length === 0) continue;
        const end = m.index + m[0].length;
        if (!cancelled(text.slice(0, m.index), text.slice(end))) return m[0];
      }
    }
  }
  return undefined;
}

function matchRule(compiled: CompiledRule, forms: UtteranceForms): string | undefined {
  const { rule } = compiled;
  if (rule.unless && [...forms.compact, ...forms.spaced].some((t) => rule.unless!.test(t))) return undefined;
  const negatable = NEGATABLE_INTENTS.has(rule.intent);
  const emergency = rule.intent === 'emergency';
  const koCancelled = (_before: string, after: string): boolean =>
    (negatable && KO_NEGATION_AFTER.test(after)) || (emergency && (KO_ABSENCE_AFTER.test(after) || KO_HYPOTHETICAL_AFTER.test(after)));
  const enCancelled = (before: string): boolean => negatable && EN_NEGATION_BEFORE.test(before);
  return firstMatch(compiled.ko, forms.compact, koCancelled) ?? firstMatch(compiled.en, forms.spaced, enCancelled);
}

/** The first rule of the intent (in rule order) that matches. */
function hitFor(intent: UtteranceIntent, forms: UtteranceForms): Hit | undefined {
  for (const compiled of COMPILED) {
    if (compiled.rule.intent !== intent) continue;
    const matched = matchRule(compiled, forms);
    if (matched !== undefined) return { rule: compiled.rule, matched };
  }
  return undefined;
}

/** True when the utterance is about someone else and not the caller ("친구가 약을 잔뜩 먹었대요"). */
function aboutSomeoneElse(forms: UtteranceForms): boolean {
  const third = forms.compact.some((t) => KO_THIRD_PARTY.test(t)) || forms.spaced.some((t) => EN_THIRD_PARTY.test(t));
  const first = forms.spaced.some((t) => KO_FIRST_PERSON.test(t) || EN_FIRST_PERSON.test(t));
  return third && !first;
}

function toClassification({ rule, matched }: Hit): Classification {
  return { intent: rule.intent, ...(rule.service ? { service: rule.service } : {}), reason: rule.reason, matched };
}

/**
 * What a caller's utterance asks of the voicebot. Safety first: an emergency or a crisis outranks everything (a crisis
 * about the caller themself outranks an emergency; someone else's overdose is an emergency), then a request for a
 * person, abuse, repeat, a text message, goodbye and out-of-scope; anything else is 'none' and goes on to the
 * knowledge base.
 */
export function classifyUtterance(text: string): Classification {
  const forms = formsOf(text);
  if (forms.spaced.every((t) => t.length === 0)) return { intent: 'none' };

  const emergency = hitFor('emergency', forms);
  const crisis = hitFor('crisis', forms);
  if (emergency && crisis) return toClassification(aboutSomeoneElse(forms) ? emergency : crisis);
  if (crisis) return toClassification(crisis);
  if (emergency) return toClassification(emergency);

  for (const intent of INTENT_PRECEDENCE) {
    const hit = hitFor(intent, forms);
    if (hit) return toClassification(hit);
  }
  return { intent: 'none' };
}
