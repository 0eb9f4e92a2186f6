/**
 * The targets of issue 3 and the table that marks each figure PASS or FAIL. Generated-pair
 * targets apply to the whole run; real targets apply to each hand-labelled pair (S7, S1), scored
 * by shared/tools/score.py; the control pair must report no material change.
 */
import type { LabelScores } from './real-corpus.js';
import type { GeneratedFigures } from './score-generated.js';

export interface TargetRow {
  scope: string;
  metric: string;
  value: string;
  target: string;
  /** null when the figure could not be measured (e.g. the corpus is absent). */
  pass: boolean | null;
}

type Comparison = '>=' | '<=';

function row(scope: string, metric: string, value: number | null, op: Comparison, bound: number, shown?: string): TargetRow {
  const pass = value === null ? null : op === '>=' ? value >= bound : value <= bound;
  return { scope, metric, value: shown ?? (value === null ? 'n/a' : value.toFixed(3)), target: `${op} ${bound}`, pass };
}

export function generatedTargetRows(g: GeneratedFigures): TargetRow[] {
  const scope = `generated (${g.pairs} pairs)`;
  return [
    row(scope, 'clause alignment accuracy', g.alignment.rate, '>=', 0.98),
    row(scope, 'material-change recall', g.recall.rate, '>=', 0.97),
    row(scope, 'material-change precision', g.precision.rate, '>=', 0.93),
    row(scope, 'direction accuracy', g.direction.rate, '>=', 0.95),
    row(scope, 'cosmetic false positives', g.cosmeticFalsePositives.rate, '<=', 0.03),
  ];
}

export function labelledTargetRows(pair: string, s: LabelScores | null): TargetRow[] {
  const v = (pick: (x: LabelScores) => number | null): number | null => (s ? pick(s) : null);
  return [
    row(pair, 'recall', v((x) => x.recall), '>=', 0.95),
    row(pair, 'high-materiality changes missed', s ? s.highMissed : null, '<=', 0, s ? String(s.highMissed) : 'n/a'),
    row(pair, 'direction accuracy', v((x) => x.direction), '>=', 0.9),
    row(pair, 'cosmetic false positives', v((x) => x.cosmeticFalsePositives), '<=', 0.05),
    row(pair, 'precision estimate', v((x) => x.precision), '>=', 0.7),
  ];
}

export function controlTargetRow(pair: string, materialChanges: number | null): TargetRow {
  return row(pair, 'material changes on the near-identical control', materialChanges, '<=', 0, materialChanges === null ? 'n/a' : String(materialChanges));
}

export function markOf(pass: boolean | null): string {
  return pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL';
}
