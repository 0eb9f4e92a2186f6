/**
 * How much a change matters, 0..1: what kind of clause it touches (exclusions, limits, excesses
 * and widely used definitions weigh most) times what kind of difference it is (wording-only
 * weighs least).
 */
import type { Change, ClauseType, Delta, DeltaType, Materiality } from '@policydiff/contracts';
import { clauseTypeRow } from './tables/clause-types.js';


const DELTA_WEIGHT: Record<DeltaType, number> = {
  numeric_change: 1,
  scope_change: 1,
  carve_out_change: 0.95,
  definition_change: 1,
  clause_added: 1,
  clause_removed: 1,
  temporal_change: 0.9,
  burden_shift_change: 0.85,
  strictness_change: 0.72,
  definition_dependency_change: 0.6,
  wording_only: 0.15,
};

/**
 * A few words on their own ("Premier Plan Elite Plan", "trip.") are table headers or layout
 * fragments far more often than clauses; they weigh less than full sentences.
 */
export function isFragment(text: string): boolean {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).length < 5;
}

/** Weight of a definition change whose width could not be read, relative to a known one. */
const UNKNOWN_WIDTH_WEIGHT = 0.3;
/**
 * Weight of a changed definition a clause uses, when the clause's own wording changes nothing:
 * the change is the definition's, reported (with the clauses it reaches) at the definition itself.
 */
const DEPENDENCY_ONLY_WEIGHT = 0.4;

export function materialityScore(
  type: ClauseType,
  deltas: Delta[],
  definitionUsage = 0,
  fragment = false,
  definitionWidthUnknown = false,
): number {
  let clauseWeight = clauseTypeRow(type).weight;
  // A definition matters as much as the clauses that use it.
  if (type === 'definition') clauseWeight = Math.min(0.9, clauseWeight + 0.05 * definitionUsage);
  let score = 0;
  const dependencyOnly = deltas.every((d) => d.type === 'definition_dependency_change' || d.type === 'wording_only');
  for (const d of deltas) {
    let weight = DELTA_WEIGHT[d.type];
    if (d.type === 'definition_dependency_change' && dependencyOnly) weight = DEPENDENCY_ONLY_WEIGHT;
    if (d.direction === 'neutral' && d.type !== 'wording_only') weight *= 0.5;
    // A definition reworded in a way that neither widens nor narrows it is a rewording first.
    if (d.type === 'definition_change' && definitionWidthUnknown) weight *= UNKNOWN_WIDTH_WEIGHT;
    score = Math.max(score, clauseWeight * weight);
  }
  if (fragment) score *= 0.4;
  return Math.round(score * 100) / 100;
}

export function materialityBand(score: number): Materiality {
  if (score >= 0.6) return 'high';
  if (score >= 0.35) return 'medium';
  return 'low';
}

/**
 * A change with a note appended to its first delta's description and, when a cap is given, its
 * materiality capped there by the named rule: a change that is still shown, but whose weight a
 * later reading (guidance section, repeated wording) lowers, with the reason.
 */
export function withNote(change: Change, note: string, cap: { rule: string; maxScore: number } | null = null): Change {
  const capped = cap !== null && change.materiality_score > cap.maxScore;
  return {
    ...change,
    ...(capped ? { materiality: materialityBand(cap.maxScore), materiality_score: cap.maxScore, rules: [...change.rules, cap.rule] } : {}),
    deltas: change.deltas.map((d, k) => (k === 0 ? { ...d, description: d.description + note } : d)),
  };
}
