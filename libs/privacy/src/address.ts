import type { Detection } from './pii.js';

/**
 * Street addresses with a house number. Kept: the road or 동 name (what an agent needs to route a complaint);
 * masked: the building, lot and unit numbers, digit by digit ("세종대로 ***", "역삼동 ***-**", "***동 ****호").
 */

/** Road-name address: 세종대로 110, 테헤란로 12길 34, 테헤란로12길 34, 올림픽로 300-1. */
const ROAD_ADDRESS = /(?<![가-힣0-9])([가-힣]{1,10}(?:로|길)(?:\s*\d{1,4}[가-힣]?길)?)\s*([1-9]\d{0,3}(?:-[1-9]\d{0,2})?)(?![\d-])/gu;
/** Lot address: 역삼동 123-45, 신림동 1234번지, 역삼1동 12, 봉평리 산 12-3. */
const LOT_ADDRESS = /(?<![가-힣0-9])([가-힣]{1,8}\d{0,2}(?:동|리))\s*((?:산\s*)?[1-9]\d{0,3}(?:-[1-9]\d{0,3})?)(?![\d-])/gu;
/** Apartment unit, anywhere: 101동 1203호 (not 3호선). */
const UNIT = /(?<![0-9])\d{1,4}\s*동\s*\d{1,5}\s*호(?!선)/gu;
/** Unit details right after an address: 101동 1203호, 3층, 1203호. */
const UNIT_AFTER_ADDRESS = /^\s*,?\s*(?:\d{1,4}\s*동\s*)?(?:\d{1,3}\s*층\s*)?(?:\d{1,5}\s*호(?!선))?/u;

/** What may follow a house number: the end, punctuation, a particle or ending, 번지. */
const AFTER_HOUSE_NUMBER = /^(?:$|[\s,.!?)\]"'~…]|번지|에|이|입|요|은|는|을|를|로|으로|의|쪽|까지|부터|근처|앞|인근)/u;
/**
 * A unit after a space that makes the number a quantity, time or line rather than a house number ("도로 5 분",
 * "세종대로 2 번 출구", "1.5km"). A unit glued to the number ("5분") never passes {@link AFTER_HOUSE_NUMBER}.
 */
const QUANTITY_AFTER =
  /^(?:\s*(?:km|m(?![A-Za-z])|%|:|\.\d)|\s+(?:분|시간|시|원|만|천|억|번|개|명|층|세|살|년|월|일|주|회|차|대|인분|장|권|통|건|킬로|미터|호|퍼센트)(?:$|[^가-힣]|[에은는을를이가도까부쯤씩]))/iu;

/** A number someone calls rather than lives at: 콜센터로 120에 전화했어요, 119에 신고. */
const CALLED_AFTER = /^.{0,6}(?:전화|신고|연락|문의|걸어|걸었|거세요|거시면)/u;
/** Endings of words that take the particle 로 but are places to call, not roads: 콜센터로, 상담센터로. */
const NOT_ROAD_ENDINGS: readonly string[] = ['센터로', '번호로', '전화로', '문자로'];

/** Words ending in 로 or 길 that are not road names: 도로, 경로, 전화로, 출근길, … (으로 is always a particle). */
const NOT_ROADS: ReadonlySet<string> = new Set([
  '전화로',
  '문자로',
  '카드로',
  '버스로',
  '택시로',
  '메일로',
  '팩스로',
  '번호로',
  '계좌로',
  '출구로',
  '입구로',
  '별도로',
  '실제로',
  '정도로',
  '스스로',
  '그대로',
  '대체로',
  '최대로',
  '최소로',
  '자전거로',
  '지하철로',
  '자동차로',
  '순서대로',
  '마음대로',
  '골목길',
  '지름길',
  '산책길',
  '출근길',
  '퇴근길',
  '둘레길',
  '등산길',
  '등굣길',
  '하굣길',
  '귀갓길',
  '오솔길',
  '언덕길',
  '시골길',
]);
/** Roads of one syllable plus 로; other two-syllable words ending in 로 or 길 (도로, 가로, 뒷길) are not roads. */
const SHORT_ROADS: ReadonlySet<string> = new Set(['종로']);
/** Words ending in 동 or 리 that are not neighbourhoods or villages: 운동 30분, 출동 119, 우리 12-3. */
const NOT_NEIGHBOURHOODS: ReadonlySet<string> = new Set([
  '운동',
  '이동',
  '활동',
  '행동',
  '자동',
  '공동',
  '노동',
  '감동',
  '변동',
  '출동',
  '작동',
  '가동',
  '연동',
  '소동',
  '충동',
  '아동',
  '발동',
  '기동',
  '진동',
  '합동',
  '협동',
  '전동',
  '수동',
  '구동',
  '일동',
  '우리',
  '거리',
  '자리',
  '소리',
  '머리',
  '다리',
  '관리',
  '처리',
  '수리',
  '정리',
  '요리',
  '마리',
]);

/** Road-name and lot addresses with their unit details, and apartment units on their own. */
export function findAddresses(text: string): Detection[] {
  const found: Detection[] = [];
  const taken = new Uint8Array(text.length + 1);
  const add = (detection: Detection) => {
    if (taken.subarray(detection.start, detection.end).some((t) => t === 1)) return;
    taken.fill(1, detection.start, detection.end);
    found.push(detection);
  };
  for (const match of text.matchAll(ROAD_ADDRESS)) {
    const [, road, number] = match;
    if (isRoadName(road.replace(/\s*\d.*$/u, '')) && endsHouseNumber(text, match.index + match[0].length)) {
      add(houseAddress(text, match.index, match[0], number));
    }
  }
  for (const match of text.matchAll(LOT_ADDRESS)) {
    const [, neighbourhood, number] = match;
    const end = match.index + match[0].length;
    if (isNeighbourhood(neighbourhood, number, text.slice(end, end + 8)) && endsHouseNumber(text, end)) {
      add(houseAddress(text, match.index, match[0], number));
    }
  }
  for (const match of text.matchAll(UNIT)) {
    add({ kind: 'address', start: match.index, end: match.index + match[0].length, replacement: maskDigits(match[0]) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isRoadName(road: string): boolean {
  if (road.endsWith('으로') || NOT_ROADS.has(road) || NOT_ROAD_ENDINGS.some((ending) => road.endsWith(ending))) return false;
  return road.length >= 3 || SHORT_ROADS.has(road);
}

function isNeighbourhood(name: string, number: string, after: string): boolean {
  if (NOT_NEIGHBOURHOODS.has(name)) return false;
  // 리 ends too many words (우리, 거리, 자리): only a lot number proper (12-3, 123번지) makes it a village.
  return !name.endsWith('리') || number.includes('-') || /^\s*번지/u.test(after);
}

function endsHouseNumber(text: string, end: number): boolean {
  const after = text.slice(end, end + 64);
  return AFTER_HOUSE_NUMBER.test(after) && !QUANTITY_AFTER.test(after) && !CALLED_AFTER.test(after);
}

/** The address from `start`, extended over unit details, with every number after the name masked. */
function houseAddress(text: string, start: number, matched: string, number: string): Detection {
  const name = matched.slice(0, matched.length - number.length);
  const units = UNIT_AFTER_ADDRESS.exec(text.slice(start + matched.length, start + matched.length + 64))?.[0] ?? '';
  const tail = /\d/u.test(units) ? units.replace(/\s+$/u, '') : '';
  const end = start + matched.length + tail.length;
  return { kind: 'address', start, end, replacement: name + maskDigits(number + tail) };
}

function maskDigits(text: string): string {
  return text.replace(/[0-9]/gu, '*');
}
