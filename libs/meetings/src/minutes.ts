import { formatDate, formatTimeRange, itemMarker, withEndMark } from './official-format.js';
import type { MeetingSummary } from './pipeline.js';

export interface MinutesMeta {
  /** 회의명. */
  title: string;
  /** Day of the meeting, YYYY-MM-DD. */
  date: string;
  /** Start and end, "14:00~16:00" (or just the start). */
  time?: string;
  place: string;
  attendees: string[];
  /** The department holding the meeting. */
  department: string;
}

const NONE = '해당 없음';

/**
 * A plain-text 회의록 in the official style: 회의명, 일시, 장소, 참석자, then 1. 회의 개요, 2. 주요 논의 내용,
 * 3. 결정 사항, 4. 조치 사항 (담당, 기한) and 5. 추후 논의 사항, numbered 1. → 가. → 1), ending with "  끝.".
 */
export function toMinutesDocument(summary: MeetingSummary, meta: MinutesMeta): string {
  const attendees = meta.attendees.length > 0 ? meta.attendees : summary.speakers;
  const when = [formatDate(meta.date, { weekday: true }), meta.time ? formatTimeRange(meta.time) : ''].filter(Boolean).join(' ');
  const header = [
    `회의명: ${meta.title}`,
    `일시: ${when}`,
    `장소: ${meta.place}`,
    `참석자: ${attendees.join(', ')}${attendees.length > 0 ? ` (총 ${attendees.length}명)` : ''}`,
  ];
  const sections: [string, string[][]][] = [
    [
      '회의 개요',
      [[`주관 부서: ${meta.department}`], [`참석 인원: ${attendees.length}명`], [`발언자: ${summary.speakers.join(', ') || NONE}`]],
    ],
    ['주요 논의 내용', summary.summary.map((sentence) => [sentence])],
    ['결정 사항', summary.decisions.map((decision) => [decision.text])],
    ['조치 사항', summary.actionItems.map((item) => [item.task, `담당: ${item.owner ?? '미정'}`, `기한: ${dueOf(item)}`])],
    ['추후 논의 사항', summary.openQuestions.map((question) => [question.text])],
  ];
  const body = sections.flatMap(([title, items], s) => {
    const entries = items.length > 0 ? items : [[NONE]];
    // One item is not numbered (the official rule): it follows its heading on the same line.
    if (entries.length === 1) {
      const [text, ...details] = entries[0];
      return [`${itemMarker(1, s)} ${title}: ${text}${details.length ? ` (${details.join(', ')})` : ''}`];
    }
    return [
      `${itemMarker(1, s)} ${title}`,
      ...entries.flatMap(([text, ...details], i) => [
        `${itemMarker(2, i)} ${text}`,
        ...details.map((detail, d) => `${itemMarker(3, d)} ${detail}`),
      ]),
    ];
  });
  body.push(withEndMark(body.pop()!));
  return [...header, '', ...body].join('\n') + '\n';
}

function dueOf(item: MeetingSummary['actionItems'][number]): string {
  if (!item.due) return item.dueText ?? '미정';
  const date = formatDate(item.due, { weekday: true });
  return item.dueText ? `${date} (${item.dueText})` : date;
}
