/**
 * Clause alignment accuracy of one generated pair: the share of ground-truth unit pairs (the same
 * library unit printed in A and in B, in place or moved) whose A and B clauses the result pairs
 * together.
 *
 * The result knows clauses, the truth knows units, so each truth unit is first mapped to result
 * clauses on its side: the tightest clause on the unit's page whose text contains the unit's text
 * (a sub-item folded into its clause maps to that clause); failing that, the clauses whose text
 * lies inside the unit on its page or the next (a unit split at a page break maps to its pieces).
 * A unit that maps to nothing counts as misaligned and is also reported as unmapped: the layout
 * stage lost or garbled its text. Headings are left out: they are structure the result carries
 * in each clause's `heading`, not clauses to compare.
 */
import type { ClauseRef, ComparisonResult } from '@policydiff/contracts';
import type { AlignmentTruth } from '@policydiff/testkit';
import { containsPhrase, prepareText, type MatchText } from './phrase-match.js';

export interface AlignmentMiss {
  unitId: string;
  kind: AlignmentTruth['kind'];
  reason: 'unmapped_a' | 'unmapped_b' | 'not_paired';
  text: string;
}

export interface AlignmentScore {
  total: number;
  correct: number;
  unmapped: number;
  byKind: Record<string, { total: number; correct: number }>;
  misses: AlignmentMiss[];
}

interface ResultClause {
  id: string;
  pageStart: number;
  pageEnd: number;
  text: MatchText;
  length: number;
}

function clausesOf(result: ComparisonResult, side: 'a' | 'b'): ResultClause[] {
  const byId = new Map<string, ClauseRef>();
  for (const change of result.changes) {
    const ref = change[side];
    if (ref && !byId.has(ref.clause_id)) byId.set(ref.clause_id, ref);
  }
  return [...byId.values()].map((ref) => {
    const text = prepareText(ref.text);
    return { id: ref.clause_id, pageStart: ref.page_start, pageEnd: ref.page_end, text, length: text.views[1].tokens.length };
  });
}

/** Result clause ids that hold this unit (see the module comment); empty when none does. */
export function mapUnitToClauses(unit: { page: number; text: string }, clauses: readonly ResultClause[]): string[] {
  const phrase = prepareText(unit.text);
  if (phrase.views[1].tokens.length === 0) return [];
  const onPage = clauses.filter((c) => c.pageStart <= unit.page && unit.page <= c.pageEnd);
  const holders = onPage.filter((c) => containsPhrase(c.text, phrase));
  if (holders.length > 0) {
    const tightest = Math.min(...holders.map((c) => c.length));
    return holders.filter((c) => c.length === tightest).map((c) => c.id);
  }
  const near = clauses.filter((c) => c.pageStart >= unit.page && c.pageStart <= unit.page + 1 && c.length >= 2);
  return near.filter((c) => containsPhrase(phrase, c.text)).map((c) => c.id);
}

export function scoreAlignment(truth: readonly AlignmentTruth[], result: ComparisonResult): AlignmentScore {
  const clausesA = clausesOf(result, 'a');
  const clausesB = clausesOf(result, 'b');
  const paired = new Set<string>();
  for (const change of result.changes) if (change.a && change.b) paired.add(`${change.a.clause_id}\u0000${change.b.clause_id}`);

  const score: AlignmentScore = { total: 0, correct: 0, unmapped: 0, byKind: {}, misses: [] };
  for (const entry of truth) {
    if (!entry.a || !entry.b || entry.kind === 'heading') continue;
    const kind = (score.byKind[entry.kind] ??= { total: 0, correct: 0 });
    score.total++;
    kind.total++;
    const inA = mapUnitToClauses(entry.a, clausesA);
    const inB = mapUnitToClauses(entry.b, clausesB);
    if (inA.length === 0 || inB.length === 0) {
      score.unmapped++;
      score.misses.push({ unitId: entry.unitId, kind: entry.kind, reason: inA.length === 0 ? 'unmapped_a' : 'unmapped_b', text: entry.a.text.slice(0, 120) });
      continue;
    }
    if (inA.some((a) => inB.some((b) => paired.has(`${a}\u0000${b}`)))) {
      score.correct++;
      kind.correct++;
    } else {
      score.misses.push({ unitId: entry.unitId, kind: entry.kind, reason: 'not_paired', text: entry.a.text.slice(0, 120) });
    }
  }
  return score;
}
