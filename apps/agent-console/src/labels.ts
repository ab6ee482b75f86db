import type {
  AgentStatus,
  BotAction,
  CallbackOutcome,
  CallbackStatus,
  Disposition,
  DocumentKind,
  DocumentStatus,
  GapKind,
  GapStatus,
  HandoffReason,
  JobStatus,
  LetterKind,
  Role,
} from './api/types';

// Korean names for the API's enums, in one place.

export const ROLE_LABEL: Record<Role, string> = {
  AGENT: '상담사',
  SUPERVISOR: '슈퍼바이저',
  DRAFTER: '문서 작성자',
  ADMIN: '관리자',
};

export const STATUS_LABEL: Record<AgentStatus, string> = {
  AVAILABLE: '상담 가능',
  ON_CALL: '통화 중',
  WRAP_UP: '후처리',
  AWAY: '자리 비움',
  OFFLINE: '오프라인',
};

export const REASON_LABEL: Record<HandoffReason, string> = {
  CRISIS: '위기',
  EMERGENCY: '긴급',
  CALLER_REQUEST: '상담원 요청',
  BOT_FAILURE: '봇 응답 실패',
};

/** Chart and badge colours per reason (badge classes use the same hues). */
export const REASON_COLOR: Record<HandoffReason, string> = {
  CRISIS: '#d92d20',
  EMERGENCY: '#e8720c',
  CALLER_REQUEST: '#2e6bd8',
  BOT_FAILURE: '#8a8f98',
};

export const STATUS_COLOR: Record<AgentStatus, string> = {
  AVAILABLE: '#1f9d55',
  ON_CALL: '#2e6bd8',
  WRAP_UP: '#8e59d1',
  AWAY: '#e8a30c',
  OFFLINE: '#9aa0a6',
};

export const DISPOSITION_LABEL: Record<Disposition, string> = {
  RESOLVED: '해결',
  TRANSFERRED: '부서 이관',
  CALLBACK_NEEDED: '콜백 필요',
  INFO_SENT: '안내 문자 발송',
  EMERGENCY_REFERRED: '긴급기관 연계',
  CALLER_HUNG_UP: '통화 중 끊김',
  OTHER: '기타',
};

export const CALLBACK_STATUS_LABEL: Record<CallbackStatus, string> = {
  REQUESTED: '대기',
  IN_PROGRESS: '통화 중',
  DONE: '완료',
  FAILED: '실패',
};

export const CALLBACK_OUTCOME_LABEL: Record<CallbackOutcome, string> = {
  REACHED: '연결됨',
  NO_ANSWER: '부재중',
  WRONG_NUMBER: '잘못된 번호',
};

export const GAP_KIND_LABEL: Record<GapKind, string> = {
  WRONG_ANSWER: '오답',
  MISSING_ANSWER: '답변 없음',
};

export const GAP_STATUS_LABEL: Record<GapStatus, string> = {
  OPEN: '미해결',
  RESOLVED: '해결됨',
};

export const ACTION_LABEL: Record<BotAction, string> = {
  ANSWER: '답변',
  CLARIFY: '되묻기',
  EMERGENCY_REDIRECT: '긴급기관 안내',
  END: '통화 종료',
  HANDOFF: '상담원 연결',
};

const INTENT_LABEL: Record<string, string> = {
  faq: '문의',
  follow_up: '후속 질문',
  ambiguous: '모호함',
  out_of_scope: '범위 밖',
  emergency: '긴급',
  crisis: '위기',
  handoff: '상담원 요청',
  abuse: '폭언',
  repeat: '다시 듣기',
  goodbye: '종료 인사',
  sms_request: '문자 요청',
  keypad: '키패드',
  greeting: '인사',
};

export function intentLabel(intent: string | null | undefined): string {
  if (!intent) return '';
  return INTENT_LABEL[intent] ?? intent;
}

export function languageLabel(language: string): string {
  return language === 'en' ? 'English' : '한국어';
}

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  PETITION_REPLY: '민원 회신',
  COOPERATION_REQUEST: '협조 요청',
  RESULT_REPORT: '결과 보고',
  PRESS_RELEASE: '보도자료',
  MINUTES: '회의록',
};

/** The letter kinds in the order the form offers them, with what each is for. */
export const LETTER_KINDS: { kind: LetterKind; hint: string }[] = [
  { kind: 'PETITION_REPLY', hint: '시민 민원에 대한 검토 결과 회신' },
  { kind: 'COOPERATION_REQUEST', hint: '다른 기관·부서에 협조를 요청' },
  { kind: 'RESULT_REPORT', hint: '추진·점검 결과를 보고' },
  { kind: 'PRESS_RELEASE', hint: '언론 배포용 보도자료' },
];

export const DOCUMENT_STATUS_LABEL: Record<DocumentStatus, string> = {
  GENERATING: '작성 중',
  FAILED: '작성 실패',
  DRAFT: '초안',
  IN_REVIEW: '검토 중',
  APPROVED: '승인',
};

export const JOB_STATUS_LABEL: Record<JobStatus, string> = {
  QUEUED: '대기 중',
  RUNNING: '진행 중',
  RETRYING: '재시도 대기',
  COMPLETED: '완료',
  FAILED: '실패',
  CANCELLED: '취소됨',
};

export function isFinalJob(status: JobStatus | undefined | null): boolean {
  return status === 'COMPLETED' || status === 'FAILED' || status === 'CANCELLED';
}

/** A meeting's state: its own status while the job goes well, the job's when it failed or was cancelled. */
export function meetingStatusLabel(status: string, jobStatus: JobStatus | undefined | null): string {
  if (jobStatus === 'FAILED') return '실패';
  if (jobStatus === 'CANCELLED') return '취소됨';
  return { QUEUED: '대기 중', SUMMARIZING: '요약 중', DONE: '완료' }[status] ?? status;
}

export function generationModeLabel(mode: string | null | undefined): string | null {
  if (!mode) return null;
  return { template: '템플릿', llm: '모델' }[mode] ?? mode;
}

export const SEVERITY_LABEL: Record<string, string> = { error: '오류', warning: '권고' };

/**
 * Korean messages for the API's error reasons (`extensions.reason`). The API's own messages are English, for
 * developers and logs; where a reason is about a field, the server's message follows as the detail.
 */
const ERROR_MESSAGE: Record<string, string | ((extensions: Record<string, unknown>) => string)> = {
  INVALID_CREDENTIALS: '아이디 또는 비밀번호가 맞지 않거나, 사용이 중지된 계정입니다.',
  SIGN_IN_THROTTLED: (e) => `로그인 실패가 많아 잠시 막혔습니다. ${Number(e.retryAfterSeconds ?? 30)}초 뒤에 다시 시도해 주세요.`,
  NOT_SIGNED_IN: '로그인이 필요합니다.',
  TOKEN_INVALID: '로그인 정보가 만료되었습니다. 다시 로그인해 주세요.',
  SESSION_INVALID: '세션이 끝났습니다. 다시 로그인해 주세요.',
  ROLE_NOT_ALLOWED: '이 기능을 사용할 권한이 없습니다.',
  USERNAME_TAKEN: '이미 사용 중인 아이디입니다. 다른 아이디를 입력해 주세요.',
  USER_NOT_FOUND: '사용자를 찾을 수 없습니다.',
  INVALID_STATUS: '통화 중이거나 후처리 중에는 상태를 바꿀 수 없습니다. 후처리를 먼저 마쳐 주세요.',
  HANDOFF_NOT_FOUND: '해당 상담 요청을 찾을 수 없습니다.',
  ALREADY_CLAIMED: '다른 상담사가 먼저 받았습니다.',
  AGENT_BUSY: '진행 중인 통화가 있습니다. 후처리를 마친 뒤 받아 주세요.',
  NOT_YOUR_CALL: '이 통화를 받은 상담사만 후처리할 수 있습니다.',
  NOT_CLAIMED: '진행 중인 통화가 아닙니다. 이미 후처리되었거나 받지 않은 통화입니다.',
  CALL_NOT_FOUND: '통화를 찾을 수 없습니다.',
  CALL_ENDED: '이미 종료된 통화입니다. 새 통화를 시작해 주세요.',
  TOPIC_NOT_FOUND: '지식베이스에 없는 주제입니다.',
  TURN_NOT_FOUND: '해당 발화를 찾을 수 없습니다.',
  GAP_NOT_FOUND: '해당 지식 공백 신고를 찾을 수 없습니다.',
  EMPTY_UTTERANCE: '발화 내용이 비어 있습니다.',
  UTTERANCE_TOO_LONG: '발화가 너무 깁니다. 2,000자 이내로 입력해 주세요.',
  INVALID_DIGIT: '키패드 입력은 0-9, *, # 중 하나만 보낼 수 있습니다.',
  INVALID_CALLER_ID: '발신 번호는 숫자 3-15자리로 입력해 주세요.',
  DOCUMENT_NOT_FOUND: '문서를 찾을 수 없습니다.',
  MEETING_NOT_FOUND: '회의록을 찾을 수 없습니다.',
  JOB_NOT_FOUND: '작업을 찾을 수 없습니다.',
  NOT_YOURS: '다른 사람의 문서나 작업입니다. 작성자 본인만 할 수 있습니다.',
  WRONG_STATUS: '지금 문서 상태에서는 할 수 없는 작업입니다. 화면을 새로 고쳐 현재 상태를 확인해 주세요.',
  OWN_APPROVAL: '작성자 본인은 승인할 수 없습니다. 다른 담당자가 승인해야 합니다.',
  VERSION_NOT_FOUND: '해당 버전을 찾을 수 없습니다.',
  CALLBACK_NOT_FOUND: '해당 콜백 요청을 찾을 수 없습니다.',
  ALREADY_TAKEN: '다른 상담사가 이미 이 고객에게 전화하고 있습니다.',
  CALLBACK_CLOSED: '이미 완료되었거나 종료된 콜백입니다.',
  NOT_YOUR_CALLBACK: '이 콜백을 맡은 상담사만 결과를 기록할 수 있습니다.',
  NOT_IN_PROGRESS: '진행 중인 콜백이 아닙니다. 먼저 전화 걸기를 눌러 주세요.',
  NUMBER_UNAVAILABLE:
    '고객 번호를 읽을 수 없습니다. 관리자에게 전화번호 암호화 키(PHONE_ENCRYPTION_KEY) 설정을 확인해 달라고 요청해 주세요.',
};

/** Reasons about one field: a Korean lead, then the server's detail naming the field. */
const FIELD_REASONS: Record<string, string> = {
  INVALID_USER: '사용자 정보를 확인해 주세요',
  INVALID_WRAP_UP: '후처리 입력을 확인해 주세요',
  INVALID_REPORT: '신고 내용을 확인해 주세요',
  INVALID_RANGE: '기간을 확인해 주세요',
  INVALID_QUERY: '검색어를 확인해 주세요',
  INVALID_INPUT: '입력을 확인해 주세요',
  INVALID_COMPLETION: '콜백 결과 입력을 확인해 주세요',
};

export function koreanErrorMessage(serverMessage: string, extensions: Record<string, unknown>): string {
  const reason = typeof extensions.reason === 'string' ? extensions.reason : '';
  const known = ERROR_MESSAGE[reason];
  if (typeof known === 'function') return known(extensions);
  if (known) return known;
  if (FIELD_REASONS[reason]) return `${FIELD_REASONS[reason]}: ${serverMessage}`;
  return serverMessage;
}

/**
 * Korean messages for the microphone call's error codes: the /voice/pcm stream's (`error` messages) and the
 * console's own (the microphone, the connection). Unknown codes show the server's message with the code.
 */
const VOICE_ERROR_MESSAGE: Record<string, string> = {
  UNAUTHENTICATED: '로그인 정보가 만료되어 음성 통화를 시작할 수 없습니다. 다시 로그인해 주세요.',
  FORBIDDEN: '음성 테스트 통화는 슈퍼바이저와 관리자만 할 수 있습니다.',
  BAD_MESSAGE: '음성 서버가 요청을 이해하지 못했습니다. 화면을 새로 고친 뒤 다시 시도해 주세요.',
  UNSUPPORTED_MEDIA: '음성 형식이 맞지 않습니다 (16 kHz PCM만 받습니다). 화면을 새로 고친 뒤 다시 시도해 주세요.',
  STT_UNAVAILABLE: '음성 인식 서비스가 설정되지 않아 음성 통화를 할 수 없습니다. 문자 통화를 이용해 주세요.',
  TOO_MANY_CALLS: '지금은 음성 통화가 많아 연결할 수 없습니다. 잠시 뒤에 다시 시도해 주세요.',
  CALL_FAILED: '음성 통화 중 서버 오류가 났습니다. 잠시 뒤에 다시 시도해 주세요.',
  TIMEOUT: '음성 서버의 응답 시간이 초과되었습니다. 다시 시도해 주세요.',
  MIC_DENIED: '마이크 사용이 허용되지 않았습니다. 브라우저 주소창에서 마이크 권한을 허용한 뒤 다시 시도해 주세요.',
  MIC_NOT_FOUND: '마이크를 찾을 수 없습니다. 마이크를 연결한 뒤 다시 시도해 주세요.',
  MIC_BUSY: '마이크를 열 수 없습니다. 다른 프로그램이 마이크를 쓰고 있지 않은지 확인해 주세요.',
  MIC_UNSUPPORTED: '이 브라우저나 주소에서는 마이크 통화를 할 수 없습니다. HTTPS 주소(또는 localhost)에서 최신 브라우저로 접속해 주세요.',
  CONNECTION_FAILED: '음성 서버에 연결할 수 없습니다. 네트워크를 확인해 주세요.',
  CONNECTION_LOST: '음성 연결이 끊어졌습니다. 다시 걸어 주세요.',
  NOT_SIGNED_IN: '로그인이 필요합니다.',
};

export function voiceErrorMessage(code: string, serverMessage = ''): string {
  const known = VOICE_ERROR_MESSAGE[code];
  if (known) return known;
  return serverMessage ? `음성 통화 오류 (${code}): ${serverMessage}` : `음성 통화 오류가 났습니다 (${code}).`;
}
