export { MAX_SOURCE_CHARS, MAX_TRANSCRIPT_CHARS, TranscriptError, TranscriptErrorCode, parseTranscript } from './transcript.js';
export type { Transcript, TranscriptFormat, TranscriptLine } from './transcript.js';
export { decodeTranscript } from './decode.js';
export { type DueDate, findDueDate } from './dates.js';
export type { ActionItem, SourcedText } from './extract.js';
export { PART_SUMMARY_VERSION, inMemoryPartCache, reduceSummaries, splitIntoParts, summarizeMeeting, summarizePart } from './pipeline.js';
export type { MeetingSummary, PartCache, PartSummary, SummarizeMeetingOptions, TranscriptPart } from './pipeline.js';
export { type MinutesMeta, toMinutesDocument } from './minutes.js';
