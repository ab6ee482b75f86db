import { checkAttachments, checkClosing, checkHeader } from './closing.js';
import { quoted } from './hangul.js';
import { layOut } from './layout.js';
import { checkAmounts, checkDates, checkTimes } from './notation.js';
import { checkNumbering } from './numbering.js';
import { type PlainRule, findPlainLanguage } from './plain-language.js';
import { checkSentences } from './sentences.js';
import { type CheckOptions, type CheckResult, type Finding, type GongmunKind, RULES, finding } from './types.js';

const KINDS: readonly GongmunKind[] = ['letter', 'minutes', 'press-release'];

const PLAIN_MESSAGES: Readonly<Record<PlainRule, (found: string, replacement: string) => string>> = {
  'plain-authoritative': (f, r) => `${quoted(f, '은')} 권위적인 표현입니다. ${quoted(r, '로')} 씁니다.`,
  'plain-word': (f, r) => `${quoted(f, '은')} 어려운 말입니다. ${quoted(r, '로')} 씁니다.`,
  'plain-foreign': (f, r) => `${quoted(f, '은')} 외국어입니다. 우리말 ${quoted(r, '로')} 씁니다.`,
  'plain-passive': (f, r) => `${quoted(f, '은')} 이중 피동입니다. ${quoted(r, '로')} 씁니다.`,
  'plain-translationese': (f, r) => `${quoted(f, '은')} 번역 투입니다. ${quoted(r, '로')} 씁니다.`,
};

/**
 * Checks a document against the official format (행정업무의 운영 및 혁신에 관한 규정 및 시행규칙, 행정안전부
 * 행정업무운영 편람) and plain-language guidance. A letter (the default) gets every rule; minutes and press releases
 * get the numbering, notation, attachment and plain-language rules and their own header fields, but no 수신/제목
 * and no 끝. rules. Pure and deterministic.
 */
export function checkGongmun(text: string, options: CheckOptions = {}): CheckResult {
  const kind = options.kind ?? 'letter';
  if (!KINDS.includes(kind)) throw new RangeError(`unknown document kind: ${String(kind)}`);
  const layout = layOut(text, kind);
  const { lines } = layout;
  const findings: Finding[] = [...checkHeader(layout), ...checkNumbering(layout), ...checkAttachments(layout)];
  if (kind === 'letter') findings.push(...checkClosing(layout));

  lines.forEach((line, i) => findings.push(...checkDates(line, i + 1), ...checkTimes(line, i + 1), ...checkAmounts(line, i + 1)));

  // Words and phrases: the title, the body and the attachments; not the recipient, the agency name or the sender block.
  const plainLines = new Set(layout.body);
  if (layout.title) plainLines.add(layout.title.line);
  if (layout.attachments) for (let i = layout.attachments.start; i <= layout.attachments.end; i++) plainLines.add(i);
  for (const i of [...plainLines].sort((a, b) => a - b)) {
    for (const m of findPlainLanguage(lines[i])) {
      findings.push(
        finding(m.rule, i + 1, m.start + 1, m.excerpt, PLAIN_MESSAGES[m.rule](m.excerpt.trim(), m.replacement.trim()), m.replacement),
      );
    }
  }
  findings.push(...checkSentences(layout));

  findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const errors = findings.filter((f) => RULES[f.rule].severity === 'error').length;
  return { findings, errors, warnings: findings.length - errors };
}
