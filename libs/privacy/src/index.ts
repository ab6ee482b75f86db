export type { MaskResult, PiiFinding, PiiKind } from './pii.js';
export { containsPii, maskPii } from './mask-pii.js';
