/**
 * A clause with no counterpart in the alignment may still say what the other document says
 * elsewhere: a booklet that repeats "The amount of the excess shown in your schedule." under
 * every peril has more copies of it than one that states it once. Such a clause adds or removes
 * nothing; it is reported as restated, neutral and low, with a pointer to the other copy.
 */
import { topMatches } from '../alignment/candidate-index.js';
import { textSimilarity } from '../alignment/clause-similarity.js';
import { dot } from '../alignment/sparse-vector.js';
import { buildHashCorpus, buildWordCorpus } from '../alignment/tfidf-corpus.js';
import { characterShingleHashes, normaliseForComparison, wordTokensOfNormalised } from '../alignment/text-normalise.js';

/** Text similarity at which two clauses say the same thing. */
export const RESTATED_SIMILARITY = 0.82;

export interface Restatement {
  /** Id of the clause on the other side that says the same. */
  otherId: string;
  similarity: number;
}

export interface ClauseText {
  id: string;
  text: string;
}

/** The figures a clause states, in order: two clauses that state different figures are different provisions. */
function figuresOf(text: string): string {
  return (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, '')).join(' ');
}

/**
 * For each query clause (one side's unmatched clauses), the most similar clause of the other
 * document, when it is similar enough to be the same provision and states the same figures (a
 * near-copy with another amount — "… following fire, up to £2,500" beside "… following escape of
 * oil, up to £7,500" — is a provision of its own). Candidates come from an inverted
 * index, so the cost grows with the number of queries, not with the product of both documents.
 */
export function findRestatements(queries: ClauseText[], others: ClauseText[], threshold = RESTATED_SIMILARITY): Map<string, Restatement> {
  const found = new Map<string, Restatement>();
  if (queries.length === 0 || others.length === 0) return found;
  const normalised = [...queries, ...others].map((c) => normaliseForComparison(c.text));
  const words = buildWordCorpus(normalised.map(wordTokensOfNormalised));
  const shingles = buildHashCorpus(normalised.map((t) => characterShingleHashes(t)));
  const n = queries.length;
  const best = topMatches(words.vectors.slice(0, n), words.vectors.slice(n), words.vocabularySize, {
    perClause: 3,
    commonTermShare: 0.08,
  });
  best.forEach((candidates, q) => {
    let top: Restatement | null = null;
    for (const o of candidates) {
      const similarity = textSimilarity(
        dot(words.vectors[q], words.vectors[n + o]),
        dot(shingles.vectors[q], shingles.vectors[n + o]),
      );
      if (similarity < threshold || figuresOf(queries[q].text) !== figuresOf(others[o].text)) continue;
      if (!top || similarity > top.similarity) top = { otherId: others[o].id, similarity };
    }
    if (top) found.set(queries[q].id, { ...top, similarity: Math.round(top.similarity * 100) / 100 });
  });
  return found;
}
