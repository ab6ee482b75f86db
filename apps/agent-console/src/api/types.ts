// Hand-written result types of the documents in operations.ts (no codegen yet). They follow apps/api/schema.gql;
// keep a type in step with the selection set of the document that returns it.

export type Role = 'AGENT' | 'SUPERVISOR' | 'DRAFTER' | 'ADMIN';
export type AgentStatus = 'AVAILABLE' | 'ON_CALL' | 'WRAP_UP' | 'AWAY' | 'OFFLINE';
export type HandoffReason = 'CRISIS' | 'EMERGENCY' | 'CALLER_REQUEST' | 'BOT_FAILURE';
export type HandoffStatus = 'WAITING' | 'CLAIMED' | 'CLOSED';
export type Disposition = 'RESOLVED' | 'TRANSFERRED' | 'CALLBACK_NEEDED' | 'INFO_SENT' | 'EMERGENCY_REFERRED' | 'CALLER_HUNG_UP' | 'OTHER';
export type GapKind = 'WRONG_ANSWER' | 'MISSING_ANSWER';
export type GapStatus = 'OPEN' | 'RESOLVED';
export type BotAction = 'ANSWER' | 'CLARIFY' | 'EMERGENCY_REDIRECT' | 'END' | 'HANDOFF';
export type Language = 'ko' | 'en';
export type CallChannel = 'PHONE' | 'TEST' | 'WEB';
export type QueueEventType = 'CREATED' | 'CLAIMED' | 'CLOSED';
export type CallEventType = 'TURN' | 'ENDED';

/** ISO 8601 date-time string (the DateTime scalar). */
export type DateTime = string;

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  agentStatus: AgentStatus;
  statusChangedAt: DateTime;
  createdAt: DateTime;
}

export interface AuthSession {
  accessToken: string;
  accessTokenExpiresAt: DateTime;
  refreshToken: string;
  user: User;
}

export interface CreatedUser {
  user: User;
  oneTimePassword: string | null;
}

export interface Citation {
  topicId: string;
  title: string;
  sourceUrl: string;
  chunkId: string;
  version: number;
}

export interface CallTurn {
  seq: number;
  /** CALLER or BOT. */
  speaker: string;
  /** TEXT, DIGIT or SYSTEM. */
  input: string;
  text: string;
  intent: string | null;
  confidence: number | null;
  action: BotAction | null;
  createdAt: DateTime;
  citations: Citation[];
}

export interface Call {
  id: string;
  /** ACTIVE, HANDED_OFF or ENDED. */
  status: string;
  channel: CallChannel;
  language: Language;
  callerMasked: string | null;
  startedAt: DateTime;
  endedAt: DateTime | null;
  flagged: boolean;
  turns: CallTurn[];
}

export interface BotTurn {
  seq: number;
  text: string;
  action: BotAction;
  intent: string;
  confidence: number | null;
  language: Language;
  citations: Citation[];
  handoff: { id: string; reason: HandoffReason; priority: number } | null;
}

export interface StartedCall {
  id: string;
  status: string;
  language: Language;
  callerMasked: string | null;
  greeting: BotTurn | null;
}

/** A handoff as the queue shows it. */
export interface QueueHandoff {
  id: string;
  callId: string;
  reason: HandoffReason;
  priority: number;
  status: HandoffStatus;
  summary: string;
  topicId: string | null;
  topicTitle: string | null;
  language: string;
  callerMasked: string | null;
  previousCalls: number;
  createdAt: DateTime;
  waitSeconds: number;
}

/** A handoff with its claim and wrap-up (the call view). */
export interface Handoff extends QueueHandoff {
  claimedAt: DateTime | null;
  closedAt: DateTime | null;
  disposition: Disposition | null;
  department: string | null;
  wrapNotes: string | null;
  afterCallSummary: string;
  wrapTopicId: string | null;
  agent: { id: string; displayName: string } | null;
}

export interface QueueEvent {
  type: QueueEventType;
  handoff: QueueHandoff;
}

export interface AssistSuggestion {
  topicId: string;
  title: string;
  chunkId: string;
  passage: string;
  suggestedAnswer: string;
  sourceUrl: string;
  score: number;
}

export interface CallEvent {
  type: CallEventType;
  callId: string;
  turn: CallTurn | null;
  suggestions: AssistSuggestion[];
}

export interface KnowledgeHit {
  topicId: string;
  title: string;
  chunkId: string;
  content: string;
  headingPath: string[];
  sourceUrl: string;
  category: string;
  score: number;
}

export interface KnowledgeSearchResult {
  confidence: number;
  hits: KnowledgeHit[];
}

export interface SmsMessage {
  id: string;
  callId: string;
  topicId: string;
  status: string;
  createdAt: DateTime;
}

export interface KnowledgeGap {
  id: string;
  kind: GapKind;
  status: GapStatus;
  question: string;
  botAnswer: string | null;
  topicId: string | null;
  topicTitle: string | null;
  note: string | null;
  callId: string;
  createdAt: DateTime;
  reportedBy: { id: string; displayName: string } | null;
}

export interface HourBucket {
  hour: DateTime;
  calls: number;
  handedOff: number;
}

export interface Dashboard {
  from: DateTime;
  to: DateTime;
  totalCalls: number;
  handedOff: number;
  containmentRate: number;
  medianWaitSeconds: number | null;
  callsPerHour: HourBucket[];
  handoffsByReason: { reason: HandoffReason; count: number }[];
  topTopics: { topicId: string; title: string; count: number }[];
  agentsByStatus: { status: AgentStatus; count: number }[];
  openKnowledgeGaps: number;
}

export interface WrapUpInput {
  handoffId: string;
  disposition: Disposition;
  summary: string;
  notes?: string | null;
  topicId?: string | null;
  department?: string | null;
}

export interface ReportGapInput {
  callId: string;
  turnSeq?: number | null;
  kind: GapKind;
  note?: string | null;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  password?: string | null;
}

export interface StartCallInput {
  channel: CallChannel;
  language?: Language;
  callerId?: string | null;
}
