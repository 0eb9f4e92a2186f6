/**
 * Sparse L2-normalised vectors over an integer vocabulary, sorted by term id so a dot product is a
 * linear merge. Used for TF-IDF word and shingle vectors.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const ai = a.ids[i];
    const bj = b.ids[j];
    if (ai === bj) {
      sum += a.weights[i] * b.weights[j];
      i += 1;
      j += 1;
    } else if (ai < bj) i += 1;
    else j += 1;
  }
  return sum;
}

