import { parseItemMarker } from './items.js';
import { findEndMark, type Layout } from './layout.js';
import { type Finding, finding } from './types.js';

/**
 * Sentence-level plain-language checks on the body: overly long sentences, chains of 인해/인하여, and "및/또는" or
 * many 및. A sentence may run over several lines (an item and its continuation lines); it ends at a full stop after
 * a syllable (…합니다.), a question or exclamation mark. Dates (2026. 11. 26.) and amounts do not end it.
 * The thresholds are ours: 국립국어원 advises short sentences without fixing a length; we warn past 100 characters or
 * at three clauses joined by 하고/하며/하여.
 */

export const LONG_SENTENCE_CHARS = 100;
/** Clause connectors, but not auxiliaries (하여 주시기, 하고 있다) … */
const CONNECTOR = /(하고|하며|하여)(?=[ \t,])(?![ \t,]*(?:주|드리|드립|보|두|놓|있|계시|싶|나서|오|가))/gu;
/** … nor the words that work as postpositions (에 대하여, 을 위하여, 로 인하여, 에도 불구하고). */
const POSTPOSITIONS: ReadonlySet<string> = new Set([
  '관하여',
  '대하여',
  '위하여',
  '의하여',
  '인하여',
  '통하여',
  '비롯하여',
  '한하여',
  '반하여',
  '비하여',
  '즈음하여',
  '관련하여',
  '불구하고',
]);

interface Joint {
  /** The word that ends in the connector: 확인하고. */
  word: string;
  /** Offset just after it. */
  end: number;
}

function joints(text: string): Joint[] {
  return [...text.matchAll(CONNECTOR)]
    .map((m) => {
      const end = m.index! + m[0].length;
      return { word: /[^\s]*$/u.exec(text.slice(0, end))![0], end };
    })
    .filter((j) => !POSTPOSITIONS.has(j.word));
}
const CAUSE = /인(?:하여|해|한)(?=[ \t,]|$)/gu;
const AND_OR = /및\/또는|및·또는/gu;
const AND = /(?<![가-힣])및(?![가-힣])/gu;
const BULLET = /^[ \t\u3000]*[□■○●◎◇◆▶◈·•*※-]/u;

interface Segment {
  line: number;
  /** Offset in the line. */
  offset: number;
  /** Offset in the joined paragraph. */
  at: number;
  text: string;
}

interface Sentence {
  text: string;
  /** Maps an offset in `text` to a 1-based line and column. */
  position: (offset: number) => { line: number; column: number };
}

function paragraphs(layout: Layout): Segment[][] {
  const out: Segment[][] = [];
  let current: Segment[] = [];
  const flush = () => {
    if (current.length) out.push(current);
    current = [];
  };
  for (const i of layout.body) {
    let line = layout.lines[i];
    if (!line.trim()) {
      flush();
      continue;
    }
    const mark = findEndMark(line, i);
    if (mark) line = line.slice(0, mark.start);
    const item = parseItemMarker(line);
    let offset = /^[ \t\u3000]*/u.exec(line)![0].length;
    if (item || BULLET.test(line)) {
      flush();
      if (item) offset = item.start + item.marker.length;
      else offset += 1;
      offset += /^[ \t\u3000]*/u.exec(line.slice(offset))![0].length;
    }
    const text = line.slice(offset).trimEnd();
    if (!text) continue;
    const at = current.length ? current[current.length - 1].at + current[current.length - 1].text.length + 1 : 0;
    current.push({ line: i, offset, at, text });
  }
  flush();
  return out;
}

function sentencesOf(segments: Segment[]): Sentence[] {
  const joined = segments.map((s) => s.text).join(' ');
  const locate = (at: number) => {
    let seg = segments[0];
    for (const s of segments) if (s.at <= at) seg = s;
    return { line: seg.line + 1, column: seg.offset + (at - seg.at) + 1 };
  };
  const out: Sentence[] = [];
  let start = 0;
  for (let k = 0; k <= joined.length; k++) {
    const ch = joined[k];
    const end =
      k === joined.length ||
      ((ch === '?' || ch === '!' || (ch === '.' && /[가-힣)]/u.test(joined[k - 1] ?? ''))) &&
        (k + 1 === joined.length || /\s/.test(joined[k + 1])));
    if (!end) continue;
    const raw = joined.slice(start, k + 1);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) {
      const base = start + lead;
      out.push({ text, position: (offset) => locate(base + offset) });
    }
    start = k + 1;
  }
  return out;
}

function excerptAt(sentence: Sentence, offset: number, length: number): string {
  return sentence.text.slice(offset, offset + length);
}

export function checkSentences(layout: Layout): Finding[] {
  const out: Finding[] = [];
  for (const paragraph of paragraphs(layout)) {
    for (const sentence of sentencesOf(paragraph)) {
      const { text } = sentence;
      const found = joints(text);
      if (text.length > LONG_SENTENCE_CHARS || found.length >= 2) {
        const { line, column } = sentence.position(0);
        const firstLine = text.slice(0, Math.max(1, sentenceLineLength(sentence, text)));
        const comma = text.indexOf(',');
        const cut = found[0]?.end ?? (comma > 0 ? comma + 1 : -1);
        const where = cut > 0 ? `'…${text.slice(Math.max(0, cut - 12), cut)}' 뒤에서 끊어` : '꾸밈말을 줄이고';
        const why = found.length >= 2 ? `'${found.map((j) => j.word).join("', '")}'로 세 마디 이상 이어집니다` : `${text.length}자입니다`;
        out.push(
          finding('plain-long-sentence', line, column, firstLine, `문장이 너무 깁니다 (${why}).`, `${where} 두 문장 이상으로 나눕니다.`),
        );
      }
      const causes = [...text.matchAll(CAUSE)];
      if (causes.length >= 2) {
        const { line, column } = sentence.position(causes[0].index!);
        out.push(
          finding(
            'plain-cause-chain',
            line,
            column,
            excerptAt(sentence, causes[0].index!, causes[0][0].length),
            "한 문장에 '인해·인하여·인한'이 거듭 나옵니다.",
            "'때문에'로 바꾸거나 원인과 결과를 두 문장으로 나눕니다.",
          ),
        );
      }
      for (const m of text.matchAll(AND_OR)) {
        const { line, column } = sentence.position(m.index!);
        out.push(
          finding('plain-conjunction', line, column, m[0], "'및/또는'은 뜻이 흐립니다.", "'또는'이나 '와/과'로 뜻을 분명히 씁니다."),
        );
      }
      const ands = [...text.matchAll(AND)];
      if (ands.length >= 3) {
        const { line, column } = sentence.position(ands[0].index!);
        out.push(
          finding(
            'plain-conjunction',
            line,
            column,
            '및',
            `한 문장에 '및'이 ${ands.length}번 나옵니다.`,
            "쉼표로 나열하거나 '와/과'를 쓰고, 문장을 나눕니다.",
          ),
        );
      }
    }
  }
  return out;
}

/** How much of the sentence lies on its first line. */
function sentenceLineLength(sentence: Sentence, text: string): number {
  const first = sentence.position(0).line;
  let n = 0;
  while (n < text.length && sentence.position(n).line === first) n++;
  return n;
}
