export { alignClauses, type ClauseAlignment } from './align-clauses.js';
export { type AlignmentOptions, DEFAULT_ALIGNMENT_OPTIONS } from './sequence-alignment.js';
export {
  type ComparableClause,
  clauseTypeIndex,
  comparableText,
  isHeadingClause,
  splitComparableClauses,
} from './comparable-clauses.js';
export { characterShingleHashes, normaliseForComparison, wordTokens } from './text-normalise.js';
