export { interpretDeltas } from './interpret-deltas.js';
export { diffWords, tokeniseForDiff } from './word-diff.js';
export { overallDirection, polarityOf, type Polarity } from './clause-polarity.js';
export { materialityBand, materialityScore } from './materiality.js';
