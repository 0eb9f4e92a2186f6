/** Small hand-made results for the scoring tests: a change or a result with only what a test cares about. */
import type { Change, ClauseRef, ComparisonResult, Delta, KeyFigure } from '@policydiff/contracts';
import { emptyResult } from './empty-result.js';

let nextId = 0;

export function ref(text: string, page = 1, clauseId = `cl-${++nextId}`, pageEnd = page): ClauseRef {
  return { clause_id: clauseId, section: null, heading: null, page_start: page, page_end: pageEnd, text };
}

export function delta(partial: Partial<Delta> & Pick<Delta, 'direction'>): Delta {
  return {
    type: 'scope_change',
    description: '',
    from: null,
    to: null,
    evidence: { a_quote: null, b_quote: null },
    rule: 'scope.word-breadth',
    role: null,
    polarity: null,
    why: '',
    ...partial,
  };
}

export function change(partial: Partial<Change> & Pick<Change, 'status'>): Change {
  return {
    id: `chg-${++nextId}`,
    clause_type: 'exclusion',
    a: null,
    b: null,
    similarity: 1,
    direction: 'neutral',
    materiality: 'low',
    materiality_score: 0.1,
    confidence: 0.9,
    deltas: [],
    diff: [],
    rules: ['change.own-deltas'],
    why: '',
    ...partial,
  };
}

export function resultWith(changes: Change[], keyFigures: KeyFigure[] = []): ComparisonResult {
  return { ...emptyResult(), changes, key_figures: keyFigures };
}
