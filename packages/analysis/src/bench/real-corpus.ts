/**
 * The real-corpus half of the benchmark, as pure functions: which pairs the corpus manifest
 * names, what one real comparison reports (clauses per side, changes by status and direction,
 * stage timings, warnings), whether the near-identical control pair stays quiet, and the figures
 * read back from shared/tools/score.py's JSON report.
 */
import type { ComparisonResult } from '@policydiff/contracts';

export interface ManifestPair {
  id: string;
  fileA: string;
  fileB: string;
  kind: string;
}

/**
 * The "Comparable pairs" table of MANIFEST.md: rows like
 * `| S1 | #1 \`a.pdf\` vs #2 \`b.pdf\` | same insurer … | … |`.
 */
export function parseManifestPairs(manifest: string): ManifestPair[] {
  const pairs: ManifestPair[] = [];
  for (const line of manifest.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/^S\d+$/.test(cells[1])) continue;
    const files = [...cells[2].matchAll(/`([^`]+\.pdf)`/g)].map((m) => m[1]);
    if (files.length !== 2) continue;
    pairs.push({ id: cells[1], fileA: files[0], fileB: files[1], kind: cells[3].replace(/\*\*/g, '') });
  }
  return pairs;
}

/** The pair the manifest calls the near-identical control: it must report no material change. */
export function isControlPair(pair: ManifestPair): boolean {
  return /near-identical|control/i.test(pair.kind);
}

export interface RealPairReport {
  id: string;
  clauses: { a: number; b: number };
  byStatus: Record<string, number>;
  /** Directions of the changes that are not unchanged. */
  byDirection: Record<string, number>;
  /** High or medium, not unchanged, direction not neutral. */
  material: number;
  timingsMs: Record<string, number>;
  warnings: string[];
  totalMs: number;
}

export function isMaterialChange(change: ComparisonResult['changes'][number]): boolean {
  return change.status !== 'unchanged' && (change.materiality === 'high' || change.materiality === 'medium') && change.direction !== 'neutral';
}

/**
 * `clauses`: the body clauses the analysis found on each side (headings and contents pages left
 * out), as the alignment compares them. The changes cannot tell this: a split, a merge or a
 * passage is one change over several clauses.
 */
export function reportRealPair(id: string, result: ComparisonResult, totalMs: number, clauses: { a: number; b: number }): RealPairReport {
  const count = (keys: string[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const key of keys) out[key] = (out[key] ?? 0) + 1;
    return out;
  };
  const live = result.changes.filter((c) => c.status !== 'unchanged');
  return {
    id,
    clauses,
    byStatus: count(result.changes.map((c) => c.status)),
    byDirection: count(live.map((c) => c.direction)),
    material: result.changes.filter(isMaterialChange).length,
    timingsMs: result.timings_ms,
    warnings: result.warnings,
    totalMs,
  };
}

/** The figures of `score.py --json` the benchmark prints (rates are 0..1, null when nothing to count). */
export interface LabelScores {
  recall: number | null;
  highRecall: number | null;
  highMissed: number;
  direction: number | null;
  numeric: number | null;
  cosmeticFalsePositives: number | null;
  precision: number | null;
}

type Json = Record<string, unknown>;
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Json)[key] : undefined), value);
const rateAt = (value: unknown, ...path: string[]): number | null => {
  const rate = at(value, ...path, 'rate');
  return typeof rate === 'number' ? rate : null;
};

/** Reads score.py's JSON report; fields it lacks come back null rather than failing the run. */
export function parseLabelScores(report: unknown): LabelScores {
  const high = at(report, 'recall', 'by_materiality', 'high');
  const hit = at(high, 'hit');
  const total = at(high, 'total');
  const missed = at(report, 'missed_high');
  return {
    recall: rateAt(report, 'recall', 'overall'),
    highRecall: rateAt(report, 'recall', 'by_materiality', 'high'),
    highMissed: Array.isArray(missed) ? missed.length : typeof hit === 'number' && typeof total === 'number' ? total - hit : 0,
    direction: rateAt(report, 'direction_accuracy'),
    numeric: rateAt(report, 'numeric_value_accuracy'),
    cosmeticFalsePositives: rateAt(report, 'cosmetic_fp'),
    precision: rateAt(report, 'precision_estimate'),
  };
}
