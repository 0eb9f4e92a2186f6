import type { Summary } from '@policydiff/contracts';

type Verdict = Summary['verdict'];
const VERDICTS: readonly Verdict[] = ['broader', 'narrower', 'mixed', 'no_material_change'];

const weight = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * "Verdict: narrower — material changes weigh 6 narrower against 2 broader (high: 2 narrower,
 * 0 broader)". Mixed is explained, since it is not an average. A result stored before verdicts
 * existed has none: null, and the renderings print nothing for it.
 */
export function verdictLine(summary: Summary): string | null {
  const { verdict, balance: b } = summary as Partial<Summary>;
  if (!verdict || !VERDICTS.includes(verdict)) return null;
  const label = verdict.replace(/_/g, ' ');
  if (verdict === 'no_material_change') return `Verdict: ${label} — no high or medium change is broader or narrower`;
  const weighed = b && [b.broader, b.narrower, b.high_broader, b.high_narrower].every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!weighed) return `Verdict: ${label}`;
  const highs = `high: ${b.high_narrower} narrower, ${b.high_broader} broader`;
  if (verdict === 'mixed') {
    const how = b.narrower === b.broader ? 'the two sides weigh the same' : 'high changes go both ways and neither side outweighs the other twice over';
    return `Verdict: mixed — ${how}: ${weight(b.narrower)} narrower against ${weight(b.broader)} broader (${highs})`;
  }
  const [won, lost, other] = verdict === 'narrower' ? [b.narrower, b.broader, 'broader'] : [b.broader, b.narrower, 'narrower'];
  return `Verdict: ${label} — material changes weigh ${weight(won)} ${verdict} against ${weight(lost)} ${other} (${highs})`;
}
