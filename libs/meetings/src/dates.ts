/**
 * Due dates as said in a Korean meeting ("다음 주 금요일까지", "이번 달 말", "30일까지"), resolved against the
 * meeting's date. Vague spans resolve to their last working meaning: "다음 주" to that Friday, "초" to the 10th,
 * "중순" to the 20th, "말" to the last day. Dates are ISO strings (YYYY-MM-DD), computed in UTC so time zones never shift them.
 */

export interface DueDate {
  /** ISO date, or null when the phrase names no day ("다음 회의 전까지"). */
  due: string | null;
  /** The phrase as said. */
  dueText: string;
}

type Resolve = (match: RegExpExecArray, base: Date) => Date | null;

const WEEKDAYS = '일월화수목금토';
const WEEK_OFFSET: Record<string, number> = { 이번: 0, 금: 0, 다음: 1, 차: 1, 다다음: 2 };
const MONTH_OFFSET: Record<string, number> = { 이번: 0, 이: 0, 금: 0, 다음: 1, 익: 1, 다다음: 2 };
/** Day of the month a part of a month stands for. */
const MONTH_PART: Record<string, number | 'last'> = { 초: 10, 초순: 10, 중순: 20, 말: 'last', 하순: 'last' };

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));
const addDays = (base: Date, n: number): Date => day(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + n);
const lastDay = (y: number, m: number): Date => day(y, m + 1, 0);
/** Monday of the week `weeks` from the base's week. */
const monday = (base: Date, weeks: number): Date => addDays(base, 7 * weeks - ((base.getUTCDay() + 6) % 7));
/** The given day of a month: a number, or 'last'. */
const inMonth = (y: number, m: number, part: number | 'last'): Date => (part === 'last' ? lastDay(y, m) : day(y, m, part));
/** A day said without a year (or month): the first, or else the next, that has not passed. */
const unlessPast = (base: Date, date: Date, next: () => Date): Date => (date < base ? next() : date);
const upcoming = (base: Date, m: number, d: number | 'last', years = 0): Date =>
  unlessPast(base, inMonth(base.getUTCFullYear() + years, m, d), () => inMonth(base.getUTCFullYear() + years + 1, m, d));
const weekday = (name: string): number => WEEKDAYS.indexOf(name);

/** Phrases, most specific first; a phrase found is masked so a shorter one ("30일") is not read inside it. */
const RULES: readonly [RegExp, Resolve][] = [
  [/(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?/, (m) => day(+m[1], +m[2] - 1, +m[3])],
  [/(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/, (m) => day(+m[1], +m[2] - 1, +m[3])],
  [/(\d{1,2})월\s*(\d{1,2})일/, (m, base) => upcoming(base, +m[1] - 1, +m[2])],
  [/(\d{1,2})월\s*(초순|초|중순|하순|말)/, (m, base) => upcoming(base, +m[1] - 1, MONTH_PART[m[2]])],
  [
    /(?<![가-힣])(이번|금|다음|차|다다음)\s*주\s*([일월화수목금토])요일/,
    (m, base) => addDays(monday(base, WEEK_OFFSET[m[1]]), (weekday(m[2]) + 6) % 7),
  ],
  [/(?<![가-힣])(이번|금|다음|차|다다음)\s*주\s*(?=까지|중|내|안에|에)/, (m, base) => addDays(monday(base, WEEK_OFFSET[m[1]]), 4)],
  [
    /(?<![가-힣])(?:(이번|이|금|다음|익|다다음)\s*달|(금|익)월)\s*(초순|초|중순|하순|말)?(?=[\s.,]|까지|에|중|안|내|$)/,
    (m, base) => {
      const month = base.getUTCMonth() + MONTH_OFFSET[m[1] ?? m[2]];
      return inMonth(base.getUTCFullYear(), month, MONTH_PART[m[3]] ?? 'last');
    },
  ],
  [/월말/, (_m, base) => lastDay(base.getUTCFullYear(), base.getUTCMonth())],
  [/연말|연내|올해\s*(?:말|안|중)|금년\s*(?:말|내|중)/, (_m, base) => day(base.getUTCFullYear(), 11, 31)],
  [/내년\s*초/, (_m, base) => day(base.getUTCFullYear() + 1, 0, 10)],
  [/(내년\s*)?(상|하)반기/, (m, base) => upcoming(base, m[2] === '상' ? 5 : 11, 'last', m[1] ? 1 : 0)],
  [
    /(?<![\d월.]\s?)(\d{1,2})일\s*(?=까지|전까지|에|자로)/,
    (m, base) =>
      unlessPast(base, day(base.getUTCFullYear(), base.getUTCMonth(), +m[1]), () =>
        day(base.getUTCFullYear(), base.getUTCMonth() + 1, +m[1]),
      ),
  ],
  [/(\d{1,3})\s*(일|주)\s*(?:이내|안에|내로|내에)/, (m, base) => addDays(base, +m[1] * (m[2] === '주' ? 7 : 1))],
  [/일주일\s*(?:이내|안에|내로|내에)/, (_m, base) => addDays(base, 7)],
  [/(?<![가-힣])(오늘|금일)\s*(?=까지|중)/, (_m, base) => base],
  [/(?<![가-힣])(내일|익일|모레|글피)/, (m, base) => addDays(base, { 내일: 1, 익일: 1, 모레: 2, 글피: 3 }[m[1]]!)],
  [/(?<!주\s?)(?<![가-힣])([일월화수목금토])요일/, (m, base) => addDays(base, ((weekday(m[1]) - base.getUTCDay() + 6) % 7) + 1)],
  [/(다음|차기)\s*회의\s*(전|때)/, () => null],
];

/** The ISO form of a day. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses an ISO date (YYYY-MM-DD); throws on anything else. */
export function parseIsoDate(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? day(+match[1], +match[2] - 1, +match[3]) : null;
  if (!date || isoDate(date) !== text) throw new RangeError(`Not a date (YYYY-MM-DD): ${text}`);
  return date;
}

/** Today in Seoul, as an ISO date. */
export function todayInSeoul(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
}

/**
 * The due date a sentence sets, or null. A phrase followed by "까지" wins; otherwise the last phrase, since Korean
 * puts the deadline just before the verb ("오늘 논의한 내용은 내일 공유하겠습니다" → 내일).
 */
export function findDueDate(sentence: string, meetingDate: string): DueDate | null {
  const base = parseIsoDate(meetingDate);
  let masked = sentence;
  const found: { at: number; text: string; date: Date | null; until: boolean }[] = [];
  for (const [pattern, resolve] of RULES) {
    const match = pattern.exec(masked);
    if (!match) continue;
    masked = masked.slice(0, match.index) + ' '.repeat(match[0].length) + masked.slice(match.index + match[0].length);
    const after = /^\s*(까지|전까지|중으로|내로)/.exec(sentence.slice(match.index + match[0].length))?.[0] ?? '';
    const text = (match[0] + after).trim();
    const date = resolve(match, base);
    if (date && Number.isNaN(date.getTime())) continue;
    found.push({ at: match.index, text, date, until: after.includes('까지') });
  }
  if (found.length === 0) return null;
  const best = found.find((f) => f.until) ?? found.reduce((a, b) => (b.at > a.at ? b : a));
  return { due: best.date ? isoDate(best.date) : null, dueText: best.text };
}
