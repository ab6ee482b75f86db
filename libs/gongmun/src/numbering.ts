import { ITEM_MARKERS, indentWidth, itemMarker, parseItemMarker } from './items.js';
import { quoted } from './hangul.js';
import type { Layout } from './layout.js';
import { type Finding, finding } from './types.js';

/**
 * Body items (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제2조제1항, 행정업무운영 편람):
 * - each level starts at its first marker and goes on without gaps (1., 2., 3.; 가., 나., 다.);
 * - a level may not be skipped: after 1. comes 가., never 1) directly;
 * - "항목이 하나만 있는 경우에는 항목 기호를 부여하지 아니한다": a lone 1. (or a lone 가. under it) is a warning;
 * - the first level starts at the left margin and each lower level 2타 further in. We accept two spaces (a
 *   full-width space counts as two) or one tab per level, whichever the document uses first, in letters only:
 *   minutes and press releases mix □ ○ - bullets with their own indentation.
 * - one 타 (a space) between the marker and the text.
 * Unsure: the guide's own examples number the first level even under an unnumbered opening sentence; when a letter
 * has unnumbered text before its first item we let that item be a 가. (the text being the lone, unnumbered first
 * level) rather than call it a skip. Minutes and press releases may start at any level (their top level is often
 * □/○), and a □ heading or a short unindented heading there starts the numbering again.
 */

interface Run {
  level: number;
  index: number;
  count: number;
  marker: string;
  line: number;
  column: number;
  /** A run that started by skipping a level: its "single item" would only repeat that error. */
  skipped: boolean;
}

/** Headings that restart numbering in minutes and press releases: □ ■ ◆ ▶ bullets and Roman numerals. */
const SECTION_MARK = /^[□■◆◇▶◈●◎ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]/u;

function startsSection(line: string): boolean {
  const trimmed = line.trim();
  if (SECTION_MARK.test(trimmed)) return true;
  return /^\S/.test(line) && trimmed.length <= 20 && !/[.。:]$/.test(trimmed);
}

function markerOrNull(level: number, index: number): string {
  try {
    return itemMarker(level, index);
  } catch {
    return `${ITEM_MARKERS[level].name} ${index + 1}번째`;
  }
}

export function checkNumbering(layout: Layout): Finding[] {
  const { lines, kind } = layout;
  const letter = kind === 'letter';
  const out: Finding[] = [];
  const stack: Run[] = [];
  let textBefore = false;
  let indentMode: 'space' | 'tab' | null = null;

  const close = (level: number) => {
    while (stack.length && stack[stack.length - 1].level > level) {
      const run = stack.pop()!;
      if (run.count === 1 && !run.skipped) {
        out.push(
          finding(
            'item-single',
            run.line,
            run.column,
            run.marker,
            '항목이 하나이면 번호를 붙이지 않습니다.',
            `${quoted(run.marker, '을')} 지우거나 항목을 둘 이상으로 나눕니다.`,
          ),
        );
      }
    }
  };

  for (const i of layout.body) {
    const line = lines[i];
    if (!line.trim()) continue;
    const item = parseItemMarker(line);
    if (!item) {
      if (!stack.length && line.trim()) textBefore = true;
      if (!letter && startsSection(line)) close(-1);
      continue;
    }
    const lineNo = i + 1;
    const column = item.start + 1;
    const run: Run = { level: item.level, index: item.index, count: 1, marker: item.marker, line: lineNo, column, skipped: false };
    const levelName = ITEM_MARKERS[item.level].name;

    if (!item.spaced) {
      out.push(finding('item-spacing', lineNo, column, item.marker, '항목 기호 다음에 한 칸(1타)을 띄웁니다.', `${item.marker} `));
    }

    const top = stack[stack.length - 1];
    if (!top) {
      const deepestStart = letter ? (textBefore ? 1 : 0) : item.level;
      if (item.level > deepestStart) {
        const first = itemMarker(deepestStart, 0);
        out.push(
          finding(
            'item-level-skip',
            lineNo,
            column,
            item.marker,
            `본문의 첫 항목은 ${quoted(first, '으로')} 시작합니다. ${quoted(item.marker, '은')} ${levelName} 기호입니다.`,
            first,
          ),
        );
        run.skipped = true;
      } else if (item.index !== 0) {
        const first = itemMarker(item.level, 0);
        out.push(finding('item-sequence', lineNo, column, item.marker, `이 단계의 첫 항목은 ${quoted(first, '입니다')}.`, first));
      }
      stack.push(run);
    } else if (item.level > top.level + 1) {
      const next = itemMarker(top.level + 1, 0);
      out.push(
        finding(
          'item-level-skip',
          lineNo,
          column,
          item.marker,
          `${quoted(top.marker, '의')} 바로 아래 단계는 ${quoted(next, '입니다')}. ${quoted(item.marker, '은')} 단계를 건너뜁니다.`,
          next,
        ),
      );
      run.skipped = true;
      stack.push(run);
    } else if (item.level === top.level + 1) {
      if (item.index !== 0) {
        const first = itemMarker(item.level, 0);
        out.push(finding('item-sequence', lineNo, column, item.marker, `이 단계의 첫 항목은 ${quoted(first, '입니다')}.`, first));
      }
      stack.push(run);
    } else {
      close(item.level);
      const same = stack[stack.length - 1];
      if (same && same.level === item.level) {
        const expected = same.index + 1;
        if (item.index !== expected) {
          const want = markerOrNull(item.level, expected);
          out.push(
            finding('item-sequence', lineNo, column, item.marker, `${quoted(same.marker, '')} 다음은 ${quoted(want, '입니다')}.`, want),
          );
        }
        same.index = item.index;
        same.count++;
        same.marker = item.marker;
      } else {
        if (item.index !== 0) {
          const first = itemMarker(item.level, 0);
          out.push(finding('item-sequence', lineNo, column, item.marker, `이 단계의 첫 항목은 ${quoted(first, '입니다')}.`, first));
        }
        stack.push(run);
      }
    }

    // A skipped level is reported once; its indentation would follow the wrong level anyway.
    if (letter && !run.skipped) {
      if (indentMode === null && item.indent) indentMode = item.indent.includes('\t') ? 'tab' : 'space';
      const expected = indentMode === 'tab' ? '\t'.repeat(item.level) : ' '.repeat(2 * item.level);
      const ok =
        indentMode === 'tab' ? item.indent === expected : !item.indent.includes('\t') && indentWidth(item.indent) === 2 * item.level;
      if (!ok) {
        const how =
          item.level === 0
            ? '왼쪽 끝에서 띄우지 않고 씁니다'
            : `윗 단계보다 2타씩, 왼쪽 끝에서 ${2 * item.level}타(공백 ${2 * item.level}칸 또는 탭 ${item.level}개) 들여 씁니다`;
        out.push(
          finding(
            'item-indent',
            lineNo,
            1,
            item.indent,
            `${levelName} ${quoted(ITEM_MARKERS[item.level].examples[0], '은')} ${how}.`,
            expected,
          ),
        );
      }
    }
  }
  close(-1);
  return out;
}
