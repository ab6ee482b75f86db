// Every GraphQL document the console sends, in one place. Each export is a complete document (a test validates all
// of them against apps/api/schema.gql); the selection sets below are shared pieces, not documents, so they stay
// private. The result types are in types.ts.

const USER = 'id username displayName role active agentStatus statusChangedAt createdAt';
const SESSION = `accessToken accessTokenExpiresAt refreshToken user { ${USER} }`;
const CITATION = 'topicId title sourceUrl chunkId version';
const QUEUE_HANDOFF =
  'id callId reason priority status summary topicId topicTitle language callerMasked previousCalls createdAt waitSeconds';
const HANDOFF = `${QUEUE_HANDOFF} claimedAt closedAt disposition department wrapNotes afterCallSummary wrapTopicId agent { id displayName }`;
const CALL_TURN = `seq speaker input text intent confidence action createdAt citations { ${CITATION} }`;
const SUGGESTION = 'topicId title chunkId passage suggestedAnswer sourceUrl score';
const BOT_TURN = `seq text action intent confidence language citations { ${CITATION} } handoff { id reason priority }`;
const CALLBACK = `id callId handoffId callerMasked summary topicId topicTitle language status attempts requestedAt takenAt completedAt
  outcome notes expectedWaitSeconds agent { id displayName }`;
const GAP = 'id kind status question botAnswer topicId topicTitle note callId createdAt reportedBy { id displayName }';
const JOB = 'id type status progress step error attempts updatedAt finishedAt';
const FINDING = 'rule severity line column excerpt message suggestion';
const DOCUMENT_SUMMARY = 'id kind title status currentVersion ownerId createdAt updatedAt job { id status progress }';
const DOCUMENT = `id kind title status currentVersion ownerId createdAt updatedAt aiAssisted generationMode generationNote reviewComment
  approvedAt approvedBy body findings { ${FINDING} } versions { version source authorId createdAt } job { ${JOB} }`;
const MEETING_SUMMARY = 'id title meetingDate format status createdAt job { id status progress }';
const SOURCED = 'text sourceLines';
const MEETING = `id title meetingDate format status createdAt minutesText minutesFindings { ${FINDING} } job { ${JOB} }
  result { summary speakers decisions { ${SOURCED} } openQuestions { ${SOURCED} } actionItems { task owner due dueText sourceLines } }`;

// Session

export const SIGN_IN = `mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) { ${SESSION} }
}`;

export const REFRESH_SESSION = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { ${SESSION} }
}`;

export const SIGN_OUT = `mutation SignOut($refreshToken: String!) { signOut(refreshToken: $refreshToken) }`;

export const ME = `query Me { me { ${USER} } }`;

export const SET_MY_STATUS = `mutation SetMyStatus($status: AgentStatus!) { setMyStatus(status: $status) { ${USER} } }`;

// Queue and call view

export const HANDOFF_QUEUE = `query HandoffQueue { handoffQueue(limit: 100) { ${QUEUE_HANDOFF} } }`;

export const MY_ACTIVE_HANDOFF = `query MyActiveHandoff { myActiveHandoff { ${QUEUE_HANDOFF} } }`;

export const QUEUE_EVENTS = `subscription QueueEvents { queueEvents { type handoff { ${QUEUE_HANDOFF} } } }`;

export const CLAIM_HANDOFF = `mutation ClaimHandoff($id: ID!) { claimHandoff(id: $id) { ${HANDOFF} } }`;

export const HANDOFF_BY_ID = `query Handoff($id: ID!) { handoff(id: $id) { ${HANDOFF} } }`;

export const CALL_WITH_TURNS = `query CallWithTurns($id: ID!) {
  call(id: $id) { id status channel language callerMasked startedAt endedAt flagged turns { ${CALL_TURN} } }
}`;

export const CALL_EVENTS = `subscription CallEvents($callId: ID!) {
  callEvents(callId: $callId) { type callId turn { ${CALL_TURN} } suggestions { ${SUGGESTION} } }
}`;

export const ASSIST = `query Assist($callId: ID!) { assist(callId: $callId) { ${SUGGESTION} } }`;

export const SEARCH_KNOWLEDGE = `query SearchKnowledge($query: String!, $limit: Int!) {
  searchKnowledge(query: $query, limit: $limit) { confidence hits { topicId title chunkId content headingPath sourceUrl category score } }
}`;

export const SEND_ARTICLE_SMS = `mutation SendArticleSms($callId: ID!, $topicId: String!) {
  sendArticleSms(callId: $callId, topicId: $topicId) { id callId topicId status createdAt }
}`;

export const REPORT_KNOWLEDGE_GAP = `mutation ReportKnowledgeGap($input: ReportGapInput!) { reportKnowledgeGap(input: $input) { ${GAP} } }`;

export const WRAP_UP_HANDOFF = `mutation WrapUpHandoff($input: WrapUpInput!) { wrapUpHandoff(input: $input) { ${HANDOFF} } }`;

// Callbacks (callers who chose to be called back instead of waiting)

export const CALLBACKS = `query Callbacks($status: CallbackStatus) { callbacks(status: $status) { ${CALLBACK} } }`;

export const TAKE_CALLBACK = `mutation TakeCallback($id: ID!) { takeCallback(id: $id) { phoneNumber callback { ${CALLBACK} } } }`;

export const COMPLETE_CALLBACK = `mutation CompleteCallback($input: CompleteCallbackInput!) {
  completeCallback(input: $input) { ${CALLBACK} }
}`;

/** New callbacks arrive as handoffs closed with CALLBACK_NEEDED. */
export const CALLBACK_QUEUE_EVENTS = `subscription CallbackQueueEvents { queueEvents { type handoff { id disposition } } }`;

// Supervision

export const DASHBOARD = `query Dashboard($from: DateTime!, $to: DateTime!) {
  dashboard(from: $from, to: $to) {
    from to totalCalls handedOff containmentRate medianWaitSeconds openKnowledgeGaps
    callsPerHour { hour calls handedOff }
    handoffsByReason { reason count }
    topTopics { topicId title count }
    agentsByStatus { status count }
    voiceTurns voiceLatency { stage p50 p95 }
  }
}`;

export const KNOWLEDGE_GAPS = `query KnowledgeGaps($status: GapStatus) { knowledgeGaps(status: $status) { ${GAP} } }`;

export const RESOLVE_KNOWLEDGE_GAP = `mutation ResolveKnowledgeGap($id: ID!) { resolveKnowledgeGap(id: $id) { ${GAP} } }`;

export const AGENTS = `query Agents { agents { ${USER} } }`;

// Administration

export const USERS = `query Users { users { ${USER} } }`;

export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword user { ${USER} } } }`;

export const SET_USER_ACTIVE = `mutation SetUserActive($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { ${USER} } }`;

// Test call (the citizen side, for supervisors and admins)

export const START_CALL = `mutation StartCall($input: StartCallInput!) {
  startCall(input: $input) { id status language callerMasked greeting { ${BOT_TURN} } }
}`;

export const SEND_UTTERANCE = `mutation SendUtterance($callId: ID!, $text: String!) { sendUtterance(callId: $callId, text: $text) { ${BOT_TURN} } }`;

export const SEND_DIGIT = `mutation SendDigit($callId: ID!, $digit: String!) { sendDigit(callId: $callId, digit: $digit) { ${BOT_TURN} } }`;

export const END_CALL = `mutation EndCall($callId: ID!) { endCall(callId: $callId) { id status endedAt } }`;

// Drafting: letters (AI-assisted drafts people edit, check and approve) and meeting summaries

export const CREATE_LETTER = `mutation CreateLetter($input: LetterInput!) { createLetter(input: $input) { ${DOCUMENT_SUMMARY} } }`;

export const DOCUMENTS = `query Documents($scope: DocumentScope!) { documents(scope: $scope) { ${DOCUMENT_SUMMARY} } }`;

export const DOCUMENT_BY_ID = `query Document($id: ID!) { document(id: $id) { ${DOCUMENT} } }`;

export const DOCUMENT_DIFF = `query DocumentDiff($id: ID!, $from: Int!, $to: Int!) { documentDiff(id: $id, from: $from, to: $to) { kind text } }`;

export const CHECK_DOCUMENT = `query CheckDocument($text: String!, $kind: CheckKind) { checkDocument(text: $text, kind: $kind) { ${FINDING} } }`;

export const UPDATE_DOCUMENT = `mutation UpdateDocument($id: ID!, $body: String!) { updateDocument(id: $id, body: $body) { ${DOCUMENT} } }`;

export const SUBMIT_DOCUMENT = `mutation SubmitDocument($id: ID!) { submitDocument(id: $id) { ${DOCUMENT} } }`;

export const APPROVE_DOCUMENT = `mutation ApproveDocument($id: ID!) { approveDocument(id: $id) { ${DOCUMENT} } }`;

export const RETURN_DOCUMENT = `mutation ReturnDocument($id: ID!, $comment: String) { returnDocument(id: $id, comment: $comment) { ${DOCUMENT} } }`;

export const EXPORT_DOCUMENT = `mutation ExportDocument($id: ID!, $format: ExportFormat!) {
  exportDocument(id: $id, format: $format) { filename mimeType base64 }
}`;

export const CREATE_MEETING_SUMMARY = `mutation CreateMeetingSummary($input: MeetingInput!) {
  createMeetingSummary(input: $input) { ${MEETING_SUMMARY} }
}`;

export const MEETINGS = `query Meetings { meetings { ${MEETING_SUMMARY} } }`;

export const MEETING_BY_ID = `query Meeting($id: ID!) { meeting(id: $id) { ${MEETING} } }`;

export const JOB_BY_ID = `query Job($id: ID!) { job(id: $id) { ${JOB} } }`;

export const CANCEL_JOB = `mutation CancelJob($id: ID!) { cancelJob(id: $id) { ${JOB} } }`;

export const JOB_PROGRESS = `subscription JobProgress($jobId: ID!) { jobProgress(jobId: $jobId) { ${JOB} } }`;
