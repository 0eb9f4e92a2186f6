/**
 * How much a change matters, 0..1: what kind of clause it touches (exclusions, limits, excesses
 * and widely used definitions weigh most) times what kind of difference it is (wording-only
 * weighs least).
 */
import type { Change, ClauseType, Delta, DeltaType, Materiality } from '@policydiff/contracts';
import { clauseTypeRow } from './tables/clause-types.js';
import { FIGURE_ROLES } from './tables/figure-roles.js';
import type { SentencePolarity } from './tables/sentence-polarity.js';
import { parsePeriods } from '../dna/parse-periods.js';


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
    // A figure whose role the table names weighs at least what that role does wherever it is
    // printed: a moratorium in a definitions list still decides claims for most insureds.
    const floor = roleFloor(d);
    if (floor !== null) score = Math.max(score, floor);
    let weight = effectWeight(d) ?? DELTA_WEIGHT[d.type];
    if (d.type === 'definition_dependency_change' && dependencyOnly) weight = DEPENDENCY_ONLY_WEIGHT;
    if (d.direction === 'neutral' && d.type !== 'wording_only') weight *= 0.5;
    // A definition reworded in a way that neither widens nor narrows it is a rewording first.
    if (d.type === 'definition_change' && definitionWidthUnknown) weight *= UNKNOWN_WIDTH_WEIGHT;
    score = Math.max(score, clauseWeight * weight);
  }
  if (fragment) score *= 0.4;
  return Math.round(score * 100) / 100;
}

/** What each materiality level of the tables weighs as an effect (DOMAIN.md §6). */
const LEVEL_WEIGHT: Record<Materiality, number> = { high: 1, medium: 0.6, low: 0.3 };
const LEVELS: Materiality[] = ['low', 'medium', 'high'];
/** A figure that moves by this factor or more, or a cap that comes or goes, weighs a level more (DOMAIN.md §6: size). */
const LARGE_FACTOR = 2;

/** The first number a figure is written with, reading word numbers as periods do ("fifteen days"). */
function figureValue(raw: string | null): number | null {
  if (raw === null) return null;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(raw);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  const period = parsePeriods(raw)[0];
  return period ? period.value : null;
}

/** A role's level moved by the size of the change: a factor of two or more, or a cap that comes or goes, is a level up. */
function sized(level: Materiality, from: string | null, to: string | null): Materiality {
  const a = figureValue(from);
  const b = figureValue(to);
  const large = a === null || b === null ? from !== to : Math.max(a, b) >= LARGE_FACTOR * Math.max(Math.min(a, b), Number.EPSILON);
  return large ? LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(level) + 1)] : level;
}

/** What a sentence of each polarity weighs when it comes, goes or turns round (timing and admin weigh least). */
const POLARITY_WEIGHT: Partial<Record<SentencePolarity, number>> = {
  grant: 0.8,
  restriction: 0.8,
  carve_back: 0.8,
  insured_duty: 0.7,
  insurer_right: 0.7,
  insurer_duty: 0.4,
  soft_promise: 0.3,
};

/**
 * The effect a delta weighs by what it read, where a table says: a figure's role (its level,
 * a level up when the figure doubles or a cap comes or goes), a sentence's polarity, the claim
 * documents asked for. Null leaves the delta's type to decide.
 */
function effectWeight(d: Delta): number | null {
  // An amount the DNA stage gave a role: a sub-limit or a single-item limit is a niche cap (low,
  // medium when it doubles or halves, or comes or goes); other amounts weigh as before.
  if ((d.rule === 'figure.amount-by-role' || d.rule === 'figure.amount-removed' || d.rule === 'figure.amount-introduced') && d.role !== null) {
    const row = AMOUNT_ROWS[d.role];
    if (row) return LEVEL_WEIGHT[sized(row, d.from, d.to)];
  }
  if (ROLE_RULES.has(d.rule) && d.role !== null) {
    const row = FIGURE_ROLES.find((r) => r.role === d.role);
    if (row) return LEVEL_WEIGHT[row.timing ? row.weight : sized(row.weight, d.from, d.to)];
  }
  if (d.rule === 'figure.refund-basis') return LEVEL_WEIGHT.medium;
  if (d.rule === 'burden.claim-documents') return LEVEL_WEIGHT.low;
  // A sentence that comes or goes beside a clause's main provision is a secondary benefit, limit
  // or duty ("We will also pay for nursing at home…"): low. One that turns the clause round
  // weighs by its polarity.
  if (d.rule === 'sentence.added-or-removed') return LEVEL_WEIGHT.low;
  if (d.rule === 'sentence.polarity-flip') {
    const polarity = (d.polarity ?? '').split('→').pop() as SentencePolarity;
    return POLARITY_WEIGHT[polarity] ?? null;
  }
  return null;
}

/** The least score a role's level gives a change, wherever the clause sits. */
const ROLE_FLOOR: Record<Materiality, number> = { high: 0.65, medium: 0.4, low: 0 };

function roleFloor(d: Delta): number | null {
  if (!ROLE_RULES.has(d.rule) || d.role === null || d.direction === 'neutral') return null;
  const row = FIGURE_ROLES.find((r) => r.role === d.role);
  return row ? ROLE_FLOOR[row.timing ? row.weight : sized(row.weight, d.from, d.to)] : null;
}

/** The figure-role table's level for the amount roles the DNA stage gives, where it differs from the delta type's weight. */
const AMOUNT_ROWS: Partial<Record<string, Materiality>> = {
  sublimit: FIGURE_ROLES.find((r) => r.role === 'sublimit')!.weight,
};

/** Rules whose delta reads a figure role from the figure-role table. */
const ROLE_RULES = new Set(['figure.period-role', 'figure.percentage-role', 'figure.percentage-to-whole', 'definition.figure-role']);

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
