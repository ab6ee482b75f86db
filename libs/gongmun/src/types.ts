/** How serious a finding is: an error breaks the official format; a warning is guidance or a likely slip. */
export type Severity = 'error' | 'warning';

/** The document kinds checked: an official letter (기안문·시행문), meeting minutes (회의록) or a press release (보도자료). */
export type GongmunKind = 'letter' | 'minutes' | 'press-release';

export interface CheckOptions {
  /** Which rules for the header and the closing apply; a letter by default. */
  kind?: GongmunKind;
}

/** One place where the document breaks a rule. */
export interface Finding {
  /** A stable rule id, one of `RULES`. */
  rule: RuleId;
  severity: Severity;
  /** 1-based line number. */
  line: number;
  /** 1-based column in UTF-16 code units (one per Hangul syllable). */
  column: number;
  /** The text at line:column the finding is about; empty when something is missing there. */
  excerpt: string;
  /** What is wrong, in Korean. */
  message: string;
  /**
   * For the mechanical rules (`MECHANICAL_RULES`), the text that replaces `excerpt`; for the others, advice in
   * Korean; null when there is nothing more to say.
   */
  suggestion: string | null;
}

export interface CheckResult {
  /** Every finding, ordered by line, then column, then rule id. */
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** Every rule: its severity (fixed per rule) and what it checks, for the console's rule list. */
export const RULES = {
  'header-recipient': { severity: 'error', title: '수신 줄이 없거나 비어 있음' },
  'header-title': { severity: 'error', title: '제목 줄이 없거나 비어 있음' },
  'header-order': { severity: 'warning', title: '수신 → (경유) → 제목 순서가 아님' },
  'recipient-list-missing': { severity: 'error', title: '"수신자 참조"인데 끝에 수신자 줄이 없음' },
  'minutes-header': { severity: 'warning', title: '회의록에 회의명·일시·장소·참석자가 없음' },
  'press-header': { severity: 'warning', title: '보도자료에 보도일시·배포일시·담당 부서가 없음' },
  'item-level-skip': { severity: 'error', title: '항목 기호가 단계를 건너뜀 (1. 다음에 바로 1))' },
  'item-sequence': { severity: 'error', title: '항목 번호가 차례대로가 아님 (1., 2., 4. 또는 가., 다.)' },
  'item-single': { severity: 'warning', title: '한 단계에 항목이 하나뿐임 (항목이 하나이면 번호를 붙이지 않음)' },
  'item-indent': { severity: 'warning', title: '항목 들여쓰기가 단계와 맞지 않음 (단계마다 2타)' },
  'item-spacing': { severity: 'warning', title: '항목 기호와 내용 사이에 1타를 띄우지 않음' },
  'date-format': { severity: 'error', title: '날짜 표기 (2026. 11. 26.)' },
  'date-words': { severity: 'warning', title: '날짜를 "년 월 일"로 씀 (2026. 11. 26.로 씀)' },
  'date-weekday': { severity: 'error', title: '날짜와 요일이 맞지 않음' },
  'time-12h': { severity: 'error', title: '12시각제 시간 (오후 2시 → 14:00)' },
  'time-format': { severity: 'error', title: '시·분을 글자로 씀 (14시 30분 → 14:30)' },
  'time-hour-only': { severity: 'warning', title: '"14시"처럼 씀 (14:00으로 씀)' },
  'amount-format': { severity: 'warning', title: '금액 표기 (금5,000원(금오천원))' },
  'attachment-spacing': { severity: 'warning', title: '"붙임" 다음에 2타를 띄우지 않음' },
  'attachment-numbering': { severity: 'error', title: '붙임이 여럿인데 번호가 차례대로가 아님' },
  'attachment-single-numbered': { severity: 'warning', title: '붙임이 하나인데 번호를 붙임' },
  'attachment-quantity': { severity: 'error', title: '붙임 끝에 수량("1부.")이 없음' },
  'end-mark-missing': { severity: 'error', title: '"끝." 표시가 없음' },
  'end-mark-position': { severity: 'error', title: '붙임이 있는데 "끝."이 마지막 붙임 줄에 있지 않음' },
  'end-mark-spacing': { severity: 'warning', title: '"끝." 앞에 2타를 띄우지 않음' },
  'text-after-end': { severity: 'error', title: '"끝." 다음에 발신명의·결재·시행 정보가 아닌 글이 있음' },
  'sender-missing': { severity: 'warning', title: '발신명의(예: 서울특별시장)가 없음' },
  'plain-authoritative': { severity: 'warning', title: '권위적인 표현 (제출할 것 → 제출해 주십시오)' },
  'plain-word': { severity: 'warning', title: '어려운 한자어·낡은 말 (익일 → 다음 날)' },
  'plain-foreign': { severity: 'warning', title: '불필요한 외국어·외래어 (매뉴얼 → 지침)' },
  'plain-passive': { severity: 'warning', title: '이중 피동 (되어지다 → 되다)' },
  'plain-translationese': { severity: 'warning', title: '번역 투 (~에 있어서 → ~에서, ~로 인하여 → ~로)' },
  'plain-cause-chain': { severity: 'warning', title: '한 문장에 "인해·인하여·인한"이 거듭 나옴' },
  'plain-conjunction': { severity: 'warning', title: '"및/또는" 또는 "및"을 많이 씀' },
  'plain-long-sentence': { severity: 'warning', title: '문장이 너무 김 (100자 넘음 또는 세 마디 이상 이어짐)' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

/**
 * The rules whose suggestion is always the exact text that replaces the excerpt, safe to apply without reading
 * the sentence: notation (date, time, amount), listed words and phrases, and spacing. `applySuggestions` applies
 * these by default.
 */
export const MECHANICAL_RULES: readonly RuleId[] = [
  'date-format',
  'date-words',
  'time-12h',
  'time-format',
  'time-hour-only',
  'amount-format',
  'attachment-spacing',
  'end-mark-spacing',
  'plain-authoritative',
  'plain-word',
  'plain-foreign',
  'plain-passive',
  'plain-translationese',
];

/** A finding with the severity its rule carries. */
export function finding(rule: RuleId, line: number, column: number, excerpt: string, message: string, suggestion: string | null): Finding {
  return { rule, severity: RULES[rule].severity, line, column, excerpt, message, suggestion };
}
