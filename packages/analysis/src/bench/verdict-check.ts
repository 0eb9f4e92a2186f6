/**
 * The headline verdict check: does a result's `summary.verdict` say what the hand labels say?
 * The labels' verdict is weighed by the very functions the narrative uses (weighBalance and
 * verdictOf: high 3, medium 2, low 1, broader and narrower only), over the pair's material
 * labels, so the two verdicts differ only where the reported changes differ from the labels.
 */
import type { Summary } from '@policydiff/contracts';
import { verdictOf, weighBalance, type Balance } from '../narrative/verdict.js';
import type { MaterialLabel } from './labelled-pairs.js';

export type Verdict = Summary['verdict'];

export interface VerdictCheck {
  result: { verdict: Verdict; balance: Balance };
  labels: { verdict: Verdict; balance: Balance };
  pass: boolean;
}

export function labelsVerdict(labels: readonly MaterialLabel[]): { verdict: Verdict; balance: Balance } {
  const balance = weighBalance(labels);
  return { verdict: verdictOf(balance), balance };
}

export function checkVerdict(summary: Pick<Summary, 'verdict' | 'balance'>, labels: readonly MaterialLabel[]): VerdictCheck {
  const expected = labelsVerdict(labels);
  return { result: { verdict: summary.verdict, balance: summary.balance }, labels: expected, pass: summary.verdict === expected.verdict };
}

/** "mixed (broader 55 / narrower 67; high 17 / 21)". */
export function formatVerdict(v: { verdict: Verdict; balance: Balance }): string {
  const b = v.balance;
  return `${v.verdict} (broader ${b.broader} / narrower ${b.narrower}; high ${b.high_broader} / ${b.high_narrower})`;
}
