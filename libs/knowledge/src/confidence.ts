import { CONFIDENCE_CALIBRATION } from './confidence-calibration.js';

/** What the retrieval saw about its own top answer. */
export interface ConfidenceFeatures {
  /** Cosine similarity of the top document's best chunk to the query (vector channel), 0 when absent. */
  similarity: number;
  /** Share of the query's keyword terms found in the top article's matching passages, each term weighted by its IDF. */
  coverage: number;
  /** How much the matched terms say: Σ IDF of the matched terms over 3·log(1 + chunks), capped at 1 ("신청" alone says little). */
  specificity: number;
  /** (top − second) / top of the fused document scores; 1 when there is no second document. */
  margin: number;
  /** 1 when both channels rank the same document first. */
  agreement: number;
}

export interface ConfidenceCalibration {
  intercept: number;
  weights: Record<keyof ConfidenceFeatures, number>;
  /** How the coefficients were obtained, for the record. */
  fittedOn: string;
}

export const FEATURE_NAMES: readonly (keyof ConfidenceFeatures)[] = ['similarity', 'coverage', 'specificity', 'margin', 'agreement'];

/**
 * The probability that the top result is the right article: a logistic model over the features, with
 * coefficients fitted by `npm run eval -- --calibrate` on a labelled question set (Platt scaling).
 */
export function confidenceOf(features: ConfidenceFeatures, calibration: ConfidenceCalibration = CONFIDENCE_CALIBRATION): number {
  let z = calibration.intercept;
  for (const name of FEATURE_NAMES) z += calibration.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits the logistic model by gradient descent with a little L2, on (features, was-the-top-hit-right) pairs.
 * Deterministic: same data, same coefficients.
 */
export function fitCalibration(
  samples: { features: ConfidenceFeatures; correct: boolean }[],
  fittedOn: string,
  { iterations = 4000, learningRate = 0.5, l2 = 0.01 } = {},
): ConfidenceCalibration {
  const w = FEATURE_NAMES.map(() => 0);
  let b = 0;
  const n = samples.length;
  if (n === 0) throw new Error('fitCalibration needs at least one sample');
  for (let it = 0; it < iterations; it++) {
    const gw = w.map(() => 0);
    let gb = 0;
    for (const { features, correct } of samples) {
      const x = FEATURE_NAMES.map((f) => features[f]);
      const p = 1 / (1 + Math.exp(-(b + x.reduce((s, xi, i) => s + xi * w[i], 0))));
      const err = p - (correct ? 1 : 0);
      x.forEach((xi, i) => (gw[i] += err * xi));
      gb += err;
    }
    w.forEach((_, i) => (w[i] -= learningRate * (gw[i] / n + l2 * w[i])));
    b -= learningRate * (gb / n);
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    intercept: round(b),
    weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, round(w[i])])) as ConfidenceCalibration['weights'],
    fittedOn,
  };
}
