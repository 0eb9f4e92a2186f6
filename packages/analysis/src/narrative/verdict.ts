/**
 * The headline verdict: which way the material changes weigh, by materiality (high 3, medium 2,
 * low 1). A side wins when it outweighs the other at least twice over; when both sides carry a
 * high change and neither wins, or the weights tie, the verdict is mixed. The same function reads
 * the hand labels in the benchmark, so a result's verdict and the labels' are scored alike.
 */
import type { Direction, Materiality, Summary } from '@policydiff/contracts';

export const MATERIALITY_WEIGHT: Record<Materiality, number> = { high: 3, medium: 2, low: 1 };

/** How far one side must outweigh the other for the verdict to name it despite high changes on both. */
const CLEAR_MARGIN = 2;

export interface WeighedChange {
  direction: Direction;
  materiality: Materiality;
}

export type Balance = Summary['balance'];

export function weighBalance(changes: readonly WeighedChange[]): Balance {
  const balance: Balance = { broader: 0, narrower: 0, high_broader: 0, high_narrower: 0 };
  for (const c of changes) {
    if (c.direction !== 'broader' && c.direction !== 'narrower') continue;
    balance[c.direction] += MATERIALITY_WEIGHT[c.materiality];
    if (c.materiality === 'high') balance[c.direction === 'broader' ? 'high_broader' : 'high_narrower'] += 1;
  }
  return balance;
}

export function verdictOf(balance: Balance): Summary['verdict'] {
  const { broader, narrower } = balance;
  if (broader === 0 && narrower === 0) return 'no_material_change';
  if (broader === narrower) return 'mixed';
  const [more, less, side] = broader > narrower ? [broader, narrower, 'broader' as const] : [narrower, broader, 'narrower' as const];
  if (balance.high_broader > 0 && balance.high_narrower > 0 && more < CLEAR_MARGIN * less) return 'mixed';
  return side;
}
