import { type Finding, finding } from './types.js';
import { formatAmount, formatDateParts, formatTime, isCalendarDate, koreanWeekday, numberToKoreanWords, parseAmount } from './formats.js';

/**
 * Dates, times and amounts (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제2조제2항):
 * - dates: 2026. 11. 26. — "연·월·일의 글자는 생략하고 그 자리에 온점을 찍어" with one space after each stop; no
 *   leading zeros (the 편람's examples never pad). 2026년 11월 26일 is ordinary Korean, not wrong, so it is only a
 *   warning; year-month (2026년 11월) and month-day (11월 26일) phrases are left alone.
 * - times: 24-hour with a colon, 14:00 ("시·분의 글자는 생략하고 그 사이에 쌍점"). 09:00 and 9:00 are both
 *   accepted (the 편람 is not explicit; `formatTime` pads).
 * - amounts: 금113,560원(금일십일만삼천오백육십원). The rule is written for 공문서; we report it as a warning
 *   everywhere money is stated.
 */

type Span = { start: number; end: number };

function free(spans: Span[], start: number, end: number): boolean {
  return !spans.some((s) => start < s.end && s.start < end);
}

/** 2026-11-26, 2026.11.26, 2026/11/26, 2026. 01. 05., 2026. 11. 26 (no final stop): a year, month and day in digits. */
const NUMERIC_DATE = /(?<![\d.\-/])(\d{4})[ \t]*([.\-/])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{1,2})(?![\d])(\.)?/gu;
const WORD_DATE = /(?<!\d)(\d{4})[ \t]*년[ \t]*(\d{1,2})[ \t]*월[ \t]*(\d{1,2})[ \t]*일/gu;
/** A weekday in brackets right after a date: (목) or (목요일). */
const WEEKDAY = /^[ \t]*\(([월화수목금토일])(?:요일)?\)/u;

export function checkDates(line: string, lineNo: number): Finding[] {
  const out: Finding[] = [];
  const check = (m: RegExpMatchArray, year: number, month: number, day: number, words: boolean) => {
    if (!isCalendarDate(year, month, day) || year < 1900 || year > 2199) return;
    const excerpt = m[0];
    const column = m.index! + 1;
    const fixed = formatDateParts(year, month, day);
    if (words) {
      out.push(finding('date-words', lineNo, column, excerpt, "공문에서는 날짜를 '년·월·일' 글자 대신 온점으로 씁니다.", fixed));
    } else if (excerpt !== fixed) {
      out.push(finding('date-format', lineNo, column, excerpt, dateProblem(m), fixed));
    }
    const after = line.slice(m.index! + excerpt.length);
    const weekday = WEEKDAY.exec(after);
    const actual = koreanWeekday(year, month, day);
    if (weekday && weekday[1] !== actual) {
      const at = m.index! + excerpt.length + weekday[0].indexOf('(');
      out.push(
        finding(
          'date-weekday',
          lineNo,
          at + 1,
          weekday[0].trim(),
          `${fixed}의 요일은 ${actual}요일입니다. 날짜나 요일을 확인하십시오.`,
          `(${actual})`,
        ),
      );
    }
  };
  for (const m of line.matchAll(NUMERIC_DATE)) check(m, Number(m[1]), Number(m[3]), Number(m[4]), false);
  for (const m of line.matchAll(WORD_DATE)) check(m, Number(m[1]), Number(m[2]), Number(m[3]), true);
  return out;
}

function dateProblem(m: RegExpMatchArray): string {
  const [, , separator, month, day, stop] = m;
  if (separator !== '.') return `날짜는 '${separator}' 대신 연·월·일 뒤에 온점을 찍고 한 칸씩 띄어 씁니다 (2026. 11. 26.).`;
  if (/^0/.test(month) || /^0/.test(day)) return '날짜의 월·일 앞에 0을 붙이지 않습니다 (2026. 1. 5.).';
  if (!stop) return '날짜는 일 뒤에도 온점을 찍습니다 (2026. 11. 26.).';
  return '날짜는 연·월·일 뒤에 온점을 찍고 한 칸씩 띄어 씁니다 (2026. 11. 26.).';
}

/** 오후 2시, 오전 9시 30분, 오후 2:30, 저녁 7시 반. */
const KOREAN_12H = /(오전|오후|새벽|아침|낮|저녁|밤)[ \t]*(\d{1,2})(?:[ \t]*시(?:[ \t]*(\d{1,2})[ \t]*분|[ \t]*(반))?|:(\d{2}))/gu;
/** 2:00 PM, 2 pm, 2 p.m. */
const ENGLISH_12H = /(?<![\d:])(\d{1,2})(?::(\d{2}))?[ \t]*([AaPp])\.?[ \t]?[Mm]\.?(?![A-Za-z])/gu;
/** 14시 30분, 14시 00분, 9시 반. */
const HOUR_MINUTE = /(?<![\d:.])(\d{1,2})[ \t]*시[ \t]*(?:(\d{1,2})[ \t]*분|(반))/gu;
/** 14시 on its own; not 2시간 (a duration) nor words that start with 시 (시행, 시청, 시장 …). */
const HOUR_ONLY = /(?<![\d:.])(\d{1,2})시(?![간각행장청민설책험점도])/gu;

/**
 * The 24-hour clock for a 12-hour time. 오전/새벽/아침 12시 is midnight (00:00), 오후/낮/저녁 12시 noon; 밤 12시
 * could be 00:00 or 24:00, so there is no suggestion for it. 밤 1시 to 4시 are taken as after midnight.
 */
function to24(period: string, hours: number): number | null {
  if (hours > 12) return hours <= 24 ? hours : null;
  const pm = period === '오후' || period === '저녁' || /^p/i.test(period);
  const am = period === '오전' || period === '새벽' || period === '아침' || /^a/i.test(period);
  if (am) return hours === 12 ? 0 : hours;
  if (pm) return hours === 12 ? 12 : hours + 12;
  if (period === '낮') return hours === 12 || hours >= 7 ? hours : hours + 12;
  // 밤
  if (hours === 12) return null;
  return hours <= 4 ? hours : hours + 12;
}

export function checkTimes(line: string, lineNo: number): Finding[] {
  const out: Finding[] = [];
  const spans: Span[] = [];
  const add = (m: RegExpMatchArray, rule: 'time-12h' | 'time-format' | 'time-hour-only', message: string, fixed: string | null) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(spans, start, end)) return;
    spans.push({ start, end });
    out.push(finding(rule, lineNo, start + 1, m[0], message, fixed));
  };
  const time = (hours: number | null, minutes: number): string | null =>
    hours === null || minutes > 59 || hours > 24 || (hours === 24 && minutes > 0) ? null : formatTime(hours, minutes);

  for (const m of line.matchAll(KOREAN_12H)) {
    const minutes = m[4] ? 30 : Number(m[3] ?? m[5] ?? 0);
    const fixed = time(to24(m[1], Number(m[2])), minutes);
    add(m, 'time-12h', `시간은 '${m[1]}' 없이 24시각제로 씁니다 (오후 2시 → 14:00).`, fixed);
  }
  for (const m of line.matchAll(ENGLISH_12H)) {
    const fixed = time(to24(m[3], Number(m[1])), Number(m[2] ?? 0));
    add(m, 'time-12h', '시간은 AM/PM 없이 24시각제로 씁니다 (2:00 PM → 14:00).', fixed);
  }
  for (const m of line.matchAll(HOUR_MINUTE)) {
    const fixed = time(Number(m[1]), m[3] ? 30 : Number(m[2]));
    add(m, 'time-format', "시간은 '시·분' 글자 대신 쌍점으로 씁니다 (14시 30분 → 14:30).", fixed);
  }
  for (const m of line.matchAll(HOUR_ONLY)) {
    const fixed = time(Number(m[1]), 0);
    if (fixed) add(m, 'time-hour-only', "시간은 '시' 글자 대신 쌍점으로 씁니다 (14시 → 14:00).", fixed);
  }
  return out.sort((a, b) => a.column - b.column);
}

const NUMBER = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const UNIT = '[십백천만억조]';
/** What cannot follow 원 in an amount: 3원칙, 2원화 … are not money. */
const NOT_WON = '(?![칙인장본래리형활화점룸소예님자료문격작안양])';
const KOREAN_NUMERAL = '[일이삼사오육칠팔구십백천만억조경영]';
/**
 * An amount: optional 금, digits with optional Korean units (5,000 / 5만 / 1억 2천만), 원, and an optional bracket
 * holding the amount in Korean numerals. A bracket with anything else, (참가비) or (1인당), is not part of it.
 */
const AMOUNT = new RegExp(
  `(?<![\\d.,])(금[ \\t]?)?((?:${NUMBER}${UNIT}+[ \\t]?)*${NUMBER}${UNIT}*)[ \\t]?원${NOT_WON}` +
    `(?:[ \\t]*\\([ \\t]*(금?[ \\t]*${KOREAN_NUMERAL}[${KOREAN_NUMERAL.slice(1, -1)} \\t]*원?)[ \\t]*\\))?`,
  'gu',
);

export function checkAmounts(line: string, lineNo: number): Finding[] {
  const out: Finding[] = [];
  for (const m of line.matchAll(AMOUNT)) {
    const won = parseAmount(m[2]);
    if (won === null) continue;
    const fixed = formatAmount(won);
    if (m[0] === fixed) continue;
    const inWords = m[3]?.replace(/[\s금원]/g, '');
    const message =
      inWords === undefined
        ? `금액은 숫자 앞에 '금'을 붙이고 뒤 괄호 안에 한글로도 씁니다 (${fixed}).`
        : inWords !== numberToKoreanWords(won)
          ? `괄호 안 한글 금액이 숫자와 다릅니다 (${fixed}).`
          : `금액은 '금'을 붙이고 숫자는 세 자리마다 쉼표를 찍어 씁니다 (${fixed}).`;
    out.push(finding('amount-format', lineNo, m.index! + 1, m[0], message, fixed));
  }
  return out;
}
