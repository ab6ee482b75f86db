import type { ConfidenceCalibration } from './confidence.js';

/** Written by `npm run eval -- --calibrate`: logistic coefficients fitted on a labelled question set. */
export const CONFIDENCE_CALIBRATION: ConfidenceCalibration = {
  intercept: -2.47,
  weights: {
    similarity: 0.343,
    coverage: 1.197,
    specificity: 1.553,
    margin: 0.736,
    agreement: 1.94,
  },
  fittedOn: 'test/fixtures/eval/callers.jsonl (165 lines), 2026-11-26',
};
