/**
 * Sentence splitting for Korean and English text, written or transcribed. Recognisers often leave out punctuation,
 * so a polite Korean ending followed by a space ("…했어요 그런데 …") ends a sentence too.
 */

/** Stands in for a full stop that does not end a sentence while the text is split. */
const HELD = '\u0000';

/** Full stops that belong to a number, a date or an abbreviation, not to the end of a sentence. */
const HELD_STOPS: readonly RegExp[] = [
  /(?<=\d)\.(?=\s*\d)/g, // 2026. 11. 26 and 5.5
  /(?<=(?:^|\s)\d{1,2})\.(?=\s)/g, // the day of a date ("26. 까지") and list numbers ("1. 신분증 2. 사진")
  /(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|St|vs|e\.g|i\.e))\./gi,
];

const BOUNDARY = new RegExp(
  [
    // A stop, with closing quotes or brackets, then a space.
    String.raw`(?<=[.!?…？！]["'”’」』)\]]*)\s+`,
    // An ideographic full stop needs no space after it.
    '(?<=。)\\s*',
    // A Korean sentence run into the next one: "합니다.다음", "되나요?그럼".
    String.raw`(?<=[\uac00-\ud7a3][.!?？！])(?=[\uac00-\ud7a3A-Za-z])`,
    // An unpunctuated polite or formal ending followed by a space: ~니다, ~어요/아요/에요/세요…, ~죠.
    String.raw`(?<=(?:니다|[아어여해에예세네데게까나가래지걸군]요|죠))\s+`,
  ].join('|'),
  'u',
);

/** The sentences of a text, in order, white space folded; the text of each is otherwise kept as it was. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const held = HELD_STOPS.reduce((acc, stop) => acc.replace(stop, HELD), line);
    for (const piece of held.split(BOUNDARY)) {
      const sentence = piece.replaceAll(HELD, '.').replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(sentence)) sentences.push(sentence);
    }
  }
  return sentences;
}
