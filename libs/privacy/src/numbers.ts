import { type DigitGroup, type DigitRun, findDigitRuns, isDashSeparator } from './digit-runs.js';
import type { Detection, Span } from './pii.js';

/**
 * Resident registration, phone, card and bank account numbers, written or spoken. A candidate is a stretch of
 * consecutive groups of one digit run; each kind checks its length, its digits and, for written numbers, where the
 * groups were split (spoken numbers are grouped however the caller breathes).
 */

export type NumberKind = 'rrn' | 'phone' | 'card' | 'account';

export interface NumberCandidate {
  /** The digits, ASCII, without separators. */
  digits: string;
  /** Offsets into `digits` where one group ends and the next begins. */
  breaks: number[];
  /**
   * True when the grouping says nothing about the kind: some group was said in Korean digit words (callers
   * group digits however they breathe), or every digit was written on its own ("0 1 0 1 2 …").
   */
  freelyGrouped: boolean;
  /** True when the number was written after a plus sign (+82 10 …). */
  international: boolean;
  /** True when there are at least two separators and all of them are dashes (110-123-456789). */
  dashed: boolean;
  /** True when the caller said it right after 계좌, 통장 or 은행. */
  afterAccountWord: boolean;
}

/** The order in which kinds are tried: a more specific shape wins over a looser one. */
const KINDS: readonly NumberKind[] = ['rrn', 'phone', 'card', 'account'];

/** Digits in a candidate worth checking: from a Seoul phone number (9) to a card number (16). */
const MIN_CANDIDATE_DIGITS = 9;
const MAX_CANDIDATE_DIGITS = 16;

/** Mobile prefixes (010 for all new numbers, the old 011 and 016 to 019), the internet phone prefix and area codes. */
const MOBILE_PREFIXES: ReadonlySet<string> = new Set(['010', '011', '016', '017', '018', '019']);
const AREA_CODES: ReadonlySet<string> = new Set([
  '02',
  '031',
  '032',
  '033',
  '041',
  '042',
  '043',
  '044',
  '051',
  '052',
  '053',
  '054',
  '055',
  '061',
  '062',
  '063',
  '064',
  '070',
]);

/** How a caller introduces a bank account: 계좌번호는, 통장 번호가, 신한은행 … */
const ACCOUNT_WORD = /계좌|통장|은행/gu;
/** The most text allowed between the account word and the number ("번호는 ", "번호가 어떻게 되냐면 "). */
const ACCOUNT_WORD_REACH = 12;

/** Every resident registration, phone, card and account number in the text, outside the blocked spans. */
export function findNumbers(text: string, blocked: readonly Span[] = []): Detection[] {
  const detections: Detection[] = [];
  for (const run of findDigitRuns(text, blocked)) {
    for (let i = 0; i < run.groups.length;) {
      const found = matchFrom(text, run, i);
      if (found) {
        detections.push(found.detection);
        i = found.next;
      } else {
        i++;
      }
    }
  }
  return detections;
}

/** The masked form of a candidate of the given kind, or undefined when the candidate is not of that kind. */
export function maskNumber(kind: NumberKind, candidate: NumberCandidate): string | undefined {
  switch (kind) {
    case 'rrn':
      return maskRrn(candidate);
    case 'phone':
      return maskPhone(candidate);
    case 'card':
      return maskCard(candidate);
    case 'account':
      return maskAccount(candidate);
  }
}

/**
 * 주민등록번호 and 외국인등록번호: YYMMDD, then a gender and century digit (1-4 for citizens, 5-8 for foreigners),
 * then six more. Written, the only split allowed is after the birth date. Kept: the birth date and that digit.
 */
function maskRrn({ digits, breaks, freelyGrouped }: NumberCandidate): string | undefined {
  if (digits.length !== 13) return undefined;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const gender = Number(digits[6]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || gender < 1 || gender > 8) return undefined;
  if (!freelyGrouped && !breaksWithin(breaks, [6])) return undefined;
  return `${digits.slice(0, 6)}-${digits[6]}******`;
}

/**
 * Personal phone numbers: mobile (010-1234-5678, 011-123-4567), Seoul (02-123-4567), other areas and internet
 * phones (031-123-4567, 070-1234-5678), also after +82. Business numbers (1588-xxxx) and short service numbers
 * (120, 119) have no area code and do not match. Kept: the prefix and the last four digits.
 */
function maskPhone({ digits, breaks, freelyGrouped, international }: NumberCandidate): string | undefined {
  let national = digits;
  let shift = 0;
  if (international) {
    if (!digits.startsWith('82') || digits.length < 3) return undefined;
    const keepsZero = digits[2] === '0';
    national = keepsZero ? digits.slice(2) : `0${digits.slice(2)}`;
    shift = keepsZero ? 2 : 1;
  }
  const prefix = phonePrefix(national);
  if (!prefix) return undefined;
  const middle = national.length - prefix.length - 4;
  if (middle !== 3 && middle !== 4) return undefined;
  // 010 and 070 numbers have eight digits after the prefix. Written with seven, the number is still masked; read from
  // digit words it is not taken, so that "…오육칠팔이요" is never cut into 010-123-4567 and a copula.
  if ((prefix === '010' || prefix === '070') && middle !== 4 && freelyGrouped) return undefined;
  if (!freelyGrouped) {
    const nationalBreaks = breaks.filter((b) => !international || b > 2).map((b) => b - shift);
    if (!breaksWithin(nationalBreaks, [prefix.length, prefix.length + middle])) return undefined;
  }
  const masked = `${'*'.repeat(middle)}-${national.slice(-4)}`;
  return international ? `+82 ${prefix.slice(1)}-${masked}` : `${prefix}-${masked}`;
}

function phonePrefix(national: string): string | undefined {
  if (MOBILE_PREFIXES.has(national.slice(0, 3))) return national.slice(0, 3);
  if (AREA_CODES.has(national.slice(0, 2))) return national.slice(0, 2);
  if (AREA_CODES.has(national.slice(0, 3))) return national.slice(0, 3);
  return undefined;
}

/**
 * Card numbers: 16 digits (4-4-4-4) or 15 (American Express, 4-6-5), written in those groups or run together.
 * No card number starts with 0. Kept: the first four digits (the issuer) and the last four.
 */
function maskCard({ digits, breaks, freelyGrouped }: NumberCandidate): string | undefined {
  if ((digits.length !== 15 && digits.length !== 16) || digits[0] === '0') return undefined;
  if (!freelyGrouped && !breaksWithin(breaks, [4, 8, 12]) && !(digits.length === 15 && breaksWithin(breaks, [4, 10]))) return undefined;
  const middle = digits.length === 16 ? '****-****' : '*******';
  return `${digits.slice(0, 4)}-${middle}-${digits.slice(-4)}`;
}

/**
 * Bank account numbers: 10 to 14 digits, either written in three or more dash-separated groups the way banks
 * print them (110-123-456789, 1002-123-456789, 123-456789-01-234) or said right after 계좌, 통장 or 은행 in any
 * form. Kept: the last four digits and where the groups were split.
 */
function maskAccount(candidate: NumberCandidate): string | undefined {
  const { digits, breaks } = candidate;
  if (digits.length < 10 || digits.length > 14) return undefined;
  if (!candidate.afterAccountWord && !looksLikeBankAccount(candidate)) return undefined;
  const hidden = digits.length - 4;
  const masked = '*'.repeat(hidden) + digits.slice(hidden);
  const groups: string[] = [];
  let from = 0;
  for (const at of [...breaks, digits.length]) {
    groups.push(masked.slice(from, at));
    from = at;
  }
  return groups.join('-');
}

function looksLikeBankAccount({ digits, breaks, freelyGrouped, dashed }: NumberCandidate): boolean {
  if (freelyGrouped || !dashed || breaks.length < 2 || digits[0] === '0') return false;
  const lengths = [...breaks, digits.length].map((at, k, all) => at - (k === 0 ? 0 : all[k - 1]));
  return lengths[0] >= 3 && lengths.every((length) => length >= 2 && length <= 6);
}

/** True when every break falls on one of the allowed offsets (no break at all is fine: "01012345678"). */
function breaksWithin(breaks: readonly number[], allowed: readonly number[]): boolean {
  return breaks.every((b) => allowed.includes(b));
}

interface Candidate extends Span {
  number: NumberCandidate;
  /** Index of the last group used. */
  last: number;
}

/**
 * The first kind that matches a stretch of groups starting at group i: kinds in order of specificity, then the
 * longest stretch. A stretch ending in a possible copula is read the likelier way first, the other way only when
 * nothing matches: "…오육칠팔이구요" is a phone number and 이구요, not a 13-digit number.
 */
function matchFrom(text: string, run: DigitRun, i: number): { detection: Detection; next: number } | undefined {
  for (const candidates of candidatesFrom(text, run, i)) {
    for (const kind of KINDS) {
      for (const candidate of candidates) {
        const replacement = maskNumber(kind, candidate.number);
        if (replacement !== undefined) {
          return { detection: { kind, start: candidate.start, end: candidate.end, replacement }, next: candidate.last + 1 };
        }
      }
    }
  }
  return undefined;
}

/** Candidates starting at group i, longest first: the likelier readings, then the other readings. */
function candidatesFrom(text: string, run: DigitRun, i: number): [Candidate[], Candidate[]] {
  const { groups, separators } = run;
  const first = groups[i];
  const international = !first.spoken && text[first.start - 1] === '+';
  let start = international ? first.start - 1 : first.start;
  if (!international && i + 1 < groups.length && text[start - 1] === '(' && separators[i].includes(')')) start -= 1;
  let afterAccountWord: boolean | undefined;
  const likelier: Candidate[] = [];
  const other: Candidate[] = [];
  let digits = '';
  const breaks: number[] = [];
  let spoken = false;
  let oneDigitGroups = true;
  let dashed = true;
  for (let j = i; j < groups.length && digits.length < MAX_CANDIDATE_DIGITS; j++) {
    const group: DigitGroup = groups[j];
    if (j > i) {
      breaks.push(digits.length);
      dashed &&= isDashSeparator(separators[j - 1]);
    }
    digits += group.digits;
    spoken ||= group.spoken;
    oneDigitGroups &&= group.digits.length === 1;
    if (digits.length < MIN_CANDIDATE_DIGITS) continue;
    afterAccountWord ??= followsAccountWord(text, first.start);
    const shape = { freelyGrouped: spoken || (oneDigitGroups && j > i), international, dashed: dashed && j > i + 1, afterAccountWord };
    const asRead: Candidate = { start, end: group.end, last: j, number: { ...shape, digits, breaks: [...breaks] } };
    const copula = group.withoutCopula;
    if (!copula) {
      likelier.unshift(asRead);
      continue;
    }
    if (copula.digits === '') {
      // Without the copula this is the stretch that ends with the group before, a candidate of its own.
      (copula.likelier ? other : likelier).unshift(asRead);
      continue;
    }
    const read = digits.slice(0, digits.length - group.digits.length) + copula.digits;
    const withoutCopula: Candidate = { start, end: copula.end, last: j, number: { ...shape, digits: read, breaks: [...breaks] } };
    likelier.unshift(copula.likelier ? withoutCopula : asRead);
    other.unshift(copula.likelier ? asRead : withoutCopula);
  }
  return [likelier, other];
}

/** True when 계좌, 통장 or 은행 was said shortly before the offset, with no other number in between. */
function followsAccountWord(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 24), offset);
  let gapStart = -1;
  for (const match of before.matchAll(ACCOUNT_WORD)) gapStart = match.index + match[0].length;
  if (gapStart < 0) return false;
  const gap = before.slice(gapStart);
  return gap.length <= ACCOUNT_WORD_REACH && !/[0-9０-９*]/u.test(gap) && !/[공영빵일이삼사오육륙칠팔구]{4}/u.test(gap);
}
