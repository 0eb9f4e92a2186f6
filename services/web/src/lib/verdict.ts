import type { Direction, Summary } from '@policydiff/contracts';

export type Verdict = Summary['verdict'];
type Balance = Summary['balance'];

export const VERDICT_LABELS: Record<Verdict, string> = {
  broader: 'Broader',
  narrower: 'Narrower',
  mixed: 'Mixed',
  no_material_change: 'No material change',
};

/** The badge colour a verdict borrows from the directions; mixed reads like an ambiguous change. */
export const VERDICT_TONE: Record<Verdict, Direction> = {
  broader: 'broader',
  narrower: 'narrower',
  mixed: 'ambiguous',
  no_material_change: 'neutral',
};

/** A result stored before the verdict existed has none: null, and the views show nothing. */
export function verdictOf(summary: Summary): Verdict | null {
  const v = (summary as Partial<Summary>).verdict;
  return typeof v === 'string' && v in VERDICT_LABELS ? v : null;
}

function balanceOf(summary: Summary): Balance | null {
  const b = (summary as Partial<Summary>).balance;
  if (!b || typeof b !== 'object') return null;
  return [b.broader, b.narrower, b.high_broader, b.high_narrower].every((n) => typeof n === 'number' && Number.isFinite(n)) ? b : null;
}

const weight = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * One sentence saying how the verdict was reached, from `balance`: material changes weighed by
 * materiality (high 3, medium 2, low 1). Mixed is spelled out, because it is not an average: both
 * sides carry high changes and neither outweighs the other twice over.
 */
export function verdictNote(summary: Summary): string | null {
  const verdict = verdictOf(summary);
  if (!verdict) return null;
  const b = balanceOf(summary);
  if (verdict === 'no_material_change') return 'No high or medium change is broader or narrower.';
  if (!b) return null;
  const highs = `high changes: ${b.high_narrower} narrower, ${b.high_broader} broader`;
  if (verdict === 'mixed') {
    const how = b.narrower === b.broader ? 'The two sides weigh the same' : 'High changes go both ways and neither side outweighs the other twice over';
    return `${how}: ${weight(b.narrower)} narrower against ${weight(b.broader)} broader (${highs}).`;
  }
  const [won, lost] = verdict === 'narrower' ? [b.narrower, b.broader] : [b.broader, b.narrower];
  const other = verdict === 'narrower' ? 'broader' : 'narrower';
  return `Material changes weigh ${weight(won)} ${verdict} against ${weight(lost)} ${other} (${highs}).`;
}

/** How the weights are counted, for a tooltip. */
export const VERDICT_WEIGHTS = 'The high and medium changes, weighed by materiality: high 3, medium 2.';
