/**
 * Dates, times and item numbers as Korean official documents write them ("2026. 11. 26.(목)", "가.", "1)").
 * Kept in this one file so it can be swapped for the shared rules of #libs/gongmun once that library lands.
 */

const WEEKDAYS = '일월화수목금토';
/** Item letters of the second level, in order: 가.–하., then 거.–허. */
const LETTERS = [...'가나다라마바사아자차카타파하', ...'거너더러머버서어저처커터퍼허'];

/** "2026-11-26" → "2026. 11. 26." (with the weekday, "2026. 11. 26.(목)"). */
export function formatDate(iso: string, options: { weekday?: boolean } = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${year}. ${month}. ${day}.${options.weekday ? `(${weekday})` : ''}`;
}

/** "14:00-16:00", "14:00 ~ 16:00" → "14:00~16:00"; "9:30" → "09:30". */
export function formatTimeRange(range: string): string {
  const times = range.split(/\s*[~\-–]\s*/).map((time) => {
    const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
    if (!match) throw new RangeError(`Not a time (HH:mm or HH:mm~HH:mm): ${range}`);
    return `${match[1].padStart(2, '0')}:${match[2]}`;
  });
  return times.join('~');
}

/** The marker of the n-th item (from 0) at a level: 1. → 가. → 1) → 가), each level indented two spaces more. */
export function itemMarker(level: 1 | 2 | 3 | 4, n: number): string {
  const letter = LETTERS[n] ?? String(n + 1);
  return '  '.repeat(level - 1) + [`${n + 1}.`, `${letter}.`, `${n + 1})`, `${letter})`][level - 1];
}

/** The closing mark of a document: two spaces and "끝." after the last text. */
export function withEndMark(text: string): string {
  return `${text.trimEnd()}  끝.`;
}
