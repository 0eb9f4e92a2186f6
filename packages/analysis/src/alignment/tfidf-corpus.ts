/**
 * A TF-IDF model over the clauses of both documents: one shared vocabulary, so a term's rarity is
 * judged across the pair, and per-clause term counts kept so that vectors of concatenated clauses
 * (split/merge checks) can be built without re-tokenising. Terms are any hashable keys (word
 * strings or shingle hashes), mapped to dense ids.
 */
import type { SparseVector } from './sparse-vector.js';

/** Sorted term ids with their counts in one text. */
export interface TermCounts {
  ids: Int32Array;
  counts: Int32Array;
}

export interface TfidfCorpus {
  vocabularySize: number;
  idf: Float64Array;
  counts: TermCounts[];
  vectors: SparseVector[];
}

function vectorOf(terms: TermCounts, idf: Float64Array): SparseVector {
  const weights = new Float64Array(terms.ids.length);
  let norm = 0;
  for (let k = 0; k < weights.length; k += 1) {
    const w = (1 + Math.log(terms.counts[k])) * idf[terms.ids[k]];
    weights[k] = w;
    norm += w * w;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let k = 0; k < weights.length; k += 1) weights[k] *= scale;
  }
  return { ids: terms.ids, weights };
}

/** Dense ids for non-negative integer keys: open addressing, no per-key allocation. */
class IntIdTable {
  private keys = new Int32Array(1 << 16).fill(-1);
  private ids = new Int32Array(1 << 16);
  size = 0;

  idOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (true) {
      const found = this.keys[slot];
      if (found === key) return this.ids[slot];
      if (found === -1) break;
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = key;
    this.ids[slot] = this.size;
    this.size += 1;
    if (this.size * 2 > this.keys.length) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1);
    this.ids = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let k = 0; k < oldKeys.length; k += 1) {
      if (oldKeys[k] === -1) continue;
      let slot = Math.imul(oldKeys[k], 0x9e3779b1) & mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = oldKeys[k];
      this.ids[slot] = oldIds[k];
    }
  }
}

/** Corpus over word strings. */
export function buildWordCorpus(termLists: string[][]): TfidfCorpus {
  const vocabulary = new Map<string, number>();
  return buildCorpus(termLists.length, (index, visit) => {
    for (const term of termLists[index]) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
      }
      visit(id);
    }
  });
}

/** Corpus over non-negative integer keys (shingle hashes). */
export function buildHashCorpus(termLists: Int32Array[]): TfidfCorpus {
  const table = new IntIdTable();
  return buildCorpus(termLists.length, (index, visit) => {
    const terms = termLists[index];
    for (let k = 0; k < terms.length; k += 1) visit(table.idOf(terms[k]));
  });
}

function buildCorpus(documents: number, eachTerm: (index: number, visit: (id: number) => void) => void): TfidfCorpus {
  let vocabularySize = 0;
  let scratch = new Int32Array(1024);
  const touched: number[] = [];
  const visit = (id: number): void => {
    if (id >= vocabularySize) {
      vocabularySize = id + 1;
      if (id >= scratch.length) {
        const grown = new Int32Array(Math.max(scratch.length * 2, id + 1));
        grown.set(scratch);
        scratch = grown;
      }
    }
    if (scratch[id] === 0) touched.push(id);
    scratch[id] += 1;
  };
  const counts: TermCounts[] = [];
  for (let index = 0; index < documents; index += 1) {
    eachTerm(index, visit);
    touched.sort((x, y) => x - y);
    const ids = new Int32Array(touched);
    const termCounts = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k += 1) {
      termCounts[k] = scratch[ids[k]];
      scratch[ids[k]] = 0;
    }
    touched.length = 0;
    counts.push({ ids, counts: termCounts });
  }
  const documentFrequency = new Float64Array(vocabularySize);
  for (const c of counts) for (const id of c.ids) documentFrequency[id] += 1;
  const total = Math.max(1, documents);
  const idf = new Float64Array(vocabularySize);
  for (let id = 0; id < idf.length; id += 1) idf[id] = Math.log((1 + total) / (1 + documentFrequency[id])) + 1;
  return { vocabularySize, idf, counts, vectors: counts.map((c) => vectorOf(c, idf)) };
}

/** Vector of several texts read as one (their counts summed). */
export function combinedVector(corpus: TfidfCorpus, documentIndexes: number[]): SparseVector {
  const merged = new Map<number, number>();
  for (const index of documentIndexes) {
    const c = corpus.counts[index];
    for (let k = 0; k < c.ids.length; k += 1) merged.set(c.ids[k], (merged.get(c.ids[k]) ?? 0) + c.counts[k]);
  }
  const ids = Int32Array.from([...merged.keys()].sort((x, y) => x - y));
  const countsOut = Int32Array.from(ids, (id) => merged.get(id)!);
  return vectorOf({ ids, counts: countsOut }, corpus.idf);
}

/** Share of the distinct terms of `part` that also occur in `whole`. */
export function termContainment(part: TermCounts, whole: TermCounts): number {
  if (part.ids.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < part.ids.length && j < whole.ids.length) {
    if (part.ids[i] === whole.ids[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (part.ids[i] < whole.ids[j]) i += 1;
    else j += 1;
  }
  return shared / part.ids.length;
}
