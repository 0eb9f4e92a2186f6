/**
 * A reported change readied for scoring: its texts tokenised once, its diff rebuilt into the A side
 * (equal + delete) and the B side (equal + insert) so that "the diff inserts this phrase" can be
 * asked. Scoring a pair asks hundreds of phrase questions of the same changes.
 */
import type { Change, ClauseRef } from '@policydiff/contracts';
import { matchFraction, prepareText, type MatchText } from './phrase-match.js';

export type Side = 'a' | 'b';

export interface PreparedChange {
  change: Change;
  text: Record<Side, MatchText | null>;
  /** Diff rebuilt per side with weight 1 on the side's own (inserted or deleted) words; null without a real diff. */
  diffSide: Record<Side, MatchText | null>;
  /** High or medium materiality, not unchanged: what a broker is told about. */
  flagged: boolean;
}

export function prepareChange(change: Change): PreparedChange {
  const hasDiff = change.diff.some((op) => op.op !== 'equal');
  const rebuilt = (own: 'insert' | 'delete'): MatchText =>
    prepareText(change.diff.filter((op) => op.op === 'equal' || op.op === own).map((op) => ({ text: op.text, weight: op.op === own ? 1 : 0 })));
  return {
    change,
    text: { a: change.a ? prepareText(change.a.text) : null, b: change.b ? prepareText(change.b.text) : null },
    diffSide: { a: hasDiff ? rebuilt('delete') : null, b: hasDiff ? rebuilt('insert') : null },
    flagged: change.status !== 'unchanged' && (change.materiality === 'high' || change.materiality === 'medium'),
  };
}

/** A quote with the page it was printed on, as the ground truth gives it. */
export interface Quote {
  phrase: MatchText;
  page: number | null;
}

export interface MatchOptions {
  /** Share of a quote's words that must appear contiguously for a partial match (score.py's --min-frac). */
  minFrac: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { minFrac: 0.7 };

function pageNear(ref: ClauseRef | null, page: number | null): boolean {
  if (!ref || page === null || page <= 0) return true;
  return ref.page_start - 1 <= page && page <= ref.page_end + 1;
}

/**
 * Does the quote touch this side of the change? A full match counts anywhere; a partial one only
 * near the quote's page. `diff`: look in the side rebuilt from the diff and require that at
 * least half of the matched words are the side's own inserted or deleted words.
 */
export function touchesSide(prepared: PreparedChange, side: Side, quote: Quote | null, options: MatchOptions, diff = false): boolean {
  if (!quote) return false;
  const text = diff ? prepared.diffSide[side] : prepared.text[side];
  if (!text) return false;
  const fraction = matchFraction(quote.phrase, text, options.minFrac, diff ? 0.5 : undefined);
  if (fraction === 0) return false;
  return fraction === 1 || pageNear(prepared.change[side], quote.page);
}
