import type { ConfidenceCalibration } from './confidence.js';

/** Written by `npm run eval -- --calibrate`; hand-set priors until then. */
export const CONFIDENCE_CALIBRATION: ConfidenceCalibration = {
  intercept: -6,
  weights: { similarity: 4, coverage: 4, margin: 2, agreement: 1.5 },
  fittedOn: 'hand-set prior',
};
