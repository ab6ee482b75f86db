export { EspeakSynthesizer, type EspeakSynthesizerOptions } from './espeak-synthesizer.js';
export { OpenAiSpeechSynthesizer, type OpenAiSpeechSynthesizerOptions } from './openai-speech-synthesizer.js';
export { OpenAiTranscriber, type OpenAiTranscriberOptions } from './openai-transcriber.js';
export { type Prompt, PromptCache, type PromptCacheOptions } from './prompt-cache.js';
export {
  type SpeechLanguage,
  type SpeechToText,
  type SynthesisRequest,
  type TextToSpeech,
  type TranscribeOptions,
  SpeechErrorCode,
  SpeechProviderError,
} from './speech-provider.js';
export { type SplitForSpeechOptions, splitForSpeech } from './split-for-speech.js';
export { type TrimSilenceOptions, trimSilence } from './trim-silence.js';
export { WavStreamReader } from './wav-stream-reader.js';
