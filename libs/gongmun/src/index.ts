export {
  type CheckOptions,
  type CheckResult,
  type Finding,
  type GongmunKind,
  type RuleId,
  type Severity,
  MECHANICAL_RULES,
  RULES,
} from './types.js';
export { checkGongmun } from './check.js';
export { type ApplyOptions, applySuggestions } from './apply.js';
export { formatAmount, formatKoreanDate, formatTime, numberToKoreanWords } from './formats.js';
export { ITEM_MARKERS, type ItemMarkerLevel, type ParsedItem, itemMarker, parseItemMarker } from './items.js';
export { PLAIN_LANGUAGE, type PlainLanguageEntry, type PlainRule } from './plain-language.js';
