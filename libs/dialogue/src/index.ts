export type { Classification, EmergencyService, UtteranceIntent } from './types.js';
export { classifyUtterance } from './classify.js';
