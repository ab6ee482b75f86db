/**
 * Particles (조사) that change with the sound before them: 을/를, 이/가 … When a word is replaced (MOU를 → 업무
 * 협약을), the particle after it has to follow the new word.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Jongseong index of ㄹ: 로 (not 으로) follows it. */
const RIEUL = 8;

/** Latin letters and digits read with a final consonant: L 엘, M 엠, N 엔, R 알; 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔. */
const CLOSED_READINGS: Readonly<Record<string, number>> = {
  L: RIEUL,
  M: 16,
  N: 4,
  R: RIEUL,
  0: 21,
  1: RIEUL,
  3: 16,
  6: 1,
  7: RIEUL,
  8: RIEUL,
};

/** The final consonant (jongseong index, 0 for none) of how the word ends when read aloud. */
function finalConsonant(word: string): number {
  // What is read last: 가. and 1) are read 가 and 일.
  const last = word.replace(/[^0-9A-Za-z\uac00-\ud7a3]+$/u, '').slice(-1);
  const code = last.charCodeAt(0);
  if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) return (code - SYLLABLE_FIRST) % 28;
  return CLOSED_READINGS[last.toUpperCase()] ?? 0;
}

/** [after a final consonant, after a vowel] */
const PARTICLE_PAIRS: readonly (readonly [string, string])[] = [
  ['을', '를'],
  ['은', '는'],
  ['이', '가'],
  ['과', '와'],
  ['으로', '로'],
  ['이나', '나'],
  ['이라', '라'],
  ['이며', '며'],
  ['이랑', '랑'],
];

/** Every particle that alternates, longest first (for a regular expression). */
export const ALTERNATING_PARTICLES: readonly string[] = PARTICLE_PAIRS.flat().sort((a, b) => b.length - a.length);

/** The word followed by the form of the particle that suits it: ('지침', '를') → '지침을', ('기반 시설', '로') → '기반 시설로'. */
export function withParticle(word: string, particle: string): string {
  const pair = PARTICLE_PAIRS.find((p) => p.includes(particle));
  if (!pair) return word + particle;
  const final = finalConsonant(word);
  const closed = final !== 0 && !(pair[1] === '로' && final === RIEUL);
  return word + (closed ? pair[0] : pair[1]);
}

/** A syllable with a final consonant added: ('되', 'ㄴ') → '된', ('보이', 'ㅂ') → '보입'. Only for syllables without one. */
export function addFinal(word: string, jamo: 'ㄴ' | 'ㄹ' | 'ㅂ'): string {
  const code = word.charCodeAt(word.length - 1);
  const index = { ㄴ: 4, ㄹ: 8, ㅂ: 17 }[jamo];
  return word.slice(0, -1) + String.fromCharCode(code + index);
}

/** A word in quotes with a particle suited to it: ('매뉴얼', '은') → "'매뉴얼'은", ('TF', '로') → "'TF'로". */
export function quoted(word: string, particle: string): string {
  return `'${word}'${withParticle(word, particle).slice(word.length)}`;
}
