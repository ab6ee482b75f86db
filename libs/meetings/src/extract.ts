import { isSubstantive } from '#libs/summarize';
import { type DueDate, findDueDate } from './dates.js';
import * as patterns from './patterns.js';

/** A decision or an open question, with the source lines that say it. */
export interface SourcedText {
  text: string;
  sourceLines: number[];
}

export interface ActionItem {
  task: string;
  /** Who does it: a speaker label, or a person, role or team as named ("김 주무관", "교통정책과"). */
  owner: string | null;
  /** ISO date (YYYY-MM-DD) the due phrase resolves to against the meeting date. */
  due: string | null;
  /** The due phrase as said ("다음 주 금요일까지"). */
  dueText: string | null;
  sourceLines: number[];
}

/** One sentence of the transcript; context sentences (just outside a part) are read but yield nothing. */
export interface Said {
  n: number;
  speaker: string | null;
  text: string;
  context: boolean;
}

export interface Extracted {
  decisions: SourcedText[];
  actionItems: ActionItem[];
  openQuestions: SourcedText[];
}

type Kind = 'open' | 'action' | 'decision' | 'question';

/** How far back (in sentences) a short reply looks for what it answers. */
const LOOK_BACK = 6;

/**
 * What a sentence records, tried in order: open question; assignment or request; the speaker's own commitment
 * ("제가 …하겠습니다"); decision; other commitment with a deadline or a deliverable; question left unanswered.
 */
function classify(text: string, due: DueDate | null): Kind | null {
  const question = patterns.isQuestion(text);
  const procedural = patterns.isProcedural(text) && !due;
  if (patterns.isDeferred(text)) return 'open';
  if (!procedural && (patterns.isAssignment(text) || patterns.isRequest(text))) return 'action';
  const commitment = !procedural && !question && patterns.isCommitment(text);
  if (commitment && patterns.bySpeaker(text)) return 'action';
  if (!procedural && !question && patterns.isDecision(text)) return 'decision';
  if (commitment && (due || patterns.isDeliverable(text))) return 'action';
  return question && !patterns.isRoutineQuestion(text) ? 'question' : null;
}

/** A short reply with nothing of its own: "그렇게 하시죠", "제가 하겠습니다", "그 부분은 추후 논의하시죠". */
export function pointsBack(text: string): boolean {
  return !isSubstantive(text.replace(patterns.LIGHT_WORDS, ' '));
}

/** The text of an item: openers and a leading form of address dropped ("네, 이 주무관님, 목록을…" → "목록을…"). */
export function cleanText(text: string): string {
  return text
    .replace(patterns.OPENERS, '')
    .replace(/^[^,]{1,12}님,\s*/, '')
    .trim();
}

/** The first owner named as subject or addressee in a sentence, without the honorific. */
function namedOwner(text: string): string | null {
  for (const match of text.matchAll(patterns.OWNER)) {
    if (!patterns.NOT_UNITS.test(match[1])) return match[1];
  }
  return null;
}

/** The speaker for "제가 …하겠습니다", else a named person or team, else the speaker of any other commitment. */
function ownerOf(said: Said): string | null {
  if (patterns.bySpeaker(said.text)) return said.speaker;
  return namedOwner(said.text) ?? (patterns.isCommitment(said.text) && !patterns.isRequest(said.text) ? said.speaker : null);
}

/**
 * A question is answered when what follows is another speaker's statement: the next line's first sentence, or with
 * no speaker labels simply the next sentence.
 */
function answered(said: Said[], i: number): boolean {
  const asker = said[i];
  const next = asker.speaker === null ? said[i + 1] : said.slice(i + 1).find((s) => s.n !== asker.n);
  if (!next || patterns.isQuestion(next.text)) return false;
  return asker.speaker === null || next.speaker !== asker.speaker;
}

/** The nearest earlier sentence that says something of its own. */
function previousStatement(said: Said[], i: number): Said | null {
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) if (!pointsBack(said[j].text)) return said[j];
  return null;
}

const lines = (...ns: number[]) => [...new Set(ns)].sort((a, b) => a - b);

/**
 * Decisions, action items and open questions in a run of sentences. A short reply borrows the text of the statement
 * it answers ("그렇게 하시죠" after a proposal is a decision on that proposal); accepting a request nobody was named
 * for ("네, 제가 하겠습니다") makes the speaker its owner, and what they add in the same turn completes it.
 */
export function extractItems(said: Said[], meetingDate: string): Extracted {
  const out: Extracted = { decisions: [], actionItems: [], openQuestions: [] };
  let open: { item: ActionItem; said: Said; at: number } | null = null;
  let accepted: { item: ActionItem; n: number } | null = null;
  said.forEach((s, i) => {
    if (s.context) return;
    const short = pointsBack(s.text);
    // Someone else (or, without speaker labels, a later line) accepting the request just made.
    const other = open && (s.speaker ? s.speaker !== open.said.speaker : s.n !== open.said.n);
    if (short && patterns.isAcceptance(s.text) && open && other && i - open.at <= LOOK_BACK) {
      open.item.owner = s.speaker;
      open.item.sourceLines = lines(...open.item.sourceLines, s.n);
      accepted = { item: open.item, n: s.n };
      open = null;
      return;
    }
    const due = findDueDate(s.text, meetingDate);
    const kind = classify(s.text, due);
    if (!kind || (kind === 'question' && answered(said, i))) return;
    const earlier = short ? previousStatement(said, i) : null;
    if (short && !earlier) return;
    const text = cleanText(earlier?.text ?? s.text);
    const sourceLines = earlier ? lines(earlier.n, s.n) : [s.n];
    if (kind === 'open' || kind === 'question') out.openQuestions.push({ text, sourceLines });
    if (kind === 'decision') out.decisions.push({ text, sourceLines });
    if (kind !== 'action') return;
    const owner = ownerOf(s);
    if (accepted && accepted.n === s.n && owner === s.speaker) {
      const item: ActionItem = accepted.item;
      if (patterns.isQuestion(item.task)) item.task = text;
      if (!item.due && due) Object.assign(item, { due: due.due, dueText: due.dueText });
      return;
    }
    const item: ActionItem = { task: text, owner, due: due?.due ?? null, dueText: due?.dueText ?? null, sourceLines };
    out.actionItems.push(item);
    if (!owner) open = { item, said: s, at: i };
  });
  return out;
}
