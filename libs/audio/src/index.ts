export { type BargeInEvent, type BargeInOptions, BargeInDetector } from './barge-in.js';
export { durationMs, frameLength, framesOf, rmsDbfs } from './frames.js';
export {
  base64ToBytes,
  bytesToBase64,
  linearToMulaw,
  mulawBase64ToPcm16,
  mulawToLinear,
  mulawToPcm16,
  pcm16ToMulaw,
  pcm16ToMulawBase64,
} from './mulaw.js';
export { type MarkResult, type PacedSenderOptions, PacedSender } from './pacer.js';
export { resample } from './resample.js';
export { concat, mix, noise, silence, speechLike, tone } from './signals.js';
export { type EndOfTurnOptions, type TurnEvent, type Utterance, EndOfTurnDetector } from './turn.js';
export { type EnergyVadOptions, type VadDecision, EnergyVad } from './vad.js';
export { type WavAudio, parseWav, toWav } from './wav.js';
