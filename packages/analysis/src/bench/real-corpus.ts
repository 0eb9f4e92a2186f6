/**
 * The real-corpus half of the benchmark, as pure functions: which pairs the corpus manifest
 * names, what one real comparison reports (clauses per side, changes by status and direction,
 * stage timings, warnings), whether the near-identical control pair stays quiet, and the figures
 * read back from shared/tools/score.py's JSON report.
 */
import type { ComparisonResult, Direction, Materiality } from '@policydiff/contracts';

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
  /** High-materiality labels found, of how many. */
  highFound: number;
  highTotal: number;
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
  const highTotal = typeof total === 'number' ? total : 0;
  const highMissed = Array.isArray(missed) ? missed.length : typeof hit === 'number' ? highTotal - hit : 0;
  return {
    recall: rateAt(report, 'recall', 'overall'),
    highRecall: rateAt(report, 'recall', 'by_materiality', 'high'),
    highFound: typeof hit === 'number' ? hit : highTotal - highMissed,
    highTotal,
    highMissed,
    direction: rateAt(report, 'direction_accuracy'),
    numeric: rateAt(report, 'numeric_value_accuracy'),
    cosmeticFalsePositives: rateAt(report, 'cosmetic_fp'),
    precision: rateAt(report, 'precision_estimate'),
  };
}

/** One material label as score.py judged it (`per_label` of its JSON report). */
export interface LabelHit {
  id: string;
  direction: Direction;
  materiality: Materiality;
  detected: boolean;
  /** null when not detected. */
  directionOk: boolean | null;
  /** The reported changes that detect the label (score.py keeps the first 20). */
  matchedChangeIds: string[];
}

const DIRECTIONS: readonly string[] = ['broader', 'narrower', 'neutral', 'ambiguous'];
const MATERIALITIES: readonly string[] = ['high', 'medium', 'low'];

/** score.py's per-label verdicts; entries it cannot read are left out. */
export function parseLabelHits(report: unknown): LabelHit[] {
  const rows = at(report, 'per_label');
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r): LabelHit[] => {
    const id = at(r, 'id');
    const direction = at(r, 'direction');
    const materiality = at(r, 'materiality');
    if (typeof id !== 'string' || !DIRECTIONS.includes(direction as string) || !MATERIALITIES.includes(materiality as string)) return [];
    const detected = at(r, 'detected') === true;
    const ok = at(r, 'direction_ok');
    const ids = at(r, 'matched_change_ids');
    return [
      {
        id,
        direction: direction as Direction,
        materiality: materiality as Materiality,
        detected,
        directionOk: detected ? ok === true : null,
        matchedChangeIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
      },
    ];
  });
}
