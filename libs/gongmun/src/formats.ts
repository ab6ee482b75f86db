/**
 * The notation the rules require (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제2조): dates with a full stop after
 * the year, the month and the day; times on the 24-hour clock with a colon; amounts in Arabic numerals followed by
 * the amount in Korean in brackets, as in the official example 금113,560원(금일십일만삼천오백육십원).
 */

const DIGITS = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** Units inside a group of four digits, from the ones up. */
const SMALL_UNITS = ['', '십', '백', '천'];
/** Units of each group of four digits, from the ones up. */
const LARGE_UNITS = ['', '만', '억', '조', '경'];

/**
 * An amount in Korean numeral words, the way 공문 write it: every digit is said, one included (일십, 일백, 일천,
 * 일만), so 113,560 is 일십일만삼천오백육십 and 1,000,000,000 is 일십억. Zero is 영. Only whole numbers from 0 up to
 * Number.MAX_SAFE_INTEGER.
 */
export function numberToKoreanWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole number from 0 to 2^53-1: ${n}`);
  if (n === 0) return '영';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let words = '';
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) continue;
    const digits = String(group).padStart(4, '0');
    for (let i = 0; i < 4; i++) {
      const d = Number(digits[i]);
      if (d > 0) words += DIGITS[d] + SMALL_UNITS[3 - i];
    }
    words += LARGE_UNITS[g];
  }
  return words;
}

/** Digits grouped by three with commas: 1234500 → 1,234,500. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An amount as a 공문 states it: 5000 → 금5,000원(금오천원). */
export function formatAmount(won: number): string {
  if (!Number.isSafeInteger(won) || won < 0) throw new RangeError(`not an amount in whole won: ${won}`);
  return `금${groupDigits(won)}원(금${numberToKoreanWords(won)}원)`;
}

const UNIT_VALUES: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000, 만: 1e4, 억: 1e8, 조: 1e12 };

/**
 * The value of an amount written with digits and optional Korean units, as found before 원: "5,000", "5만",
 * "1억 2천만", "3만5천", "1.5억". Null when it is not a whole number of won.
 */
export function parseAmount(text: string): number | null {
  let total = 0;
  let section = 0;
  let current = 0;
  for (const [, digits, unit] of text.replace(/\s+/g, '').matchAll(/(\d[\d,]*(?:\.\d+)?)?([십백천만억조])?/g)) {
    if (digits) current = Number(digits.replace(/,/g, ''));
    if (!unit) continue;
    const value = UNIT_VALUES[unit];
    if (value < 1e4) {
      section += (current || 1) * value;
    } else {
      total += (section + current || 1) * value;
      section = 0;
    }
    current = 0;
  }
  const won = total + section + current;
  const rounded = Math.round(won);
  return Math.abs(won - rounded) < 1e-6 && Number.isSafeInteger(rounded) ? rounded : null;
}

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

/** The weekday of a calendar date as a 공문 writes it after the date: 2026, 11, 26 → 목. */
export function koreanWeekday(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** True when year, month and day name a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date from its parts: 2026, 1, 5 → 2026. 1. 5. (no leading zeros). */
export function formatDateParts(year: number, month: number, day: number): string {
  return `${year}. ${month}. ${day}.`;
}

/** Year, month and day written in any common way: 2026-11-26, 2026.11.26, 2026/11/26, 2026년 11월 26일, 2026. 11. 26. */
const DATE_TEXT = /^\s*(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})\s*(?:\.|일)?\s*$/;

const SEOUL_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Seoul', year: 'numeric', month: 'numeric', day: 'numeric' });

/**
 * A date as a 공문 writes it: `2026. 11. 26.`. A Date (or a string with a time, such as an ISO timestamp) is read
 * on Seoul's calendar, so the result does not depend on the server's time zone; a string with only year, month and
 * day is taken as written.
 */
export function formatKoreanDate(date: Date | string): string {
  if (typeof date === 'string') {
    const parts = DATE_TEXT.exec(date);
    if (parts) {
      const [year, month, day] = parts.slice(1, 4).map(Number);
      if (!isCalendarDate(year, month, day)) throw new RangeError(`not a calendar date: ${date}`);
      return formatDateParts(year, month, day);
    }
    date = new Date(date);
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('not a valid date');
  const parts = Object.fromEntries(SEOUL_DATE.formatToParts(date).map((p) => [p.type, p.value]));
  return formatDateParts(Number(parts.year), Number(parts.month), Number(parts.day));
}

/** A time on the 24-hour clock with a colon, hours and minutes in two digits: (14, 0) → 14:00, (9, 5) → 09:05. */
export function formatTime(hours: number, minutes = 0): string {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours < 0 || minutes < 0 || minutes > 59 || hours > 24) {
    throw new RangeError(`not a time of day: ${hours}:${minutes}`);
  }
  if (hours === 24 && minutes > 0) throw new RangeError(`not a time of day: ${hours}:${minutes}`);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
