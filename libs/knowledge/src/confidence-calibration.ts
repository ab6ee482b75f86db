import type { ConfidenceCalibration } from './confidence.js';

/** Written by `npm run eval -- --calibrate`: logistic coefficients fitted on a labelled question set. */
export const CONFIDENCE_CALIBRATION: ConfidenceCalibration = {
  intercept: -2.203,
  weights: {
    similarity: 0.487,
    coverage: 1.04,
    specificity: 1.47,
    margin: 0.606,
    agreement: 1.861,
  },
  fittedOn: 'test/fixtures/eval/callers.jsonl (165 lines), 2026-11-26',
};
