/**
 * The numbering of items in a 공문 body (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제2조제1항): eight levels,
 * 1. → 가. → 1) → 가) → (1) → (가) → ① → ㉮. Past 하 the Hangul series goes on 거, 너, 더 … (행정업무운영 편람);
 * we continue with 고, 노, 도 … after 허, which the guide does not spell out.
 */

/** Choseong indices (in the Unicode Hangul syllable block) of ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ: 가 … 하. */
const CHOSEONG = [0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18];
/** Jungseong indices of ㅏ, ㅓ, ㅗ: 가…하, then 거…허, then 고…호. */
const VOWELS = [0, 4, 8];

/** 가, 나, 다 … 하, 거, 너 … 허, 고, 노 … 호 (42 syllables). */
export const HANGUL_SERIES: readonly string[] = VOWELS.flatMap((v) => CHOSEONG.map((c) => String.fromCharCode(0xac00 + (c * 21 + v) * 28)));

/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ (50 numbers). */
const CIRCLED_NUMBERS: readonly string[] = [
  ...Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x2460 + i)),
  ...Array.from({ length: 15 }, (_, i) => String.fromCharCode(0x3251 + i)),
  ...Array.from({ length: 15 }, (_, i) => String.fromCharCode(0x32b1 + i)),
];
/** ㉮ … ㉻: Unicode has circled 가 … 하 only (14). */
const CIRCLED_HANGUL: readonly string[] = Array.from({ length: 14 }, (_, i) => String.fromCharCode(0x326e + i));

export interface ItemMarkerLevel {
  /** 0 for the first level (1.) to 7 for the eighth (㉮). */
  level: number;
  /** The level in Korean, as the rules name it: 첫째 항목 … 여덟째 항목. */
  name: string;
  /** The first three markers at this level. */
  examples: readonly string[];
  /** How many markers there are at this level before `itemMarker` runs out. */
  count: number;
}

interface LevelSpec {
  name: string;
  series: readonly string[];
  wrap: (symbol: string) => string;
}

const NUMBERS: readonly string[] = Array.from({ length: 99 }, (_, i) => String(i + 1));

const LEVELS: readonly LevelSpec[] = [
  { name: '첫째 항목', series: NUMBERS, wrap: (s) => `${s}.` },
  { name: '둘째 항목', series: HANGUL_SERIES, wrap: (s) => `${s}.` },
  { name: '셋째 항목', series: NUMBERS, wrap: (s) => `${s})` },
  { name: '넷째 항목', series: HANGUL_SERIES, wrap: (s) => `${s})` },
  { name: '다섯째 항목', series: NUMBERS, wrap: (s) => `(${s})` },
  { name: '여섯째 항목', series: HANGUL_SERIES, wrap: (s) => `(${s})` },
  { name: '일곱째 항목', series: CIRCLED_NUMBERS, wrap: (s) => s },
  { name: '여덟째 항목', series: CIRCLED_HANGUL, wrap: (s) => s },
];

/** The hierarchy of item markers, first level first. */
export const ITEM_MARKERS: readonly ItemMarkerLevel[] = LEVELS.map((spec, level) => ({
  level,
  name: spec.name,
  examples: spec.series.slice(0, 3).map(spec.wrap),
  count: spec.series.length,
}));

/** The marker of the item at `index` (0-based) on `level` (0–7): itemMarker(0, 0) → '1.', itemMarker(1, 2) → '다.'. */
export function itemMarker(level: number, index: number): string {
  const spec = LEVELS[level];
  if (!spec || !Number.isInteger(level)) throw new RangeError(`no item level ${level}: levels are 0 to 7`);
  const symbol = Number.isInteger(index) && index >= 0 ? spec.series[index] : undefined;
  if (symbol === undefined) throw new RangeError(`no item ${index} on level ${level}: 0 to ${spec.series.length - 1}`);
  return spec.wrap(symbol);
}

export interface ParsedItem {
  level: number;
  /** 0-based position of the marker in its level's series. */
  index: number;
  /** The marker as written: '1.', '가)', '(1)', '①'. */
  marker: string;
  /** Offset of the marker in the line (after the indentation). */
  start: number;
  /** The indentation before the marker. */
  indent: string;
  /** True when at least one space follows the marker (the guide asks for one 타). */
  spaced: boolean;
}

const HANGUL_CLASS = HANGUL_SERIES.join('');
const INDENT = '[ \\t\\u3000]*';

/** Marker shapes, level by level; each ends before what follows the marker. */
const MARKER_PATTERNS: readonly RegExp[] = [
  new RegExp(`^(${INDENT})(([1-9]\\d?)\\.)(?![\\d.])`, 'u'),
  new RegExp(`^(${INDENT})(([${HANGUL_CLASS}])\\.)(?!\\.)`, 'u'),
  new RegExp(`^(${INDENT})(([1-9]\\d?)\\))`, 'u'),
  new RegExp(`^(${INDENT})(([${HANGUL_CLASS}])\\))`, 'u'),
  new RegExp(`^(${INDENT})(\\(([1-9]\\d?)\\))`, 'u'),
  new RegExp(`^(${INDENT})(\\(([${HANGUL_CLASS}])\\))`, 'u'),
  new RegExp(`^(${INDENT})(([${CIRCLED_NUMBERS.join('')}]))`, 'u'),
  new RegExp(`^(${INDENT})(([${CIRCLED_HANGUL.join('')}]))`, 'u'),
];

/** The item marker a line starts with, if any. A line that starts with a date (2026. 11. 26.) is not an item. */
export function parseItemMarker(line: string): ParsedItem | null {
  for (let level = 0; level < MARKER_PATTERNS.length; level++) {
    const m = MARKER_PATTERNS[level].exec(line);
    if (!m) continue;
    const [, indent, marker, symbol] = m;
    const index = LEVELS[level].series.indexOf(symbol);
    if (index < 0) continue;
    const rest = line.slice(indent.length + marker.length);
    // A marker with nothing after it is not an item (a stray "1." or "가." line).
    if (!rest.trim()) continue;
    return { level, index, marker, start: indent.length, indent, spaced: /^[ \t\u3000]/.test(rest) };
  }
  return null;
}

/** The width of an indentation in 타 (half-width columns): a space is 1, a full-width space 2, a tab is not counted. */
export function indentWidth(indent: string): number {
  let width = 0;
  for (const ch of indent) width += ch === '\u3000' ? 2 : ch === ' ' ? 1 : 0;
  return width;
}
