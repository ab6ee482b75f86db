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
export type CallbackStatus = 'REQUESTED' | 'IN_PROGRESS' | 'DONE' | 'FAILED';
export type CallbackOutcome = 'REACHED' | 'NO_ANSWER' | 'WRONG_NUMBER';

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

/** A caller who chose to be called back instead of waiting (the number only masked). */
export interface CallbackRequest {
  id: string;
  callId: string;
  handoffId: string;
  callerMasked: string;
  /** What the caller wanted: the bot's summary for the agent. */
  summary: string;
  topicId: string | null;
  topicTitle: string | null;
  language: string;
  status: CallbackStatus;
  attempts: number;
  requestedAt: DateTime;
  takenAt: DateTime | null;
  completedAt: DateTime | null;
  outcome: CallbackOutcome | null;
  notes: string | null;
  /** The wait the caller was told when offered the callback, in seconds. */
  expectedWaitSeconds: number;
  agent: { id: string; displayName: string } | null;
}

/** A callback I took, with the number to dial (only here, only for me). */
export interface TakenCallback {
  callback: CallbackRequest;
  phoneNumber: string;
}

export interface CompleteCallbackInput {
  id: string;
  outcome: CallbackOutcome;
  notes: string | null;
}

/** A queue change as the callbacks page reads it: a handoff closed as CALLBACK_NEEDED is a new callback. */
export interface CallbackQueueEvent {
  type: QueueEventType;
  handoff: { id: string; disposition: Disposition | null };
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
  /** Spoken turns through the voice gateway, and how long callers waited for each stage (ms). */
  voiceTurns: number;
  voiceLatency: { stage: string; p50: number; p95: number }[];
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

// Drafting: letters, meeting summaries and the background jobs that write them

export type DocumentKind = 'PETITION_REPLY' | 'COOPERATION_REQUEST' | 'RESULT_REPORT' | 'PRESS_RELEASE' | 'MINUTES';
/** The kinds a drafter can start from the letter form (minutes come from meeting summaries). */
export type LetterKind = Exclude<DocumentKind, 'MINUTES'>;
export type DocumentStatus = 'GENERATING' | 'FAILED' | 'DRAFT' | 'IN_REVIEW' | 'APPROVED';
export type DocumentScope = 'MINE' | 'REVIEW';
export type CheckKind = 'LETTER' | 'MINUTES' | 'PRESS_RELEASE';
export type ExportFormat = 'DOCX' | 'TEXT';
export type JobStatus = 'QUEUED' | 'RUNNING' | 'RETRYING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
/** The transcript formats the API reads; 'auto' leaves the detection to it. */
export type TranscriptFormat = 'auto' | 'txt' | 'vtt' | 'srt';

export interface Job {
  id: string;
  type: string;
  status: JobStatus;
  /** 0-100. */
  progress: number;
  step: string | null;
  error: string | null;
  attempts: number;
  updatedAt: DateTime;
  finishedAt: DateTime | null;
}

export interface Finding {
  rule: string;
  /** error or warning. */
  severity: 'error' | 'warning';
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  excerpt: string;
  message: string;
  suggestion: string | null;
}

export interface DocumentVersion {
  version: number;
  /** generated or edited. */
  source: string;
  authorId: string | null;
  createdAt: DateTime;
}

/** A document as the lists show it. */
export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  title: string;
  status: DocumentStatus;
  currentVersion: number;
  ownerId: string;
  createdAt: DateTime;
  updatedAt: DateTime;
  job: Pick<Job, 'id' | 'status' | 'progress'> | null;
}

/** A document with its text, findings, versions and job (the document page). */
export interface DraftDocument extends Omit<DocumentSummary, 'job'> {
  aiAssisted: boolean;
  /** template or llm. */
  generationMode: string | null;
  generationNote: string | null;
  reviewComment: string | null;
  approvedAt: DateTime | null;
  approvedBy: string | null;
  body: string | null;
  findings: Finding[];
  versions: DocumentVersion[];
  job: Job | null;
}

export interface DiffPart {
  /** same, added or removed. */
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface ExportedFile {
  filename: string;
  mimeType: string;
  base64: string;
}

export interface LetterInput {
  kind: LetterKind;
  senderOffice: string;
  senderHead: string;
  contactName: string;
  contactPhone: string;
  contactEmail?: string | null;
  recipient: string;
  via?: string | null;
  subject: string;
  purpose: string;
  keyPoints?: string[];
  attachments?: string[];
  references?: string[];
  deadline?: string | null;
  date?: string | null;
  topicIds?: string[];
  callId?: string | null;
}

export interface SourcedText {
  text: string;
  sourceLines: number[];
}

export interface ActionItem {
  task: string;
  owner: string | null;
  /** YYYY-MM-DD. */
  due: string | null;
  /** The due date as said (다음 주 금요일). */
  dueText: string | null;
  sourceLines: number[];
}

export interface MeetingResult {
  summary: string[];
  decisions: SourcedText[];
  actionItems: ActionItem[];
  openQuestions: SourcedText[];
  speakers: string[];
}

/** A meeting as the list shows it. */
export interface MeetingSummary {
  id: string;
  title: string;
  meetingDate: string;
  format: string;
  /** QUEUED, SUMMARIZING or DONE; failures and cancellation are on the job. */
  status: string;
  createdAt: DateTime;
  job: Pick<Job, 'id' | 'status' | 'progress'> | null;
}

export interface Meeting extends Omit<MeetingSummary, 'job'> {
  result: MeetingResult | null;
  minutesText: string | null;
  minutesFindings: Finding[];
  job: Job | null;
}

export interface MeetingInput {
  title: string;
  transcript: string;
  format?: Exclude<TranscriptFormat, 'auto'> | null;
  meetingDate?: string | null;
  place?: string | null;
  attendees?: string[] | null;
  department?: string | null;
}
