export { forSpeech, hasUrl, sentences, stripMarkdown, toSsml } from './spoken-style.js';
export {
  type ArticleAnswers,
  MAX_SPOKEN_SENTENCES,
  type Passage,
  type SpokenAnswer,
  composeExtractiveAnswer,
} from './extractive-answer.js';
export { GroundedLlmAnswerer, type LlmOutcome, acceptGrounded } from './grounded-llm-answer.js';
