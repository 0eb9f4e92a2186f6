/**
 * One generated pair scored (alignment, planted edits, key figures), and many pairs summed into
 * the benchmark's figures. Pure: truth and result in, numbers out.
 */
import type { ComparisonResult } from '@policydiff/contracts';
import type { PairTruth } from '@policydiff/testkit';
import { DEFAULT_MATCH_OPTIONS, prepareChange, type MatchOptions } from './prepared-change.js';
import { scoreAlignment, type AlignmentScore } from './score-alignment.js';
import { scoreEdits, type EditScore, type FalsePositive } from './score-edits.js';
import { scoreKeyFigures, type KeyFiguresScore } from './score-key-figures.js';

export interface PairScore {
  seed: number;
  product: PairTruth['product'];
  pages: number;
  twoColumn: boolean;
  alignment: AlignmentScore;
  edits: EditScore[];
  flagged: number;
  flaggedTrue: number;
  falsePositives: FalsePositive[];
  keyFigures: KeyFiguresScore;
}

export function scoreGeneratedPair(truth: PairTruth, result: ComparisonResult, options: MatchOptions = DEFAULT_MATCH_OPTIONS): PairScore {
  const changes = result.changes.map(prepareChange);
  const edits = scoreEdits(truth.edits, changes, options);
  return {
    seed: truth.seed,
    product: truth.product,
    pages: truth.pages,
    twoColumn: truth.twoColumn,
    alignment: scoreAlignment(truth.alignment, result),
    edits: edits.edits,
    flagged: edits.flagged,
    flaggedTrue: edits.flaggedTrue,
    falsePositives: edits.falsePositives,
    keyFigures: scoreKeyFigures(truth.keyFigures, result),
  };
}

/** A share with its counts; `rate` is null when nothing was counted. */
export interface Ratio {
  hit: number;
  total: number;
  rate: number | null;
}

export function ratio(hit: number, total: number): Ratio {
  return { hit, total, rate: total === 0 ? null : hit / total };
}

export interface KindFigures {
  planted: number;
  material: boolean;
  /** Material kinds: detected with the right status. Moved: reported as moved. */
  recall: Ratio;
  /** Detected by a high/medium change. */
  recallFlagged: Ratio;
  direction: Ratio;
  /** Correct detections among the flagged changes touching edits of this kind. */
  precision: Ratio;
  /** Flagged changes touching edits of this kind that do not correctly report them. */
  wrongFlags: number;
}

export interface GeneratedFigures {
  pairs: number;
  alignment: Ratio;
  alignmentUnmapped: number;
  alignmentByKind: Record<string, Ratio>;
  recall: Ratio;
  recallFlagged: Ratio;
  /** Flagged changes touching a material edit, over all flagged changes. */
  precision: Ratio;
  direction: Ratio;
  cosmeticFalsePositives: Ratio;
  keyFigures: Ratio;
  keyFiguresFound: Ratio;
  byKind: Record<string, KindFigures>;
  falsePositivesByType: Record<string, number>;
}

export function summariseGenerated(scores: readonly PairScore[]): GeneratedFigures {
  const edits = scores.flatMap((s) => s.edits);
  const material = edits.filter((e) => e.material);
  const detected = material.filter((e) => e.detected);
  const cosmetic = edits.filter((e) => e.kind === 'cosmetic_rewording');

  const byKind: Record<string, KindFigures> = {};
  for (const kind of [...new Set(edits.map((e) => e.kind))].sort()) {
    const of = edits.filter((e) => e.kind === kind);
    const hits = of.filter((e) => e.detected);
    const isMaterial = of[0].material;
    const correctFlags = of.filter((e) => e.detectedFlagged).length;
    const wrongFlags = of.reduce((sum, e) => sum + e.wrongFlags, 0);
    byKind[kind] = {
      planted: of.length,
      material: isMaterial,
      recall: ratio(hits.length, of.length),
      recallFlagged: ratio(correctFlags, of.length),
      direction: ratio(hits.filter((e) => e.directionOk).length, hits.length),
      precision: isMaterial ? ratio(correctFlags, correctFlags + wrongFlags) : ratio(0, wrongFlags),
      wrongFlags,
    };
  }

  const alignmentByKind: Record<string, Ratio> = {};
  for (const s of scores) {
    for (const [kind, counts] of Object.entries(s.alignment.byKind)) {
      const r = (alignmentByKind[kind] ??= ratio(0, 0));
      alignmentByKind[kind] = ratio(r.hit + counts.correct, r.total + counts.total);
    }
  }
  const falsePositivesByType: Record<string, number> = {};
  for (const fp of scores.flatMap((s) => s.falsePositives)) {
    const key = `${fp.status}/${fp.clauseType}`;
    falsePositivesByType[key] = (falsePositivesByType[key] ?? 0) + 1;
  }
  const sum = (f: (s: PairScore) => number): number => scores.reduce((total, s) => total + f(s), 0);
  return {
    pairs: scores.length,
    alignment: ratio(sum((s) => s.alignment.correct), sum((s) => s.alignment.total)),
    alignmentUnmapped: sum((s) => s.alignment.unmapped),
    alignmentByKind,
    recall: ratio(detected.length, material.length),
    recallFlagged: ratio(material.filter((e) => e.detectedFlagged).length, material.length),
    precision: ratio(sum((s) => s.flaggedTrue), sum((s) => s.flagged)),
    direction: ratio(detected.filter((e) => e.directionOk).length, detected.length),
    cosmeticFalsePositives: ratio(cosmetic.filter((e) => e.cosmeticFalsePositive).length, cosmetic.length),
    keyFigures: ratio(sum((s) => s.keyFigures.correct), sum((s) => s.keyFigures.total)),
    keyFiguresFound: ratio(sum((s) => s.keyFigures.found), sum((s) => s.keyFigures.total)),
    byKind,
    falsePositivesByType,
  };
}
