/**
 * Semantic alignment of two analysed documents: body clauses are aligned like to like; headings
 * are aligned separately, as context for readers, and never produce changes of their own.
 */
import type { AlignedPair, AlignmentResult, AnalyzedDocument } from '../types.js';
import { type ComparableClause, headingTexts, splitComparableClauses } from './comparable-clauses.js';
import {
  type AlignmentOptions,
  DEFAULT_ALIGNMENT_OPTIONS,
  type IndexedPair,
  alignSequences,
} from './sequence-alignment.js';

/** The shared AlignmentResult plus the heading alignment (context only). */
export interface ClauseAlignment extends AlignmentResult {
  headings: AlignedPair[];
}

function toAlignedPairs(pairs: IndexedPair[], a: ComparableClause[], b: ComparableClause[]): AlignedPair[] {
  return pairs.map((p) => ({
    a: p.a === null ? null : a[p.a].clause.id,
    b: p.b === null ? null : b[p.b].clause.id,
    similarity: p.similarity,
    status: p.status,
    method: p.method === 'none' ? (p.status === 'added' ? 'added' : 'removed') : p.method,
  }));
}

export function alignClauses(
  a: AnalyzedDocument,
  b: AnalyzedDocument,
  options: AlignmentOptions = DEFAULT_ALIGNMENT_OPTIONS,
): ClauseAlignment {
  const headingsA = headingTexts(a);
  const headingsB = headingTexts(b);
  const sideA = splitComparableClauses(a, new Set([...headingsA, ...headingsB]));
  const sideB = splitComparableClauses(b, new Set([...headingsA, ...headingsB]));
  const body = alignSequences(sideA.body, sideB.body, options);
  const headings = alignSequences(sideA.headings, sideB.headings, options);
  return {
    pairs: toAlignedPairs(body.pairs, sideA.body, sideB.body),
    headings: toAlignedPairs(headings.pairs, sideA.headings, sideB.headings),
    stats: { candidates: body.candidates, clausesA: sideA.body.length, clausesB: sideB.body.length },
  };
}
