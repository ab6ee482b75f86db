import { JobEntity } from '../common/jobs/job.entity.js';
import { DocumentEntity, DocumentVersionEntity } from '../modules/drafting/document.entity.js';
import { MeetingEntity, MeetingPartCacheEntity } from '../modules/meetings/meeting.entity.js';
import { KnowledgeGapEntity } from '../modules/agents/knowledge-gap.entity.js';
import { AppSettingEntity } from '../modules/auth/app-setting.entity.js';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { CallTurnEntity } from '../modules/calls/call-turn.entity.js';
import { CallEntity } from '../modules/calls/call.entity.js';
import { SmsOutboxEntity } from '../modules/calls/sms-outbox.entity.js';
import { CallbackRequestEntity } from '../modules/callbacks/callback-request.entity.js';
import { HandoffEntity } from '../modules/handoff/handoff.entity.js';
import { KnowledgeChunkEntity } from '../modules/knowledge/knowledge-chunk.entity.js';
import { KnowledgeDocumentEntity } from '../modules/knowledge/knowledge-document.entity.js';
import { KnowledgeTermEntity } from '../modules/knowledge/knowledge-term.entity.js';
import { VoiceTurnEntity } from '../modules/voice/voice-turn.entity.js';

/** Every entity of the API. */
export const ENTITIES = [
  KnowledgeDocumentEntity,
  KnowledgeChunkEntity,
  KnowledgeTermEntity,
  CallEntity,
  CallTurnEntity,
  HandoffEntity,
  SmsOutboxEntity,
  UserEntity,
  RefreshTokenEntity,
  AppSettingEntity,
  KnowledgeGapEntity,
  JobEntity,
  DocumentEntity,
  DocumentVersionEntity,
  MeetingEntity,
  MeetingPartCacheEntity,
  CallbackRequestEntity,
  VoiceTurnEntity,
];
