/**
 * DOMAIN.md §1 as data: for each figure role, who gains when the figure grows, and so what a
 * rise, a fall, a removal and an introduction do to the insured's cover; how material a redraft
 * of it is (§6); and the values a redraft moves it between. Written from the domain reference
 * alone: nothing here reads or imitates the analyser, so the ground truth of every figure edit
 * comes from this table.
 */
import type { ExpectedDirection, ExpectedMateriality, FigureRole, PeriodUnit } from './policy-model.js';

export type LadderKey = 'money' | 'percent' | PeriodUnit;

export interface FigureRoleSpec {
  /** The row of DOMAIN.md §1 this role is. */
  row: string;
  /** Who gains when the figure grows ("none" for figures that are not cover, such as tax). */
  gains: 'insured' | 'insurer' | 'price' | 'none';
  /** The "↑ ↓ ✗ +" column: direction when the figure rises, falls, is removed, is introduced. */
  rises: ExpectedDirection;
  falls: ExpectedDirection;
  removed: ExpectedDirection;
  introduced: ExpectedDirection;
  /** DOMAIN.md §6 for a change from `from` to `to` (both in `unit`). */
  materiality: (from: number, to: number, unit: string) => ExpectedMateriality;
  /** Values a redraft moves this figure between, per unit; DEFAULT_LADDERS fill the gaps. */
  ladders?: Partial<Record<LadderKey, readonly number[]>>;
  /** The smallest relative move worth planting (default 0.2: 14 → 15 days is not a redraft); ages move by whole bands. */
  minStep?: number;
}

const fixed =
  (level: ExpectedMateriality) =>
  (): ExpectedMateriality =>
    level;

/** §6 "size": a factor of two or more moves a change up a level. */
const bySize =
  (small: ExpectedMateriality, large: ExpectedMateriality) =>
  (from: number, to: number): ExpectedMateriality =>
    Math.max(from, to) >= 2 * Math.min(from, to) ? large : small;

/** Nice values a redraft moves a sum to: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 × 10^k. */
function moneyLadder(): number[] {
  const ladder: number[] = [];
  for (let power = 1; power <= 1e8; power *= 10) for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5]) ladder.push(m * power);
  return ladder;
}

export const DEFAULT_LADDERS: Record<LadderKey, readonly number[]> = {
  money: moneyLadder(),
  percent: [5, 10, 15, 20, 25, 30, 40, 50],
  hour: [6, 12, 24, 48, 72],
  day: [7, 10, 14, 21, 28, 30, 45, 60, 90, 120, 180],
  business_day: [3, 5, 10, 15, 20],
  month: [3, 6, 9, 12, 18, 24, 30, 36, 48],
  year: [1, 2, 3, 4, 5],
};

export const FIGURE_ROLES: Record<FigureRole, FigureRoleSpec> = {
  sum_insured: { row: 'sum insured', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'ambiguous', introduced: 'narrower', materiality: bySize('medium', 'high') },
  limit: { row: 'limit (claim/event/period)', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'ambiguous', introduced: 'narrower', materiality: bySize('medium', 'high') },
  // Removed: broader only because the grant survives and falls back to the sum insured (the edit keeps it).
  sublimit: { row: 'sub-limit / inner limit', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'broader', introduced: 'narrower', materiality: bySize('low', 'medium') },
  item_limit: { row: 'per-item limit', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'broader', introduced: 'narrower', materiality: bySize('low', 'medium') },
  // Excesses apply to every claim of their kind: a common claim type, so medium whatever the size.
  excess: { row: 'excess / deductible', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'broader', introduced: 'narrower', materiality: fixed('medium') },
  room_rent: { row: 'room-rent cap (IN)', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'broader', introduced: 'narrower', materiality: fixed('medium'), ladders: { percent: [0.5, 1, 2, 3] } },
  co_payment: { row: 'co-pay / co-insurance %', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'broader', introduced: 'narrower', materiality: fixed('medium'), ladders: { percent: [5, 10, 15, 20, 25, 30, 40, 50] } },
  bonus: { row: 'no-claim / cumulative bonus %, max', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'narrower', introduced: 'broader', materiality: fixed('medium'), ladders: { percent: [5, 10, 20, 25, 50, 100, 150, 200] } },
  premium: { row: 'premium / loading', gains: 'price', rises: 'narrower', falls: 'broader', removed: 'neutral', introduced: 'narrower', materiality: fixed('medium') },
  tax: { row: 'tax (price, not cover)', gains: 'none', rises: 'neutral', falls: 'neutral', removed: 'neutral', introduced: 'neutral', materiality: fixed('low') },
  other: { row: 'no role', gains: 'none', rises: 'neutral', falls: 'neutral', removed: 'neutral', introduced: 'neutral', materiality: fixed('low') },
  // [C:S9-13] PED wait 48 → 36 is high; a waiting period of a year or more bars a whole class of claims.
  waiting: {
    row: 'waiting period (initial, specific, PED)',
    gains: 'insurer',
    rises: 'narrower',
    falls: 'broader',
    removed: 'broader',
    introduced: 'narrower',
    materiality: (from, to, unit) => ((unit === 'month' && Math.max(from, to) >= 12) || (unit === 'year' && Math.max(from, to) >= 1) ? 'high' : 'medium'),
    ladders: { day: [7, 14, 15, 30, 45, 60, 90], month: [9, 12, 18, 24, 30, 36, 48], hour: [24, 48, 72, 96], year: [1, 2, 3, 4] },
  },
  survival: { row: 'survival period', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'broader', introduced: 'narrower', materiality: fixed('medium'), ladders: { day: [7, 14, 15, 21, 28, 30, 60, 90] } },
  // [C:S9-30] moratorium 8 → 5 years is high.
  moratorium: { row: 'moratorium', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'narrower', introduced: 'broader', materiality: fixed('high'), ladders: { month: [48, 60, 72, 84, 96], year: [4, 5, 6, 7, 8] } },
  ped_lookback: { row: 'PED look-back', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'ambiguous', introduced: 'ambiguous', materiality: fixed('medium'), ladders: { month: [6, 12, 24, 36, 48], year: [1, 2, 3, 4] } },
  grace: { row: 'grace period', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'narrower', introduced: 'broader', materiality: fixed('medium'), ladders: { day: [7, 14, 15, 21, 30] } },
  // §6: free look 15 → 30 is medium.
  free_look: { row: 'free look / cooling-off', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'narrower', introduced: 'broader', materiality: fixed('medium'), ladders: { day: [10, 14, 15, 21, 28, 30, 45, 60] } },
  notification: {
    row: "insured's notification deadline",
    gains: 'insured',
    rises: 'broader',
    falls: 'narrower',
    removed: 'ambiguous',
    introduced: 'narrower',
    materiality: fixed('medium'),
    ladders: { hour: [12, 24, 48, 72], day: [3, 7, 14, 28, 30, 60], business_day: [2, 3, 5] },
  },
  // §6: claim documents are low.
  documents: { row: "insured's document deadline", gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'ambiguous', introduced: 'narrower', materiality: fixed('low'), ladders: { day: [15, 30, 45, 60, 90] } },
  // §6: settlement 30 → 15 days is medium.
  settlement: {
    row: "insurer's settlement deadline",
    gains: 'insurer',
    rises: 'narrower',
    falls: 'broader',
    removed: 'narrower',
    introduced: 'broader',
    materiality: fixed('medium'),
    ladders: { day: [7, 10, 14, 15, 30, 45], business_day: [5, 10, 15, 20] },
  },
  investigation: { row: 'investigation period', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'narrower', introduced: 'broader', materiality: fixed('medium'), ladders: { day: [15, 30, 45, 60, 90], month: [2, 3, 4, 6] } },
  indemnity: { row: 'indemnity period', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'ambiguous', introduced: 'narrower', materiality: bySize('medium', 'high'), ladders: { month: [6, 12, 18, 24, 36], day: [7, 10, 14, 21, 28, 30] } },
  // [C:S1-07] unoccupied 60 → 30 days is high. Removed is broader only if the restriction goes too.
  unoccupancy: { row: 'unoccupancy period allowed', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'broader', introduced: 'narrower', materiality: fixed('high'), ladders: { day: [30, 45, 60, 90] } },
  min_entry_age: { row: 'minimum entry age', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'broader', introduced: 'narrower', materiality: fixed('medium'), ladders: { year: [16, 18, 21, 25], day: [14, 30, 60, 90, 91], month: [3, 6, 12] }, minStep: 0 },
  max_entry_age: { row: 'max entry / cover age', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'broader', introduced: 'narrower', materiality: fixed('medium'), ladders: { year: [45, 55, 60, 65, 70, 75, 80, 85] }, minStep: 0 },
  // A niche cash benefit: low.
  delay_threshold: { row: 'travel-delay threshold (hours)', gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'ambiguous', introduced: 'narrower', materiality: fixed('low'), ladders: { hour: [3, 4, 5, 6, 8, 10, 12] } },
  event_window: { row: 'purchase / event windows (an event window)', gains: 'insured', rises: 'broader', falls: 'narrower', removed: 'ambiguous', introduced: 'narrower', materiality: fixed('medium'), ladders: { day: [7, 14, 21, 30, 45, 60] } },
  // [C:S9-20] the insured's notice ↑ is narrower, the insurer's notice ↑ is broader. §6: notices are low.
  insured_cancel_notice: { row: "notice periods (the insured's notice)", gains: 'insurer', rises: 'narrower', falls: 'broader', removed: 'broader', introduced: 'narrower', materiality: fixed('low'), ladders: { day: [3, 7, 14, 15, 21, 30] } },
  insurer_cancel_notice: {
    row: "notice periods (the insurer's notice)",
    gains: 'insured',
    rises: 'broader',
    falls: 'narrower',
    removed: 'narrower',
    introduced: 'broader',
    materiality: fixed('low'),
    ladders: { day: [3, 7, 14, 15, 21, 30], business_day: [1, 2, 3, 5, 10] },
  },
};

export function roleSpec(role: FigureRole): FigureRoleSpec {
  const spec = FIGURE_ROLES[role];
  if (!spec) throw new RangeError(`unknown figure role "${role}"`);
  return spec;
}

export function isFigureRole(role: string): role is FigureRole {
  return Object.prototype.hasOwnProperty.call(FIGURE_ROLES, role);
}

export function ladderFor(role: FigureRole, key: LadderKey): readonly number[] {
  return FIGURE_ROLES[role].ladders?.[key] ?? DEFAULT_LADDERS[key];
}

export function minStepFor(role: FigureRole): number {
  return FIGURE_ROLES[role].minStep ?? 0.2;
}

/** True when rises and falls both have a definite direction (the figure is cover, not price or admin). */
export function isDirectional(role: FigureRole): boolean {
  const spec = FIGURE_ROLES[role];
  return spec.gains === 'insured' || spec.gains === 'insurer';
}
