/**
 * The score of a candidate pair. Text carries most of the weight (word TF-IDF cosine plus
 * character-shingle cosine, so both rewording and respelling are tolerated); heading path and
 * clause type add context; the section number is only a weak cue because renumbering is common;
 * relative position only breaks ties.
 */
import type { ClauseType } from '@policydiff/contracts';
import type { ComparableClause } from './comparable-clauses.js';

export const SCORE_WEIGHTS = {
  text: 0.72,
  heading: 0.12,
  type: 0.08,
  number: 0.03,
  position: 0.05,
} as const;

/** Clause types that are the same thing under another label. */
const RELATED_TYPES: ReadonlyArray<readonly [ClauseType, ClauseType]> = [
  ['limit', 'sublimit'],
  ['coverage_grant', 'extension'],
  ['extension', 'endorsement'],
  ['condition', 'warranty'],
  ['condition', 'claims_procedure'],
  ['limit', 'schedule'],
  ['sublimit', 'schedule'],
  ['excess', 'schedule'],
];

export function typeAgreement(a: ClauseType, b: ClauseType): number {
  if (a === b) return 1;
  return RELATED_TYPES.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? 0.5 : 0;
}

export function headingTokens(entry: ComparableClause): Set<string> {
  const words = [...entry.clause.headingPath, entry.clause.heading ?? '']
    .join(' ')
    .toLowerCase()
    .match(/[a-z]{3,}/g);
  return new Set(words ?? []);
}

/** Jaccard overlap of heading words; neutral (0.5) when neither side has a heading. */
export function headingSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0.5;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface PairFeatures {
  wordCosine: number;
  shingleCosine: number;
  heading: number;
  type: number;
  number: number;
  position: number;
}

export function textSimilarity(wordCosine: number, shingleCosine: number): number {
  return 0.5 * wordCosine + 0.5 * shingleCosine;
}

export function combinedScore(f: PairFeatures): number {
  return (
    SCORE_WEIGHTS.text * textSimilarity(f.wordCosine, f.shingleCosine) +
    SCORE_WEIGHTS.heading * f.heading +
    SCORE_WEIGHTS.type * f.type +
    SCORE_WEIGHTS.number * f.number +
    SCORE_WEIGHTS.position * f.position
  );
}
