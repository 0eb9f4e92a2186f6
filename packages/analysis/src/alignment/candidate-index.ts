/**
 * Candidate generation from an inverted index: each clause only meets the clauses it shares
 * weighted terms with, never all pairs. Terms found in a large share of the other side's clauses
 * ("the", "we", "you") carry little evidence and cost the most, so their postings are skipped
 * unless a clause has nothing else to offer.
 */
import type { SparseVector } from './sparse-vector.js';

export interface CandidateOptions {
  /** Best candidates kept for each clause on each side. */
  perClause: number;
  /** A term whose posting list is longer than this share of the indexed side is skipped. */
  commonTermShare: number;
}

interface Posting {
  doc: Int32Array;
  weight: Float64Array;
}

function buildPostings(vectors: SparseVector[], vocabularySize: number): Posting[] {
  const lengths = new Int32Array(vocabularySize);
  for (const v of vectors) for (const id of v.ids) lengths[id] += 1;
  const postings: Posting[] = [];
  for (let id = 0; id < vocabularySize; id += 1) {
    postings.push({ doc: new Int32Array(lengths[id]), weight: new Float64Array(lengths[id]) });
  }
  const fill = new Int32Array(vocabularySize);
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.ids.length; k += 1) {
      const id = v.ids[k];
      const p = postings[id];
      p.doc[fill[id]] = doc;
      p.weight[fill[id]] = v.weights[k];
      fill[id] += 1;
    }
  });
  return postings;
}

/** For each query vector, the indexes of the best-scoring indexed vectors (approximate cosine). */
export function topMatches(
  queries: SparseVector[],
  indexed: SparseVector[],
  vocabularySize: number,
  options: CandidateOptions,
): number[][] {
  const postings = buildPostings(indexed, vocabularySize);
  const commonLimit = Math.max(40, Math.ceil(indexed.length * options.commonTermShare));
  const accumulator = new Float64Array(indexed.length);
  const touched: number[] = [];
  const accumulate = (query: SparseVector, skipCommon: boolean): void => {
    for (let k = 0; k < query.ids.length; k += 1) {
      const p = postings[query.ids[k]];
      if (skipCommon && p.doc.length > commonLimit) continue;
      const w = query.weights[k];
      for (let m = 0; m < p.doc.length; m += 1) {
        const doc = p.doc[m];
        if (accumulator[doc] === 0) touched.push(doc);
        accumulator[doc] += w * p.weight[m];
      }
    }
  };
  return queries.map((query) => {
    accumulate(query, true);
    if (touched.length === 0) accumulate(query, false);
    touched.sort((x, y) => accumulator[y] - accumulator[x] || x - y);
    const best = touched.slice(0, options.perClause);
    for (const doc of touched) accumulator[doc] = 0;
    touched.length = 0;
    return best;
  });
}

/** Candidate (a, b) index pairs, from the best matches seen from either side, de-duplicated. */
export function candidatePairs(
  vectorsA: SparseVector[],
  vectorsB: SparseVector[],
  vocabularySize: number,
  options: CandidateOptions,
): Array<[number, number]> {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const add = (a: number, b: number): void => {
    const key = a * (vectorsB.length + 1) + b;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([a, b]);
  };
  topMatches(vectorsA, vectorsB, vocabularySize, options).forEach((bs, a) => bs.forEach((b) => add(a, b)));
  topMatches(vectorsB, vectorsA, vocabularySize, options).forEach((as, b) => as.forEach((a) => add(a, b)));
  return pairs;
}
