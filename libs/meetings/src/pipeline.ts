import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { contentWords } from '#libs/korean';
import { type RankedSentence, rankSentences, splitSentences } from '#libs/summarize';
import { parseIsoDate, todayInSeoul } from './dates.js';
import { type Extracted, type Said, type SourcedText, cleanText, extractItems } from './extract.js';
import type { Transcript, TranscriptLine } from './transcript.js';

export interface TranscriptPart {
  /** Position of the part, from 0. */
  index: number;
  firstLine: number;
  lastLine: number;
  lines: TranscriptLine[];
  /** Lines just before and after the part: read for what a short reply answers, never summarised. */
  context: { before: TranscriptLine[]; after: TranscriptLine[] };
}

export interface PartSummary extends Extracted {
  index: number;
  firstLine: number;
  lastLine: number;
  /** The part's most central sentences, in order. */
  sentences: SourcedText[];
}

export interface MeetingSummary extends Extracted {
  /** The meeting's most central sentences (3 to 6 when there are that many), in order. */
  summary: string[];
  /** Speaker labels, in order of first appearance. */
  speakers: string[];
  stats: { lines: number; characters: number; parts: number };
}

/** Where finished parts are kept so a retry does not redo them (Redis, a table…); its errors are not swallowed. */
export interface PartCache {
  get(key: string): Promise<PartSummary | null>;
  set(key: string, value: PartSummary): Promise<void>;
}

export interface SummarizeMeetingOptions {
  cache?: PartCache;
  onProgress?: (done: number, total: number) => void;
  /** The day of the meeting (YYYY-MM-DD), against which "다음 주 금요일" is resolved; today in Seoul by default. */
  meetingDate?: string;
  /** Part size in characters (default 6000). */
  maxChars?: number;
  /**
   * Summarises one part in place of the extractive `summarizePart` (e.g. a chat model under structured output); its
   * results are cached under `cacheNamespace`, apart from the extractive ones.
   */
  summarizePart?: (part: TranscriptPart, options: { meetingDate: string }) => Promise<PartSummary>;
  cacheNamespace?: string;
}

/** Changes whenever a part's summary would come out differently, so cached parts from older code are not reused. */
export const PART_SUMMARY_VERSION = 'meetings-part-v1';
const DEFAULT_PART_CHARS = 6000;
const CONTEXT_LINES = 2;
const SENTENCES_PER_PART = 5;
const MIN_SUMMARY = 3;
const MAX_SUMMARY = 6;
/** A summary sentence sharing this much (Jaccard) of its content words with a better one adds nothing. */
const SUMMARY_REDUNDANCY = 0.5;
/** Verb forms left after particles are stripped ("신설하기", "했습니다", "결정했"): said differently, meaning the same. */
const PREDICATE = /(하|했|겠|니다|해|할|되|됐|하기|기로|시죠|같|요|죠|하면)$|^(하|했|해|할|되|됐)/;

/** Splits a transcript into parts of at most `maxChars` on line boundaries; a longer line is split between sentences. */
export function splitIntoParts(transcript: Transcript, options: { maxChars?: number } = {}): TranscriptPart[] {
  const maxChars = Math.max(1, options.maxChars ?? DEFAULT_PART_CHARS);
  const pieces = transcript.lines.flatMap((line) => (line.text.length > maxChars ? splitLine(line, maxChars) : [line]));
  const groups: TranscriptLine[][] = [];
  let size = Infinity;
  for (const line of pieces) {
    if (size + line.text.length > maxChars) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(line);
    size += line.text.length + 1;
  }
  let offset = 0;
  return groups.map((lines, index) => {
    const before = pieces.slice(Math.max(0, offset - CONTEXT_LINES), offset);
    offset += lines.length;
    const after = pieces.slice(offset, offset + CONTEXT_LINES);
    return { index, firstLine: lines[0].n, lastLine: lines.at(-1)!.n, lines, context: { before, after } };
  });
}

/** A line too long for one part, as pieces of whole sentences (each keeping the line's number). */
function splitLine(line: TranscriptLine, maxChars: number): TranscriptLine[] {
  const pieces: TranscriptLine[] = [];
  for (const sentence of splitSentences(line.text)) {
    const last = pieces.at(-1);
    if (last && last.text.length + sentence.length + 1 <= maxChars) last.text += ` ${sentence}`;
    else pieces.push({ ...line, text: sentence });
  }
  return pieces;
}

/** The extractive summary of one part: its central sentences, and the decisions, action items and open questions in it. */
export function summarizePart(part: TranscriptPart, options: { meetingDate?: string } = {}): PartSummary {
  const meetingDate = options.meetingDate ?? todayInSeoul();
  const sentencesOf = (lines: TranscriptLine[], context: boolean): Said[] =>
    lines.flatMap((line) => splitSentences(line.text).map((text) => ({ n: line.n, speaker: line.speaker, text, context })));
  const said = [...sentencesOf(part.context.before, true), ...sentencesOf(part.lines, false), ...sentencesOf(part.context.after, true)];
  const own = said.filter((s) => !s.context);
  const central = centralSentences(own, SENTENCES_PER_PART);
  return {
    index: part.index,
    firstLine: part.firstLine,
    lastLine: part.lastLine,
    sentences: central.map((r) => ({ text: cleanText(r.text), sourceLines: [own[r.index].n] })),
    ...extractItems(said, meetingDate),
  };
}

/** Merges the part summaries: near-duplicates folded together, the summary sentences ranked again over all parts. */
export function reduceSummaries(parts: PartSummary[], transcript: Transcript): MeetingSummary {
  const speakers = [...new Set(transcript.lines.flatMap((line) => (line.speaker ? [line.speaker] : [])))];
  const asSpeaker = (owner: string | null) => (owner && speakers.find((s) => bare(s) === bare(owner))) ?? owner;
  const merged = (items: SourcedText[]) => dedupe(items, (item) => item.text);
  const candidates = merged(parts.flatMap((p) => p.sentences));
  const limit = Math.min(MAX_SUMMARY, Math.max(MIN_SUMMARY, parts.length + 2));
  const actionItems = parts.flatMap((p) => p.actionItems).map((item) => ({ ...item, owner: asSpeaker(item.owner) }));
  return {
    summary: centralSentences(candidates, limit).map((r) => r.text),
    decisions: merged(parts.flatMap((p) => p.decisions)),
    actionItems: dedupe(
      actionItems,
      (item) => item.task,
      (kept, item) => {
        if (kept.owner && item.owner && kept.owner !== item.owner) return false;
        kept.owner ??= item.owner;
        if (!kept.due && item.due) Object.assign(kept, { due: item.due, dueText: item.dueText });
        return true;
      },
    ),
    openQuestions: merged(parts.flatMap((p) => p.openQuestions)),
    speakers,
    stats: { lines: transcript.lines.length, characters: transcript.lines.reduce((sum, l) => sum + l.text.length, 0), parts: parts.length },
  };
}

/** A name compared without spaces and honorific: "김 과장님" is the speaker "김과장". */
const bare = (name: string) => name.replace(/\s+/g, '').replace(/님$/, '');

/** The best `limit` sentences by TextRank, in their original order; one much like a better one is skipped. */
function centralSentences(sentences: { text: string }[], limit: number): RankedSentence[] {
  const chosen: { sentence: RankedSentence; terms: Set<string> }[] = [];
  for (const sentence of rankSentences(sentences.map((s) => s.text))) {
    if (chosen.length === limit) break;
    const terms = keyTerms(sentence.text);
    if (!chosen.some((c) => jaccard(c.terms, terms) >= SUMMARY_REDUNDANCY)) chosen.push({ sentence, terms });
  }
  return chosen.map((c) => c.sentence).sort((a, b) => a.index - b.index);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((term) => b.has(term)).length;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** The content words that tell items apart: stems of two letters or more, verb forms left out. */
function keyTerms(text: string): Set<string> {
  return new Set(contentWords(text).filter((term) => term.length > 1 && !PREDICATE.test(term)));
}

/**
 * Items in order with near-duplicates folded into the first: their source lines joined, and `absorb` deciding (and
 * doing) the rest of the merge. The items given are never changed.
 */
function dedupe<T extends { sourceLines: number[] }>(
  items: T[],
  textOf: (item: T) => string,
  absorb: (kept: T, item: T) => boolean = () => true,
): T[] {
  const kept: { item: T; terms: Set<string> }[] = [];
  for (const item of items) {
    const terms = keyTerms(textOf(item));
    const same = kept.find((k) => nearDuplicate(k.terms, terms) && absorb(k.item, item));
    if (same) same.item.sourceLines = [...new Set([...same.item.sourceLines, ...item.sourceLines])].sort((a, b) => a - b);
    else kept.push({ item: { ...item, sourceLines: [...item.sourceLines] }, terms });
  }
  return kept.map((k) => k.item);
}

/**
 * The same item said twice: all the content words of the shorter in the longer, which adds one word at most (or a
 * quarter of its words). A different name or number makes a different item ("강서구 …" is not "노원구 …").
 */
function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const extra = large.size - small.size;
  return small.size > 0 && [...small].every((term) => large.has(term)) && extra <= Math.max(1, Math.floor(large.size / 4));
}

/** The cache key of a part: its lines (numbers, speakers, text) and context, the meeting date and the version. */
function partKey(part: TranscriptPart, meetingDate: string, namespace = 'extractive'): string {
  const content = JSON.stringify([PART_SUMMARY_VERSION, namespace, meetingDate, part.lines, part.context]);
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Summarises a meeting: parts summarised one by one (taken from `cache` when a previous run finished them, so a retry
 * resumes), then reduced. Yields to the event loop between parts. Deterministic for the same transcript and date.
 */
export async function summarizeMeeting(transcript: Transcript, options: SummarizeMeetingOptions = {}): Promise<MeetingSummary> {
  const meetingDate = options.meetingDate ?? todayInSeoul();
  parseIsoDate(meetingDate);
  const parts = splitIntoParts(transcript, { maxChars: options.maxChars });
  const summaries: PartSummary[] = [];
  for (const part of parts) {
    const key = partKey(part, meetingDate, options.cacheNamespace);
    let summary = (await options.cache?.get(key)) ?? null;
    if (!summary) {
      summary = options.summarizePart ? await options.summarizePart(part, { meetingDate }) : summarizePart(part, { meetingDate });
      await options.cache?.set(key, summary);
    }
    summaries.push(summary);
    options.onProgress?.(summaries.length, parts.length);
    await nextTurn();
  }
  return reduceSummaries(summaries, transcript);
}

/** A cache in memory, for one process: copies in and out, as a shared cache would. */
export function inMemoryPartCache(): PartCache {
  const entries = new Map<string, PartSummary>();
  return {
    get: async (key) => structuredClone(entries.get(key) ?? null),
    set: async (key, value) => {
      entries.set(key, structuredClone(value));
    },
  };
}
