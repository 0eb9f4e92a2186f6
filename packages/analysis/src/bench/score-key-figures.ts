/**
 * Key-figure accuracy of one generated pair: the share of numeric schedule rows whose A and B
 * values the result's key_figures carry, under a label that names the same row. A row is found
 * by label when at least 60 % of the truth label's words appear in the reported label (reported
 * labels may be shortened or qualified: "Buildings sum insured" ~ "Buildings — sum insured").
 * A period may be reported in its own unit or in days (36 months = 1,080 days): the contract's
 * figure carries no unit for periods, so either reading is right.
 */
import type { ComparisonResult, KeyFigure } from '@policydiff/contracts';
import type { KeyFigureTruth } from '@policydiff/testkit';
import { wordTokens } from './phrase-match.js';

export interface KeyFigureMiss {
  label: string;
  reason: 'not_found' | 'wrong_values';
  expected: { a: number | null; b: number | null };
  reported: { a: number | null; b: number | null } | null;
}

export interface KeyFiguresScore {
  total: number;
  /** Found under a matching label. */
  found: number;
  /** Found with both values right. */
  correct: number;
  misses: KeyFigureMiss[];
}

const LABEL_OVERLAP = 0.6;

function labelScore(truthLabel: string, reported: string): number {
  const want = wordTokens(truthLabel);
  const have = new Set(wordTokens(reported));
  if (want.length === 0) return 0;
  return want.filter((w) => have.has(w)).length / want.length;
}

const DAYS_PER: Record<string, number> = { hour: 1 / 24, day: 1, month: 30, year: 365 };

function sameValue(expected: number | null, reported: number | null | undefined, unit: string | null): boolean {
  if (expected === null) return reported === null || reported === undefined;
  if (reported === null || reported === undefined) return false;
  const close = (x: number): boolean => Math.abs(x - reported) <= 1e-6 * Math.max(1, Math.abs(x));
  const days = unit === null ? undefined : DAYS_PER[unit];
  return close(expected) || (days !== undefined && close(expected * days));
}

export function scoreKeyFigures(truth: readonly KeyFigureTruth[], result: ComparisonResult): KeyFiguresScore {
  const score: KeyFiguresScore = { total: 0, found: 0, correct: 0, misses: [] };
  for (const row of truth) {
    if (!row.a && !row.b) continue;
    score.total++;
    const expected = { a: row.a?.value ?? null, b: row.b?.value ?? null };
    const candidates = result.key_figures
      .map((figure) => ({ figure, overlap: labelScore(row.label, figure.label) }))
      .filter((c) => c.overlap >= LABEL_OVERLAP)
      .sort((x, y) => y.overlap - x.overlap);
    if (candidates.length === 0) {
      score.misses.push({ label: row.label, reason: 'not_found', expected, reported: null });
      continue;
    }
    score.found++;
    const unit = row.a?.unit ?? row.b?.unit ?? null;
    const right = (f: KeyFigure): boolean => sameValue(expected.a, f.a?.value, unit) && sameValue(expected.b, f.b?.value, unit);
    if (candidates.some((c) => right(c.figure))) {
      score.correct++;
    } else {
      const best = candidates[0].figure;
      score.misses.push({ label: row.label, reason: 'wrong_values', expected, reported: { a: best.a?.value ?? null, b: best.b?.value ?? null } });
    }
  }
  return score;
}
